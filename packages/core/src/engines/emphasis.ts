// The emphasis engine: in contracts, key clauses recognised by cue words and gap patterns (fees, interest,
// exemptions, default, acceleration, authorisations, guarantees, disputes, unilateral change) must be
// emphasised (bold, heading, larger, coloured, underlined) — the clause, or its operative part (the cue or
// its figures). It reads the clause layer: only operative clauses count, one finding per clause, and a
// clause that favours the consumer needs no emphasis. Whole-document emphasis highlights nothing.
import { AhoCorasick } from '../aho-corasick.js';
import { knownLiterals, requiredLiterals, type KnownLiterals } from '../regex-literals.js';
import { LazyPattern, regexScan } from '../regex-scan.js';
import { EMPHASIS_KINDS, type LintDocument, type Mark } from '../model.js';
import { normalizePattern, simplified, view, type NormalizedText } from '../normalize.js';
import { sentenceAround, spanAround, stopCodes } from '../text-utils.js';

const isPartStop = stopCodes('，,；;');
// a reminder's later part that still names what to read (…，重点关注保险责任、责任免除, …，特别是免除或限制责任的条款)
const GOES_ON_REMINDING = /^\s*(?:[并且及和以]\s*)?(?:尤其|特别|重点|着重|务必)|^\s*(?:包括|例如|如)/;
import { INSTITUTION_WORD, NAMES_READ, burdenOf, roleOf, headingsAreBody, institutionNames, itemNumberLength, nameInstitution, nameParties, partyRoles, sentenceExempt, type Burden, type Clause, type CompiledDiscourse, type PartyRole } from '../clauses.js';
import type { RawFinding, RuleEntry } from '../types.js';

export interface EmphasisCompiled { rules: RuleEntry[]; ac: AhoCorasick; owners: { rule: RuleEntry; cue: string }[][]; patterns: Shape[]; skip: AhoCorasick; skipOwners: RuleEntry[][]; literals: () => ShapeLiterals }
/** a gap pattern (对…不承担任何责任) of a rule, its regular expression compiled when the shape is first tried */
class Shape {
  constructor(readonly rule: RuleEntry, readonly name: string, readonly nameEn: string | undefined, readonly i: number, private readonly pattern: LazyPattern) {}
  get re(): RegExp { return this.pattern.re; }
  get source(): string { return this.pattern.source; }
}
/** for each shape (by `i`) the sets of literal ids every match of it holds (one of each set), and their automaton */
interface ShapeLiterals { needs: number[][][]; ac: AhoCorasick }

/** `checked`: a rule whose patterns are known to compile (the build-time rule state): its shapes are compiled when first
 * tried; any other rule's when the linter is built (an invalid pattern of a user's pack is refused there, as always) */
export function compileEmphasis(rules: RuleEntry[], known?: KnownLiterals, checked?: (rule: RuleEntry) => boolean): EmphasisCompiled {
  const pats: string[] = [], owners: { rule: RuleEntry; cue: string }[][] = [], idx = new Map<string, number>();
  const spats: string[] = [], sowners: RuleEntry[][] = [], sidx = new Map<string, number>();
  for (const r of rules) {
    if (r.engine !== 'emphasis') continue;
    for (const c of r.cues ?? []) {
      const n = normalizePattern(c);
      let i = idx.get(n);
      if (i === undefined) { i = pats.length; idx.set(n, i); pats.push(n); owners.push([]); }
      owners[i].push({ rule: r, cue: c });
    }
    for (const s of r.skipIf ?? []) {
      const n = normalizePattern(s);
      let i = sidx.get(n);
      if (i === undefined) { i = spats.length; sidx.set(n, i); spats.push(n); sowners.push([]); }
      sowners[i].push(r);
    }
  }
  // gap patterns (对…不承担任何责任) over the normalised text, read when an emphasis rule first applies (the build-time
  // state parses the shapes then: a marketing page never reads them); a user's rule's at once (an invalid one is refused here)
  const emphasis = rules.filter((r) => r.engine === 'emphasis');
  let shapes: { rule: RuleEntry; x: NonNullable<RuleEntry['shapes']>[number] }[] | undefined, patterns: Shape[] | undefined;
  const shapesOf = () => {
    if (!patterns) {
      const s = (shapes = emphasis.flatMap((rule) => (rule.shapes ?? []).map((x) => ({ rule, x }))));
      patterns = s.map(({ rule, x }, i) => new Shape(rule, x.name, x.nameEn, i, new LazyPattern(x.pattern, 'gu', !checked?.(rule))));
    }
    return patterns;
  };
  if (!emphasis.every((r) => checked?.(r))) shapesOf();
  // each with the literals every match of it holds (one of each set): a shape none of whose match could be in the
  // text is not run (a contract without 免责 never pays for the shape around it). Read from the patterns when a shape
  // is first tried (a document no emphasis rule applies to never parses them), or taken from `known` (read at build time)
  let literals: ShapeLiterals | undefined;
  const literalsOf = () => {
    if (literals) return literals;
    const lits: string[] = [], lidx = new Map<string, number>();
    const patterns = shapesOf();
    const needs = shapes!.map(({ x }, i) => (knownLiterals(known, patterns[i].source, 'u') ?? requiredLiterals(x.pattern)).map((set) => set.map((l) => { let i = lidx.get(l); if (i === undefined) { i = lits.length; lidx.set(l, i); lits.push(l); } return i; })));
    return (literals = { needs, ac: new AhoCorasick(lits) });
  };
  return { rules: emphasis, ac: new AhoCorasick(pats), owners, get patterns() { return shapesOf(); }, skip: new AhoCorasick(spats), skipOwners: sowners, literals: literalsOf };
}

/**
 * Share of the non-space characters of [s, e) that lie inside an emphasis mark, in O(1) per query after
 * one O(text + marks) pass (a difference array over the marks, then prefix sums).
 */
class Coverage {
  private marked: Int32Array;
  private chars: Int32Array;
  constructor(marks: Mark[], text: string) {
    const n = text.length;
    const diff = new Int32Array(n + 1);
    for (const m of marks) if (EMPHASIS_KINDS.has(m.kind) && m.end > m.start) { diff[Math.max(0, m.start)]++; diff[Math.min(n, m.end)]--; }
    this.marked = new Int32Array(n + 1);
    this.chars = new Int32Array(n + 1);
    let depth = 0;
    for (let i = 0; i < n; i++) {
      depth += diff[i];
      const c = text.charCodeAt(i);
      const counts = c > 32 && c !== 0x3000 ? 1 : 0;
      this.chars[i + 1] = this.chars[i] + counts;
      this.marked[i + 1] = this.marked[i] + (counts && depth > 0 ? 1 : 0);
    }
  }
  of(s: number, e: number): number {
    const total = this.chars[e] - this.chars[s];
    return total ? (this.marked[e] - this.marked[s]) / total : 1;
  }
}

interface CueHit { rule: RuleEntry; cue: string; cueEn?: string; start: number; end: number; shape?: string; sided?: boolean }

/** every cue of an active rule: fixed strings (one automaton pass) and gap patterns (不负…责任), in original offsets */
/** whether a shape can match in `text`: the text holds a literal of each of its sets (found in one pass, when first asked) */
function mayMatch(c: EmphasisCompiled, text: string): (p: EmphasisCompiled['patterns'][number]) => boolean {
  let present: Uint8Array | undefined;
  return (p) => {
    const { needs, ac } = c.literals();
    if (!needs[p.i].length) return true;
    present ??= ac.present(text);
    const has = present;
    return needs[p.i].every((set) => set.some((id) => has[id] === 1));
  };
}

// where a definition's first sentence ends: a full stop, or a colon after its definiens (指 and some words)
const DEFINITION_END = /[。；;]|(?<=指[^。；;：:]{4,})[：:](?=\s*\S)/u;

// where a recited item's first sentence ends (a full stop, or the item's end when it has none)
const firstStop = (t: string): number => { const i = t.search(/[。；;]/); return i >= 0 ? i : t.length; };

const PLATFORM_NAME = /^(?:平台|网站|app|客户端)/i;

// The shapes that read who holds a right (单方权利: 本网站有权…终止, 本公司认为…情形) read the institution's own short or brand
// name as 本公司 (`institutionView`); the others read the text as it stands. (Measured, session 54: the exemption shapes read
// so, 微信贷不保证…, 比财不保证旧版软件继续可用, added 3 false findings and no right one in the studied half.)
const HOLDER_SHAPES = new Set(['单方权利', '机构的单方权利']);
// The shapes that read who bears a risk or a loss (由持卡人承担风险和损失) read a lettered party by the side the contract's head
// gives it (`partyRoles`: 乙方 as 客户 where 乙方 is the cardholder, as 本行 where it is the bank): 若因非甲方原因造成密码泄露的，
// 由乙方承担风险和损失 puts the loss on the consumer exactly as …由持卡人承担 does, and …由甲方承担 where 甲方 is the bank does not.
const BEARER_SHAPES = new Set(['风险与损失自负']);
// the lettered party a holder shape's match opens with (其他甲方合理认为…, 乙方有权…)
const HOLDER_LETTER = /^(?:其他|其它|或)?([甲乙丙丁]方)/u;
/** the normalised view with each lettered party (甲方…丁方) written as the side it stands for (客户 / 本行; same length, same map) */
function partyView(norm: NormalizedText, roles: Map<string, PartyRole>): NormalizedText {
  if (!roles.size) return norm;
  const text = norm.text.replace(/[甲乙丙丁]方/g, (p) => (roles.get(p) === 'consumer' ? '客户' : roles.get(p) === 'institution' ? '本行' : p));
  return text === norm.text ? norm : view(norm.source, text, norm.toOrig);
}
/** every cue of an active rule in original offsets; `named`: the view with the institution's names read as 本公司;
 * `sided`: the view with the lettered parties read as their sides */
function cueHits(c: EmphasisCompiled, norm: NormalizedText, active: (r: RuleEntry) => boolean, named: NormalizedText = norm, sided: NormalizedText = norm, roles?: Map<string, PartyRole>): CueHit[] {
  const out: CueHit[] = [];
  for (const h of c.ac.search(norm.text)) for (const o of c.owners[h.pattern]) {
    // a cue inside a platform's or an app's name (在投复利平台上发布) names the platform, not a term of the contract
    if (PLATFORM_NAME.test(norm.text.slice(h.end, h.end + 4))) continue;
    if (active(o.rule)) { const [s, e] = norm.origSpan(h.start, h.end); out.push({ rule: o.rule, cue: o.cue, start: s, end: e }); }
  }
  const may = mayMatch(c, norm.text);
  let mayNamed: ((p: Shape) => boolean) | undefined, maySided: ((p: Shape) => boolean) | undefined;
  for (const p of c.patterns) {
    const { rule, name, nameEn } = p;
    const v = named !== norm && HOLDER_SHAPES.has(name) ? named : sided !== norm && BEARER_SHAPES.has(name) ? sided : norm;
    if (!active(rule) || !(may(p) || (v === named && v !== norm && (mayNamed ??= mayMatch(c, v.text))(p)) || (v === sided && v !== norm && (maySided ??= mayMatch(c, v.text))(p)))) continue;
    // (compiled here, when first tried: a shape whose literals a document lacks is never compiled)
    const re = p.re;
    // a shape stays on its line: a match that starts in a heading (第五条 提前还款) and ends in the clause below
    // is tried again from the next line, where the clause's own match starts (the 'line' policy; an edited text is
    // scanned again only around the edit)
    for (const m of regexScan(re, v.text, 'line')) {
      if (!m[0]!.length || m[0]!.includes('\n')) continue;
      // a right held by a lettered party the contract's head puts on the consumer's side (甲方有权决定是否采用…, where 甲方 is
      // the investor) is the consumer's own right, no right of the institution over them
      if (roles && HOLDER_SHAPES.has(name) && roles.get(HOLDER_LETTER.exec(m[0]!)?.[1] ?? '') === 'consumer') continue;
      const [s, e] = v.origSpan(m.index, m.index + m[0]!.length);
      out.push({ rule, cue: name, cueEn: nameEn, start: s, end: e, shape: re.source, sided: v === sided && v !== norm && norm.text.slice(m.index, m.index + m[0]!.length) !== m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const generic = (r: RuleEntry) => r.appliesTo.products.includes('any');

/**
 * Where a sentence runs over several source lines (HTML exported from Word wraps its markup), the finding starts on
 * the line of its operative part, where a reader looks for it: the first offset of the sentence on the cue's line.
 */
function onCueLine(doc: LintDocument, s: number, cue: number, part = s): number {
  const line = doc.map.toSource(cue).line;
  if (doc.map.toSource(s).line === line) return s;
  // (…unless the comma part that holds the cue already starts on an earlier line: a sentence wrapped in the middle of a
  // word, 否则因此而造成借款人未⏎能及时还款、产生逾期违约金…, is reported where its operative part starts)
  if (part > s && doc.map.toSource(part).line < line) { while (part < cue && /\s/.test(doc.text[part])) part++; return part; }
  let lo = s, hi = cue;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.map.toSource(mid).line < line) lo = mid + 1; else hi = mid; }
  while (lo < cue && /\s/.test(doc.text[lo])) lo++;
  return lo;
}

// a body that states a value: a figure, a rate in words or a blank to fill in (月息0.9%, 百分之____, ${serviceFee}%)
const VALUE_STATED = /\d|[%％‰]|[百千万]分之|_{2,}|＿{2,}/u;
// the figures of a clause (rates, amounts, days): when they are emphasised, the operative part is
const FIGURE = /\d+(?:\.\d+)?\s*(?:[%％‰]|元|倍|日|天|个月|年)|万分之[\d一二三四五六七八九十点.]+|百分之[\d一二三四五六七八九十点.]+/g;
const HAS_FIGURE = new RegExp(FIGURE.source);


/**
 * Mark kinds covering at least 85% of the body's characters: the document's base style. Per kind, its marks merged
 * into sorted intervals and swept against the body blocks (no per-character arrays).
 */
function baseStyles(doc: LintDocument, body: LintDocument['blocks']): Set<string> {
  const out = new Set<string>();
  let len = 0;
  for (const b of body) len += b.end - b.start;
  if (!len) return out;
  for (const kind of EMPHASIS_KINDS) {
    if (kind === 'heading') continue;
    const iv: number[][] = [];
    for (const m of doc.marks) if (m.kind === kind && m.end > m.start) iv.push([m.start, m.end]);
    if (!iv.length) continue;
    iv.sort((a, b) => a[0] - b[0]);
    const merged: number[][] = [];
    for (const x of iv) { const last = merged[merged.length - 1]; if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]); else merged.push([x[0], x[1]]); }
    let marked = 0, j = 0;
    for (const b of body) {
      while (j < merged.length && merged[j][1] <= b.start) j++;
      for (let k = j; k < merged.length && merged[k][0] < b.end; k++) marked += Math.min(b.end, merged[k][1]) - Math.max(b.start, merged[k][0]);
    }
    if (marked / len >= 0.85) out.add(kind);
  }
  return out;
}

/**
 * The normalised view with the institution's own short or brand names (learned from the document: `institutionNames`)
 * written 本公司, each mapped back to the name it stands for: the shapes that ask who holds a right or bears a burden
 * (本公司有权…终止) read 微信贷有权… as they read 本网站有权… (see HOLDER_SHAPES). The view itself when the document names none.
 */
const namedViews = new WeakMap<NormalizedText, { view: NormalizedText; names: string[] }>();
export function institutionView(norm: NormalizedText): { view: NormalizedText; names: string[] } {
  let v = namedViews.get(norm);
  if (v) return v;
  // (only the document's top is read for names: simplified per code unit, so the top's own simplified form is the same)
  const names = institutionNames(simplified(norm.source.slice(0, NAMES_READ)));
  const forms = [...new Set(names.map(normalizePattern).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  v = { view: norm, names };
  if (forms.length) {
    const t = norm.text, map = norm.toOrig;
    const at: [number, number][] = [];
    for (const f of forms) for (let i = t.indexOf(f); i >= 0; i = t.indexOf(f, i + f.length)) at.push([i, f.length]);
    at.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    if (at.length) {
      let text = '';
      const toOrig: number[] = [];
      let j = 0;
      for (const [i, n] of at) {
        if (i < j) continue;
        text += t.slice(j, i);
        for (let k = j; k < i; k++) toOrig.push(map[k]);
        // (the word's first characters map to the name's first, its last to the name's last: a hit covers the whole name)
        for (let k = 0; k < INSTITUTION_WORD.length; k++) toOrig.push(map[i + (k === INSTITUTION_WORD.length - 1 ? n - 1 : Math.min(k, n - 1))]);
        text += INSTITUTION_WORD;
        j = i + n;
      }
      text += t.slice(j);
      for (let k = j; k < t.length; k++) toOrig.push(map[k]);
      toOrig.push(map[t.length]);
      v.view = view(norm.source, text, Int32Array.from(toOrig));
    }
  }
  namedViews.set(norm, v);
  return v;
}

export function runEmphasis(c: EmphasisCompiled, doc: LintDocument, norm: NormalizedText, active: (r: RuleEntry) => boolean, disc: CompiledDiscourse, clauseAt: (offset: number) => Clause | undefined): RawFinding[] {
  // nothing to do when no emphasis rule applies (off, or another product or kind) or no cue of one is present
  if (!c.rules.some(active)) return [];
  const { view: named, names } = institutionView(norm);
  let parties: Map<string, PartyRole> | undefined = /[甲乙丙丁]方/.test(norm.text) ? partyRoles(simplified(doc.text)) : undefined;
  const hits = cueHits(c, norm, active, named, parties ? partyView(norm, parties) : norm, parties);
  if (!hits.length) return [];
  // skip phrases by position: a binary search per hit, never all pairs
  // (lists pushed to and sorted, not made by map or filter: an array map or filter makes empty is of another kind to V8 than
  // one with objects, and a sort optimised for one is thrown away when the other comes, recompiling this whole function)
  const skips: { owners: RuleEntry[]; at: number; text: string }[] = [];
  for (const k of c.skip.search(norm.text)) skips.push({ owners: c.skipOwners[k.pattern], at: norm.origSpan(k.start, k.end)[0], text: norm.text.slice(k.start, k.end) });
  skips.sort((a, b) => a.at - b.at);
  // a skip phrase clears the part of the sentence it stands in (up to a comma), with the part after a short label
  // (手续费：免收): 暂不收费，银行保留收取服务费的权利 still reserves a fee
  const partAround = (s: number, e: number, h: CueHit): [number, number] => {
    const [a0, b0] = spanAround(doc.text, h.start, h.end, isPartStop, e - s);
    const a = Math.max(a0, s), b = Math.min(b0, e);
    return b - a < 10 && b < e ? [a, Math.min(spanAround(doc.text, b + 1, b + 1, isPartStop, e - s)[1], e)] : [a, b];
  };
  // a favourable wording that starts in an earlier part of the sentence and runs on into the cue's part governs it: the
  // consumer's own care (我们提醒您不要通过公共网络，向…第三方，提供您的账户密码) names the third party as whom not to tell
  // (read with the lettered parties named by their side, as the sentence's verdict is: 丙方（保证人）：某某担保有限公司 then
  // 丙方同意…，为甲方履行债务承担连带责任保证担保 is the guarantee firm's own duty running into the cue's part; naming keeps offsets)
  const favRe = disc.favourable ? new RegExp(disc.favourable.source, 'gu') : undefined;
  const favourableReaches = (sentence: string, at: number): boolean => {
    if (!favRe || at <= 0) return false;
    for (const m of sentence.matchAll(favRe)) if (m.index! < at && m.index! + m[0].length > at) return true;
    return false;
  };
  // a cue in a sentence's condition (若…，或者我们主动从第三方处获取您的个人信息，均会事先获得您的同意; 传输和存储个人敏感信息时，
  // 我们将采用加密…等安全措施): the part opens a condition, goes on one the sentence opened (或者…), or closes one (…时, …的情况下),
  // and states no consequence of its own (如用户继续使用即视为同意…); discourse.condition
  const cond = disc.condition;
  const safeguardAfterCondition = (s: number, e: number, pa: number, pb: number, sentenceBurden: Burden): boolean => {
    if (pb >= e - 1 || sentenceBurden === 'consumer' || !cond.opens) return false;
    const part = simplified(doc.text.slice(pa, pb));
    if (cond.states?.test(part)) return false;
    if (!(cond.opens.test(part) || cond.closes?.test(part) || (cond.goesOn?.test(part) && cond.opens.test(simplified(doc.text.slice(s, pa)))))) return false;
    const rest = doc.text.slice(pb, e).split(/[，,；;]/).map((x) => x.replace(/[。！？!?\s]+$/, '').trim()).filter((x) => x.length > 0);
    return rest.length > 0 && rest.every((x) => burdenOf(nameParties(simplified(x), parties!, names), disc) === 'favourable');
  };
  // (a shape that names the phrase itself, 现金价值降低为零 for 为零, is not cleared by it)
  const skipAt = (s: number, e: number, h: CueHit) => {
    let lo = 0, hi = skips.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (skips[mid].at < s) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < skips.length && skips[i].at < e; i++) if (skips[i].owners.includes(h.rule) && !(h.shape?.includes(skips[i].text) && skips[i].at >= h.start && skips[i].at < h.end)) return true;
    return false;
  };
  // a style that covers nearly the whole body is the document's base style, not emphasis: whole-document bold, a
  // page set in grey or at 14px (short documents are exempt: a one-clause notice in bold is emphasis)
  // (a document set nearly all in headings has them as its body: their mark is its base style too)
  const allHeadings = headingsAreBody(doc);
  const body = allHeadings ? doc.blocks : doc.blocks.filter((b) => b.type !== 'heading');
  const base = body.length < 4 && !allHeadings ? new Set<string>() : baseStyles(doc, body);
  if (allHeadings) base.add('heading');
  const cov = new Coverage(base.size ? doc.marks.filter((m) => !base.has(m.kind)) : doc.marks, doc.text);
  const announced = !!disc.announces?.test(doc.text);
  // a clause is emphasised when most of it is, or its operative part is: the cue itself, or every figure in it
  const emphasised = (h: CueHit, s: number, e: number, k: Clause) => {
    if (cov.of(s, e) >= 0.5 || cov.of(h.start, h.end) >= 0.5 || cov.of(k.start, k.end) >= 0.5) return true;
    const figures = [...doc.text.slice(s, e).matchAll(FIGURE)];
    return figures.length > 0 && figures.every((f) => cov.of(s + f.index!, s + f.index! + f[0].length) >= 0.5);
  };
  // per clause: its first plain key sentence, unless the drafter emphasised the operative part of any key sentence
  // of it (a bold "对应付未付利息计收复利" followed by a plain explanation of how the interest is counted)
  const pending = new Map<Clause, RawFinding>();
  const cleared = new Set<Clause>();
  const reminderRe = disc.roles.find(([role]) => role === 'reminder')?.[1];
  // a hit in a comma part after the one that ends the reminder, a part that reminds of nothing itself
  const pastRemindPart = (from: number, se: number, h: CueHit): boolean => {
    const stop = doc.text.slice(from, h.start).search(/[，,]/);
    if (stop < 0) return false;
    const [a, b] = spanAround(doc.text, h.start, h.end, isPartStop, se - from);
    const part = doc.text.slice(Math.max(a, from + stop + 1), Math.min(b, se));
    return !reminderRe!.test(part) && !GOES_ON_REMINDING.test(part);
  };
  // a numbered item's title set on a source line of its own, its body on the next (2.1.2居间服务费⏎本次借款甲方应向乙方支付…:
  // a page's markup joins the two lines into one clause): the title names the term, the body states it, so a cue in the
  // title is passed over and the clause is reported where its body states the term. Per clause, where its title ends (-1: none)
  const titleEnds = new Map<Clause, number>();
  const titleEnd = (k: Clause): number => {
    let t = titleEnds.get(k);
    if (t !== undefined) return t;
    t = -1;
    const text = doc.text.slice(k.start, k.end);
    const n = itemNumberLength(text);
    const space = n > 0 ? text.slice(n, n + 31).search(/\s/) : -1;
    if (space > 0) {
      const j = k.start + n + space - 1;
      let b = j + 1;
      while (b < k.end && /\s/.test(doc.text[b])) b++;
      // (the title's line ends in the text itself, not inside a tag: a page exported from Word wraps its markup anywhere, <b>二、
      // 委托服务费</b><span⏎…>年咨询服务费 is one line of the page)
      const from = doc.map.toSource(j).offset, to = doc.map.toSource(b).offset;
      const gap = doc.source !== undefined && from !== undefined && to !== undefined ? doc.source.slice(from + 1, to) : '';
      if (b < k.end && /^\s*[\r\n]\s*$/.test(gap) && roleOf(doc.text.slice(k.start, j + 1), disc) === 'heading') t = b;
    }
    titleEnds.set(k, t);
    return t;
  };
  // an item of a list whose lead-in grants the consumer a right (在以下情形中，您可以向我们提出删除个人信息的请求：then
  // （2）我们未征得您的同意即收集、使用您的个人信息；) names an occasion of that right, not a term of its own: it takes the
  // lead-in's verdict (discourse.listLead). The lead-in is the nearest clause before the item that ends in a colon and is not the item's sibling
  // (same style, as the clause layer reads marks: a) …： before b) is a sibling, with its own sub-items); a clause that is no item ends the list
  // the clause at an offset, or the nearest one before it across a gap (blank lines, markup) of up to 400 characters
  const clauseBefore = (o: number): Clause | undefined => {
    let p = clauseAt(o);
    for (let gap = 0; !p && o > 0 && gap < 400; gap++) p = clauseAt(--o);
    return p;
  };
  // the clauses before a clause, nearest first, each across such a gap; at most 40 (the walks back to a lead-in below)
  function* clausesBefore(k: Clause): Generator<Clause> {
    let o = k.start - 1;
    for (let steps = 0; o >= 0 && steps < 40; steps++) {
      const p = clauseBefore(o);
      if (!p) return;
      yield p;
      o = p.start - 1;
    }
  }
  // the body an inline title (…：) heads: the operative clause right after it in its block
  const titledBody = (k: Clause): Clause | undefined => {
    if (!/[：:]\s*$/u.test(doc.text.slice(k.start, k.end))) return undefined;
    let o = k.end;
    while (o < doc.text.length && /\s/.test(doc.text[o])) o++;
    const b = clauseAt(o);
    return b && b !== k && b.block === k.block && b.role === 'operative' ? b : undefined;
  };
  const leads = new Map<Clause, Clause | null>();
  const leadOf = (k: Clause): Clause | undefined => {
    let v = leads.get(k);
    if (v !== undefined) return v ?? undefined;
    v = null;
    const style = k.marker?.style;
    if (style) for (const p of clausesBefore(k)) {
      const t = doc.text.slice(p.start, p.end).trim();
      const ps = p.marker?.style;
      if (/[：:]$/.test(t) && ps !== style) { v = p; break; }
      if (!ps) break;
    }
    leads.set(k, v);
    return v ?? undefined;
  };
  const leadFavours = new Map<Clause, boolean>();
  const underFavourableLead = (k: Clause): boolean => {
    let v = leadFavours.get(k);
    if (v !== undefined) return v;
    const p = leadOf(k);
    const lead = p ? simplified(doc.text.slice(p.start, p.end).trim()) : '';
    // (a lead-in that grants the consumer a right to ask for something — 您可以向我们提出删除个人信息的请求： — not one that carves
    // exceptions out of the institution's promise — 我们不会向第三方提供…，但以下情况除外：, whose items are terms: discourse.listLead)
    const { grantsRight, carvesOut } = disc.listLead;
    v = !!p && !!grantsRight?.test(lead) && !carvesOut?.test(lead);
    leadFavours.set(k, v);
    return v;
  };
  // an item of a list whose lead-in itself accelerates the loan (…则本协议项下的全部借款本息提前到期，同时：) that only calls the
  // loan in again (乙方应立即清偿本协议下尚未偿付的全部本金、利息、罚息…): it repeats the lead-in's own remedy, reported there; a part
  // with a burden of its own (并支付违约金) is read as usual. A dotted item (5.5.1) under its parent (5.5…：) is such an item too
  const DOTTED = /^\s*(\d{1,2}(?:[.．]\d{1,2}){1,3})(?![\d.．])/u;
  const parentLead = (k: Clause): Clause | undefined => {
    const n = DOTTED.exec(doc.text.slice(k.start, k.end))?.[1].replace(/．/g, '.');
    const parent = n?.slice(0, n.lastIndexOf('.'));
    if (!parent) return undefined;
    for (const p of clausesBefore(k)) {
      const t = doc.text.slice(p.start, p.end).trim();
      const pn = DOTTED.exec(t)?.[1].replace(/．/g, '.');
      if (pn === parent) return /[：:]$/.test(t) ? p : undefined;
      if (!pn?.startsWith(parent + '.')) return undefined;
    }
    return undefined;
  };
  // (discourse.remedies: callsIn, newBurden, accelerates)
  const repeatsLeadsAcceleration = (k: Clause, pa: number, pb: number): boolean => {
    const { callsIn, newBurden, accelerates } = disc.remedies;
    const part = simplified(doc.text.slice(pa, pb)).replace(/[。；;，,\s]+$/u, '');
    if (!callsIn?.test(part) || newBurden?.test(part)) return false;
    const p = k.marker ? leadOf(k) : parentLead(k);
    return !!p && pending.has(p) && !!accelerates?.test(simplified(doc.text.slice(p.start, p.end)));
  };
  // an acceleration named in a condition (如乙方宣布借款提前到期的，…; 包括依据主合同约定，丁方宣布借款提前到期的情况): the clause
  // that grants it stands elsewhere, and the part states nothing of its own (discourse.condition; discourse.remedies.accelerates)
  const accelerationInCondition = (h: CueHit, pa: number, pb: number): boolean => {
    const part = simplified(doc.text.slice(pa, pb)).replace(/[。；;，,）)\s]+$/u, '');
    return !!disc.remedies.accelerates?.test(doc.text.slice(h.start, h.end)) && !cond.states?.test(part) && (!!cond.closes?.test(part) || (!!cond.opens?.test(part) && part.endsWith('的')));
  };
  // an item of a recitals list (鉴于：then 1、甲方拟通过…平台借款；2、乙方接受甲方的委托，为甲方提供连带责任保证。) recites, as a recital
  // does: its first sentence states the background the articles below rest on, not a term (the articles state it). The lead-in is
  // the clause before the item and its siblings (same list mark): a short recital that ends in a colon (鉴于：, 鉴于以下事实：;
  // discourse.roles.recital), not a 经…协商一致，订立本合同如下： before the articles. (An item that puts a burden on the consumer,
  // 本平台对依照该指示进行的操作行为不承担任何责任, states a term though it stands among the recitals: read below as any clause)
  const recitedItems = new Map<Clause, boolean>();
  const recitesAsItem = (k: Clause): boolean => {
    let v = recitedItems.get(k);
    if (v !== undefined) return v;
    v = false;
    const style = k.role === 'operative' ? k.marker?.style : undefined;
    // (unlike leadOf, the walk stops at the first clause that is no sibling: a lead-in across a heading recites nothing here)
    if (style) for (const p of clausesBefore(k)) {
      if (p.marker?.style === style) continue;
      const lead = simplified(doc.text.slice(p.start, p.end).trim());
      v = /^[^，,。；;：:]{1,16}[：:]$/u.test(lead) && roleOf(lead, disc) === 'recital';
      break;
    }
    recitedItems.set(k, v);
    return v;
  };
  for (const hit of hits) {
    let h = hit, k = clauseAt(h.start);
    // an inline title that names the term (业务手续费：, 第三条 借款利率：, 违约金：) over a body that states its value in its first
    // sentence (（按借款金额2%计）。系…一次性付清, 借款利率为月息0.9%, 相当于借款本金金额的百分之____): the title's
    // cue is the body's, read there (its emphasis is the body's first sentence, not the title's)
    const body = k?.role === 'heading' ? titledBody(k) : undefined;
    const stated = body ? doc.text.slice(body.start, body.end).split(/[。；;]/u)[0] : '';
    if (body && VALUE_STATED.test(stated)) { k = body; h = { ...h, start: body.start, end: body.start + stated.length }; }
    if (!k || cleared.has(k)) continue;
    if (namesAField(doc.text, h)) continue;
    const te = k.role === 'operative' ? titleEnd(k) : -1;
    if (h.end <= te) continue;
    // titles, tables of contents, headings alone, definitions, recitals, reminders, fill-in lines are not clauses;
    // nor is a table header or label cell ("每期手续费率")
    // (a definition defines in its first sentence, a recital recites in its first (鉴于…); what follows it — 我们有调整
    // 保单管理费的权利, …无需对任何用户承担任何责任 — is operative)
    // (…or, a definition, at the colon that ends its definiens: 居间服务费：指乙方…向甲方支付的费用：甲方在借款起息日收取前期服务费)
    const recitedEnd = recitesAsItem(k) ? firstStop(doc.text.slice(k.start, k.end)) : -1;
    if (recitedEnd >= 0 && h.start <= k.start + recitedEnd && burdenOf(nameParties(simplified(doc.text.slice(k.start, k.start + recitedEnd)), (parties ??= partyRoles(simplified(doc.text))), names), disc) !== 'consumer') continue;
    const firstEnd = k.role === 'definition' ? doc.text.slice(k.start, k.end).search(DEFINITION_END) : k.role === 'recital' ? doc.text.slice(k.start, k.end).search(/[。；;]/) : -1;
    const pastFirst = firstEnd >= 0 && h.start > k.start + firstEnd;
    if (firstEnd >= 0 && !pastFirst) continue;
    // a reminder reminds in its own sentence: what follows it in the same paragraph (点击确认即表示您同意…，您不得以未仔细
    // 阅读为由抗辩) is operative
    const [ss, se] = sentenceAround(doc.text, h.start, h.end);
    // (…and a definition's later sentence that only lists or files what it defines, or says how the fee it names is collected,
    // goes on defining: discourse.definitionGoesOn)
    if (pastFirst && k.role === 'definition') {
      const later = simplified(doc.text.slice(Math.max(ss, k.start), Math.min(se, k.end)));
      if (disc.definitionGoesOn?.test(later) && !disc.operativeCues?.test(later)) continue;
    }
    const reminder = k.role === 'reminder';
    // (…and in its own part: 兹声明甲方已仔细阅读并理解《…》，甲方已明确知晓丙方仅负责…，甲方与乙方的交易争议与丙方无关
    // acknowledges a disclaimer after the comma that ends the reminder)
    const remindAt = reminder ? reminderRe?.exec(doc.text.slice(ss, se)) : undefined;
    const pastReminder = reminder && (!remindAt || pastRemindPart(ss + remindAt.index + remindAt[0].length, se, h));
    if (reminder && !pastReminder) continue;
    // a list's lead-in introduces in its last part only: what comes before it (会员将对…一切操作负责，并同意以下事项：,
    // 本公司未对…提供任何形式的保证，包括但不限于以下事项：) is operative
    const lastPart = k.role === 'table-intro' ? doc.text.slice(k.start, k.end).search(/[，,][^，,]*$/) : -1;
    const beforeIntro = lastPart >= 0 && h.end <= k.start + lastPart;
    // (a short cell that holds a figure is a term itself: 罚息利率:日息百分之一)
    if ((k.role !== 'operative' && !pastFirst && !pastReminder && !beforeIntro) || k.end - k.start < 8 || (doc.blocks[k.block].type === 'table-cell' && k.end - k.start < 16 && !HAS_FIGURE.test(doc.text.slice(k.start, k.end)))) { cleared.add(k); continue; }
    const s = Math.max(ss, k.start, te);
    let e = Math.min(se, k.end);
    if (e < k.end && '。！？!?；;'.includes(doc.text[e])) e++; // the sentence with its full stop
    // a question that names the term (这个产品有等待期吗？, 免赔额是多少？) asks about it: the answer below is the clause
    if (QUESTION_END.test(doc.text.slice(s, e))) continue;
    // a clause already reported changes only when this hit finds it emphasised (and is not excused: read on below) or
    // reports it under a product's own rule instead of a general one: a plain hit that can do neither is passed over
    // before its sentence is read (most hits of a long clause fall in one that is already reported)
    const prior = pending.get(k);
    if (prior && !(generic(prior.rule) && !generic(h.rule)) && !emphasised(h, s, e, k)) continue;
    const sentence = simplified(doc.text.slice(s, e));
    // a harmless clause (不收取任何费用), one that favours the consumer (the insurer refunds the premium), or a sentence the
    // law requires (the insurer's duty to point out exemptions) needs no emphasis
    const [pa, pb] = partAround(s, e, h);
    if (skipAt(pa, pb, h)) continue;
    // favourable when the part that holds the cue is (等待期内确诊的…，我们无息退还保险费，本合同终止 still limits cover)
    // …nor does one that binds both parties alike (本协议解除后，不影响守约方要求违约方支付违约金的权利), or one that restates by
    // reference a term another article states (按本条款5.4的约定收取保单管理费后，保单账户价值等额减少)
    // (甲方/乙方 read as the side they stand for: 丙方（保证人）可以自行解除担保义务 is the guarantor's own right)
    parties ??= partyRoles(simplified(doc.text));
    // (a part that only acknowledges what the sentence states, 乙方对此表示认可, takes the sentence's verdict: discourse.acknowledges;
    // so does one that carves an exception out of the institution's duty, 但…除外 / 除…外: discourse.exception)
    if (sentenceExempt(names.length ? nameInstitution(sentence, names) : sentence, disc)) continue;
    const sentenceBurden = burdenOf(nameParties(sentence, parties, names), disc);
    if (sentenceBurden === 'favourable' && (favourableReaches(nameParties(sentence, parties), pa - s) || !!disc.acknowledges?.test(doc.text.slice(pa, pb)) || !!disc.exception.closes?.test(doc.text.slice(pa, pb)) || !!disc.exception.opens?.test(doc.text.slice(s, pb)) || burdenOf(nameParties(simplified(doc.text.slice(pa, pb)), parties, names), disc) === 'favourable')) continue;
    // …nor does a cue in the sentence's condition whose consequence, every part of it, is the institution's safeguard (均会事先
    // 获得您的同意, 我们将采用加密…等安全措施): the data is named as the occasion of a duty, not as a burden
    if (safeguardAfterCondition(s, e, pa, pb, sentenceBurden)) continue;
    if (sentenceBurden !== 'consumer' && underFavourableLead(k)) continue;
    // (a sentence read as the consumer's burden only through the side its lettered party stands for is reported when plain, but
    // its emphasis does not clear the clause: 友好协商不成的，提交甲方所在地法院诉讼解决。**由此发生的费用均由乙方承担。** emphasises
    // the costs, not the venue before them)
    if (repeatsLeadsAcceleration(k, pa, pb) || accelerationInCondition(h, pa, pb)) continue;
    if (emphasised(h, s, e, k)) { if (h.sided) continue; cleared.add(k); pending.delete(k); continue; }
    // a clause hit by a general rule and a product's own rule is reported under the product's rule
    if (prior && generic(prior.rule) && !generic(h.rule)) { prior.rule = h.rule; prior.data = { ...prior.data, cue: h.cue, cue_en: h.cueEn ?? h.cue }; }
    const lead = sentence.length - sentence.trimStart().length;
    if (!prior) pending.set(k, { rule: h.rule, start: onCueLine(doc, s + lead + itemNumberLength(sentence.slice(lead)), h.start, Math.max(s, spanAround(doc.text, h.start, h.end, isPartStop, e - s)[0])), end: e, data: { cue: h.cue, cue_en: h.cueEn ?? h.cue, announced: announced ? '1' : '' } });
  }
  // one finding per source line (a paragraph of numbered sub-items is one place to fix), saying how many more
  const byLine = new Map<number, RawFinding>();
  for (const f of pending.values()) {
    const line = doc.map.toSource(f.start).line;
    const first = byLine.get(line);
    if (first) first.data = { ...first.data, more: String(Number(first.data?.more ?? 0) + 1) };
    else byLine.set(line, f);
  }
  const out = [...byLine.values()];
  return out;
}

// a fee word that names a field among the fields of a form or a record (填写借款金额、年化利率、还款期限、服务费金额等基本信息, 删除您的订单
// 信息，包括商品名称、分期数、手续费金额；): an item of a list of what is filled in or kept, no term (a cue word, not a shape)
const FIELD_BEFORE = /、\s*$/u;
const FIELD_AFTER = /^(?:金额|比例|费率)\s*(?:等|[；;。]|$)/u;
function namesAField(text: string, h: CueHit): boolean {
  return !h.shape && FIELD_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) && FIELD_AFTER.test(text.slice(h.end, h.end + 8));
}

/** a sentence that ends as a question: its question mark (full-width, or ASCII after a Chinese character — not a template's ?.) last */
const QUESTION_END = /(?:？|(?<=\p{Script=Han})\?)[\s”"’']*$/u;

/** true when an active emphasis rule has a cue in the text (so the document's marks matter) */
export function hasEmphasisCue(c: EmphasisCompiled, norm: NormalizedText, active: (r: RuleEntry) => boolean): boolean {
  if (!c.rules.some(active)) return false;
  norm = institutionView(norm).view;
  for (const h of c.ac.search(norm.text)) if (c.owners[h.pattern].some((o) => active(o.rule))) return true;
  const may = mayMatch(c, norm.text);
  return c.patterns.some((p) => active(p.rule) && may(p) && (p.re.lastIndex = 0, p.re.test(norm.text)));
}
