// The terms engine: one Aho–Corasick pass over the normalised text for every term and exception of the
// active packs, then each candidate is verified: exceptions (data), negation scope, sentence contexts
// that quote or warn against the wording, and jieba word boundaries (segmenting only the clause around
// the candidate, with the segmenter loaded on the first candidate that needs it).
import { AhoCorasick } from '../aho-corasick.js';
import { normalizePattern, simplified, type NormalizedText } from '../normalize.js';
import type { Segmenter } from '../segmenter.js';
import { clauseAround, MatchIndex, sentenceAround, SpanIndex, spanOf } from '../text-utils.js';
import { LazyPattern, regexScan, type PatternSource } from '../regex-scan.js';
import type { KnownLiterals } from '../regex-literals.js';
import type { RawFinding, RuleEntry, TermSpec } from '../types.js';
import type { CompiledDiscourse } from '../clauses.js';

interface Tester { test(s: string): boolean }
interface TermEntry { rule: RuleEntry; spec: TermSpec; norm: string; negatable: boolean; boundary: boolean; after?: Tester; before?: Tester; scale?: RegExp; sentence?: Tester; claim?: { before: Tester; after: Tester; people?: Tester } }
/** a term's context pattern, compiled when first tried when its pack was checked at build time (`lazy`: a clean page
 * tries none of ~70), else now (a user's pattern is refused when the linter is built) */
function tester(source: string, flags: string, lazy: boolean): Tester {
  if (!lazy) return new RegExp(source, flags);
  let re: RegExp | undefined;
  return { test: (s) => (re ??= new RegExp(source, flags)).test(s) };
}

const DEFAULT_NEGATIONS = ['不', '非', '未', '无', '没有', '并不', '不得', '不会', '不能', '不承诺', '不保证', '不构成', '不代表', '不等于', '并非', '绝非', '杜绝', '禁止', '严禁', '拒绝', '谨防', '警惕', '不是',
  // (verbs that negate a list they govern, as 不承诺 does: 本基金不存在保本、保收益的安排)
  '不存在', '不含', '不涉及', '不提供', '不属于', '不设', '无任何'];
// (…nor is 不限, "whatever the": 不限医保100%赔付 widens the claim, 包括但不限于 lists)
// the text a term's notFollowedBy / notPrecededBy are tried on, each side: as wide as the packs' own patterns reach
// (最高以保险单载明的本附加险项下的保险金额为限 is a limit: 以[^，。；！？]{0,30}?为限)
const CONTEXT = 40;
const NOT_NEGATIONS = ['不仅', '不但', '不只', '不光', '不止', '无论', '不管', '无需担心', '不用担心', '不必担心', '不愁', '无忧', '无惧', '不怕', '不限',
  // (a continuity word is no negation: 24小時不間斷專人服務和3分鐘立即到帳 promises the speed)
  '不断', '不间断', '不停'];

export interface TermsCompiled {
  ac: AhoCorasick;
  /** pattern index → term entries (several rules may share a pattern) */
  terms: (TermEntry[] | undefined)[];
  /** pattern index → exception scope: 'global' or a set of rule ids */
  exceptions: (Set<string> | 'global' | undefined)[];
  sentenceExceptions: string[];
  /** each rule's place in its packs (the first of two rules of a family on the same words is kept) */
  order: Map<RuleEntry, number>;
  negations: string[];
  /** every exception (for the segmenter's user dictionary: 最高额抵押, 第一条) */
  words: string[];
  /** regex patterns: one combined pass per rule */
  patterns: { re: PatternSource; entry: TermEntry }[];
  known?: KnownLiterals;
}

/** a term's spellings with digits for its number words: 零 before a word (零风险, 零门槛, 零坏账), 百分之百 */
export function digitForms(text: string): string[] {
  if (!text.includes('零') && !text.includes('百分之百')) return [];
  const out = new Set<string>();
  const zero = text.replace(/零(?=\p{Script=Han})/gu, '0');
  if (zero !== text) out.add(zero);
  for (const t of [text, zero]) if (t.includes('百分之百')) out.add(t.replace(/百分之百/g, '100%'));
  return [...out];
}

/** `checked`: a rule whose patterns are known to compile (the build-time rule state): its regex patterns are compiled
 * when first searched; any other rule's when the linter is built (an invalid pattern of a user's pack is refused there).
 * `keys`: a checked rule's patterns' literal keys, read at build time (see LinterOptions.patternKeys) */
export function compileTerms(rules: RuleEntry[], globalExceptions: string[], sentenceExceptions: string[], negations?: string[], asOf?: string, known?: KnownLiterals, checked?: (rule: RuleEntry) => boolean, keys?: (rule: RuleEntry) => readonly string[] | undefined): TermsCompiled {
  const index = new Map<string, number>();
  const patterns: string[] = [];
  const terms: (TermEntry[] | undefined)[] = [];
  const exceptions: (Set<string> | 'global' | undefined)[] = [];
  const idOf = (p: string) => idOfNormal(normalizePattern(p));
  const idOfNormal = (n: string) => {
    let i = index.get(n);
    if (i === undefined) { i = patterns.length; index.set(n, i); patterns.push(n); terms.push(undefined); exceptions.push(undefined); }
    return i;
  };
  const words: string[] = [];
  const regexes: { re: PatternSource; entry: TermEntry }[] = [];
  for (const e of globalExceptions) { const i = idOf(e); exceptions[i] = 'global'; words.push(e); }
  for (const rule of rules) {
    if (rule.engine !== 'terms') continue;
    for (const e of rule.exceptions ?? []) { const i = idOf(e); if (exceptions[i] !== 'global') { const s = (exceptions[i] as Set<string>) ?? new Set(); s.add(rule.id); exceptions[i] = s; } words.push(e); }
    const lazy = !!checked?.(rule);
    const ruleBefore = rule.notPrecededBy ? tester(`(?:${rule.notPrecededBy})$`, '', lazy) : undefined; // shared by its terms (no state)
    const sentence = rule.notInSentence ? tester(rule.notInSentence, 'u', lazy) : undefined; // (no state either)
    const claim = rule.claimContext && { before: tester(`(?:${rule.claimContext.before})$`, '', lazy), after: tester(`^(?:${rule.claimContext.after})`, '', lazy),
      ...(rule.claimContext.people ? { people: tester(`^(?:${rule.claimContext.people})`, '', lazy) } : {}) };
    for (const t of rule.terms ?? []) {
      const spec: TermSpec = typeof t === 'string' ? { text: t } : t;
      const norm = normalizePattern(spec.text);
      if (!norm || (asOf && spec.since && spec.since > asOf)) continue;
      for (const e of spec.exceptions ?? []) { const i = idOf(e); if (exceptions[i] !== 'global') { const s = (exceptions[i] as Set<string>) ?? new Set(); s.add(`${rule.id}\0${norm}`); exceptions[i] = s; } words.push(e); }
      const wb = spec.wordBoundary ?? rule.wordBoundary ?? 'auto';
      const entry: TermEntry = {
        rule, spec, norm,
        negatable: spec.negatable ?? rule.negatable ?? true,
        boundary: wb === 'always' || (wb === 'auto' && norm.length <= 3),
      };
      if (spec.notFollowedBy) entry.after = tester(`^(?:${spec.notFollowedBy})`, '', lazy);
      if (spec.scale) entry.scale = new RegExp(spec.scale, 'gu');
      if (sentence) entry.sentence = sentence;
      if (spec.claim && claim) entry.claim = claim; // (a pack is refused when a claim term's rule has no claimContext)
      const before = spec.notPrecededBy ? tester(`(?:${[spec.notPrecededBy, rule.notPrecededBy].filter(Boolean).join('|')})$`, '', lazy) : ruleBefore;
      if (before) entry.before = before;
      const i = idOfNormal(norm);
      (terms[i] ??= []).push(entry);
      // the same words written with digits, as ads write them (零风险 → 0风险, 零门槛 → 0门槛, 百分之百安全 → 100%安全)
      for (const v of digitForms(spec.text)) { const j = idOf(v); if (j !== i) (terms[j] ??= []).push(entry); }
      // its other surface forms: the same entry (exceptions keyed by the term's own text), reported with their own text
      for (const text of spec.variants ?? []) {
        const vn = normalizePattern(text);
        if (!vn || vn === norm) continue;
        const variant: TermEntry = { ...entry, spec: { ...spec, text, variants: undefined }, boundary: wb === 'always' || (wb === 'auto' && vn.length <= 3) };
        const j = idOfNormal(vn);
        (terms[j] ??= []).push(variant);
        for (const d of digitForms(text)) { const k = idOf(d); if (k !== j) (terms[k] ??= []).push(variant); }
      }
      // the term itself is NOT given to the segmenter: a dictionary that holds 保本 cuts 保本 out of 投保本保险,
      // so a boundary check would be decided by the very term it is checking
    }
    const ks = lazy && rule.patterns?.length ? keys?.(rule) : undefined;
    for (const [j, src] of (rule.patterns ?? []).entries()) {
      regexes.push({ re: new LazyPattern(src, 'g', !lazy, ks?.[j]), entry: { rule, spec: { text: src }, norm: src, negatable: rule.negatable ?? true, boundary: false, ...(sentence ? { sentence } : {}) } });
    }
  }
  return { ac: new AhoCorasick(patterns), terms, exceptions, sentenceExceptions, order: new Map(rules.map((r, i) => [r, i])), negations: negations ?? DEFAULT_NEGATIONS, words, patterns: regexes, known };
}

function negated(text: string, start: number, negations: string[]): boolean {
  const [cs] = clauseAround(text, start, start, 12);
  const window = text.slice(cs, start);
  if (!window) return false;
  for (const n of negations) {
    const at = window.lastIndexOf(n);
    if (at < 0) continue;
    // "不仅保本" is no negation; neither is "无忧" etc.
    if (NOT_NEGATIONS.some((x) => window.startsWith(x, at) || (at > 0 && window.startsWith(x, at - 1)))) continue;
    // a bare 不/非/未/无 in an earlier item of a list negates that item (无手续费、零风险; 足不出户、零风险); a negating verb
    // before the list governs all of it (不承诺保本、保收益)
    if (n.length === 1 && window.includes('、', at)) continue;
    if (window.length - at <= 10) return true;
  }
  // a universal negative opens the clause and scopes over all of it (没有任何一种互联网传输或电子存储方法是100%安全的);
  // so does a verb that denies a proposition, whatever stands between it and the term (预期收益率…并不代表发行人或任何
  // 第三方保证认购人的最低收益; 过往业绩不构成对基金未来表现的保证)
  const [ws] = clauseAround(text, start, start, 40);
  return UNIVERSAL_NEGATIVE.test(text.slice(ws, start));
}
const UNIVERSAL_NEGATIVE = /没有任何|没有一种|没有哪|不存在任何|并不存在|世上没有|从来没有|任何[^,，。；;]{0,20}都(?:不|无法|没有)|(?:不|并不|并非|绝不)(?:代表|意味着|表示|构成|等于|等同于|视为|作为)/;

/** the term is one grade of a scale set out around it (风险等级：极低风险 / 低风险 / 中等风险 / 高风险, a table's rows
 * 1-2 极低风险… 3-4 低风险… 5-6 中等风险…): two different other grades of the scale within SCALE_REACH on either side */
function amongScale(re: RegExp, text: string, s: number, e: number): boolean {
  const names = new Set<string>();
  for (const part of [text.slice(Math.max(0, s - SCALE_REACH), s), text.slice(e, e + SCALE_REACH)]) {
    re.lastIndex = 0;
    for (const m of part.matchAll(re)) if (m[0]) names.add(m[0]);
    if (names.size >= 2) return true;
  }
  return false;
}
const SCALE_REACH = 80;

const OPEN_QUOTES = '“「『《‘"\'';
const CLOSE_QUOTES = '”」』》’"\'';
/** a term inside quotation marks (关于“保本”“零风险”的表述, 所谓的“秒批下款”) is mentioned, not used */
function quotedMention(norm: NormalizedText, s: number, e: number): boolean {
  const [os, oe] = norm.origSpan(s, e);
  const src = norm.source;
  // (the quotes hold the term alone or with a few words of its phrase: “秒批秒下款”, not a quoted sentence)
  let open = os - 1, close = oe;
  while (open >= 0 && os - open <= 8 && !OPEN_QUOTES.includes(src[open]) && !QUOTE_STOP.test(src[open])) open--;
  while (close < src.length && close - oe <= 8 && !CLOSE_QUOTES.includes(src[close]) && !QUOTE_STOP.test(src[close])) close++;
  if (!(open >= 0 && OPEN_QUOTES.includes(src[open]) && CLOSE_QUOTES.includes(src[close] ?? ''))) return false;
  // the quotes hold a name — a work's title in 《》 (《小牛秒借借款协议》), or the name of a plan, tag or item the page
  // refers to (“本息保障计划”是…, 带有“新年秒杀”标签的项目): the words name the thing, they do not claim (the claim, where
  // there is one, is made in the page's own words around the name: 均享受本息保障计划)
  if (src[open] === '《' || NAME_END.test(src.slice(open + 1, close)) || NAME_AFTER.test(src.slice(close + 1, close + 4))) return true;
  // …or a name others give, reported (理财规划师被称为“第一职位”, 可转债被誉为“下有保底”): the quotes hold what the thing is
  // called, not the page's claim (a name the page gives itself, 我们的口号是“…”, is not this shape)
  if (NAMED_BEFORE.test(src.slice(Math.max(0, open - 12), open))) return true;
  // …and the sentence talks about wording (表述, 用语, 字样, 所谓…), so the quotes mark a mention
  const [ss, se] = sentenceAround(src, os, oe, 120);
  return META_WORDS.test(src.slice(ss, se));
}
/** the last words of a quoted name (a plan, an agreement, a rule sheet…), and the words that follow a quoted name */
const NAME_END = /(?:计划|协议|合同|规则|细则|明细表|须知|说明书|机制|账户|项目)\s*$/;
const NAME_AFTER = /^\s*(?:计划|项目|标签|专区|协议|规则|机制|账户|系列|活动)/;
/** a passive verb of naming (被称为, 被誉为, 被称谓) or 俗称/人称 right before the open quote */
const NAMED_BEFORE = /(?:被[^，,。；;！!？?\n“”「」]{0,6}?(?:称为|称作|称谓|誉为|叫做|称之为)|俗称|人称)\s*$/;
const QUOTE_STOP = /[，,。；;！!？?：:\n“”「」『』《》]/;
const META_WORDS = /表述|用语|说法|字样|词语|措辞|词汇|广告语|宣传语|等词|此类|所谓|谈论|真相|字眼|口号|噱头/;
/** a question that urges, after the claim (…，你还在等什么？ …，还不赶紧行动？) */
const RHETORICAL = /[，,！!]\s*(?:你|您)?(?:还在等什么|还等什么|还犹豫什么|还在犹豫什么|何乐而不为|为什么不|怎能错过|还不赶紧|还不快)[^，,]{0,8}$/;
/** …or invites the reader to what it claims, before the claim (准备好享受高回报了吗？ 想要稳赚不赔吗？): an ad's question too */
const INVITES = /^\s*(?:你|您)?(?:准备好|想要|想不想|想拥有|想享受|想体验)(?:了)?(?:[^，,。！!？?]{0,6})$/;
/** …or takes the claim as given, before it (为什么定投是最安全的？ 什么是借款当日免息？): it asks why the claim holds or what the
 * offer it names is, not whether it holds */
const PRESUPPOSES = /(?:为什么|为何|凭什么)(?:说)?[^，,。！!？?]{0,12}$|什么(?:是|叫)[^，,。！!？?]{0,6}$/;

/**
 * A term that begins or ends with a Latin letter or digit is a word only where the source does not run on in Latin
 * letters or digits at that end: No.1 in an identifier (GSf-Nh-No1) or 0门槛 in 10门槛 is not the term. Read in the source,
 * whose spaces and hyphens the normalised text drops (APP 0门槛 is the term).
 */
function latinGlued(norm: NormalizedText, s: number, e: number): boolean {
  const t = norm.text;
  const head = LATIN.test(t[s]), tail = LATIN.test(t[e - 1]);
  if (!head && !tail) return false;
  const [os, oe] = norm.origSpan(s, e);
  const src = norm.source;
  return (head && os > 0 && LATIN_RUN.test(src[os - 1])) || (tail && oe < src.length && LATIN.test(src[oe]));
}
const LATIN = /[A-Za-z0-9]/;
const LATIN_RUN = /[A-Za-z0-9_-]/;

const HAN = /\p{Script=Han}/u;
const isHanAt = (t: string, i: number) => i >= 0 && i < t.length && HAN.test(t[i]);

export interface TermsRunStats { candidates: number; segmented: number; /** spans looked at by the containment passes */ visited?: number }

/**
 * The wording is mentioned, not used: its sentence warns against it, checks for it, prohibits it, reports what
 * someone else claimed, or asks about it — the cue standing before the term (凡…均 starts before it too) — or the
 * sentence is one the regulations require (a fund's risk-return statement), whatever words it contains. In a notice,
 * report or warning to consumers, only the institution's own claims and advice are use.
 */
function mentioned(norm: NormalizedText, s: number, e: number, d: CompiledDiscourse | undefined, notice: boolean, cues: DiscourseMatches): boolean {
  if (!d) return false;
  const src = cues.src;
  const [os, oe] = norm.origSpan(s, e);
  const [ss, se] = sentenceAround(src, os, oe, 120);
  // (required wording covers the words in it and after it: 预期年化收益率为5.2%，预期年化收益率不代表实际收益 still states a
  // figure before its caveat)
  if (cues.statutory?.within(ss, se, os + 1)) return true;
  // the wording names a category being defined or divided, or a field (保证收益理财产品是指…, …分为保本浮动收益…, 是否保本)
  if (d.categoryBefore?.test(src.slice(Math.max(ss, os - 40), os)) || d.categoryAfter?.test(src.slice(oe, Math.min(se, oe + 40)))) return true;
  // a notice, report or warning talks about wording; only its own claims and advice count as use
  if (notice && cues.ownClaim && !cues.ownClaim.within(ss, se)) return true;
  // a question asks about its wording (这款保本吗？), unless it only urges the reader after a claim (真正的零风险理财，你还在
  // 等什么？): an ad's rhetorical question
  if (se < src.length && '？?'.includes(src[se]) && !RHETORICAL.test(src.slice(oe, se)) && !INVITES.test(src.slice(ss, os)) && !PRESUPPOSES.test(src.slice(ss, os))) return true;
  return cues.mentions.some((m) => m.within(ss, se, os));
}

/** `src`: the text they were found in, the document's own in its simplified view (once per document) */
interface DiscourseMatches { src: string; statutory?: MatchIndex; ownClaim?: MatchIndex; mentions: MatchIndex[] }
/** the sentence exceptions as one pattern, built once per compiled pack set (the same pattern each run) */
const sentenceExcRe = new WeakMap<TermsCompiled, RegExp>();

function discourseMatches(src: string, d: CompiledDiscourse | undefined, notice: boolean): DiscourseMatches {
  if (!d) return { src, mentions: [] };
  return {
    src,
    statutory: d.statutory && new MatchIndex(src, d.statutory, d.known),
    ownClaim: notice && d.ownClaim ? new MatchIndex(src, d.ownClaim, d.known) : undefined,
    mentions: d.mentions.map(([, re]) => new MatchIndex(src, re, d.known)),
  };
}

/** `at`: whether a rule applies at a place of the normalised text (a rule of another product only in a sentence that names it) */
/** `titled`: whether a span of the original text lies in the title of another page (an item of a list of links) */
export function runTerms(c: TermsCompiled, norm: NormalizedText, active: (rule: RuleEntry) => boolean, seg: Segmenter, stats?: TermsRunStats, discourse?: CompiledDiscourse, notice: boolean | number = false, at?: (rule: RuleEntry, start: number, end: number) => boolean, lineOf?: (orig: number) => number, titled?: (origStart: number, origEnd: number) => false | 'title' | 'away', patterns?: TermsCompiled['patterns']): RawFinding[] {
  const text = norm.text;
  const hits = c.ac.search(text);
  const rx: { entry: TermEntry; start: number; end: number }[] = [];
  // (`patterns`: those of the active rules, filtered by the caller once for documents read alike)
  for (const p of patterns ?? c.patterns) {
    if (!patterns && !active(p.entry.rule)) continue;
    // (an edited long text is scanned again only around the edit; a short one without the pattern's literals, not at all)
    for (const m of regexScan(p.re, text, 'plain', c.known)) if (m[0]!.length) rx.push({ entry: p.entry, start: m.index, end: m.index + m[0]!.length });
  }
  if (!hits.length && !rx.length) return [];
  // exception spans first
  const excSpans: { start: number; end: number; scope: Set<string> | 'global' }[] = [];
  for (const h of hits) { const sc = c.exceptions[h.pattern]; if (sc) excSpans.push({ start: h.start, end: h.end, scope: sc }); }
  const excIndex = new SpanIndex(excSpans);
  const inScope = (e: TermEntry, x: (typeof excSpans)[number]) => x.scope === 'global' || x.scope.has(e.rule.id) || x.scope.has(`${e.rule.id}\0${e.norm}`);
  // inside an exception (第一条, 最高额抵押), or across one's edge: the term's last or first characters belong to an
  // exception word (全国第一|批: 第一批 runs on past the term), so the words are not the term's
  const inException = (e: TermEntry, s: number, t: number) =>
    excIndex.some(s, t, (x) => (x.end - x.start > t - s || x.start !== s || x.end !== t) && inScope(e, x)) ||
    (t - s > 1 && excIndex.some(t - 1, t + 1, (x) => x.start > s && inScope(e, x))) ||
    (t - s > 1 && excIndex.some(s, s + 1, (x) => x.start < s && x.end < t && inScope(e, x)));
  const segCache = new Map<string, Set<number>>();
  const boundaries = (s: number, e: number): Set<number> => {
    // the clause around the candidate; a long run without clause stops is segmented in fixed windows shared by every
    // candidate inside (one cut per window rather than per candidate), each with 24 characters of context
    let [a, b] = clauseAround(text, s, e, 4096);
    if (b - a > 96) {
      const k = Math.floor(s / 64) * 64;
      a = Math.max(a, k - 24);
      b = Math.min(b, Math.max(k + 88, e + 24));
    }
    const key = `${a}:${b}`;
    const cached = segCache.get(key);
    if (cached) return cached;
    const set = new Set<number>([a, b]);
    let p = a;
    for (const tok of seg.cut(text.slice(a, b))) { p += tok.length; set.add(p); }
    if (stats) stats.segmented++;
    segCache.set(key, set);
    return set;
  };
  /** pending: on jieba's word boundaries or not, not yet decided (see onBoundaries) */
  const accepted: { e: TermEntry; start: number; end: number; pending?: boolean; ok?: boolean }[] = [];
  const onBoundaries = (a: (typeof accepted)[number]): boolean => {
    if (!a.pending) return true;
    if (a.ok === undefined) { const b = boundaries(a.start, a.end); a.ok = b.has(a.start) && b.has(a.end); }
    return a.ok;
  };
  const candidates: { e: TermEntry; start: number; end: number; rx?: true }[] = [];
  for (const h of hits) for (const e of c.terms[h.pattern] ?? []) if (active(e.rule) && (!at || at(e.rule, h.start, h.end))) candidates.push({ e, start: h.start, end: h.end });
  for (const r of rx) if (!at || at(r.entry.rule, r.start, r.end)) candidates.push({ e: r.entry, start: r.start, end: r.end, rx: true });
  let cues: DiscourseMatches | undefined;
  let sentenceExc: MatchIndex | undefined;
  // a term inside a mentioned longer term (稳赚 in “稳赚不赔”) is mentioned too
  const mentions: { start: number; end: number }[] = [];
  // (`notice` as an offset: the text is a notice up to there, and an agreement set out below it — a 公约 or 协议 the page
  // shows — is the institution's own terms, not talk about wording)
  const noticeAt = (h: { start: number }) => notice === true || (typeof notice === 'number' && h.start < notice);
  const isMention = (h: { start: number; end: number }) => quotedMention(norm, h.start, h.end) || mentioned(norm, h.start, h.end, discourse, noticeAt(h), (cues ??= discourseMatches(simplified(norm.source), discourse, notice !== false)));
  // a candidate the tests of its own words reject (negated, an exception sentence…) is no finding whether or not it is
  // mentioned; its being a mention matters only to a candidate it holds, so it is asked (the discourse patterns compiled
  // and searched) only when some candidate is accepted: the same mentions, where they can change anything
  // a hit that opens its own source line (nothing but space before it on its line), the line above ending in words, not a
  // comma: a tile of its own (<span>投资期限：无固定期限</span> / <span>预期收益：最高至3.5%</span>)
  const opensLine = (o: number): boolean => {
    if (!lineOf) return false;
    let q = o - 1;
    while (q >= 0 && /\s/.test(norm.source[q])) q--;
    return q >= 0 && lineOf(q) !== lineOf(o) && !/[，,、；;：:（(“"‘'—-]/.test(norm.source[q]);
  };
  // …and a negation in the tile above does not reach into it: 无固定期限 negates the term, not the next tile's 预期收益 (a
  // negation that ends the line above is the next line's: 本产品不 / 保本)
  const negatedHere = (start: number): boolean => {
    if (!negated(text, start, c.negations)) return false;
    if (!opensLine(norm.origSpan(start, start)[0])) return true;
    const before = text.slice(Math.max(0, start - 4), start).replace(/\s+$/, '');
    return c.negations.some((n) => before.endsWith(n));
  };
  const rejected: { start: number; end: number }[] = [];
  for (const h of candidates) {
    const e = h.e;
    {
      if (stats) stats.candidates++;
      if (inException(e, h.start, h.end)) continue;
      if (!h.rx && latinGlued(norm, h.start, h.end)) continue; // (a pattern draws its own boundaries)
      let no = !!(e.after && e.after.test(text.slice(h.end, h.end + CONTEXT))) ||
        !!(e.before && e.before.test(text.slice(Math.max(0, h.start - CONTEXT), h.start))) ||
        (!!e.scale && amongScale(e.scale, text, h.start, h.end)) ||
        (e.negatable && negatedHere(h.start)) ||
        // a bare superlative is a claim only where it rates the offering, carries a scope, or ends the sentence as a verdict —
        // and never in the title of another page, an item of a list of links (余额宝疯涨成国内第一基金 in a news list, 目前最好的
        // 理财方式 among a footer's article links): it is that page's headline, not this page's claim; and no wording is this
        // page's own in a menu of links that go to other pages (限时抢购 → /youhui/, 限时秒杀 → hui.fenqile.com): it names
        // them (a row of tiles linked to "#" is this page's own words: 高收益、低门槛)
        (!!titled && (e.claim ? !!titled(...norm.origSpan(h.start, h.end)) : titled(...norm.origSpan(h.start, h.end)) === 'away')) ||
        (!!e.claim && !e.claim.before.test(text.slice(Math.max(0, h.start - 16), h.start)) && !e.claim.after.test(text.slice(h.end, h.end + 16))) ||
        // (…and a bare superlative that qualifies people — 顶级专家, 顶级大咖 — describes those persons (guests, a committee's
        // members), not the offering, whatever scope stands before it (业内30多位顶级专家): unless they serve the offering
        // (顶级专家团队, 顶级专家为您把关) — claimContext.people)
        (!!e.claim?.people && e.claim.people.test(text.slice(h.end, h.end + 16))) ||
        // (the term names a field, not the offer: its words run on into a field noun that ends a label, 秒杀产品总额：, 返佣条件:
        // — discourse.fieldName. A claim set as a heading, 高收益：…, ends in the claim itself)
        !!discourse?.fieldName?.test(text.slice(h.end, h.end + 12)) ||
        // (the wording straddles the halves of a correlative, 风险越高收益越高, 门槛越低风险越大 — discourse.correlative: it
        // only looks like the term once the words are run together)
        (!!discourse?.correlative && (text[h.start - 1] === '越' || text[h.start - 1] === '愈') && discourse.correlative.test(`${text.slice(Math.max(0, h.start - 4), h.start)}…${text.slice(h.end, h.end + 4)}`));
      // (the candidate's sentence, found once for both sentence tests)
      let sent: [number, number] | undefined;
      if (!no && e.sentence) { const [ss, se] = (sent = sentenceAround(text, h.start, h.end, 80)); no = e.sentence.test(text.slice(ss, se)); }
      if (!no && c.sentenceExceptions.length) {
        const [ss, se] = sent ?? sentenceAround(text, h.start, h.end, 80);
        let re = sentenceExcRe.get(c);
        if (!re) sentenceExcRe.set(c, (re = new RegExp(c.sentenceExceptions.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')));
        sentenceExc ??= new MatchIndex(text, re);
        no = sentenceExc.within(ss, se);
      }
      if (no) { rejected.push(h); continue; }
      if (isMention(h)) { mentions.push(h); continue; }
      // jieba cuts Han runs apart from everything else first, so a candidate bordered by non-Han characters
      // (punctuation, digits, Latin, the ends of the text) is on token boundaries without loading the dictionary
      if (e.boundary && !(isHanAt(text, h.start - 1) || isHanAt(text, h.end))) { accepted.push({ e, start: h.start, end: h.end }); continue; }
      // a boundary check is decided only if its answer can change the findings (below): a candidate inside a
      // mention or a longer hit of its family is dropped either way, and needs no dictionary
      accepted.push(e.boundary ? { e, start: h.start, end: h.end, pending: true } : { e, start: h.start, end: h.end });
    }
  }
  if (accepted.length) for (const h of rejected) if (isMention(h)) mentions.push(h);
  // keep the longest of overlapping hits within one family (保本保息 over 保本 and 保息)
  const family = (r: RuleEntry) => r.id.slice(0, r.id.indexOf('/'));
  const mentionIndex = new SpanIndex(mentions), acceptedIndex = new SpanIndex(accepted);
  // kept: on its boundaries, not in a mention, and no longer hit of its family on its boundaries overlaps it — the
  // conditions that need no segmentation first, so a boundary is decided only where it matters
  // (and of two rules of one family on the same words — 超低门槛 as inducing language and, for a loan, a credit promise —
  // the rule of a product over a rule for any product, else the one its pack lists first: one phrase, one finding, as
  // onePerLine decides for findings)
  const rank = (r: RuleEntry) => (r.appliesTo.products.includes('any') ? 1e6 : 0) + c.order.get(r)!;
  const longer = (a: (typeof accepted)[number], b: (typeof accepted)[number]) => b !== a && family(b.e.rule) === family(a.e.rule) &&
    (b.end - b.start > a.end - a.start || (b.start === a.start && b.end === a.end && b.e.rule !== a.e.rule && rank(b.e.rule) < rank(a.e.rule)));
  const kept = accepted.filter((a) => !mentionIndex.some(a.start, a.end, () => true) &&
    !acceptedIndex.some(a.start, a.end, (b) => !b.pending && longer(a, b)) &&
    onBoundaries(a) &&
    !acceptedIndex.some(a.start, a.end, (b) => !!b.pending && longer(a, b) && onBoundaries(b)));
  if (stats) stats.visited = (stats.visited ?? 0) + excIndex.visited + mentionIndex.visited + acceptedIndex.visited;
  // one finding per rule and sentence: "不看征信，征信花了、黑户也能贷" is one problem, not three
  const groups = new Map<string, typeof kept>();
  for (const a of kept) {
    const [ss] = sentenceAround(text, a.start, a.end, 200);
    const key = `${a.e.rule.id}\0${ss}`;
    const g = groups.get(key);
    if (g) { if (!g.some((x) => x.start === a.start && x.end === a.end)) g.push(a); } else groups.set(key, [a]);
  }
  // …but a "sentence" with no stop that runs over several source lines with nothing but space between two hits is a row of
  // tiles (<span>最快10分钟审核</span> <img> <span>最快1小时到账</span>): each tile is its own place, as a reviewer marks each
  // (and so is a hit that opens its own line after words that end the line before without a comma — 项目100%安全对接 <br>
  // 成立以来，从不违约: the second tile's words are its own place even with the first tile's last words between them: opensLine)
  const tiles = (g: typeof kept): (typeof kept)[] => {
    if (g.length < 2 || !lineOf) return [g];
    const parts: (typeof kept)[] = [[g[0]]];
    for (let i = 1; i < g.length; i++) {
      const p = g[i - 1], a = g[i];
      const [ao] = norm.origSpan(a.start, a.start);
      const apart = a.start >= p.end && lineOf(ao) !== lineOf(norm.origSpan(p.end - 1, p.end)[0]) &&
        (/^\s*$/.test(text.slice(p.end, a.start)) || opensLine(ao));
      if (apart) parts.push([a]); else parts[parts.length - 1].push(a);
    }
    return parts;
  };
  const out: RawFinding[] = [];
  for (const g0 of groups.values()) for (const g of tiles(g0.sort((x, y) => x.start - y.start))) {
    const [s0, e0] = spanOf(g);
    const [start, end] = norm.origSpan(s0, e0);
    const termsText = [...new Set(g.map((x) => x.e.spec.text))].join('、');
    // (several phrases of one sentence: the finding spans them all, and its message quotes each phrase — “行业领先”“首选” —
    // not the whole run of words between them, which the reviewer would have to search for the offending words)
    // (overlapping phrases — 本金安全 / 安全，收益 / 收益稳定 — are quoted as the one run they make: “本金安全，收益稳定”)
    const runs: [number, number][] = [];
    for (const x of g) { const r = runs[runs.length - 1]; if (r && x.start < r[1]) r[1] = Math.max(r[1], x.end); else runs.push([x.start, x.end]); }
    const phrases = runs.length > 1 ? [...new Set(runs.map(([s, e]) => norm.source.slice(...norm.origSpan(s, e))))] : [];
    out.push({ rule: g[0].e.rule, start, end, data: phrases.length > 1 ? { term: termsText, text: phrases.join('”“') } : { term: termsText }, replacement: g.length === 1 ? g[0].e.spec.replace : undefined });
  }
  return out;
}
