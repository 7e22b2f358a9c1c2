// The rates engine: how loan and credit-card copy states the price of credit (PBOC 2021 No. 3).
//  - apr-missing: a daily/monthly/fee rate, an installment fee, a discount or a per-day cost with no annualised rate beside it
//  - apr-not-most-prominent: the figure is emphasised (bold, larger, heading) while the APR beside it is not
//  - apr-inconsistent: a stated APR that disagrees with the daily/monthly rate (ranges end to end), is a fee × 12
//    (naive), or is below the IRR of a one-off fee or of the 月供 schedule beside it
//  - apr-basis-incomplete: an APR said to cover interest only while the document lists fees
//  - high-apr: a stated or computed APR above a review line (options: above, upTo)
//  - price-missing: loan marketing that offers an amount, a term or speed but states no price at all (per document)
//  - all-in-cost-statement: a personal-loan contract without its 综合融资成本 statement (per document)
//  - present: a phrase that is a problem in itself (fees deducted at disbursement)
// Messages state the computed rate and how; suggestions insert it.
import { EMPHASIS_KINDS, LineIndex, type LintDocument } from '../model.js';
import { FEE_WORDS, FILLED_FIGURE, findRatePhrases, withFilledFigures, type RatePhrase, type RowOf } from '../rates/phrases.js';
import { annuityApr, annuityPayment, aprFromSchedule, aprRange, installmentApr, oneOffFeeApr, simpleAnnual } from '../rates/apr.js';
import type { RawFinding, RuleEntry } from '../types.js';
import type { KnownLiterals } from '../regex-literals.js';
import { sentenceAround, spanOf } from '../text-utils.js';
import { simplified } from '../normalize.js';

const TOL = 0.001; // 0.1 percentage point (regulations.md §7.2)
// (a rate no schedule can turn into an APR — NaN from the solver — is said to be one: never "约NaN%")
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(2)}%` : '（无法计算）');
const pctRange = ([a, b]: [number, number]) => (Math.abs(b - a) < 5e-5 ? pct(a) : `${pct(a)}—${pct(b)}`);

/** where each phrase sits: blocks, the APRs near it, the term and principal of its block */
interface Context {
  doc: LintDocument;
  phrases: RatePhrase[];
  annual: RatePhrase[];
  /** the stated APRs with a figure */
  valued: RatePhrase[];
  blockOf(p: RatePhrase): number;
  byBlock(ps: RatePhrase[]): Map<number, RatePhrase[]>;
  /** the term, principal and upfront fee of a block (or of two read together), read once per block, not once per phrase */
  facts(b: number, other?: number): BlockFacts;
  stats?: RatesRunStats;
  isMessage(b: number): boolean;
  aprNear(b: number): boolean;
}

function context(doc: LintDocument, phrases: RatePhrase[], stats?: RatesRunStats): Context {
  // blocks are in document order: binary search, once per phrase
  const blockIndex = new Map<RatePhrase, number>();
  const blockOf = (p: RatePhrase) => {
    let i = blockIndex.get(p);
    if (i === undefined) {
      const bs = doc.blocks;
      let lo = 0, hi = bs.length - 1;
      i = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (bs[mid].end <= p.start) lo = mid + 1; else if (bs[mid].start > p.start) hi = mid - 1; else { i = mid; break; }
      }
      blockIndex.set(p, i);
    }
    return i;
  };
  const byBlock = (ps: RatePhrase[]) => {
    const m = new Map<number, RatePhrase[]>();
    for (const p of ps) { const b = blockOf(p); const list = m.get(b); if (list) list.push(p); else m.set(b, [p]); }
    return m;
  };
  const annual: RatePhrase[] = [];
  for (const p of phrases) if (p.kind === 'annual') annual.push(p);
  const valued = annual.filter((a) => a.value !== undefined);
  // (an APR whose figure sits in the element after its label's, 年化利率：<br>10.2%, is in both blocks)
  const annualBlocks = new Set(annual.flatMap((a) => { const b = blockOf(a); return doc.blocks[b + 1] && a.end > doc.blocks[b + 1].start ? [b, b + 1] : [b]; }));
  // the APR counts when it is in the same block or a block or two away, but a text message (【发送方】…)
  // stands alone: each SMS in a batch needs its own APR
  const isMessage = (b: number) => b >= 0 && doc.text.startsWith('【', doc.blocks[b].start);
  const aprNear = (b: number) => {
    if (annualBlocks.has(b)) return true;
    if (isMessage(b)) return false;
    for (let d = -2; d <= 2; d++) if (d && annualBlocks.has(b + d) && !isMessage(b + d)) return true;
    return false;
  };
  const blockText = (b: number) => (doc.blocks[b] ? doc.text.slice(doc.blocks[b].start, doc.blocks[b].end) : '');
  // (a paragraph of 20,000 rates asked each phrase's block again: 20,000 reads of the whole paragraph — found by fuzzing)
  const known = new Map<string, BlockFacts>();
  const facts = (b: number, other?: number) => {
    const key = other === undefined ? `${b}` : `${b},${other}`;
    let f = known.get(key);
    if (!f) {
      const text = other === undefined ? blockText(b) : blockText(b) + blockText(other);
      if (stats) stats.rateBlockChars += text.length;
      known.set(key, (f = factsOf(text)));
    }
    return f;
  };
  return { doc, phrases, annual, valued, blockOf, byBlock, facts, isMessage, aprNear, stats };
}

const periodsIn = (text: string) => { const m = /分\s*(\d{1,2})\s*期|(\d{1,2})\s*(?:期|个月)/.exec(text); return m ? Number(m[1] ?? m[2]) : undefined; };
const principalIn = (text: string) => {
  // 借款金额10000元 / 贷款5万 / 10000元借36期
  const m = /(?:借款?|贷款)(?:金额|本金)?[为:：\s]*(?:人民币)?([0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:(万)元?|元)|([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万)?元\s*(?:借|贷)/.exec(text);
  return m ? Number((m[1] ?? m[3]).replace(/,/g, '')) * (m[2] ?? m[4] ? 10000 : 1) : undefined;
};
/** the fee is deducted at disbursement (else it is taken with the first instalment, the cheaper reading) */
const UPFRONT = /放款时|放款前|到账时|预先|前置|先行扣除|从借款[^。]{0,6}扣/;
interface BlockFacts { periods?: number; principal?: number; upfront: boolean }
const factsOf = (text: string): BlockFacts => ({ periods: periodsIn(text), principal: principalIn(text), upfront: UPFRONT.test(text) });
/** a figure a page's template fills in (read as non-zero digits where a zero would state no price) */
const FILLED_ANY = new RegExp(FILLED_FIGURE, 'g');
/** the characters of block text the rates engine read, and the pairs it compared (a deterministic measure of its work) */
export interface RatesRunStats { rateBlockChars: number; /** phrases compared with a stated APR or looked at for the nearest */ ratePairs: number }
// (…and what is owed once the term is over or for recovery: 自协议届满之日起按本金的0.1%/日, 向丙方支付追偿费用)
const PENALTY = /逾期|罚息|违约金|滞纳金|宽限期|追偿|追索|(?:届满|期满)之?日(?:起|后)/;
/** a merchant's card-acquiring terminal or service (its fee rate is the price of taking card payments, not of credit) */
const ACQUIRING = /POS|[Pp]os机|刷卡机|收单|收款码|扫码枪/;
/** a sentence on the cost of default or of enforcing the debt (collection, suit, lawyers): not the loan's normal price */
const DEFAULT_COST = /催收|诉讼|仲裁|律师费|实现债权/;
/** the clause around a span (up to a comma or a stop, 80 characters each way at most) */
// (walked by code unit: a `[^…]*$` search tries every start of the 80 characters before the phrase)
const stopTable = (chars: string) => { const t = new Uint8Array(0x10000); for (const ch of chars) t[ch.charCodeAt(0)] = 1; return t; };
const CLAUSE_STOP = stopTable('。；;！？，,\n');
/** …or, in a field list with no stops, a field's or a tag's edge as well ("借款利率","con":"年化7%" is another field's) */
const FIELD_STOP = stopTable('。；;！？，,\n{}<>|');
const clauseOf = (text: string, p: { start: number; end: number }, stops = CLAUSE_STOP) => {
  const from = Math.max(0, p.start - 80), to = Math.min(text.length, p.end + 80);
  let a = p.start, b = p.end;
  while (a > from && !stops[text.charCodeAt(a - 1)]) a--;
  while (b < to && !stops[text.charCodeAt(b)]) b++;
  return text.slice(a, b);
};
/** a stated rate whose clause says it includes fees (年化利率（含服务费）) */
const FEES_INCLUDED = /含[^。！？\n]{0,6}费/;
/** a cost field with no figure in it (empty, 0, or the 0s a template's figure was searched as), alone on its line */
// (…the price's own field first — the interest, a fee — and the amount due only where there is none: 应还金额 / 利息 / 服务费 is
// priced at its 利息)
// (…its caption perhaps carrying the amount's unit, a tile's label under or beside the figure: 服务费用（元）, 日利息（元）, 利息(元)：)
const costField = (labels: string) => new RegExp(String.raw`(?<=^|\n)[ \t\u00a0]*(?:${labels})(?:[ \t\u00a0]*[(（]元[)）])?(?:[ \t\u00a0]*(?=\n|$)|[ \t\u00a0]*[:：][ \t\u00a0]*[￥¥]?[ \t\u00a0]*(?:0+(?:\.0+)?|--)?[ \t\u00a0]*元?[ \t\u00a0]*(?=\n|[ \t\u00a0]|$)|[ \t\u00a0]*[￥¥][ \t\u00a0]*(?:0+(?:\.0+)?|--)?[ \t\u00a0]*(?=\n|$)|(?:0+\.0+|--)[ \t\u00a0]*(?=\n|$))`);
const COST_FIELD = costField(String.raw`(?:日|每日|月|每月)?利[ \t\u00a0]*息|息[ \t\u00a0]*费|(?:快速)?信审费|账户管理费|(?:分期|总)?手续费|服务费用?`);
const DUE_FIELD = costField(String.raw`到期应还(?:金额)?|应还(?:金额|总额|本息)|还款总额`);
// (a template's rate whose figure is filled in when the page is served, 日利率：<?php echo $rate ?>%, shows a price too)
// (a figure of zero states none: 利息0.00, 快速信审费0.00 are a calculator's fields before an amount is chosen)
const PRICE_STATED = /(?:利率|利息|息费|费率|年化(?!收益)|手续费|服务费|月供|日供|计息)[^。！？，,；;\n0-9]{0,8}?(?:(?!0+(?:\.0+)?(?![0-9.]))[0-9]|万分之|百分之|[一二两三四五六七八九十]\s*(?:厘|分|元))|(?:利率|费率|日息|月息)[:：][ \t]*[%％]/;
// (…or by another of its names: 综合年化费率, 年化综合成本, 综合资金成本)
// (…and with 年化 inside it: 综合年化融资成本)
// (…or the fee that is the loan's whole price annualised: 月分期手续费率 / 年化手续费率)
const ALL_IN = /综合(?:融资|资金)成本|综合年化(?:融资)?(?:成本|费率|利率|资金成本)|年化综合(?:融资)?(?:成本|费率)|年化(?:手续|服务)费率|明示表/;
/** a fee taken out of the borrowed money before it reaches the borrower (从出借人向甲方提供的借款本金中一次性支付, 在将您所借的资金
 * 支付给您前予以扣除) */
const FEE_FROM_LOAN = /(?:从|自)[^。；;\n]{0,16}?(?:借款|贷款|所借)[^。；;\n]{0,6}?(?:本金|资金|款项)?中[^。；;\n]{0,8}?(?:支付|扣除|扣收|扣取|收取)|(?:所借|借款|贷款)的?(?:资金|款项|本金)[^。；;\n]{0,12}?(?:前|时)[^。；;\n]{0,8}?扣除/;
const SECURITY_CONTRACT = /(?:抵押|质押|保证|担保)(?:合同|协议)/;
// (words may come between: 借款三方服务协议, 借款及服务协议; not a party's registration or membership: 借款人注册协议)
const LOAN_CONTRACT = /(?:借款|贷款|授信|信贷|分期)(?:(?!人|注册|会员)[^\n。，,:：]){0,6}?(?:合同|协议)|借据/;

/** the APR a phrase implies, with how it was computed; exact for a simple annualisation, else a lower bound from an IRR */
interface Implied { apr: [number, number]; alt?: [number, number]; how: string; label: string; exact: boolean }

function implied(p: RatePhrase, block: BlockFacts): Implied | undefined {
  const n = block.periods ?? 12;
  const ends = (f: (x: number) => number) => aprRange(p.value!, p.high ?? p.value!, f);
  const rate = () => pctRange([p.value!, p.high ?? p.value!]);
  if (p.value === undefined) {
    // 月供: principal, term and payment give the IRR of the equal-payment schedule
    const { principal, periods } = block;
    if (p.kind !== 'per-month-cost' || !p.amount || !principal || !periods || p.amount * periods <= principal) return undefined;
    const a = annuityApr(principal, p.amount, periods);
    return { apr: [a, a], exact: false, how: `按借款${principal}元、分${periods}期、每期还款${p.amount}元（等额本息）计算，按内部收益率法折算年化利率约${pct(a)}`, label: `年化利率约${pct(a)}，按内部收益率法计算` };
  }
  // a simple annualisation (单利) of a per-day or per-month figure, a range end to end
  const simple = (what: string, per: 'day' | 'month'): Implied => {
    const a = ends((x) => simpleAnnual(x, per, 360)), b = per === 'day' ? ends((x) => simpleAnnual(x, per, 365)) : undefined;
    const basis = b ? `（按360天计）或${pctRange(b)}（按365天计）` : '';
    return { apr: a, alt: b, exact: true, how: `按${what}${rate()}折算，年化利率（单利）约${pctRange(a)}${basis}`, label: `年化利率（单利）约${pctRange(a)}${b ? '，按360天计' : ''}` };
  };
  switch (p.kind) {
    case 'daily': return simple('日利率', 'day');
    case 'monthly': return simple('月利率', 'month');
    case 'per-day-cost': return simple('每日成本折合的日利率', 'day');
    case 'per-month-cost': return simple('每月成本折合的月利率', 'month');
    case 'amount-due-day': return simple('到期应还金额折合的日利率', 'day');
    case 'amount-due-month': return simple('到期应还金额折合的月利率', 'month');
    case 'period-fee': { const a = ends((x) => installmentApr(x, n)); return { apr: a, exact: false, how: `每期费率${rate()}按原始本金收取、分${n}期，按内部收益率法折算年化利率约${pctRange(a)}`, label: `折算年化利率约${pctRange(a)}，按内部收益率法计算` }; }
    case 'one-off-fee': {
      const { upfront } = block;
      const a = oneOffFeeApr(p.value, n, upfront), other = oneOffFeeApr(p.value, n, !upfront);
      const when = upfront ? `放款时一次性扣除（若随首期还款收取约${pct(other)}）` : `随首期还款一次性收取（若放款时扣除约${pct(other)}）`;
      return { apr: [a, a], exact: false, how: `一次性费用${pct(p.value)}按原始本金${when}、分${n}期等额还本，按内部收益率法折算年化利率约${pct(a)}`, label: `折算年化利率约${pct(a)}，按内部收益率法计算` };
    }
    default: return undefined;
  }
}

/** `kind`: the document's kind, where known (a phrase read as a price in marketing only is dropped from any other) */
export function runRates(rules: RuleEntry[], own: LintDocument, known?: KnownLiterals, stats?: RatesRunStats, kind?: string): RawFinding[] {
  const active = rules.filter((r) => r.engine === 'rates');
  if (!active.length) return [];
  // (a 繁體 page read as its simplified twin, the same offsets: its rates, and the words around them that make a rate a
  // penalty's (逾期罰息) or a price's, in the words the checks know)
  const st = simplified(own.text);
  const doc: LintDocument = st === own.text ? own : Object.create(own, { text: { value: st, enumerable: true } });
  // a rate in a clause on overdue interest or penalties is a contingent cost, not the price of the loan
  // (lists pushed to, not made by filter: every check reads them, and an empty one is of another kind to V8 — see
  // runEmphasis's skips)
  const priced: RatePhrase[] = [];
  // (the phrase reader reads a 繁體 text as its twin itself: given the page's own text, it answers from the phrases lint
  // already asked for)
  // (…nor is a card terminal's acquiring fee, sold beside the loans: POS刷卡机 / 费率最低0.35% 实时到账)
  for (const p of findRatePhrases(own.text, known, rowsOf(own))) if (!(p.marketing && kind !== undefined && kind !== 'marketing') && !PENALTY.test(clauseOf(doc.text, p)) && !(p.kind === 'fee-rate' && ACQUIRING.test(doc.text.slice(Math.max(0, p.start - 40), p.start)))) priced.push(p);
  const c = context(doc, priced, stats);
  const out: RawFinding[] = [];
  for (const rule of active) {
    const kinds: string[] = (rule.rates?.kinds as string[] | undefined) ?? [];
    // (each check's findings appended one by one, never spread: a page of 130,000 rates would spread past the call stack)
    const check = rule.rates?.check;
    const found = check === 'apr-missing' ? aprMissing(rule, c, kinds)
      : check === 'apr-inconsistent' ? inconsistent(rule, c)
      : check === 'apr-not-most-prominent' ? notMostProminent(rule, c, kinds)
      : check === 'apr-basis-incomplete' ? basisIncomplete(rule, c, kind)
      : check === 'high-apr' ? highApr(rule, c)
      : check === 'price-missing' ? priceMissing(rule, c, kind)
      : check === 'all-in-cost-statement' ? allInCostMissing(rule, c)
      : check === 'present' ? present(rule, c, kinds, kind)
      : [];
    for (const f of found) out.push(f);
  }
  // …but a finding quotes the page's own words: where it quotes its own span, the 繁體 text there, not its twin
  if (doc !== own) {
    for (const f of out) {
      if (f.data?.text === undefined || f.data.text !== st.slice(f.start, f.end)) continue;
      const text = own.text.slice(f.start, f.end);
      f.data = { ...f.data, text, ...(f.data.offer === f.data.text ? { offer: text } : {}) };
    }
  }
  return out;
}

/**
 * a phrase that is a problem in itself (fees deducted at disbursement); in a contract, once, at its first place: the contract's
 * deduction is one of its terms, restated in each article that names a fee (前期服务费…从本金金额中扣除, 风险准备金…从借款本金中扣除),
 * as a contract's wording is one finding (onePerLine)
 */
function present(rule: RuleEntry, c: Context, kinds: string[], kind?: string): RawFinding[] {
  const seen = new Set<string>(), out: RawFinding[] = [];
  for (const p of c.phrases) {
    if (!kinds.includes(p.kind) || (kind === 'contract' && seen.has(p.kind))) continue;
    seen.add(p.kind);
    out.push({ rule, start: p.start, end: p.end, data: { text: p.text } });
  }
  return out;
}

/** one finding per block: the first to the last price signal without an APR beside it */
function aprMissing(rule: RuleEntry, c: Context, kinds: string[]): RawFinding[] {
  const out: RawFinding[] = [];
  // (a rate or a payment of zero — a calculator's empty field, 月利率：0%, 每月还款 0元 — is no price to annualise)
  for (const [b, ps] of c.byBlock(c.phrases.filter((p) => kinds.includes(p.kind) && p.value !== 0 && p.amount !== 0 && !c.aprNear(c.blockOf(p))))) {
    const [start, end] = spanOf(ps);
    const f: RawFinding = { rule, start, end, data: { text: c.doc.text.slice(start, end), how: '' } };
    for (const p of ps) {
      const est = implied(p, c.facts(b));
      if (!est) continue;
      f.data!.how = est.how;
      f.suggest = { start: p.end, end: p.end, text: `（${est.label}）`, desc: { zh: `在其后注明${est.label}`, en: `Add the annualised rate (${est.label})` } };
      break;
    }
    out.push(f);
  }
  return out;
}

/** one finding per block, like apr-missing: 「**日息0.05%，借1000元一天只要5毛**」 is one problem */
function notMostProminent(rule: RuleEntry, c: Context, kinds: string[]): RawFinding[] {
  const louder = c.phrases.filter((p) => { const a = kinds.includes(p.kind) && c.aprNear(c.blockOf(p)) ? nearest(c.annual, p, c.stats) : undefined; return !!a && prominence(c.doc, p) > prominence(c.doc, a); });
  return [...c.byBlock(louder).values()].map((ps) => {
    const [start, end] = spanOf(ps);
    return { rule, start, end, data: { text: ps.length === 1 ? ps[0].text : c.doc.text.slice(start, end), apr: nearest(c.annual, ps[0], c.stats)!.text } };
  });
}

/**
 * the phrase of `list` (in document order) that starts nearest to `p`, the earlier on a tie; by binary search (a line of
 * 20,000 rates looked through all its APRs for each — found by fuzzing)
 */
function nearest(list: RatePhrase[], p: RatePhrase, stats?: RatesRunStats): RatePhrase | undefined {
  // the first phrase starting at or after `at`
  const from = (at: number) => {
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < at) lo = mid + 1; else hi = mid; if (stats) stats.ratePairs++; }
    return lo;
  };
  const i = from(p.start), after = list[i], before = i > 0 ? list[from(list[i - 1].start)] : undefined;
  return !after || (before && p.start - before.start <= after.start - p.start) ? before : after;
}

/** 2: larger or heading, 1: bold/colour/underline/highlight, 0: plain, -1: smaller (fine print) */
function prominence(doc: LintDocument, p: RatePhrase): number {
  let score = 0;
  const mid = p.start + Math.floor((p.end - p.start) / 2);
  for (const m of doc.marks) {
    if (m.start > mid || mid >= m.end) continue;
    if (m.kind === 'smaller') score = Math.min(score, -1);
    else if (m.kind === 'larger' || m.kind === 'heading') score = Math.max(score, 2);
    else if (EMPHASIS_KINDS.has(m.kind)) score = Math.max(score, 1);
  }
  return score;
}

/**
 * A stated annualised rate that disagrees with the daily or monthly rate beside it (simple annualisation,
 * 360 or 365 days; a range low with low and high with high), that is a per-period fee × 12 (naive: the IRR on
 * the declining balance is higher), or that is below the IRR of a one-off fee or of a 月供 schedule beside it.
 */
function inconsistent(rule: RuleEntry, c: Context): RawFinding[] {
  const { doc } = c;
  const out: RawFinding[] = [];
  // every priced phrase but the fee framings that need no arithmetic; a per-day cost that implies another APR than the
  // one beside it misleads as much as a daily rate does (regulations.md §5 rule 46)
  const priced: RatePhrase[] = [];
  for (const p of c.phrases) if (p.kind !== 'annual' && (p.value !== undefined || p.amount) && !isCeiling(doc.text, p)) priced.push(p);
  const others = c.byBlock(priced);
  // the rate it is compared with: in its own block; else a per-period fee a paragraph or two away (a page that
  // puts 每期手续费率 and 年化利率 in separate paragraphs), where the test — the APR is exactly fee × 12 — is specific
  // enough not to pair two products' rates; never another text message
  const comparedWith = (b: number): [number, RatePhrase[]] => {
    if (others.has(b)) return [b, others.get(b)!];
    if (c.isMessage(b)) return [b, []];
    for (const d of [-1, 1, -2, 2]) {
      const fees = (others.get(b + d) ?? []).filter((p) => p.kind === 'period-fee');
      if (fees.length && !c.isMessage(b + d)) return [b + d, fees];
    }
    return [b, []];
  };
  // phrases of one figure (kind, rate, range, amount) compare alike with a stated APR, so each APR is compared with the
  // first of each, its estimate made once per block (a line of 20,000 rates compared each APR with all — found by fuzzing)
  const firsts = new Map<number, [number, { p: RatePhrase; est: Implied }[]]>();
  const firstsFor = (b: number) => {
    let r = firsts.get(b);
    if (!r) {
      const [pb, near] = comparedWith(b), seen = new Set<string>(), list: { p: RatePhrase; est: Implied }[] = [];
      for (const p of near) {
        const key = `${p.kind} ${p.value} ${p.high} ${p.amount}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const est = implied(p, c.facts(pb, b));
        if (est) list.push({ p, est });
      }
      firsts.set(b, (r = [pb, list]));
    }
    return r;
  };
  for (const a of c.annual) {
    if (a.value === undefined || isCeiling(doc.text, a)) continue;
    const b = c.blockOf(a);
    const [pb, near] = firstsFor(b);
    if (c.stats) c.stats.ratePairs += near.length;
    for (const { p, est } of near) {
      // one block: the span covering both; two blocks: the stated APR, quoting both
      const s0 = pb === b ? Math.min(a.start, p.start) : a.start, e0 = pb === b ? Math.max(a.end, p.end) : a.end;
      const numAt = a.start + a.text.search(/[0-9]/);
      const numEnd = numAt + (/^[0-9]+(?:\.[0-9]+)?/.exec(doc.text.slice(numAt))?.[0].length ?? 0);
      const text = pb === b ? doc.text.slice(s0, e0) : `${p.text}……${a.text}`;
      const computed = est.apr[0];
      const replace = (desc: string) => ({ start: numAt, end: numEnd, text: (computed * 100).toFixed(2), desc: { zh: `改为${desc}`, en: `Use ${pct(computed)}` } });
      let how: string;
      if (p.kind === 'period-fee') {
        // reported only when the APR is the fee × 12: a different figure may rest on terms the page does not show
        if (!(Math.abs(a.value - p.value! * 12) < 0.0005 && a.value < computed - TOL)) continue;
        how = `${est.how}；所示${pct(a.value)}是每期费率×12的简单折算`;
      } else if (est.exact) {
        const ok = (stated: number, i: 0 | 1) => [est.apr[i], est.alt?.[i]].some((x) => x !== undefined && Math.abs(x - stated) <= TOL + 1e-12);
        if (ok(a.value, 0) && (a.high === undefined || p.high === undefined || ok(a.high, 1))) continue;
        how = `${est.how}，与所示年化利率${pctRange([a.value, a.high ?? a.value])}不一致`;
      } else {
        if (a.value >= computed - TOL) continue;
        how = `${est.how}，高于所示年化利率${pct(a.value)}`;
      }
      const single = a.high === undefined || p.kind === 'period-fee';
      out.push({ rule, start: s0, end: e0, data: { text, how, computed: pct(computed) },
        suggest: single ? replace(est.exact ? `${pct(computed)}（按360天计）` : `按内部收益率法折算的${pct(computed)}`) : undefined });
      break; // one stated APR, one finding: the first figure it disagrees with says enough
    }
  }
  return out;
}

/** fee names listed in the text, leaving out those denied (不收取服务费, 免手续费) */
function listedFees(text: string): string[] {
  return feeNames(feeMentions(text));
}
const feeNames = (mentions: RegExpExecArray[]) => [...new Set(mentions.map((m) => m[0]))];

/** the fees a text charges, each mention not negated (不收取…服务费, 免手续费) */
function feeMentions(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = new RegExp(FEE_WORDS, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (!/(?:不|免|无|未)[^，。；！？\n]{0,8}$/.test(text.slice(Math.max(0, m.index - 10), m.index))) out.push(m);
  return out;
}

/**
 * where a fee is charged, as a reviewer points at it: the first mention whose sentence sets its size against the loan
 * (审核费为本金的0-6%, 借款本金总额的 ％ 作为居间服务费, 交易金额的万分之五), else the first that makes someone pay it
 * (支付, 收取, 扣除, 按…计收), else the first; a penalty's sentence (逾期, 违约金, 催收) only when nothing else is left —
 * the statement totals the normal price, not the cost of default; nor is a definition or a party's recital (DEFINES) where
 * a fee is charged
 */
function feeCharged(text: string, mentions: RegExpExecArray[], fromLoan = false): [number, number] {
  let best = mentions[0], rank = -1;
  for (const m of mentions) {
    const s = sentenceOf(text, m);
    const r = costOfDefault(s) || DEFINES.test(s) ? 0 : 1 + (FEE_CHARGED.test(s) ? 1 : 0) + (FEE_SIZED.test(withFilledFigures(s)) ? 2 : 0) + (fromLoan && FEE_FROM_LOAN.test(s) ? 1 : 0);
    if (r > rank) { best = m; rank = r; if (r === (fromLoan ? 5 : 4)) break; }
  }
  return [best.index, best.index + best[0].length];
}
/**
 * a fee the contract prices: sized (its amount, a share of the loan, a rate per period or a formula), given a field of
 * its own (月客户服务费率（%）：, 风险管理费： 元), or charged — not one only named (服务开支，包括…信息服务费; a repayment plan's
 * column 利息管理费), nor one whose charging is only a right reserved with its standard set elsewhere (有权…收取服务费，具体
 * 标准以平台公布的收费规则为准; 收取方式另行约定): that contract states no fee to total
 */
function feePriced(text: string, m: RegExpExecArray): boolean {
  if (FEE_NOT_CHARGED_HERE.test(text.slice(Math.max(0, m.index - 60), m.index))) return false;
  const s = sentenceOf(text, m);
  if (FEE_PASSED_ON.test(s) || LIABILITY_CAP.test(s)) return false;
  if (FEE_SIZED.test(withFilledFigures(s)) || FEE_FIELD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  return FEE_CHARGED.test(s) && !(FEE_RESERVED.test(s) && FEE_ELSEWHERE.test(s));
}
/** a field for the fee's figure right after its name: 服务费： , 服务费(元), 月客户服务费率（%）： */
const FEE_FIELD = /^率?[ \t\u3000\u00a0]*(?:[(（][ \t]*(?:[%％]|元)[ \t]*[)）])?[ \t\u3000\u00a0]*[:：]|^率?[ \t\u3000\u00a0]*[(（][ \t]*(?:[%％]|元)[ \t]*[)）]/;
/** a mention that charges nothing where it stands: a back-reference (前述服务费, 上述管理费) or a fee listed in brackets
 * (（包括前期服务费与分期服务费）, （包括但不限于…应向丙方支付的服务费等）) — the charge, if any, is where it is named */
const FEE_NOT_CHARGED_HERE = /(?:前述|上述)[^，。；;\n]{0,4}$|[(（]包括(?:但不限于)?[^()（）\n]*$/;
/** a fee one of the institution's parties collects and passes to another (由丁方向甲方代收并支付给丙方): its price is
 * where the consumer is charged, not in this hand-over */
const FEE_PASSED_ON = /代收(?:后)?并?(?:支付|转付|划付|划转|转交)(?:给|予|至)/;
/** a cap on the institution's liability measured by the fees it took (责任总额…不得超过您…支付的服务费用, 赔偿责任总额仅以…收取的
 * 服务费、管理费为最高责任承担限额): the fee is the cap's measure, not charged there */
const LIABILITY_CAP = /(?:责任|赔偿)(?:总额|限额|上限)/;
/** a right to charge (有权收取, 保留…收取…的权利) … */
const FEE_RESERVED = /有权|保留/;
/** … whose standard another text sets (以…公布的收费标准为准, 另行约定, 见附件, 届时公布的收费公告, 以发布公告的方式通知, 根据《服务收费规则》) */
const FEE_ELSEWHERE = /另行(?:约定|确定|通知|协商)|(?:按照?|根据|依照|依据)(?:双方)?约定收取|公布|公示|公告|届时|见附件|以[^。；;\n]{0,20}?为准|(?:根据|按照|依据|依照)《[^》\n]{1,20}》/;
const sentenceOf = (text: string, m: RegExpExecArray) => text.slice(...sentenceAround(text, m.index, m.index + m[0].length));
/** a sentence on the cost of default or of enforcing the debt */
const costOfDefault = (s: string) => PENALTY.test(s) || DEFAULT_COST.test(s);
/** a fee mention in such a sentence */
const defaultCost = (text: string, m: RegExpExecArray) => costOfDefault(sentenceOf(text, m));
const FEE_CHARGED = /支付|收取|缴纳|扣除|扣收|计收|代扣|预扣|交纳/;
/** a sentence that says what a word or a party is (服务费是指…的报酬, 丙方是一家…有限责任公司，为甲乙双方提供…服务并收取服务费):
 * a definition or a recital, not where a fee is charged */
const DEFINES = /(?:是|系)指|指的是|(?:是|为|系)一家/;
/** a fee sized: its amount (金额为), a share of the principal or the amount (a blank figure too, or one a template fills in:
 * 按借款金额${fee}%计, read with the template's figure as a figure), or a rate per period */
const FEE_SIZED = /金额(?:为|是)|[=＝][^。；;\n]{0,24}?[×*][ \t]*[\[【(（]?[ \t]*[0-9.]*[ \t]*[\]】)）]?[ \t]*[%％‰]|[:：][ \t\u3000\u00a0]*\/[ \t]*(?:天|日|月|期)|(?:本金|金额|借款|贷款|本息)[^。；;\n]{0,10}?(?:[0-9.]*\s*[%％‰]|万分之|千分之|百分之)|[0-9.]+\s*[%％‰]\s*\/?\s*(?:每?月|每?期|每?日|每?天)|(?:每月|每期|按月|按期)[^0-9，。\n]{0,8}?[0-9.]+\s*[%％]/;

/** monthly fees on the original principal stated clause by clause (按借款本金的0.5%/月支付服务费, 每月收取0.4%的担保费) */
function monthlyFees(text: string): number[] {
  const fee = new RegExp(FEE_WORDS);
  return text.split(/[。；;\n]/).flatMap((clause) => (fee.test(clause) && !PENALTY.test(clause)
    ? [...clause.matchAll(/([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*\/\s*月|(?:每月|每期|按月)[^0-9，,]{0,8}?([0-9]+(?:\.[0-9]+)?)\s*[%％]/g)].map((m) => Number(m[1] ?? m[2]) / 100)
    : []));
}

/**
 * rule 43: the APR says it is interest only (or leaves fees out) while the document charges fees. Where the fees
 * are monthly rates on the original principal, the message gives the all-in cost: the stated APR as an equal-payment
 * schedule plus the fees each period, by IRR.
 */
function basisIncomplete(rule: RuleEntry, c: Context, kind?: string): RawFinding[] {
  // (the document's fees and monthly fee rates are read only when some rate says it is interest only)
  let fees: string[] | undefined, rates: number[] | undefined, periods: number | undefined;
  return [...c.phrases.filter((p) => p.kind === 'interest-only').flatMap((p) => {
    fees ??= listedFees(c.doc.text);
    rates ??= monthlyFees(c.doc.text);
    const named = listedFees(p.text).length ? listedFees(p.text) : fees;
    if (!named.length) return [];
    const apr = nearest(c.valued, p, c.stats)?.value;
    let how = '';
    if (apr !== undefined && rates.length) {
      const n = (periods ??= periodsIn(c.doc.text) ?? 12), f = rates.reduce((x, y) => x + y, 0);
      const all = aprFromSchedule(1, Array.from({ length: n }, () => annuityPayment(1, apr / 12, n) + f));
      how = `按年化利率${pct(apr)}等额本息、另按原始本金每月收取${rates.map(pct).join('+')}、分${n}期计算，按内部收益率法折算综合年化成本约${pct(all)}。`;
    }
    return [{ rule, start: p.start, end: p.end, data: { text: p.text, fees: named.join('、'), how } }];
  }), ...separateFees(rule, c), ...principalFees(rule, c, kind)];
}

/** the words that say a stated rate is the whole cost (the rule's `allIn`: 综合, 成本 — 综合年化, 年化综合成本), compiled once per rule */
const allInCache = new WeakMap<RuleEntry, RegExp | null>();
function allInOf(rule: RuleEntry): RegExp | undefined {
  let re = allInCache.get(rule);
  if (re === undefined) { const s = rule.rates?.allIn as string | undefined; allInCache.set(rule, (re = s ? new RegExp(s) : null)); }
  return re ?? undefined;
}

/** a rule's `principalFees` shapes, compiled once per rule: `{fee}` and `{figure}` filled from its data */
const principalFeeCache = new WeakMap<RuleEntry, { fee: RegExp; shapes: RegExp[]; notCharged: RegExp; included?: RegExp; kinds?: string[] } | null>();
function principalFeePatterns(rule: RuleEntry) {
  let p = principalFeeCache.get(rule);
  if (p === undefined) {
    const d = rule.rates?.principalFees as { fees: string; shapes: string[]; figure: string; notCharged: string; included?: string; kinds?: string[] } | undefined;
    p = d ? {
      fee: new RegExp(d.fees),
      shapes: d.shapes.map((s) => new RegExp(s.replaceAll('{fee}', d.fees).replaceAll('{figure}', d.figure), 'g')),
      notCharged: new RegExp(d.notCharged),
      ...(d.kinds ? { kinds: d.kinds } : {}),
      ...(d.included ? { included: new RegExp(d.included) } : {}),
    } : null;
    principalFeeCache.set(rule, p);
  }
  return p;
}

/**
 * A fee charged as a share of the loan (居间服务费为借款金额的4%, 期初服务费：3%-8.5%, 月管理费 0%-1.3%, 每个月加收0.4%的
 * 手续费) in a loan text that states an annual rate which does not say it includes fees: the stated rate is not the whole
 * cost (PBOC 2021 No. 3: the APR covers interest and every fee tied to the loan). Not where the text states an all-in
 * cost (综合年化…) or the rate says it includes fees (年化利率（含服务费）), nor a fee of default or early repayment, a
 * lender's or investor's fee, a fee waived (免收), one with its own annualised figure, nor a figure another rate check
 * already reads (管理费：0.330%/月 is a per-period fee of its own). Only in the kinds of text the data names (copy that
 * sells the loan): a contract that lists its fees apart from the rate is asked for its 综合融资成本 statement once
 * (all-in-cost-statement), not once per fee — a service agreement that names each fee and then their total.
 */
function principalFees(rule: RuleEntry, c: Context, kind?: string): RawFinding[] {
  const pat = principalFeePatterns(rule);
  if (!pat || (kind !== undefined && pat.kinds && !pat.kinds.includes(kind)) || !c.annual.length || ALL_IN.test(c.doc.text)) return [];
  // (…nor where the text says its fees are in the rate: 费用已包含在年化利率中)
  // (…nor where a stated rate's clause says it is all-in: the rule's `allIn` words, 综合 / 成本)
  const allIn = allInOf(rule);
  if (c.annual.some((a) => { const cl = clauseOf(c.doc.text, a); return FEES_INCLUDED.test(cl) || !!allIn?.test(cl); }) || pat.included?.test(c.doc.text)) return [];
  const text = c.doc.text, out: RawFinding[] = [], seen = new Set<number>();
  for (const re of pat.shapes) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) {
      if (!m[0].length) { re.lastIndex++; continue; }
      const s = m.index, e = s + m[0].length;
      // (the fee and its figure with the clause on either side: a field list with no stops is not one sentence)
      if (seen.has(s) || pat.notCharged.test(clauseOf(text, { start: s, end: e }, FIELD_STOP))) continue;
      // (the figure: a share given nowhere else — not a rate phrase another check reads)
      if (c.phrases.some((p) => p.start < e && p.end > s && p.kind !== 'annual')) continue;
      if (c.annual.some((a) => a.start < e && a.end > s)) continue;
      seen.add(s);
      const fee = pat.fee.exec(m[0])?.[0] ?? '费用';
      // (anchored at the figure, where the reader sees the fee's size: a field's value may sit on the line after its label)
      const pc = s + m[0].search(/[%％]/);
      let fs = pc;
      while (fs > s && /[0-9.\s\-—~～至到【\[(（]/.test(text[fs - 1])) fs--;
      const fe = s + Math.max(m[0].lastIndexOf('%'), m[0].lastIndexOf('％')) + 1;
      // (the message names the stated rate nearest the fee, as separateFees does)
      const apr = c.annual.reduce((x, y) => (Math.abs(y.start - fs) < Math.abs(x.start - fs) ? y : x));
      out.push({ rule, start: fs, end: fe, data: { text: text.slice(fs, fe), fees: fee, how: `“${apr.text}”未写明包含${fee}。` } });
    }
  }
  return out;
}

/**
 * A fee quoted with its own rate (管理费：0.330%/月) beside an annual rate that names interest (借款年利率：10%-18%) and is
 * not the fee's own annualisation: the page prices the fee apart, so the annual rate leaves it out. Not when the
 * annual rate says it is all-in or includes the fee (综合, 含…费), nor when it is the fee annualised (naive or IRR).
 */
function separateFees(rule: RuleEntry, c: Context): RawFinding[] {
  const out: RawFinding[] = [];
  const allIn = allInOf(rule);
  const named = new RegExp(FEE_WORDS);
  for (const p of c.phrases) {
    if (p.kind !== 'period-fee' || p.value === undefined || !named.test(p.text) || !c.aprNear(c.blockOf(p))) continue;
    const a = nearest(c.valued, p, c.stats);
    if (!a || allIn?.test(a.text) || /折算|费率/.test(a.text) || FEES_INCLUDED.test(clauseOf(c.doc.text, a))) continue;
    const n = c.facts(c.blockOf(p)).periods ?? 12;
    const feeApr = installmentApr(p.value, n);
    if ([feeApr, p.value * 12].some((x) => Math.abs(x - a.value!) <= TOL * 5)) continue;
    const fee = named.exec(p.text)![0];
    out.push({ rule, start: p.start, end: p.end, data: { text: p.text, fees: fee, how: `“${a.text}”未写明包含${fee}；${fee}${pct(p.value)}每期按原始本金收取、分${n}期，单此一项按内部收益率法折算年化约${pct(feeApr)}。` } });
  }
  return out;
}

/** a rate stated as a ceiling, not as the price (年利率不超过36%, 月利息不超过3%, 综合费率成本超过年化36%的，按照36%支付): a cap
 * the price stays under, in the phrase between its name and its figure or just before it — no price to review as high nor
 * to compare with the APR (a daily rate's ceiling still states a price per day: the APR beside it is asked for as before) */
const CEILING = /不超过|不高于|不得(?:超过|高于)|超过|高于|上限|封顶|[≤≦＜<]/;
const isCeiling = (text: string, p: RatePhrase) => CEILING.test(p.text.replace(/[0-9.]+\s*[%％‰]?[^]*$/, '')) || CEILING.test(text.slice(Math.max(0, p.start - 4), p.start));

/** rule 51: the highest stated or computed APR of each block, when above the rule's line */
function highApr(rule: RuleEntry, c: Context): RawFinding[] {
  const above = Number(rule.rates?.above ?? 0.24), upTo = Number(rule.rates?.upTo ?? Infinity);
  const out: RawFinding[] = [];
  for (const [b, ps] of c.byBlock(c.phrases)) {
    let worst: { p: RatePhrase; apr: number; how: string } | undefined;
    for (const p of ps) {
      if (isCeiling(c.doc.text, p)) continue;
      const est = p.kind === 'annual' ? undefined : implied(p, c.facts(b));
      const apr = p.kind === 'annual' ? p.high ?? p.value : est?.apr[1];
      if (apr !== undefined && (!worst || apr > worst.apr)) worst = { p, apr, how: est ? est.how : `所示年化利率${pct(apr)}` };
    }
    if (worst && worst.apr > above + 1e-9 && worst.apr <= upTo + 1e-9) out.push({ rule, start: worst.p.start, end: worst.p.end, data: { text: worst.p.text, apr: pct(worst.apr), how: worst.how } });
  }
  return out;
}

/** the table row of the cell at an offset of the document's text (undefined outside cells), or undefined when it has no
 * table cells: the phrase reader tells a column of field labels from a header row by it */
function rowsOf(doc: LintDocument): RowOf | undefined {
  const cells = (doc.blocks ?? []).filter((b) => b.type === 'table-cell' && b.row !== undefined).sort((x, y) => x.start - y.start);
  if (!cells.length) return undefined;
  return (at) => {
    let lo = 0, hi = cells.length - 1, k = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (cells[mid].start <= at) { k = mid; lo = mid + 1; } else hi = mid - 1; }
    return k >= 0 && at < cells[k].end ? cells[k].row : undefined;
  };
}

/** a finding about the whole document is anchored at its first line (the title) when nothing else fits */
const firstLine = (doc: LintDocument): [number, number] => { const nl = doc.text.indexOf('\n'); return [0, nl < 0 ? doc.text.length : nl]; };

// an offer's words between the separators its pattern may take in
// (an app screen's string or tag before them too: android:text="立即申请", >立即申请)
const OFFER_WORDS = /^([\s，,。！!|【\["'>]*)([^]*?)[\s】\]：:]*$/;
/** a rule's `borrowing` and `offers` patterns, compiled once per rule (not once per document) */
const offerCache = new WeakMap<RuleEntry, { borrowing?: RegExp; asks?: RegExp; offers: RegExp[]; claims: RegExp[] }>();
function offerPatterns(rule: RuleEntry): { borrowing?: RegExp; asks?: RegExp; offers: RegExp[]; claims: RegExp[] } {
  let p = offerCache.get(rule);
  if (!p) {
    const b = rule.rates?.borrowing as string | undefined, a = rule.rates?.asks as string | undefined;
    const res = (k: string) => ((rule.rates?.[k] as string[] | undefined) ?? []).map((s) => new RegExp(s, 'g'));
    offerCache.set(rule, (p = { ...(b ? { borrowing: new RegExp(b) } : {}), ...(a ? { asks: new RegExp(a) } : {}), offers: res('offers'), claims: res('claims') }));
  }
  return p;
}

// An offer's words inside a procedure, a condition or an explanation are not offered: 借款人申请贷款时…, 会导致您无法提交借款
// 申请, 您提交的借款申请无法审核通过, 为保证提额申请顺利通过, 由买方申请贷款的融资产品, 提现一般1-3天到账 (what is offered is
// credit, not a withdrawal), nor its paperwork or conditions (完成申请贷款的文件, 申请贷款的住房条件: what applying takes); the service named between changes nothing (申请配资服务前, 申请借款服务时: a step before applying)
const PROCEDURE_BEFORE = /(?:无法|不能|未能|不可|导致|影响|以免|为保证|为了|如何|怎样|怎么|若|如果|如需|提现(?:一般)?)$/;
const PROCEDURE_AFTER = /^(?:服务)?(?:时|的时候|之前|以前|前|后|以后|的?过程|失败|被拒|未通过|认证|无法|不能|未能|的(?:融资|流程|步骤|资料|材料|情况)|的[\u4e00-\u9fa5]{0,2}?(?:文件|手续|条件))/;
/** the first match of an offer's pattern that is offered (not inside a procedure or a condition) */
function offered(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    if (!m[0].length) { re.lastIndex++; continue; }
    const [, lead, words] = OFFER_WORDS.exec(m[0])!;
    const s = m.index + lead.length, e = s + words.length;
    if (!PROCEDURE_BEFORE.test(text.slice(Math.max(0, s - 6), s)) && !PROCEDURE_AFTER.test(text.slice(e, e + 6))) return m;
  }
  return null;
}

/** loan marketing that offers an amount, a term or speed (the rule's `offers` patterns) but states no price at all */
function priceMissing(rule: RuleEntry, c: Context, kind?: string): RawFinding[] {
  // a price is a rate phrase, or a price word with a figure after it (利息90元, 月供：335元); a word alone (低利息,
  // 利息计算器, 低月供) states none, nor does 免息 (最长40天免息, a 免息券 says nothing of the fees or the rate after it)
  // (a figure a page's template fills in is a figure: 借款{{money}}元 offers an amount, 日利率{{rate}}% states a price)
  // (…a figure the template fills in is one, never a zero; a rate phrase is a price before any text is rewritten)
  // (…the page's <title> too: the reader is shown it, in the tab or as an H5 page's header — 开通芝麻分借款，5分钟到账！ over a
  // sign-up form that says nothing else — and a price there is stated)
  const title = c.doc.title !== undefined && c.doc.titleSpan ? simplified(c.doc.title) : '';
  if (c.phrases.length || PRICE_STATED.test(c.doc.text.replace(FILLED_ANY, (m) => '1'.repeat(m.length))) || (title && (PRICE_STATED.test(title) || findRatePhrases(title).length))) return [];
  const text = withFilledFigures(c.doc.text);
  // a help page (a notice in its own voice, asked this only then) that asks what borrowing costs and answers with no price:
  // anchored at the question (the rule's `asks`), where the reader looks for the price; a help page that asks nothing of
  // the price is no offer of it
  if (kind !== undefined && kind !== 'marketing') {
    const asks = offerPatterns(rule).asks;
    const q = asks?.exec(text);
    if (!q) return [];
    const qe = q.index + q[0].length, qs = qe - q[0].replace(/^[\s"'{\[]*(?:[a-zA-Z_]+[:：]\s*["']?)?/, '').length;
    const words = c.doc.text.slice(qs, qe);
    return [{ rule, start: qs, end: qe, data: { text: words, offer: words }, documentLevel: true }];
  }
  // an offer of credit, not a card's limit (额度最高5万 alone): the text speaks of borrowing (the rule's `borrowing`)
  const { borrowing, offers: offerRes, claims: claimRes } = offerPatterns(rule);
  if (borrowing && !borrowing.test(text) && !(title && borrowing.test(title))) return [];
  // a cost shown only as a field the page fills in (到期应还 ￥__, 快速信审费：元, 利息 {{x}}): the reader is shown where the price
  // would be, in amounts, and no rate — anchored there, at the first such field, before any offer; else, on a page that
  // offers credit, a price claimed in words (利息低, 价格低, 低息: the rule's `claims`) is where the price is missing (a claim
  // alone offers nothing: 切勿轻信以低息贷款为借口…)
  const field = COST_FIELD.exec(text) ?? DUE_FIELD.exec(text);
  const found = (res: RegExp[]) => res.map((re) => offered(re, text)).filter((m): m is RegExpExecArray => !!m);
  const offerMatches = field ? [field] : found(offerRes);
  const claims = field || !offerMatches.length ? [] : found(claimRes);
  const offers = claims.length ? claims : offerMatches;
  if (!offers.length) {
    // the offer made in the title alone: anchored there, where the reader sees it
    const inTitle = title ? offerRes.map((re) => offered(re, title)).find((m) => !!m) : undefined;
    if (!inTitle || c.doc.source === undefined) return [];
    const [ts, te] = c.doc.titleSpan!;
    const lines = new LineIndex(c.doc.source);
    const words = c.doc.source.slice(ts, te);
    return [{ rule, start: 0, end: 0, shownAt: [lines.position(ts), lines.position(te)], data: { text: words, offer: words }, documentLevel: true }];
  }
  // anchored at the first offer (its line), quoting the offer itself
  const first = offers.reduce((x, y) => (y.index < x.index ? y : x));
  // (without the separator or line break an offer's pattern may begin or end with: “立即申请”, not “，立即申请”)
  const [, lead, words] = OFFER_WORDS.exec(first[0])!;
  const start = first.index + (words ? lead.length : 0), end = start + (words || first[0]).length;
  // (quoted as the page has it: 借款{{money}}元, not the 0s it was searched as)
  const offer = c.doc.text.slice(start, end);
  return [{ rule, start, end, data: { text: offer, offer }, documentLevel: true }];
}

/**
 * S28 (from 2026-08-01; the rule's `since`): a personal-loan contract that prices the loan shows its 综合融资成本.
 * A contract whose only price is its annualised interest rate (no fee listed) already states its all-in cost; a security
 * contract (抵押/保证合同) is not where the statement goes.
 */
function allInCostMissing(rule: RuleEntry, c: Context): RawFinding[] {
  const { doc } = c;
  const title = doc.text.slice(0, doc.blocks[0]?.end ?? doc.text.indexOf('\n'));
  // a loan contract names itself near its start (a registration, broker or service agreement is not one, unless it takes its
  // fee out of the borrowed money — below), its title
  // perhaps letter-spaced (借 款 合 同), or in the name its format keeps apart from the text (an HTML page's <title>
  // 友借款服务协议 above a head that opens with the contract's number and its parties)
  const named = (t: string) => LOAN_CONTRACT.test(t.replace(/[ \u00a0\u3000]+/g, ''));
  if (ALL_IN.test(doc.text) || SECURITY_CONTRACT.test(title)) return [];
  // …or an agreement of another name that takes its fee out of the borrowed money (从…借款本金中一次性支付, 所借的资金支付给您前
  // 予以扣除): the fee is the loan's price whatever the agreement is called, and that deduction is where it is charged
  // (con-b178-maiya 信用咨询及管理服务协议, con-b192-cgjr 委托服务确认书); the fee mentions are looked for only where such a deduction is
  const fromLoan = !(named(doc.text.slice(0, 300)) || (doc.title !== undefined && named(doc.title)));
  if (fromLoan && !FEE_FROM_LOAN.test(doc.text)) return [];
  // (a fee only named counts for nothing: one the text charges, sizes or gives a field to is a price to total)
  const mentions = feeMentions(doc.text).filter((m) => feePriced(doc.text, m));
  if (fromLoan && !mentions.some((m) => FEE_FROM_LOAN.test(sentenceOf(doc.text, m)))) return [];
  const fees = feeNames(mentions);
  // interest only: the annualised rate, named (it may sit in a table cell or a blank, 年化利率（单利）：____%), is the
  // whole cost; no price at all: a fragment or a contract that prices the loan elsewhere, nothing to total. Fees named
  // only as costs of default (逾期管理费, the 担保费 of a suit to enforce the debt) are no part of the normal price.
  const normal = mentions.some((m) => !defaultCost(doc.text, m));
  if (!normal && (/年化利率|年利率/.test(doc.text) || !c.phrases.length)) return [];
  // anchored where a fee beside the interest is charged (what the statement would have to total), else at the first
  // price figure (the rate clause), else the title
  const [start, end] = mentions.length ? feeCharged(doc.text, mentions, fromLoan) : c.phrases.length ? [c.phrases[0].start, c.phrases[0].end] : firstLine(doc);
  return [{ rule, start, end, data: { text: doc.text.slice(start, end), fees: fees.length ? `（另列${fees.join('、')}）` : '' }, documentLevel: true }];
}
