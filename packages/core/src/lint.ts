// The linter: compiled once for a set of packs and settings, then run per document.
import { SearchGroup } from './aho-corasick.js';
import { agreementStart, compileDetection, detect, productsNamedIn, type CompiledDetection, type Detection, type DetectionData } from './detect.js';
import { clauseLocator, compileDiscourse, type CompiledDiscourse, type DiscourseData } from './clauses.js';
import { compileEmphasis, hasEmphasisCue, runEmphasis, type EmphasisCompiled } from './engines/emphasis.js';
import { runRates, type RatesRunStats } from './engines/rates.js';
import { findRatePhrases } from './rates/phrases.js';
import { runRequires, squeezeWithMap, type SqueezedText } from './engines/requires.js';
import { compileTerms, runTerms, type TermsCompiled, type TermsRunStats } from './engines/terms.js';
import { LineIndex, type Block, type LintDocument } from './model.js';
import { normalize, normalizeSkipping } from './normalize.js';
import { incremental, ownCopy } from './edits.js';
import { dictLines, LazySegmenter, type Segmenter, type SegmenterName } from './segmenter.js';
import { fill, sentenceAround } from './text-utils.js';
import { requiredLiterals, type KnownLiterals } from './regex-literals.js';
import { createRequire } from 'node:module';
import type { DocKind, Finding, Fix, Locale, Product, RawFinding, RuleEntry, RuleLevel, RulePack, Severity } from './types.js';

/** a rule's reachSentence, compiled once per rule (no state: tested, never searched with g) */
const reachSentenceRes = new WeakMap<RuleEntry, RegExp>();
const reachSentenceRe = (r: RuleEntry): RegExp => {
  let re = reachSentenceRes.get(r);
  if (!re) reachSentenceRes.set(r, (re = new RegExp(r.reachSentence!, 'u')));
  return re;
};

export interface LinterOptions {
  packs: RulePack[];
  /** extra user dictionary words for the segmenter (the financial dictionary shipped with the packs) */
  dictionary?: string[];
  segmenter?: SegmenterName | Segmenter;
  /** rule id (or family) → level; rules not listed keep their pack severity */
  levels?: Record<string, RuleLevel>;
  /** include rules marked strict */
  strict?: boolean;
  /** YYYY-MM-DD: rules whose `since` is later are skipped */
  asOf?: string;
  /** clause roles, burden and mention cues, statutory sentences (rules/discourse.json) */
  discourse?: DiscourseData;
  /** the document kind and product cues (rules/detect.json) */
  detection?: DetectionData;
  /** the pack, discourse and rate-phrase patterns' required literals read at build time (a pattern not there is read
   * from its source when needed, or not gated): asked when a shape or a pattern is first tried (see regexScan) */
  literals?: KnownLiterals;
  /** a pack whose patterns are known to compile (the build-time rule state, made from packs the build compiled): its
   * terms patterns and emphasis shapes are compiled when first searched. Every other pack's are compiled when the
   * linter is built, and an invalid one is refused there */
  checked?: (pack: RulePack) => boolean;
  /** a checked pack's rule's terms patterns' literal keys, in order (`literalKey` of each, read at build time with the
   * packs): looked up without hashing the patterns' sources */
  patternKeys?: (rule: RuleEntry) => readonly string[] | undefined;
}

export interface LintOptions {
  product?: Product;
  kind?: DocKind;
  locale?: Locale;
  /** per-document level overrides (config overrides by glob) */
  levels?: Record<string, RuleLevel>;
}

export interface LintResult {
  findings: Finding[];
  product: Product;
  products: Product[];
  kind: DocKind;
  detection: Detection;
  stats: TermsRunStats & RatesRunStats & { segmenterLoaded: boolean };
}

const hasKeys = (o: object) => { for (const _ in o) return true; return false; };

const levelOf = (levels: Record<string, RuleLevel> | undefined, id: string): RuleLevel | undefined => {
  if (!levels) return undefined;
  if (id in levels) return levels[id];
  const fam = id.slice(0, id.indexOf('/'));
  return levels[fam];
};

export class Linter {
  readonly rules: RuleEntry[];
  private terms: TermsCompiled;
  private emphasis: EmphasisCompiled;
  readonly discourse: CompiledDiscourse;
  readonly detection: CompiledDetection;
  readonly segmenter: Segmenter;
  private lazy?: LazySegmenter;
  private searchGroup: SearchGroup;

  constructor(private opts: LinterOptions) {
    const all = opts.packs.flatMap((p) => p.rules);
    const byId = new Map<string, RuleEntry>();
    for (const r of all) byId.set(r.id, r); // later packs override earlier entries of the same id
    this.rules = [...byId.values()].filter((r) => (opts.strict || !r.strict) && (!opts.asOf || !r.since || r.since <= opts.asOf));
    const globalExc = opts.packs.flatMap((p) => p.exceptions ?? []);
    const negations = opts.packs.find((p) => p.negations)?.negations;
    const sentenceExc = opts.packs.flatMap((p) => (p as RulePack & { sentenceExceptions?: string[] }).sentenceExceptions ?? []);
    // (a rule a later pack overrides is the later pack's: checked only if that pack is)
    const checked = opts.checked && new Set(opts.packs.filter(opts.checked).flatMap((p) => p.rules));
    const known = checked ? (r: RuleEntry) => checked.has(r) : undefined;
    this.terms = compileTerms(this.rules, globalExc, sentenceExc, negations, opts.asOf, opts.literals, known, opts.patternKeys);
    this.emphasis = compileEmphasis(this.rules, opts.literals, known);
    this.discourse = compileDiscourse(opts.discourse, opts.literals);
    this.detection = compileDetection(opts.detection);
    // detection, terms, emphasis cues and skips all search the normalised text: one pass once the run is long enough
    this.searchGroup = new SearchGroup([this.detection.ac, this.terms.ac, this.emphasis.ac, this.emphasis.skip]);
    if (opts.segmenter && typeof opts.segmenter === 'object') this.segmenter = opts.segmenter;
    else {
      this.lazy = new LazySegmenter(opts.segmenter ?? 'node-rs', () => dictLines([...(opts.dictionary ?? []), ...this.terms.words]));
      this.segmenter = this.lazy;
    }
  }

  rule(id: string): RuleEntry | undefined { return this.rules.find((r) => r.id === id); }

  /** each rule's level before a document's own overrides (the linter's levels do not change) */
  private baseLevels = new Map<RuleEntry, RuleLevel>();
  private severity(rule: RuleEntry, doc?: Record<string, RuleLevel>): RuleLevel {
    if (doc && hasKeys(doc)) { const v = levelOf(doc, rule.id); if (v != null) return v; }
    let v = this.baseLevels.get(rule);
    if (v === undefined) { v = levelOf(this.opts.levels, rule.id) ?? rule.severity; this.baseLevels.set(rule, v); }
    return v;
  }

  /** the memos of `scope`, by the document's reading (per levels object: a document's own levels are part of the answer) */
  private reachMemos = new WeakMap<object, Map<string, Map<RuleEntry, 'doc' | 'sentence' | undefined>>>();
  private readonly noLevels = {};
  private reachMemo(levels: Record<string, RuleLevel> | undefined, key: string) {
    const owner = levels && hasKeys(levels) ? levels : this.noLevels;
    let byKey = this.reachMemos.get(owner);
    if (!byKey) this.reachMemos.set(owner, (byKey = new Map()));
    let memo = byKey.get(key);
    if (!memo) {
      if (byKey.size >= 256) byKey.clear();
      byKey.set(key, (memo = new Map()));
    }
    return memo;
  }

  /** the terms' patterns of the rules that reach a document, by the memos of its reading (and of the agreement set out in
   * it, if any): the same for every document read alike, so filtered once per reading, not per document */
  private termPatternsMemo = new WeakMap<object, Map<object | undefined, TermsCompiled['patterns']>>();
  private termPatterns(memo: object, inner: object | undefined, on: (r: RuleEntry) => boolean): TermsCompiled['patterns'] {
    let byInner = this.termPatternsMemo.get(memo);
    if (!byInner) this.termPatternsMemo.set(memo, (byInner = new Map()));
    let list = byInner.get(inner);
    if (!list) byInner.set(inner, (list = this.terms.patterns.filter((p) => on(p.entry.rule))));
    return list;
  }

  private scope(detection: Detection, options: LintOptions) {
    const product = options.product ?? detection.product;
    const products = options.product ? [options.product] : detection.products;
    const kind = options.kind ?? detection.kind;
    const ownVoice = !options.kind && detection.ownVoice === true;
    // where a rule applies, asked once per rule (memoised): to the document ('doc'); or, for a wording rule about another
    // product than the document's, only to a sentence that names that product itself ('sentence': 投资…获得丰厚收益 in a
    // lending platform's FAQ). The answer depends on the rule and on what the key below names, so documents read alike
    // (a run over many files has a few dozen such readings) share one memo
    const institution = !options.kind && !options.product && detection.institutionPage === true;
    const businessOnly = !options.kind && kind === 'contract' && detection.businessOnly === true;
    // (a margin loan's page — 配资, read so by its words — names the loan's price as fees: see notOnMarginLoan)
    const margin = !options.product && detection.marginLoan === true;
    const memo = this.reachMemo(options.levels, `${product}|${products.join(',')}|${kind}|${ownVoice ? 1 : 0}${institution ? 1 : 0}${businessOnly ? 1 : 0}${options.product ? 1 : 0}${margin ? 1 : 0}`);
    const reach = (r: RuleEntry) => {
      if (memo.has(r)) return memo.get(r);
      const ps = r.appliesTo.products, ks = r.appliesTo.kinds;
      // a help page in the institution's own voice is no ad (no ad's required statements), but its wording is judged as
      // the institution's ads are
      const ownWords = ownVoice && r.engine === 'terms' && ks.includes('marketing');
      // a page about the institution that offers no product owes no product's required statements
      const aboutOnly = r.engine === 'requires' && institution;
      // a contract between companies only is outside consumer protection's scope: no rule applies (unless the caller gave
      // the kind: the reviewer who says it is a contract to review has it reviewed)
      const on = this.severity(r, options.levels) !== 'off' && !aboutOnly && !businessOnly && !(margin && r.notOnMarginLoan === true) && (ks.includes('any') || ks.includes(kind) || ownWords);
      // an investor's contract (P2P lending bought as an investment: wealth first) speaks of the borrower's loan, but the
      // consumer signing it is the lender: the loan's burdens are not theirs (…nor the borrower's all-in cost statement,
      // which the loan contract owes its borrower) — nor, on an investment page, are the costs a rule on what the reader
      // pays is about (借款人需支付借款管理费 on a P2P lender's page: `burden`), the credit it names being the borrowers'
      // (a loan, a card), neither in the page as a whole nor in a sentence that names it
      const investor = product === 'wealth' && (r.engine === 'emphasis' || r.burden === true || (r.engine === 'rates' && kind === 'contract'));
      const own = investor ? products.filter((p) => p !== 'loan' && !(r.burden === true && p === 'credit-card')) : products;
      // what a document owes as a whole (a required statement, a price for the loan it offers) is owed for the product it
      // is about, not for one it mentions (申请借款 in the menu of a P2P lender's page)
      const whole = r.engine === 'requires' || (r.engine === 'rates' && r.rates?.check === 'price-missing');
      const pOk = ps.includes('any') || (whole ? ps.includes(product) : own.some((p) => ps.includes(p)));
      const v = !on ? undefined : pOk ? 'doc' : !options.product && r.engine === 'terms' && !investor ? 'sentence' : undefined;
      memo.set(r, v);
      return v;
    };
    const applies = (r: RuleEntry) => reach(r) === 'doc';
    return { detection, product, products, kind, ownVoice, applies, reach, memo };
  }

  /**
   * Does any rule that applies to this document need its structure (blocks, emphasis marks)? A cheap
   * source view (Markdown before its tree is built) is enough otherwise.
   */
  private lastNorm: { text: string; title?: string; norm: ReturnType<typeof normalize>; detection?: Detection; agreement?: number; agreementBlocks?: readonly Block[]; above?: Detection; aboveOf?: Detection; aboveBlocks?: readonly Block[] } | undefined;
  /** the normalised text and its detection, kept for the next call on the same text (needsStructure, then lint) */
  private normalized(text: string, title?: string) {
    if (this.lastNorm?.text !== text || this.lastNorm.title !== title) this.lastNorm = { text, title, norm: normalize(text) };
    return this.lastNorm;
  }

  /** the detection of a text, found once per text (needsStructure, then lint) */
  private detectionOf(n: NonNullable<Linter['lastNorm']>, links?: readonly [number, number][]): Detection {
    return (n.detection ??= detect(n.norm, n.title, this.detection, links));
  }

  /**
   * One reading per document, whichever view of it an engine reads: a view read as another (a Markdown file's tree, read
   * as its source view was when it was asked whether it needs the tree: `readAs`) takes that view's kind and product.
   */
  private documentDetection(doc: LintDocument, own: NonNullable<Linter['lastNorm']>): Detection {
    if (doc.readAs === undefined || doc.readAs === doc.text) return this.detectionOf(own, doc.links);
    const prior = this.priorDetection;
    if (prior && prior.text === doc.readAs && prior.title === doc.title) return prior.detection;
    return detect(normalize(doc.readAs), doc.title, this.detection);
  }
  /** the last detection made for a text that was not linted itself (a source view whose tree was linted), for documentDetection */
  private priorDetection?: { text: string; title?: string; detection: Detection };

  /** where an agreement set out in the text begins (-1: none), found once per text (needsStructure, then lint) */
  private agreementAt(n: NonNullable<Linter['lastNorm']>, doc: LintDocument): number {
    // (kept for the blocks it was found with: the same text with other blocks may hold a heading that links away)
    if (n.agreement === undefined || n.agreementBlocks !== doc.blocks) { n.agreement = agreementStart(n.norm.text, awayHeadings(doc, n.norm), this.detection.testTerms); n.agreementBlocks = doc.blocks; }
    return n.agreement;
  }

  /**
   * A page taken for a contract by its contract words alone, whose words are those of an agreement set out below the page's
   * own text (a loan landing page with its 征信授权书 at the foot, an insurance page with its 条款): the page is what its
   * own text above the agreement reads as, when that reads as something by its own marks (an ad's calls, a help page's
   * questions), and the agreement below is read as one (see lint)
   */
  private pageAbove(found: Detection, cached: NonNullable<Linter['lastNorm']>, doc: LintDocument, options: LintOptions): Detection {
    if (options.kind || found.kind !== 'contract' || found.why?.kind.by !== 'cues') return found;
    if (cached.above !== undefined && cached.aboveOf === found && cached.aboveBlocks === doc.blocks) return cached.above;
    let out = found;
    const at = this.agreementAt(cached, doc);
    if (at >= 0) {
      const above = detect(normalize(doc.text.slice(0, cached.norm.origSpan(at, at)[0])), doc.title, this.detection);
      // (a page that sets out the agreement its customer accepts is where they apply or buy: its notice words alone, a menu's
      // 风险测评 or 培训, make it no notice, while a shape of its own — a help page's questions, a notice's heading — does; a
      // text above with no mark of any kind is the agreement's cover, not a page of its own)
      const by = above.why?.kind.by;
      if (above.kind !== 'contract' && by && by !== 'default') out = { ...found, kind: by === 'cues' ? 'marketing' : above.kind, ...(above.ownVoice ? { ownVoice: true } : {}), why: { ...found.why!, kind: above.why!.kind } };
    }
    cached.above = out; cached.aboveOf = found; cached.aboveBlocks = doc.blocks;
    return out;
  }

  needsStructure(doc: LintDocument, options: LintOptions = {}): boolean {
    const cached = this.normalized(doc.text, doc.title);
    const { norm } = cached;
    const own = this.detectionOf(cached, doc.readAs === undefined || doc.readAs === doc.text ? doc.links : undefined);
    this.priorDetection = { text: doc.text, title: doc.title, detection: own };
    const found = this.pageAbove(own, cached, doc, options);
    const { applies } = this.scope(found, options);
    if (this.rules.some((r) => r.engine === 'rates' && (r.rates as { needsMarks?: boolean } | undefined)?.needsMarks && applies(r))) {
      // prominence only matters where an APR and another price figure both appear
      const ph = findRatePhrases(doc.text, this.opts.literals);
      if (ph.some((p) => p.kind === 'annual') && ph.some((p) => p.kind !== 'annual' && !doc.plainSpan?.(p.start, p.end))) return true;
    }
    // (an agreement set out below the page's own text is read as one: its key clauses need the marks)
    const inner = !options.kind && found.kind !== 'contract' && this.agreementAt(cached, doc) >= 0 ? this.scope(found, { ...options, kind: 'contract' }).applies : undefined;
    return hasEmphasisCue(this.emphasis, norm, inner ? (r) => applies(r) || inner(r) : applies);
  }

  lint(doc: LintDocument, options: LintOptions = {}): LintResult {
    const locale = options.locale ?? 'zh';
    const cached = this.normalized(doc.text, doc.title);
    const { norm } = cached;
    const found = this.pageAbove(this.documentDetection(doc, cached), cached, doc, options);
    const { detection, product, products, kind, ownVoice, applies, reach, memo } = this.scope(found, options);
    const stats = { candidates: 0, segmented: 0, visited: 0, rateBlockChars: 0, ratePairs: 0, segmenterLoaded: false };
    const raw: RawFinding[] = [];
    // a page that sets out an agreement below its own text (a product page with its purchase agreements) is read as an
    // agreement from there on: its clauses are key clauses, its wording a contract's, not an ad's (the kind found for the
    // page as a whole, unless the caller gave one)
    const from = !options.kind && kind !== 'contract' ? this.agreementAt(cached, doc) : -1;
    const inner = from >= 0 ? this.scope(found, { ...options, kind: 'contract' }) : undefined;
    const docFrom = from >= 0 ? norm.origSpan(from, from)[0] : Infinity;
    // a sentence-reach hit is a candidate only where its sentence names one of the rule's products outside the hit
    // itself (赠送保险 on a card page does not make the sentence about insurance)
    const here = (r: RuleEntry, s: number, e: number) => {
      const v = inner && s >= from ? inner.reach(r) : reach(r);
      if (v === 'doc') return true;
      if (v === undefined) return false;
      const [a, b] = sentenceAround(norm.text, s, e);
      // (…or whose sentence is of the kind the rule is about whatever the product: a reward for topping up a payment account)
      if (r.reachSentence && reachSentenceRe(r).test(norm.text.slice(a, b))) return true;
      const named = productsNamedIn(`${norm.text.slice(a, s)}\n${norm.text.slice(e, b)}`, this.detection);
      return r.appliesTo.products.some((p) => p !== 'any' && named.has(p));
    };
    // (appended one by one, never spread: a text with 150,000 hits would spread past the call stack — found by fuzzing)
    const termsOn = (r: RuleEntry) => reach(r) !== undefined || inner?.reach(r) !== undefined;
    for (const f of runTerms(this.terms, norm, termsOn, this.segmenter, stats, this.discourse, kind === 'notice' && !ownVoice && (from >= 0 ? from : true), here, (o) => doc.map.toSource(o).line, linkTitles(doc.blocks), this.termPatterns(memo, inner?.memo, termsOn))) raw.push(f);
    let active = this.rules.filter(applies);
    // …but a help page whose own words make an ad's promises about the product (本金保障, 先行垫付: a finding of a rule
    // marked promise) is selling in them: it owes what an ad owes (理财非存款、产品有风险…); and so is a page taken to name its
    // product only in passing, or to say nothing of its own (a calculator's fields and the site's menus, a quiz screen), whose
    // own words promise the product's return or safety (每日复利，保本保息, 收益稳定), or sell it (为孩子轻松攒到一百万, a ticker of
    // others' purchases: a rule marked sells): it owes its product's required statements
    // (…not a return's name standing as an item, a field's or a glossary's: 预期年化 on a line of its own among 累计收益 / 可用余额, or
    // between a list's commas, 包括借款金额，预期年化，借款期限 — with no figure after it, it promises no return)
    const sells = ownVoice && kind === 'notice' && raw.some((f) => f.rule.promise === true && !namesReturn(doc.text, f)) ? this.scope(found, { ...options, kind: 'marketing' })
      : !options.kind && !options.product && detection.quietPage === true && raw.some((f) => (f.rule.promise === true || f.rule.sells === true) && f.start < docFrom)
        ? this.scope({ ...found, institutionPage: false, quietPage: false }, options) : undefined;
    if (sells) active = [...active, ...this.rules.filter((r) => r.engine === 'requires' && !active.includes(r) && sells.applies(r))];
    // …and a help page in its own voice that asks what borrowing costs (借款利息是多少？, 借款有其他费用吗？) raises the price
    // itself: the price check an ad of the loan owes is asked of it too (the check keeps to the question: `asks`)
    if (ownVoice && kind === 'notice') {
      const asked = this.rules.filter((r) => r.engine === 'rates' && r.rates?.asks !== undefined && !active.includes(r) && mayAsk(r, doc.text));
      if (asked.length) { const ad = this.scope(found, { ...options, kind: 'marketing' }); for (const r of asked) if (ad.applies(r)) active.push(r); }
    }
    let sq: SqueezedText | undefined;
    for (const f of runRequires(active, norm, doc.text, () => (sq ??= squeezeWithMap(norm.text)))) raw.push(f);
    const clauses = clauseLocator(doc, this.discourse);
    for (const f of runEmphasis(this.emphasis, doc, norm, applies, this.discourse, clauses)) if (f.start < docFrom) raw.push(f);
    if (inner) for (const f of runEmphasis(this.emphasis, doc, norm, inner.applies, this.discourse, clauses)) if (f.start >= docFrom) raw.push(f);
    for (const f of runRates(active, doc, this.opts.literals, stats, kind)) raw.push(f);
    stats.segmenterLoaded = this.lazy?.loaded ?? true;

    // (pushed to, not made by map and filter: an empty list is of another kind to V8 — see runEmphasis's skips)
    const findings: Finding[] = [];
    // (a rule a directive turns off at its line is dropped before findings are folded: it neither hosts others nor is said)
    const off = directivesOf(doc);
    const on = foldDesignNotes(doc, this.detection.designNote, foldMetadata(doc, off ? raw.filter((f) => !off(f.rule.id, doc.map.toSource(f.start).line)) : raw));
    for (const f of foldWording(doc, onePerLine(doc, foldStatement(doc, foldRates(foldCopies(doc, on))), kind === 'contract' ? 0 : docFrom), (r) => this.severity(r, options.levels))) { const x = this.toFinding(doc, f, locale, options.levels); if (x) findings.push(x); }
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    return { findings, product, products, kind, detection, stats };
  }

  private toFinding(doc: LintDocument, f: RawFinding, locale: Locale, levels?: Record<string, RuleLevel>): Finding | undefined {
    const sev = this.severity(f.rule, levels);
    if (sev === 'off') return undefined;
    const [a, b] = f.shownAt ?? [doc.map.toSource(f.start), doc.map.toSource(f.end)];
    // quoted as a reader sees it (the cheap Markdown view still has its ** and # in the text)
    // (and on one line: a quote that runs over a block break, ☑ and the consent beside it, is read as one phrase)
    const clean = (t: string) => oneLine(doc.format === 'markdown' && MARKDOWN_QUOTE.test(t) ? t.replace(/^#{1,6}[ \t]+/, '').replace(/\*\*|__/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1') : t);
    const text = clean(doc.text.slice(f.start, f.end));
    const data: Record<string, string> = { ...f.data, text: clean(f.data?.text ?? text) };
    let message = f.message ?? fill(f.rule.message[locale], data, locale);
    // the document promised to mark key clauses (以粗体标注) and this one is not marked
    if (f.data?.announced) message += locale === 'zh' ? '（本文件声明以粗体等方式标注重要条款，但此条款未标注）' : ' (the document says key clauses are marked, but this one is not)';
    if (f.data?.repeats) message += locale === 'zh' ? `（本文件另有 ${f.data.repeats} 处相同表述）` : ` (${f.data.repeats} more of the same wording in this document)`;
    if (f.data?.more) message += locale === 'zh' ? `（同一行另有 ${f.data.more} 处关键条款未突出）` : ` (${f.data.more} more key clause(s) on this line are not emphasised)`;
    // (a folded finding's first sentence: the words and the computation are the host's already)
    if (f.also) for (const g of f.also) {
      const m = fill(g.rule.message[locale], { ...g.data, text: clean(g.data?.text ?? doc.text.slice(g.start, g.end)) }, locale);
      const head = locale === 'zh' ? m.slice(0, m.indexOf('。') + 1 || m.length) : m.slice(0, m.indexOf('. ') + 1 || m.length);
      message += (/[。.！!]$/.test(message) ? '' : locale === 'zh' ? '。' : '.') + (locale === 'zh' ? '另：' : ' Also: ') + head;
    }
    const suggestion = fill(f.rule.suggestion[locale], data, locale);
    const finding: Finding = {
      ruleId: f.rule.id, severity: sev as Severity, message,
      line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
      text, basis: f.also ? basisOf(f) : f.rule.basis, suggestion, start: f.start, end: f.end,
      location: doc.map.describe?.(f.start),
      fingerprint: fingerprint(f.rule.id, doc.text, f.start, f.end),
    };
    if (f.also) finding.also = f.also.map((g) => ({ ruleId: g.rule.id, text: clean(g.data?.text ?? doc.text.slice(g.start, g.end)) }));
    if (f.rule.engine === 'requires' || f.documentLevel) finding.documentLevel = true;
    // (shown elsewhere than its words: an edit of those words would not be where the reader is pointed)
    const fix = f.shownAt ? undefined : this.fixFor(doc, f, locale);
    if (fix) finding.fix = fix;
    const sugg = this.suggestionsFor(doc, f, locale);
    if (sugg.length) finding.suggestions = sugg;
    return finding;
  }

  private fixFor(doc: LintDocument, f: RawFinding, locale: Locale): Fix | undefined {
    if (doc.source === undefined) return undefined;
    if (f.append !== undefined && f.rule.insert) {
      if (doc.readsEnd === false) return undefined; // appended where the linter does not read, it would never fix anything
      const src = doc.source;
      const tail = src.endsWith('\n') ? '' : '\n';
      return { range: [src.length, src.length], text: `${tail}\n${f.rule.insert[locale]}\n` };
    }
    if (f.rule.engine === 'emphasis' && doc.emphasize) return doc.emphasize(f.start, f.end);
    return undefined;
  }

  private suggestionsFor(doc: LintDocument, f: RawFinding, locale: Locale) {
    if (f.suggest) {
      const range = sourceRange(doc, f.suggest.start, f.suggest.end);
      return range ? [{ desc: f.suggest.desc[locale], fix: { range, text: f.suggest.text } }] : [];
    }
    if (f.replacement === undefined) return [];
    const range = sourceRange(doc, f.start, f.end);
    if (!range) return [];
    const desc = f.replacement ? (locale === 'zh' ? `改为“${f.replacement}”` : `Replace with “${f.replacement}”`) : (locale === 'zh' ? '删除该表述' : 'Remove the wording');
    return [{ desc, fix: { range, text: f.replacement } }];
  }
}

// a return's name standing as an item with no figure after it (see sells in lint)
const RETURN_NAME = /年化|收益/, ITEM_BEFORE = /(?:^|\n|[，、,（(：:])[ \t]*$/, ITEM_AFTER = /^[ \t]*(?:$|\n|[，、,）)])/, FIGURE = /[0-9%％]/;
function namesReturn(text: string, f: RawFinding): boolean {
  return RETURN_NAME.test(text.slice(f.start, f.end)) && ITEM_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start))
    && ITEM_AFTER.test(text.slice(f.end, f.end + 4)) && !FIGURE.test(text.slice(f.end, f.end + 16));
}

/** a folded finding rests on its own rule's basis and on each folded rule's: every regulation it names, once */
function basisOf(f: RawFinding): RuleEntry['basis'] {
  const seen = new Set<string>();
  return [f.rule, ...f.also!.map((g) => g.rule)].flatMap((r) => r.basis).filter((b) => { const k = `${b.instrument}\0${b.article ?? ''}`; return !seen.has(k) && !!seen.add(k); });
}

const oneLine = (t: string) => (t.includes('\n') ? t.replace(/[ \t]*\n\s*/g, ' ') : t);

/** a quote that may hold Markdown a reader does not see (a heading's #, ** or __, a backslash escape) */
const MARKDOWN_QUOTE = /[#*_\\]/;

/** the source range of document text [start, end), only when the source there is exactly that text (no markup inside) */
function sourceRange(doc: LintDocument, start: number, end: number): [number, number] | undefined {
  if (doc.source === undefined) return undefined;
  const a = doc.map.toSource(start).offset, b = doc.map.toSource(end).offset;
  if (a === undefined || b === undefined || doc.source.slice(a, b) !== doc.text.slice(start, end)) return undefined;
  return [a, b];
}

/**
 * A rate phrase that breaks two rate rules is one finding: a high-APR review (check `high-apr`) on words another rate
 * finding already reports (the APR missing beside a daily rate, a fee shown as the installment cost) is folded into that
 * finding, its message after the finding's own — one problem in the text, one finding, both things said. (Only rules that
 * are on reach here, so a high-APR rule left on alone still reports itself.) Sorted, with a running furthest end: linear
 * after the sort, whatever the number of phrases.
 */
function foldRates(raw: RawFinding[]): RawFinding[] {
  const isHigh = (f: RawFinding) => f.rule.engine === 'rates' && f.rule.rates?.check === 'high-apr';
  if (!raw.some(isHigh)) return raw;
  const hosts = raw.filter((f) => f.rule.engine === 'rates' && !isHigh(f) && !f.documentLevel && f.end > f.start).sort((a, b) => a.start - b.start);
  if (!hosts.length) return raw;
  // reach[i]: of hosts[0..i], the one that ends furthest
  const reach: RawFinding[] = [];
  for (const h of hosts) reach.push(reach.length && reach[reach.length - 1].end >= h.end ? reach[reach.length - 1] : h);
  return raw.filter((f) => {
    if (!isHigh(f)) return true;
    // the last host that starts before f ends
    let lo = 0, hi = hosts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (hosts[mid].start < f.end) lo = mid + 1; else hi = mid; }
    const h = lo ? reach[lo - 1] : undefined;
    if (!h || h.end <= f.start) return true;
    (h.also ??= []).push(f);
    return false;
  });
}

/** the index of the block holding offset `o` in `blocks` (in order of start, not overlapping), found by halving; -1 when
 * none holds it */
function blockAt(blocks: readonly Block[], o: number): number {
  let lo = 0, hi = blocks.length - 1, at = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (blocks[mid].start <= o) { at = mid; lo = mid + 1; } else hi = mid - 1; }
  return at >= 0 && o < blocks[at].end ? at : -1;
}

/**
 * The page's <title> is read after the body (it is shown: the browser tab, an H5 page's header). A claim the title makes
 * in words the body says too (and the metadata does not) is one claim, found in the body where labellers mark it, not
 * again on the title; a claim
 * the document's metadata (an HTML page's meta description, read after the title) makes in the title's words is the
 * title's, found there. A claim the metadata makes and the title does not is still reported on the metadata, even when
 * the body says it too: a search engine shows it, and labellers differ on it (b1 expects it, b4/b10 do not).
 */
function foldMetadata(doc: LintDocument, raw: RawFinding[]): RawFinding[] {
  const span = doc.titleSpan;
  if (!span || doc.source === undefined || !raw.length) return raw;
  const title = doc.source.slice(span[0], span[1]);
  const [metaFrom, metaTo] = doc.metadata ?? [doc.text.length, doc.text.length];
  const drop = raw.map((f) => {
    if (f.documentLevel || f.end <= f.start) return false;
    const words = doc.text.slice(f.start, f.end);
    if (f.start >= metaFrom) return f.start < metaTo && f.rule.engine !== 'requires' && !!words.trim() && title.includes(words);
    if (f.rule.engine !== 'terms') return false;
    const at = doc.map.toSource(f.start).offset ?? -1;
    return at >= span[0] && at < span[1] && doc.text.slice(0, f.start).includes(words) && !doc.text.slice(metaFrom, metaTo).includes(words);
  });
  return drop.some(Boolean) ? raw.filter((_, i) => !drop[i]) : raw;
}

/**
 * A designer's note on a prototype's screen (an Axure export keeps the spec beside the widgets: 排序规则：…（最低）收益率由高到低,
 * 进入页面时自动选择收益最大的券，选择后显示为“XXX元代金券”, 交互修改…去掉“最懂我”等切换tab) tells how the page behaves; the
 * customer is not shown it, and the wording it names is no claim. A wording finding (the terms engine's, on a line) is dropped
 * when its source line holds two different words of a note (rules/detect.json shapes.designNote). Lines are looked at once each.
 */
function foldDesignNotes(doc: LintDocument, note: RegExp | undefined, raw: RawFinding[]): RawFinding[] {
  if (!note || doc.source === undefined || !raw.some((f) => f.rule.engine === 'terms' && !f.documentLevel)) return raw;
  const src = doc.source;
  const seen = new Map<number, boolean>();
  const isNote = (at: number) => {
    const { line, column, offset } = doc.map.toSource(at);
    let v = seen.get(line);
    if (v === undefined) {
      const from = offset! - column + 1;
      const nl = src.indexOf('\n', from);
      const words = new Set<string>();
      for (const m of src.slice(from, nl < 0 ? src.length : nl).matchAll(note)) { words.add(m[0]); if (words.size >= 2) break; }
      seen.set(line, (v = words.size >= 2));
    }
    return v;
  };
  const out = raw.filter((f) => f.rule.engine !== 'terms' || f.documentLevel || f.end <= f.start || !isNote(f.start));
  return out.length === raw.length ? raw : out;
}

/**
 * An agreement a page sets out twice (inline and again in its popup, a policy in the page and in a dialog): its second copy
 * says nothing the first did not, and the reviewer marks each key clause where it first stands (the corpus labels a
 * repeated agreement's clauses once, its copies `optional`). A block is a copy within a copied passage when it and the
 * blocks beside it repeat, word for word and in order, three blocks in a row earlier in the page; one clause said again on
 * its own (本行有权调整利率 in two sections) is no copied passage, and each place keeps its finding. A key-clause finding
 * in a copy is dropped when the same rule found the clause in the block it copies. Linear: one map of blocks by their text.
 */
const COPY_MIN = 8, COPY_RUN = 3;
function foldCopies(doc: LintDocument, raw: RawFinding[]): RawFinding[] {
  const blocks = doc.blocks;
  let clauses = 0;
  for (const f of raw) if (f.rule.engine === 'emphasis' && !f.documentLevel && ++clauses >= 2) break;
  if (clauses < 2 || blocks.length < 2 * COPY_RUN || !blocks.every((b, i, a) => !i || a[i - 1].start <= b.start)) return raw;
  // each block's words, and the earlier block it repeats (-1: none)
  const words = blocks.map((b) => doc.text.slice(b.start, b.end).replace(/\s+/g, ''));
  const firstAt = new Map<string, number>();
  const original = blocks.map(() => -1);
  words.forEach((w, i) => {
    if (w.length < COPY_MIN) return;
    const j = firstAt.get(w);
    if (j === undefined) firstAt.set(w, i);
    else original[i] = j;
  });
  // (runs of repeats, each block repeating the block after the one its predecessor repeats)
  const copyOf = blocks.map(() => -1);
  let copies = 0;
  for (let i = 0; i < blocks.length; ) {
    let j = i + 1;
    if (original[i] >= 0) while (j < blocks.length && original[j] >= 0 && original[j] === original[j - 1] + 1) j++;
    if (j - i >= COPY_RUN) for (let k = i; k < j; k++) { copyOf[k] = original[k]; copies++; }
    i = j;
  }
  if (!copies) return raw;
  const found = new Set<string>();
  const placed: [RawFinding, number][] = [];
  for (const f of raw) {
    if (f.rule.engine !== 'emphasis' || f.documentLevel || f.end <= f.start) continue;
    const at = blockAt(blocks, f.start);
    if (at < 0) continue;
    found.add(`${f.rule.id}\0${at}`);
    placed.push([f, at]);
  }
  const again = new Set<RawFinding>();
  for (const [f, at] of placed) if (copyOf[at] >= 0 && found.has(`${f.rule.id}\0${copyOf[at]}`)) again.add(f);
  return again.size ? raw.filter((f) => !again.has(f)) : raw;
}

/**
 * A contract's missing all-in cost statement (check `all-in-cost-statement`, a finding on the document) is anchored where
 * the contract prices the loan; where another rate finding already reports that sentence on that line (按月利率【】计付利息
 * with no APR beside it, 服务费依照借款合同金额的20% shown as the installment cost), the statement is folded into that
 * finding, said after its message, as a high-APR review is — one price sentence, one finding, both things said.
 */
function foldStatement(doc: LintDocument, raw: RawFinding[]): RawFinding[] {
  const isStatement = (f: RawFinding) => f.rule.engine === 'rates' && f.rule.rates?.check === 'all-in-cost-statement';
  const statements = raw.filter(isStatement);
  if (!statements.length) return raw;
  const place = (f: RawFinding) => `${sentenceAround(doc.text, f.start, f.end, 200)[0]}\0${doc.map.toSource(f.start).line}`;
  const hosts = new Map<string, RawFinding>();
  for (const f of raw) if (f.rule.engine === 'rates' && !isStatement(f) && !f.documentLevel && f.end > f.start) { const k = place(f); if (!hosts.has(k)) hosts.set(k, f); }
  if (!hosts.size) return raw;
  const folded = new Set<RawFinding>();
  for (const s of statements) {
    const h = hosts.get(place(s));
    if (!h) continue;
    (h.also ??= []).push(s);
    folded.add(s);
  }
  return folded.size ? raw.filter((f) => !folded.has(f)) : raw;
}

/**
 * Wording rules of one family that fire in one sentence (本金保障计划…将向理财人垫付: a promise of principal and a
 * backstop) on one line are one finding, as a reviewer marks the sentence once: the first of the most severe is the host, the others
 * are said after its message (另：…) — one place in the text, every reason given. So are those in other sentences of the
 * same paragraph on that line (国内最先进…。委托国内最大的…。 in one <p>; 收益高…<br>有保底… in one item): a reviewer marks
 * the paragraph's line once for a family and gives every reason; the host keeps its own sentence's span, the others are
 * listed under `also` with their words. So are those in other paragraphs on that source line (a page's markup that sets
 * <p>…</p><p>…</p> on one line): the line is the place a reviewer marks once per family. Only rules that are on are folded
 * (a rule turned off neither hosts nor is lost). Sorted by place, one map by family and line: linear after the sort.
 */
function foldWording(doc: LintDocument, raw: RawFinding[], level: (r: RuleEntry) => RuleLevel): RawFinding[] {
  const rank = (f: RawFinding) => { const l = level(f.rule); return l === 'error' ? 2 : l === 'off' ? 0 : 1; };
  const wording = raw.filter((f) => f.rule.engine === 'terms' && rank(f) > 0);
  if (wording.length < 2) return raw;
  const groups = new Map<string, RawFinding[]>();
  const sentence = new Map<RawFinding, number>();
  for (const f of wording.sort((a, b) => a.start - b.start)) {
    const [ss] = sentenceAround(doc.text, f.start, f.end, 200);
    sentence.set(f, ss);
    // (and on one line: a paragraph of tiles, one per line with no stop between them, is several places; but paragraphs a
    // page's markup sets on one source line — <p>收益高</p><p>有保底</p> — are that line's, marked once for the family as a
    // reviewer marks a line: a second finding there would be a second mark on a place already marked)
    const k = `${f.rule.id.slice(0, f.rule.id.indexOf('/'))}\0${doc.map.toSource(f.start).line}`;
    const g = groups.get(k);
    if (g) g.push(f); else groups.set(k, [f]);
  }
  const folded = new Set<RawFinding>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const host = g.reduce((h, f) => (rank(f) > rank(h) ? f : h));
    const hs = sentence.get(host);
    // (in the host's sentence, one finding per rule is made already; in another sentence, the same rule's words are another reason)
    const others = g.filter((f) => f !== host && (f.rule !== host.rule || sentence.get(f) !== hs));
    if (!others.length) continue;
    // the finding spans every folded phrase of its sentence (as one rule's several terms in a sentence do), its message
    // quoting its own words; a replacement of the host's words alone would leave the others, so none is offered
    host.data = { ...host.data, text: host.data?.text ?? doc.text.slice(host.start, host.end) };
    for (const f of others) {
      (host.also ??= []).push(f); folded.add(f);
      if (sentence.get(f) === hs) { host.start = Math.min(host.start, f.start); host.end = Math.max(host.end, f.end); }
    }
    host.replacement = undefined;
  }
  return folded.size ? raw.filter((f) => !folded.has(f)) : raw;
}

/**
 * The same wording flagged by the same rule twice on one line (a page title and its heading, a phrase repeated along
 * a line) is one finding; decided before findings are built, so repeats cost no fingerprint. In a contract (or in the
 * agreement a page sets out, from `contractFrom` on) the same wording under the same rule is one finding in the whole
 * document, at its first place, saying how many more there are: a contract's wording is its vocabulary (an expected rate
 * stated in every table, a promise repeated in each article), and one change of the term fixes them all.
 */
function onePerLine(doc: LintDocument, raw: RawFinding[], contractFrom: number): RawFinding[] {
  const seen = new Set<string>();
  // the same words found by two wording rules of one family (0门槛: an inducing word, and for a loan a promise of
  // credit) are one finding: the rule of the document's own product, else the first
  const wording = new Map<string, RawFinding>();
  const generic = (f: RawFinding) => f.rule.appliesTo.products.includes('any');
  for (const f of raw) {
    if (f.rule.engine !== 'terms') continue;
    const k = `${f.rule.id.slice(0, f.rule.id.indexOf('/'))}\0${f.start}\0${f.end}`;
    const kept = wording.get(k);
    if (!kept || (generic(kept) && !generic(f))) wording.set(k, f);
  }
  const keptWording = new Set(wording.values());
  const first = new Map<string, { f: RawFinding; n: number }>();
  // (the same words with other figures are the same wording: 预期年化收益率为9% and …为11% in one table)
  const termKey = (f: RawFinding) => `${f.rule.id}\0${doc.text.slice(f.start, f.end).replace(/[0-9.\s]+/g, '#')}`;
  const contract = (f: RawFinding) => f.start >= contractFrom;
  if (contractFrom < Infinity) {
    for (const f of keptWording) { if (!contract(f)) continue; const k = termKey(f), x = first.get(k); if (!x) first.set(k, { f, n: 1 }); else { x.n++; if (f.start < x.f.start) x.f = f; } }
    for (const x of first.values()) if (x.n > 1) x.f.data = { ...x.f.data, repeats: String(x.n - 1) };
  }
  return raw.filter((f) => {
    if (f.rule.engine === 'terms' && (!keptWording.has(f) || (contract(f) && first.get(termKey(f))!.f !== f))) return false;
    const k = `${f.rule.id}\0${doc.map.toSource(f.start).line}\0${doc.text.slice(f.start, f.end)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** whether a directive (xiaobao-disable…) turns a rule off at a line; undefined for a document without directives */
function directivesOf(doc: LintDocument): ((ruleId: string, line: number) => boolean) | undefined {
  if (!doc.directives.length) return undefined;
  const matches = (rules: string[], id: string) => !rules.length || rules.some((r) => r === id || id.startsWith(`${r}/`));
  const ds = [...doc.directives].sort((a, b) => a.line - b.line);
  return (id, line) => {
    let disabled = false;
    for (const d of ds) {
      if (d.kind === 'disable-next-line' && d.line + 1 === line && matches(d.rules, id)) return true;
      if (d.kind === 'disable-line' && d.line === line && matches(d.rules, id)) return true;
      if (d.line > line) break;
      if (d.kind === 'disable' && matches(d.rules, id)) disabled = true;
      if (d.kind === 'enable' && matches(d.rules, id)) disabled = false;
    }
    return disabled;
  };
}

export function applyDirectives(doc: LintDocument, findings: Finding[]): Finding[] {
  const off = directivesOf(doc);
  return off ? findings.filter((f) => !off(f.ruleId, f.line)) : findings;
}

/** the literal sets a rule's `asks` cannot match without (借款…, 利息…): a help page that holds none of one set asks nothing of the
 * price, and the price check (the rates engine over the whole page) is not run for it */
const askLiterals = new WeakMap<RuleEntry, string[][]>();
function mayAsk(rule: RuleEntry, text: string): boolean {
  let sets = askLiterals.get(rule);
  if (!sets) askLiterals.set(rule, (sets = requiredLiterals(rule.rates!.asks as string, '')));
  return sets.every((set) => set.some((lit) => text.includes(lit)));
}

/** Parse `xiaobao-disable-next-line RULE[, RULE] -- reason` and friends out of comment text. */
export function parseDirective(comment: string, line: number): import('./model.js').Directive | undefined {
  const m = /xiaobao-(disable-next-line|disable-line|disable|enable)\b([^]*)$/.exec(comment.trim());
  if (!m) return undefined;
  let rest = m[2].replace(/-->\s*$/, '').trim();
  let reason: string | undefined;
  const dash = rest.indexOf('--');
  if (dash >= 0) { reason = rest.slice(dash + 2).trim() || undefined; rest = rest.slice(0, dash).trim(); }
  const rules = rest.split(/[\s,，]+/).filter(Boolean);
  return { kind: m[1] as 'disable', rules, line, reason };
}

/** Apply non-overlapping fixes to a source string (ESLint semantics: sort, skip overlaps). */
export function applyFixes(source: string, fixes: Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '', last = 0, applied = 0;
  const seen = new Set<string>();
  for (const f of sorted) {
    if (f.range[0] < last) continue;
    const key = `${f.range[0]}:${f.range[1]}:${f.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out += source.slice(last, f.range[0]) + f.text;
    last = f.range[1];
    applied++;
  }
  return { output: out + source.slice(last), applied };
}

/** characters that are Markdown syntax or spacing (/[\s*_`#>|[\]]/): the cheap and the full view of a file differ only in these */
const MARKUP = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff*_`#>|[]') MARKUP[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) MARKUP[c] = 1;
/** where a fingerprint's sentence stops: a sentence stop, or a table cell's | (its own sentence) */
const STOP = new Uint8Array(0x10000);
for (const c of '。！？!?；;\n|') STOP[c.charCodeAt(0)] = 1;
const LIST_MARKER = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/gm;
/** text without markup, list markers and spacing, normalised: what a fingerprint hashes (one pass, no copies) */
const canonical = (x: string) => normalizeSkipping(x.replace(LIST_MARKER, ''), MARKUP);
// `crypto` is loaded on the first finding to fingerprint (a clean file never pays for it); one-shot hashing where Node
// has it (20.12+): a third of the cost of a Hash object per finding
let hashHex = (data: string): string => {
  const c = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  hashHex = typeof c.hash === 'function' ? (d) => c.hash('sha256', d) : (d) => c.createHash('sha256').update(d).digest('hex'); // no hash() in the browser shim
  return hashHex(data);
};

/**
 * A finding's identity for waivers: the rule, the matched text and its sentence (up to 120 characters of text each
 * side), all without markup, so that the same finding has the same fingerprint whether the file was read through the
 * cheap view or the full parse, and edits elsewhere do not change it.
 */
export function fingerprint(ruleId: string, text: string, start: number, end: number): string {
  let a = start, b = end;
  for (let n = 0; a > 0 && !STOP[text.charCodeAt(a - 1)] && n < 120; ) { a--; if (!MARKUP[text.charCodeAt(a)]) n++; }
  for (let n = 0; b < text.length && !STOP[text.charCodeAt(b)] && n < 120; b++) if (!MARKUP[text.charCodeAt(b)]) n++;
  // all it hashes is read from text[a, b): the same rule, window and place in it give the same fingerprint (an editor's
  // keystroke leaves most findings' windows as they were)
  const key = `${ruleId}\0${start - a}\0${end - a}\0${text.slice(a, b)}`;
  let fp = incremental.enabled ? fingerprints.get(key) : undefined;
  if (fp === undefined) {
    fp = hashHex(`${ruleId}\0${canonical(text.slice(start, end))}\0${canonical(text.slice(a, b))}`).slice(0, 20);
    if (fingerprints.size >= 5000) fingerprints.clear();
    fingerprints.set(ownCopy(key), fp);
    fingerprintStats.hashed++;
  }
  return fp;
}
/** fingerprints by rule, window and place (bounded: cleared at 5,000) */
const fingerprints = new Map<string, string>();
/** @internal fingerprints hashed (work counted by a test, not timed) */
export const fingerprintStats = { hashed: 0 };

/**
 * Whether an offset of the normalised text lies in a heading that is one link to another page (an article list's headline
 * over its teaser: 不计免赔条款 linking to the article, the clause quoted below it): an agreement it names is set out there,
 * not here. Undefined when the document has no such heading.
 */
function awayHeadings(doc: LintDocument, norm: ReturnType<typeof normalize>): ((at: number) => boolean) | undefined {
  const spans: [number, number][] = [];
  for (const b of doc.blocks) if (b.type === 'heading' && b.away) spans.push([b.start, b.end]);
  if (!spans.length) return undefined;
  return (at) => { const o = norm.origSpan(at, at)[0]; return spans.some(([s, e]) => o >= s && o < e); };
}

/**
 * The titles of other pages a document lists: the items of a list of links (three or more list items in a row, each
 * one link and nothing else — a news list, a site's menu, a footer's article links). Undefined when there is none.
 */
function linkTitles(blocks: readonly Block[]): ((start: number, end: number) => false | 'title' | 'away') | undefined {
  const spans: [number, number, boolean][] = [];
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && blocks[j].type === 'list-item' && blocks[j].link) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) spans.push([blocks[k].start, blocks[k].end, blocks[k].away === true]);
    i = j > i ? j : i + 1;
  }
  if (!spans.length) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  return (start, end) => {
    // the last span that starts at or before `start` (spans do not overlap: list items are blocks)
    let lo = 0, hi = spans.length - 1, at = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (spans[mid][0] <= start) { at = mid; lo = mid + 1; } else hi = mid - 1; }
    return at >= 0 && end <= spans[at][1] ? (spans[at][2] ? 'away' : 'title') : false;
  };
}
