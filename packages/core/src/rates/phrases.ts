import { SpanIndex } from '../text-utils.js';
import { AhoCorasick } from '../aho-corasick.js';
import { knownLiterals, requiredLiterals, type KnownLiterals } from '../regex-literals.js';
import { regexScan } from '../regex-scan.js';
import { simplified } from '../normalize.js';
// Rate phrases: the ways Chinese copy states the price of credit, each a typed phrase with its range. A phrase
// carries what arithmetic needs (a rate per period, a range's high end, a payment); the engine reads the term
// and the principal from the phrase's block, since copy states them apart from the price.

export type RatePhraseKind = 'daily' | 'monthly' | 'fee-rate' | 'period-fee' | 'one-off-fee' | 'per-day-cost' | 'per-month-cost' | 'amount-due-day' | 'amount-due-month' | 'installment-fee' | 'discount' | 'upfront-deduction' | 'interest-only' | 'annual';

export interface RatePhrase {
  kind: RatePhraseKind;
  start: number;
  end: number;
  /** rate as a fraction per unit period where known (0.0005 for 万分之五 per day) */
  value?: number;
  /** upper end of a range (3.6%—18%, 0.4-0.8%, 万分之二至万分之四), in the same unit as value */
  high?: number;
  /** a payment in yuan (月供879.16元): with the principal and the term it gives an IRR */
  amount?: number;
  /**
   * read as a price only in marketing (an ad or a product page), where a reader is sold the loan by it: a contract's term list
   * states its annual rate as a bare 借款利率：X% and totals its interest in a repayment table
   */
  marketing?: boolean;
  text: string;
}

const NUM = '([0-9]+(?:\\.[0-9]+)?)';
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const cnNumber = (s: string) => (/^[0-9.]+$/.test(s) ? Number(s) : s.length === 1 ? CN_DIGITS[s] : s === '十' ? 10 : NaN);

// (a page's &nbsp; is a space: 日费率&nbsp;${day_rate}, 利率：&nbsp;9.5%)
const SP = '[ \\t\\u3000\\u00a0]*';
/** the names of a monthly and of a daily rate (月利率, 月利息, 月息; 日利率, 日利息, 日息), spelled once for every pattern that
 * reads one (a pattern that reads more names — 日费率, 每月利率 — lists them beside); the name may be qualified and the interest
 * named with its fees or as a rate (月平均利率 — a Hong Kong lender's flat monthly rate —, 月综合利率, 月息费, 月利息率, 日综合息费率) */
const RATE_NAME = '(?:综合|平均)?(?:利率|利息率?|息费率?|息)';
const MONTHLY_RATE = `月${RATE_NAME}`;
const DAILY_RATE = `日${RATE_NAME}`;
/** the name of a yearly or monthly rate (年化利率, 年利率, 年息, 月利率, 月息, 月费率…): a daily charge's words never run across one */
const OTHER_PERIOD_RATE = `年化|年(?:综合)?(?:利率|息|费率)|月(?:综合)?费率|${MONTHLY_RATE}`;
/** spaces, and at most one line break: a rate tile's figure in the element after its label's (<dt>日利率</dt><dd>0.05%</dd>,
 * 月利率：<br>0.8%) */
const LB = `${SP}(?:\\n${SP})?`;
/** a figure left blank in a template: 【】, [ ], ____, ${…}, or spaces before the unit */
/** a figure a page's script or template fills in (${rate}, {{month_rate}}, a Swift string's \(item.rate), a JSP's <%=rate%>, a PHP
 * template's {$vo.rate}: 每日日利率{$list.rate} is a daily rate as 日利率{{rate}} is) */
const FILLED = '(?:\\$\\{[^}\\n]{0,40}\\}|\\{\\{[^}\\n]{0,80}\\}\\}|\\\\\\([^)\\n]{0,40}\\)|<%=[^%\\n]{0,60}%>|\\{\\$[^}\\n]{0,40}\\})';
/** the text with each figure a template fills in (FILLED) written as that many 0s: the same offsets, a figure where the page
 * shows one */
export const FILLED_FIGURE = FILLED;
const FILLED_ANY = new RegExp(FILLED_FIGURE, 'g');
export const withFilledFigures = (text: string): string => (text.includes('{') || text.includes('<%') || text.includes('\\(') ? text.replace(FILLED_ANY, (m) => '0'.repeat(m.length)) : text);
/** a figure whose digits the copy as kept masks with x — x.xx, 万分之x.x, xx% (a decimal point or a unit: a lone x after a rate's
 * name is the sign of a product, 本金×月利率x借款周期); not a letter of a word */
const MASKED = '(?:(?:万分之|千分之)[ \\t\\u3000\\u00a0]*)?(?<![A-Za-z])(?:[xX]{1,3}\\.[xX]{1,4}|[xX]{1,3}[ \\t\\u3000\\u00a0]*[%％‰])(?![A-Za-z0-9])';
const BLANK = `(?:[【\\[]${SP}[】\\]]|[_＿]{2,}|${FILLED}|[ \\t\\u3000\\u00a0]{2,}(?=[%％‰]))`;
/** the inner part of a range written with one unit: 0.4-0.8%, 0.4至0.8% */
const INNER = `(?:${SP}[-—–~～至到]${SP}[0-9.]+)?`;
/** the loan amount a fee is a share of (借款金额的, 借款合同金额, 借款本金), or the balance still owed on it (贷款余额) */
const OF_LOAN = '(?:借款|贷款|融资)(?:合同)?(?:本金|金额|总额|余额){1,2}的?';
/** a figure, or a template's blank for one ([ 20 ], ${fee}, ____, spaces before the unit) */
/** the words between a rate's label and its figure (日利率低至, 月费率仅需, 费率为) */
const SO_LOW = '(?:低至|最低|仅需|只需|仅为|仅|为|约|只要)';
/** a per-period fee rate's name and the words before its figure (每期手续费率为, 月费率低至:) */
const PERIOD_FEE_NAME = `(?:月费率|月手续费率?|每月手续费率?|每期(?:手续费率?|费率|服务费率?)|分期(?:手续)?费率|手续费率)${SP}${SO_LOW}?${SP}[:：]?${SP}`;
const FIG = `[【\\[(（]?${SP}(?:${NUM}|${FILLED}|[_＿]{2,}|[ \\t\\u3000\\u00a0]{2,}(?=[%％]))${SP}[】\\])）]?`;
/** a loan's costs besides interest (regulations.md §5 rule 43) */
export const FEE_WORDS = '担保费|增信(?:服务)?费|会员费|权益(?:包|费)|服务费|手续费|管理费|咨询费|平台费|保险费|租赁费|中介费|通道费|审核费';

/** fees that are not the price of credit */
/** `lit`, unless it is a card's foreign-exchange or a transfer fee (the lookbehind after the literal: in front of a pattern it
 * would run at every position of every text) */
const notCredit = (lit: string) => `(?:${lit})(?<!(?:境外消费|境外|货币转换|货币兑换|转账|汇款|跨行)(?:${lit}))`;

/** 借1000元 / 借1万 / 每万元 …… 每天 / 每月 …… 2元 / 2块 / 2毛: the cost of an amount for a period, per yuan per period */
const perAmountCost = (period: string) =>
  new RegExp(`(?:借|每)${SP}(?=[0-9万千一两二三四五六七八九十])([0-9.]*|[一两二三四五六七八九十])${SP}(?:(万|千)元?|元)[^。\\n！!]{0,12}?(?:${period})[^。\\n0-9还供一二两三四五六七八九十]{0,8}?([0-9.]+|[一二两三四五六七八九十])${SP}(元|块钱?|毛钱?|角)(?:${SP}([一二两三四五六七八九])(?:角|毛)?(?![0-9一二两三四五六七八九十万千百]))?`, 'g');
/** 万元日息2元 / 千元月息8元: the amount, the period's interest word, the cost */
const perAmountInterest = (period: string) =>
  new RegExp(`(?<![0-9.])(?=[0-9万千])([0-9.]*)${SP}(万|千)?元${SP}(?:${period})${SP}(?:低至|最低|仅需?|只要|约|为)?${SP}([0-9.]+|[一二两三四五六七八九十])${SP}(元|块钱?|毛钱?|角)`, 'g');
/** 1万1天2元 / 1万元一天2元 (a poster's shorthand): the amount in 万 or 千, one period, the cost */
const perAmountShort = (period: string) =>
  new RegExp(`(?<![0-9.])([0-9.]+)${SP}(万|千)元?${SP}(?:${period})${SP}${SO_LOW}?${SP}([0-9.]+|[一二两三四五六七八九十])${SP}(元|块钱?|毛钱?|角)`, 'g');
const perAmountValue = (m: RegExpExecArray) => {
  const principal = (m[1] ? cnNumber(m[1]) : 1) * (m[2] === '万' ? 10000 : m[2] === '千' ? 1000 : 1);
  // (两元七角, 两块七: the tenths after the yuan)
  const yuan = m[4] === '元' || m[4]!.startsWith('块');
  const cost = cnNumber(m[3]) * (yuan ? 1 : 0.1) + (yuan && m[5] ? cnNumber(m[5]) / 10 : 0);
  return principal > 0 ? cost / principal : undefined;
};

/** 借款额度300，周期为3天。利息90 / 借1000元7天利息10元: the principal, the term, the cost for the term */
const termCost = (unit: string) =>
  new RegExp(`(?:借款?|额度|贷款?)${SP}(?:额度|金额)?${SP}(?:为|是)?${SP}([0-9]+(?:\\.[0-9]+)?)${SP}(万|千)?元?[^\\n0-9]{0,10}?(?:周期|期限|借)?${SP}(?:为|是)?${SP}([0-9]{1,3})${SP}(?:${unit})[^\\n0-9]{0,6}?(?:利息|息费|费用|手续费|服务费)${SP}(?:为|是|仅需?|只要|共)?${SP}[:：]?${SP}([0-9]+(?:\\.[0-9]+)?)${SP}元?`, 'g');
const termCostValue = (m: RegExpExecArray) => {
  const principal = Number(m[1]) * (m[2] === '万' ? 10000 : m[2] === '千' ? 1000 : 1), term = Number(m[3]), cost = Number(m[4]);
  return principal > 0 && term > 0 ? cost / principal / term : undefined;
};

const MONEY = '[¥￥]?[ \\t\\u3000\\u00a0]*([0-9][0-9,]*(?:\\.[0-9]+)?)[ \\t\\u3000\\u00a0]*(万)?元?';
const amountDue = (unit: string) =>
  new RegExp(`(?:借款|贷款)(?:金额|本金)${SP}[:：]?${SP}${MONEY}[^0-9]{0,24}?(?:借款|贷款)?(?:周期|期限)${SP}[:：]?${SP}([0-9]{1,3})${SP}(?:${unit})[^0-9]{0,24}?(?:到期)?(?:应)?还(?:款)?(?:本息)?(?:总)?(?:金额|总额)${SP}[:：]?${SP}${MONEY}`, 'g');
const DUE_LABEL = /(?:到期)?(?:应)?还(?:款)?(?:本息)?(?:总)?(?:金额|总额)/g;
/** a rate label whose figure the page's script fills in before it: the label (where a reader looks for the price) */
// (the label may stand on the next line, under its figure: {{rate}}%<br/> 日利率)
const filledBefore = (label: string) => new RegExp(`${label}(?<=${FILLED}${SP}[%％][ \\t\\u3000\\u00a0\\n]{0,64}${label})`, 'g');
/** a figure with its caption under or after it (an app tile: <p>1.0%</p><p>月费率最低</p>, 0.05%日利率) — not a label that has a
 * figure of its own after it (利率3.6% 日利率0.02%), on its line or the next */
const captionAfter = (label: string) => new RegExp(`(?<![0-9.])${NUM}${INNER}${SP}[%％][ \\t\\u3000\\u00a0\\n]{0,6}${label}(?!${OWN_FIGURE})`, 'g');
/** a rate label alone in its element (a line, a tag's or a string's text): 日利率, 参考日利息, 日费用最底 (the lookbehind after the
 * label, so that it is tried only where the label is) */
const captionAlone = (label: string) => new RegExp(`(?:${label})(?<=(?:^|\\n|[>"'\`])${SP}(?:[0-9]{1,2}[.、．]${SP})?(?:参考|预估|平均|贷款|借款|资金)?(?:${label}))(?:最低|最底|低至)?${SP}(?:[(（][%％][)）])?${SP}[:：]?${SP}(?=\\n|$|[<"'\`])`, 'g');
const amountDueValue = (m: RegExpExecArray) => {
  const principal = Number(m[1].replace(/,/g, '')) * (m[2] ? 10000 : 1), term = Number(m[3]), due = Number(m[4].replace(/,/g, '')) * (m[5] ? 10000 : 1);
  return principal > 0 && term > 0 && due > principal ? (due - principal) / principal / term : undefined;
};

// a few words between a rate's name and its figure, ending in a word that introduces it (日息因客户资质差异分为0.3‰,
// 月利率根据信用状况在0.5%…): no figure, comma or line break among them
const BETWEEN = `(?:[^，。；;,、\\n\\d%％‰]{1,8}?(?:分为|介于|在|为))?${SP}`;
/** a rate tile split in three elements, the qualifier in its own between the label's and the figure's (日利率 / 最低 / 0.05%): the
 * line break before a qualifier alone on its line */
const QUAL_LINE = `(?:\\n${SP}(?=(?:${SO_LOW}|低于|不高于|不超过|最高)${SP}[:：]?${SP}\\n))?`;
/** a label's own figure after it, perhaps with a qualifier in an element of its own between (日利率 / 最低 / 0.05%) */
const OWN_FIGURE = `${SP}${QUAL_LINE}(?:为|低至|仅|约|${SO_LOW}|低于|不高于|不超过|最高)?${SP}[:：]?${LB}(?:[0-9]|万分之)`;

/** a rate's name, then its period alone before the figure (利息：日0.05%, 借款利率：月0.5%, 利率按月0.5%): not a dated or a yearly one
 * (利率日前下调, 年利率：…) */
const PERIOD_AFTER = (period: string) => `(?<![年日月每])(?:利息|利率)${SP}[:：]?${SP}按?${period}(?=${SP}(?:${SO_LOW}${SP})?[0-9])`;
/** a figure per period with no label before it (1.25%- 1.67%/月): the rate of that period (see PATTERNS) */
function perPeriod(kind: RatePhraseKind, period: string): { kind: RatePhraseKind; re: RegExp; value: (m: RegExpExecArray) => number } {
  return { kind, re: new RegExp(`(?<!(?:管理费|服务费|手续费|综合费率|费率)${SP}[:：]?${SP}[0-9.]*)(?<![0-9.])${NUM}${SP}[%％]?${INNER}${SP}[%％](?=${SP}(?:/|每)${SP}${period})`, 'g'), value: (m) => Number(m[1]) / 100 };
}
/** 借1000还1020 / 借1000元7天还1020元: the loan, perhaps its term, and what is repaid — a cost only when more is repaid */
const LENT_REPAID = new RegExp(`借${SP}([0-9]+(?:\\.[0-9]+)?)${SP}(万|千)?元?${SP}[，,]?${SP}(?:(?:用|借)?${SP}([0-9]{1,3})${SP}(天|日|个月)${SP}[，,]?${SP})?(?:到期)?(?:只|仅)?(?:需|要)?还${SP}(?:款)?${SP}([0-9]+(?:\\.[0-9]+)?)${SP}(万|千)?元?(?![0-9.])`, 'g');
const lentRepaid = (m: RegExpExecArray) => {
  const k = (u?: string) => (u === '万' ? 10000 : u === '千' ? 1000 : 1);
  const lent = Number(m[1]) * k(m[2]), due = Number(m[5]) * k(m[6]);
  return { lent, due, term: m[3] ? Number(m[3]) : undefined };
};
// (a lookbehind is asked after the literal it guards, `利率(?<=(?:^|[^\u4e00-\u9fff]|借款)利率)` for `(?:(?<![\u4e00-\u9fff])|(?<=借款))利率`:
// in front of a pattern it runs at every position of every text, a quarter of the phrases' time)
/** what may stand before a flat yearly fee's name: no Han character, or the loan's own word (贷款年费率) */
const CAR = '(?:^|[^\\u4e00-\\u9fff]|贷款?|融资|金融|车贷)';
const PATTERNS: { kind: RatePhraseKind; re: RegExp; value?: (m: RegExpExecArray) => number | undefined; amount?: (m: RegExpExecArray) => number; alone?: boolean; marketing?: boolean; kindOf?: (m: RegExpExecArray) => RatePhraseKind | undefined }[] = [
  {
    kind: 'daily',
    // (…or the period after the rate's name, before its figure: 利息：日0.05%, 利率按日0.05%)
    re: new RegExp(`(?:${DAILY_RATE}|日(?:综合)?费率|每日利率|每天利率|日均利率|${PERIOD_AFTER('日')})${SP}${BETWEEN}${QUAL_LINE}(?:${SO_LOW}|不高于|不超过|最高)?${SP}[:：]?${LB}(?:(?:万分之|万)${SP}([0-9.]+|[一二三四五六七八九十])|${NUM}${INNER}${SP}[%％]|${NUM}${SP}厘|${NUM}${SP}‰)`, 'g'),
    value: (m) => (m[1] ? cnNumber(m[1]) / 10000 : m[2] ? Number(m[2]) / 100 : m[3] ? Number(m[3]) / 10000 : m[4] ? Number(m[4]) / 1000 : undefined),
  },
  {
    kind: 'daily',
    re: new RegExp(`${NUM}${SP}[%％]${SP}(?:/|每)${SP}(?:天|日)`, 'g'),
    value: (m) => Number(m[1]) / 100,
  },
  {
    // a charge per day in a contract's words (每日0.2%的费用, 每日按应还本息的0.05%收取罚息, 每日按本金的千分之八)
    // (…but not across the name of a yearly or monthly rate: 每日按年化利率24%计息 accrues a yearly rate day by day, and
    // 按日按借款年利率上浮50%计收 raises one — neither is a daily rate of 24% or 50%; 每日按当月应还金额的0.05% still is)
    kind: 'daily',
    re: new RegExp(`(?:每日|每天|按日)${SP}(?:按|以)?(?:(?!${OTHER_PERIOD_RATE})[^。；;，,\\d%％]){0,16}?(?:${NUM}${SP}[%％]|千分之${SP}([0-9.]+|[一二三四五六七八九十]))`, 'g'),
    value: (m) => (m[1] ? Number(m[1]) / 100 : cnNumber(m[2]) / 1000),
  },
  // a rate whose figure is not in the text: a page's label filled in when served (日利率：<?php echo $rate*100; ?>%, the script
  // blanked out) or a contract template's blank (按月利率【】计付, 月息　　　‰, 日利率为____%, 月利率${rate}%) — the document
  // states its price as a daily or monthly rate, value unknown here
  // (…the period after the rate's name too: 参考：利率日{$vo.yue})
  { kind: 'daily', re: new RegExp(`(?:日(?:利率|利息|息|费率|综合费率)|每日利率|每天利率|(?<![年日月每])(?:利息|利率)${SP}[:：]?${SP}按?日)${SP}(?:[:：]${SP}[%％]|(?:${SO_LOW}|按)?${SP}[:：]?${SP}${BLANK})`, 'g'), value: () => undefined },
  { kind: 'monthly', re: new RegExp(`(?:${MONTHLY_RATE}|每月利率|(?<![年日月每])(?:利息|利率)${SP}[:：]?${SP}按?月)${SP}(?:${SO_LOW}|按)?${SP}[:：]?${SP}${BLANK}`, 'g'), value: () => undefined },
  // …or a figure masked in the copy as kept, its digits written as x (an SMS corpus's 月息x.xx, 日利率低至万分之x.x): the price
  // is stated as a daily or monthly rate, its value unknown here
  { kind: 'daily', re: new RegExp(`(?:日(?:利率|利息|息|费率)|每日利率|每天利率)${SP}${SO_LOW}?至?${SP}[:：]?${SP}${MASKED}`, 'g'), value: () => undefined },
  { kind: 'monthly', re: new RegExp(`(?:${MONTHLY_RATE}|每月利率)${SP}${SO_LOW}?至?${SP}[:：]?${SP}${MASKED}`, 'g'), value: () => undefined },
  // (…and the APR beside them masked the same way: 年化利率低至x.xx%)
  { kind: 'annual', re: new RegExp(`(?:年化(?:利率|综合(?:融资)?成本)?|综合年化(?:利率|(?:融资)?成本)?|年利率)${SP}(?:[（(](?:单利|复利)[)）])?${SP}${SO_LOW}?至?${SP}[:：]?${SP}${MASKED}`, 'g'), value: () => undefined },
  // (…and the APR beside them, its figure filled in the same way: 年化利率（单利）{$vo.apr}%, 年化利率{{apr}}%)
  { kind: 'annual', re: new RegExp(`(?:年化(?:利率|综合(?:融资)?成本)?|综合年化(?:利率|(?:融资)?成本)?|年利率)${SP}(?:[（(](?:单利|复利)[)）])?${SP}(?:为|约|低至)?${SP}[:：]?${SP}${FILLED}${SP}[%％]`, 'g'), value: () => undefined },
  // …or a loan card's rate whose period the page names only in its code (参考{{ type === 0 ? '月' : '日' }}利率): a daily or a
  // monthly price, the reader not told which (a bare 借款利率：${rate}% with its figure filled in is not read: a contract's
  // term list states its annual rate so)
  // (…or any name the page fills in, when the figure under it is filled in too: {{$loanType}}利率 / {{$rate}}%)
  { kind: 'fee-rate', re: new RegExp(`(?:参考|贷款|借款)?(?:\\{\\{[^}\\n]{0,60}?['"](?:日|月)['"][^}\\n]{0,60}?\\}\\}|${FILLED}(?=${SP}(?:利率|费率)${LB}${FILLED}${SP}[%％]))${SP}(?:利率|费率)`, 'g') },
  // …or a rate tile's caption whose figure is in no text the page holds (an app's string 参考日利息, a card's 日费用最底 over a
  // figure its code fills in): the label alone in its element, where the reader is told the price is per day or month
  // (a daily or monthly one not a column of a table's header row, 本金 / 日利率 / 利息管理费, whose figures a contract fills in;
  // 每月利息 is an amount)
  { kind: 'daily', re: captionAlone('(?:日|每日|每天)(?:利率|费率|利息|息|综合费率|费用)'), value: () => undefined, alone: true },
  { kind: 'monthly', re: captionAlone('(?:月|每月)(?:贷款|借款)?(?:利率|息)'), value: () => undefined, alone: true },
  // (…and an APR's caption alone is the APR beside them, its figure filled in the same way: 参考日利率 / 年化利率)
  { kind: 'annual', re: captionAlone('(?:年化(?:利率|综合(?:融资)?成本|综合费率|费率)?|综合年化(?:利率|(?:融资)?成本|费率)?|年利率)'), value: () => undefined, alone: true },
  // …or a page's figure filled in by its script before the label (<i>{{month_rate}}</i>% 日利率 / 月利率): the label, where a
  // reader looks for the price
  { kind: 'daily', re: filledBefore('日(?:利率|利息|息|费率)'), value: () => undefined },
  { kind: 'monthly', re: filledBefore(MONTHLY_RATE), value: () => undefined },
  { kind: 'daily', re: captionAfter('日(?:利率|利息|息|费率)'), value: (m) => Number(m[1]) / 100 },
  { kind: 'monthly', re: captionAfter(MONTHLY_RATE), value: (m) => Number(m[1]) / 100 },
  { kind: 'period-fee', re: captionAfter('(?:月费率|月手续费率?|月费(?![用率]))'), value: (m) => Number(m[1]) / 100 },
  // (…and a fee's caption on the line under a figure alone on its own, 0.6% / 每期手续费: a tile, not a caption after another rate's
  // figure on its line)
  { kind: 'period-fee', re: new RegExp(`(?<=(?:^|\\n)${SP})${NUM}${INNER}${SP}[%％]${SP}\\n${SP}(?:每期|每月|月)(?:手续费|服务费|管理费|费)率?(?![用]|${OWN_FIGURE})`, 'g'), value: (m) => Number(m[1]) / 100 },
  // a fee charged as a share of the loan, in a contract's words (服务费依照借款合同金额的20%, 业务手续费：按借款金额${fee}%计,
  // 每期按借款金额的${rate}%支付): per period, or once; the figure may be a template's blank
  { kind: 'period-fee', re: new RegExp(`(?:每期|每月|按月|按期)[^。；;，,\\d%％]{0,12}?${OF_LOAN}${SP}${FIG}${SP}[%％]`, 'g'), value: (m) => (m[1] ? Number(m[1]) / 100 : undefined) },
  { kind: 'one-off-fee', re: new RegExp(`(?:${FEE_WORDS}|居间费)[^。；;！？\\n%％]{0,24}?(?<!每期|每月|按月|按期)(?:按|依照|依|以)${SP}${OF_LOAN}${SP}${FIG}${SP}[%％]|(?:按|依照|依|以)(?<!(?:每期|每月|按月|按期)(?:按|依照|依|以))${SP}${OF_LOAN}${SP}${FIG}${SP}[%％][^。；;！？\\n]{0,8}?(?:收取|支付|缴纳|计收)${SP}(?:${FEE_WORDS}|居间费)`, 'g'), value: (m) => (m[1] ?? m[2] ? Number(m[1] ?? m[2]) / 100 : undefined) },
  // a rate per period whose length the contract sets elsewhere (借款利息为0.6%/期，7天为一期)
  { kind: 'fee-rate', re: new RegExp(`(?:利息|利率)${SP}(?:为|按)?${SP}[:：]?${SP}[0-9]+(?:\\.[0-9]+)?${SP}[%％]${SP}(?:/|每)${SP}期`, 'g') },
  {
    // a rate multiplied by a number of days in a formula is a daily rate (借款金额×容时期利息利率(0.04%)×容时天数)
    kind: 'daily',
    re: new RegExp(`利率${SP}[(（\\[【]?${SP}${NUM}${SP}[%％]${SP}[)）\\]】]?${SP}[×*xX]${SP}[^。；;\\n×*]{0,8}?天数`, 'g'),
    value: (m) => Number(m[1]) / 100,
  },
  {
    // 万分之五 / 万五 is how copy states a daily rate (利息低至万分之五, 每日万五, 日均万分之三)
    kind: 'daily',
    re: new RegExp(`(?:利息|利率|费率|息费|每日|每天|日均)${SP}(?:低至|最低|仅|为|约|只要|不高于|不超过)?${SP}[:：]?${SP}(?:万分之${SP}([0-9.]+|[一二三四五六七八九十])|万([一二三四五六七八九])(?![0-9一二三四五六七八九十千百万元]))`, 'g'),
    value: (m) => cnNumber(m[1] ?? m[2]) / 10000,
  },
  {
    kind: 'monthly',
    // (…its verdict between the name and the figure: 月息低，最低仅1.2分; an image's caption 月息低 最低仅1.2分)
    re: new RegExp(`(?:${MONTHLY_RATE}|每月利率|${PERIOD_AFTER('月')})${SP}(?:(?:超|很|极)?低(?:[，,、]|[ \\t\\u3000\\u00a0])${SP})?${BETWEEN}${QUAL_LINE}(?:(?:低至|最低|仅|为|约|不高于|不超过|最高)${SP}){0,2}[:：]?${LB}${NUM}${INNER}${SP}([%％‰]|分(?![钟期])|厘)`, 'g'),
    value: (m) => (m[2] === '分' ? Number(m[1]) / 100 : m[2] === '厘' || m[2] === '‰' ? Number(m[1]) / 1000 : Number(m[1]) / 100),
  },
  {
    // 分 and 厘 are a monthly rate's own units: interest of 0.6分 is 0.6% a month, 8厘 0.8% (利息低至0.6分, 利率仅8厘);
    // a daily or annual rate names its period (日息5厘, 年息1分), and 分 of anything else is no rate (0.6分钟, 3分期, 2分数)
    kind: 'monthly',
    re: new RegExp(`(?:利息|利率)(?<![年日月每](?:利息|利率))${SP}(?:(?:低至|最低|仅|只要|只需|约|为)${SP}){0,2}[:：]?${SP}(?:([0-3](?:\\.[0-9]+)?)${SP}分(?![钟期数])|([1-9](?:\\.[0-9]+)?)${SP}厘)`, 'g'),
    value: (m) => (m[1] !== undefined ? Number(m[1]) / 100 : Number(m[2]) / 1000),
  },
  {
    // a fee charged once on the original principal (总手续费率7.2%, 一次性收取手续费6%, 服务费6%于首期一次性收取)
    kind: 'one-off-fee',
    re: new RegExp(`(?:(?:一次性(?:收取|支付|缴纳|扣除|扣收)?的?|总)(?:手续费|服务费)率?|总费率(?<=期${SP}总费率))${SP}(?:为|约)?${SP}[:：]?${SP}${NUM}${SP}[%％]|(?:手续费|服务费)(?<!(?:每期|每月|月|分期)(?:手续费|服务费))率?${SP}(?:为)?${SP}${NUM}${SP}[%％][^。！？\\n0-9]{0,10}?一次性(?:收取|支付|缴纳|扣除|扣收)`, 'g'),
    value: (m) => Number(m[1] ?? m[2]) / 100,
  },
  {
    kind: 'period-fee',
    // (a monthly rate of a fee by any name: 月租使用费率, 月综合费率, 月服务费率, 月费 alone (月费0.6%); a flat rate, 月平息, charged each month on the
    // amount first lent, as an instalment fee is; 低于 a ceiling as 低至 is a floor)
    re: new RegExp(`(?:月费率|月费(?![用率])|月平息|月手续费率?|每月手续费率?|每期(?:手续费率?|费率|利率|服务费率?)|分期(?:手续)?费率|手续费率|(?<![年每])月[\u4e00-\u9fff]{1,6}?费率)${SP}${QUAL_LINE}${SO_LOW}?${SP}[:：]?${LB}(?:每期|每月)?${SP}(?:低至|低于|不高于|不超过|仅|为|约)?${SP}${NUM}${INNER}${SP}[%％]`, 'g'),
    value: (m) => Number(m[1]) / 100,
  },
  {
    // a fee quoted per month after its figure (管理费：0.330%/月, 服务费0.5%每月)
    kind: 'period-fee',
    re: new RegExp(`(?:管理费|服务费|手续费|综合费率|费率)${SP}[:：]?${SP}${NUM}${SP}[%％]${SP}(?:/|每)${SP}(?:月|期)`, 'g'),
    value: (m) => Number(m[1]) / 100,
  },
  // a fee per instalment told by its figure (0.6%/期, 12期费率低至0.6%/期, 分期每期仅0.6%, 分期低至0.6%) or in 千分之 (每期手续费率千分之六): a
  // per-period fee on the amount first lent, whatever names it (a rate of interest per period, 利率0.6%/期, is read above)
  { kind: 'period-fee', re: new RegExp(`(?<!(?:利息|利率|管理费|服务费|手续费|综合费率)${SP}(?:为|按)?${SP}[:：]?${SP}[0-9.]*)(?<![0-9.])${NUM}${INNER}${SP}[%％](?=${SP}(?:/|每)${SP}期)|(?:分期|每期)${SP}(?:低至|最低|仅需?|只需|只要)${SP}${NUM}${INNER}${SP}[%％](?!${SP}(?:/|每)${SP}(?:月|天|日|年))`, 'g'), value: (m) => Number(m[1] ?? m[2]) / 100 },
  // (…or its figure filled in when the page is served: 您该笔分期适用的手续费率为<%=rate * 1000%>‰)
  { kind: 'period-fee', re: new RegExp(`${PERIOD_FEE_NAME}${FILLED}${SP}[%％‰]`, 'g'), value: () => undefined },
  { kind: 'period-fee', re: new RegExp(`${PERIOD_FEE_NAME}千分之${SP}([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十])`, 'g'), value: (m) => cnNumber(m[1]) / 1000 },
  // a daily or monthly rate in folk units written in Chinese numerals (月息八厘, 月息一分二, 日息五厘): 月息X分 is X%, X厘 X‰;
  // 日息X厘 is X‱ (regulations.md §7.1)
  {
    kind: 'monthly',
    re: new RegExp(`${MONTHLY_RATE}${SP}(?:(?:低至|最低|仅|为|约|只要)${SP}){0,2}[:：]?${SP}([一二两三四五六七八九十]{1,2}(?:点[零一二两三四五六七八九]{1,2})?)${SP}(分|厘)(?:${SP}([一二两三四五六七八九])(?![0-9一二两三四五六七八九十万千百元期钟]))?`, 'g'),
    value: (m) => (chineseNumber(m[1]) + (m[3] ? cnNumber(m[3]) / 10 : 0)) / (m[2] === '分' ? 100 : 1000),
  },
  {
    kind: 'daily',
    re: new RegExp(`${DAILY_RATE}${SP}(?:(?:低至|最低|仅|为|约|只要)${SP}){0,2}[:：]?${SP}([一二两三四五六七八九十]{1,2}(?:点[零一二两三四五六七八九]{1,2})?)${SP}厘`, 'g'),
    value: (m) => chineseNumber(m[1]) / 10000,
  },
  // …and a daily or monthly rate in 千分之 (月利率低至千分之八, 月息千分之八, 日息千分之零点五)
  {
    kind: 'monthly',
    re: new RegExp(`(?:${MONTHLY_RATE}|每月利率)${SP}(?:(?:低至|最低|仅|为|约|只要)${SP}){0,2}[:：]?${SP}千分之${SP}([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十]{1,2}(?:点[零一二两三四五六七八九]{1,2})?)`, 'g'),
    value: (m) => chineseNumber(m[1]) / 1000,
  },
  {
    kind: 'daily',
    re: new RegExp(`(?:${DAILY_RATE}|每日利率|每天利率)${SP}(?:(?:低至|最低|仅|为|约|只要)${SP}){0,2}[:：]?${SP}千分之${SP}([0-9]+(?:\\.[0-9]+)?|[零一二两三四五六七八九十]{1,2}(?:点[零一二两三四五六七八九]{1,2})?)`, 'g'),
    value: (m) => chineseNumber(m[1]) / 1000,
  },
  // …and the figure in words before the rate's name (千分之一日息, 万分之五的日利率, 千分之八月息): daily or monthly by the name
  {
    kind: 'daily',
    re: new RegExp(`(千|万)分之${SP}([0-9]+(?:\\.[0-9]+)?|[零一二两三四五六七八九十]{1,2}(?:点[零一二两三四五六七八九]{1,2})?)${SP}的?${SP}(日|月)(?:利率|利息|息)`, 'g'),
    kindOf: (m) => (m[3] === '日' ? 'daily' : 'monthly'),
    value: (m) => chineseNumber(m[2]) / (m[1] === '千' ? 1000 : 10000),
  },
  // a loan's fee by the month with the month before its figure (账户管理费每月3%, 服务费按月0.5%, 月服务费0.5%, 每月服务费率0.5%,
  // 月管理费≤3%): a per-period fee on the amount lent
  {
    kind: 'period-fee',
    re: new RegExp(`(?:(?:管理费|服务费|手续费)率?${SP}(?:每月|按月|每期)|(?<![年每])(?:每月|月)(?:账户)?(?:管理|服务|手续)费率?)${SP}(?:收取)?${SP}(?:为|≤|不超过|不高于|低至|最低|仅|约)?${SP}[:：]?${LB}${NUM}${INNER}${SP}[%％](?!${SP}(?:/|每)${SP}(?:天|日|年))`, 'g'),
    value: (m) => Number(m[1]) / 100,
  },
  // …and a figure quoted per month or per day with no label before it (一押：1.25%- 1.67%/月, 0.05%/天): a monthly or a daily
  // rate whatever names it (a fee's label before it is read above)
  perPeriod('monthly', '(?:个)?月'),
  perPeriod('daily', '(?:日|天)'),
  // a bare 费率 with no period (费率说明：费率最低1%起; a calculator's 以费率4%为例): a price of credit that cannot be annualised as shown
  // (…or a loan's own, 借款费率 3% on a loan's confirmation page; not a fund's 托管费率 or 申购费率)
  { kind: 'fee-rate', re: new RegExp(`费率(?<=(?:^|[^\u4e00-\u9fff]|(?<!所)以|按|借款|贷款)费率)${SP}${SO_LOW}?${SP}[:：]?${SP}(?:低至|最低|仅|为|约)?${SP}[0-9]+(?:\\.[0-9]+)?${INNER}${SP}[%％](?!${SP}(?:/|每)${SP}(?:月|期|天|日|年))`, 'g') },
  // …and a product's price under a bare label on a loan page (产品利息：0.04%-0.05%, 贷款利率：{$vo.interest}%, 参考费率 ≤3%): no
  // period and no APR (in marketing only: a contract's 借款利率：X% is its annual rate; and a figure above 3% may be an annual
  // rate too, 借款利率：6.8% on a lending platform's listing — one a page's script fills in is read, but not under a contract term
  // list's own label, 借款利率：${rate}%)
  { kind: 'fee-rate', marketing: true, kindOf: (m) => (/[{<\\]/.test(m[0]) ? !m[0].startsWith('借款') : Math.max(...(m[0].match(/[0-9]+(?:\.[0-9]+)?/g) ?? ['0']).map(Number)) <= 3) ? 'fee-rate' : undefined, re: new RegExp(`(?:产品|贷款|借款|参考)(?:利息|利率|费率)(?<!(?:公积金|住房|商业|基准|存款)(?:产品|贷款|借款|参考)(?:利息|利率|费率))${SP}[:：]?${SP}(?:≤|不超过|不高于|低至|最低|仅|为|约)?${SP}(?:[0-9]+(?:\\.[0-9]+)?${SP}[%％]?${INNER}|${FILLED})${SP}[%％](?!${SP}(?:/|每)${SP}(?:月|期|天|日|年))`, 'g') },
  // …and a bare 利率 sold as a hook (借款利率低至0.78%, 利率0.78%起): a price whose period the reader is not told
  { kind: 'fee-rate', re: new RegExp(`利率(?<=(?:^|[^\u4e00-\u9fff]|借款|贷款|借贷|分期)利率)${SP}[:：]?${SP}(?:(?:低至|最低|仅需?|只要|低于|不到)${SP}${NUM}${SP}[%％](?!${SP}(?:/|每)${SP}(?:月|期|天|日|年))|${NUM}${SP}[%％]${SP}起)`, 'g') },
  // …and a flat fee by the year, as car finance prices its loans (费率5.50%/年, 年费率低至2.99%, 手续费率3.5%/年, 年平息3%):
  // charged on the amount first lent for the whole term, it is no annual rate of the debt outstanding (a guarantee's, an
  // adviser's or a fund's yearly fee, 担保费年费率, 管理费率1.5%/年, is not a loan's price)
  { kind: 'fee-rate', re: new RegExp(`(?:年(?<=${CAR}年)(?:费率|手续费率?|平息)|(?:手(?<=${CAR}手)续费率?|费(?<=${CAR}费)率)(?=${SP}[:：]?${SP}(?:为)?${SP}[0-9]+(?:\\.[0-9]+)?${INNER}${SP}[%％]${SP}(?:/|每)${SP}年))${SP}${SO_LOW}?${SP}[:：]?${SP}(?:为)?${LB}${NUM}${INNER}${SP}[%％]`, 'g') },
  // …and a fee sold the same way (10倍杠杆，手续费最低0.7%, 服务费低至1%): a price of credit whose period and base are not told
  { kind: 'fee-rate', re: new RegExp(`(?:手续费|服务费|管理费)${SP}(?:低至|最低|仅需?|只要|低于)${SP}${NUM}${SP}[%％](?!${SP}(?:/|每)${SP}(?:月|期|天|日|年))`, 'g') },
  // …and a charge for a short term, by the hour or the day (5 小时内还款：2%, 7天手续费2%): a price of credit for a term the
  // reader must annualise himself
  { kind: 'fee-rate', re: new RegExp(`(?<![0-9.])[0-9]+${SP}(?:个?小时|天|日)内?${SP}(?:还款${SP}[:：]|的?(?:${FEE_WORDS}|综合费率|费率)${SP}(?:为)?${SP}[:：]?)${SP}${NUM}${SP}[%％]`, 'g') },
  // the cost of an amount a day, the amount after the cost (每天0.3元/千元, 利息低至每天2元/万元) or the day after the amount
  // (万元每天1.8元, 千元一天0.2元)
  { kind: 'per-day-cost', re: new RegExp(`(?:每天|每日|一天)${SP}(?:利息)?${SP}${SO_LOW}?${SP}([0-9]+(?:\\.[0-9]+)?)${SP}元${SP}/${SP}([0-9]*)${SP}(万|千)?元`, 'g'), value: (m) => Number(m[1]) / ((m[2] ? Number(m[2]) : 1) * (m[3] === '万' ? 10000 : m[3] === '千' ? 1000 : 1)) },
  { kind: 'per-day-cost', re: perAmountInterest('每天|每日|一天|1天'), value: perAmountValue },
  // what is repaid for what is lent (借1000还1020, 借1000元7天还1020元): per yuan per day or month where the term is told, a price
  // with no rate where it is not
  // (one search, its kind by what the match tells: a term in days or months, or none)
  {
    kind: 'fee-rate', re: LENT_REPAID,
    kindOf: (m) => { const { lent, due, term } = lentRepaid(m); return !(due > lent) ? undefined : term ? (m[4] === '个月' ? 'amount-due-month' : 'amount-due-day') : due < lent * 2 ? 'fee-rate' : undefined; },
    value: (m) => { const { lent, due, term } = lentRepaid(m); return term && due > lent ? (due - lent) / lent / term : undefined; },
  },
  { kind: 'per-day-cost', re: perAmountCost('每天|一天|每日|1天|日'), value: perAmountValue },
  { kind: 'per-month-cost', re: perAmountCost('每月|每个月|一个月|月'), value: perAmountValue },
  { kind: 'per-day-cost', re: perAmountInterest('日息|日利息|每日利息|每天利息|日费用?|日息费|每日费用|每天费用'), value: perAmountValue },
  { kind: 'per-day-cost', re: perAmountShort('1天|一天'), value: perAmountValue },
  { kind: 'per-month-cost', re: perAmountShort('1个月|一个月'), value: perAmountValue },
  { kind: 'per-month-cost', re: perAmountInterest('月息|月利息|每月利息|月费用?|月息费'), value: perAmountValue },
  // (…and a day's interest as an amount on no stated principal, 日息低至1.4元, or a day's cost from a floor, 每天1元起: a price no one
  // can annualise; not a sum invested or bought from, 每天10元起投)
  // (…and a day's payment as a Taiwan lender's poster words it, 日缴500分60天结清: a sum paid each day, its figure right after
  // the word — not a date's, 当日缴清, 次日缴款)
  { kind: 'per-day-cost', re: /(?:每天|每日|一天)[ \t\u3000\u00a0]*(?:低至|最低|仅需?|只需|只要)?[ \t\u3000\u00a0]*[0-9.]+[ \t\u3000\u00a0]*(?:元|块)[ \t\u3000\u00a0]*起(?![投购存售订充])|(?:日供|每天只需|每天仅需|每日仅需|一天只要|每天只要)[ \t\u3000\u00a0]*[0-9.]*[ \t\u3000\u00a0]*元?|(?<![0-9当次前])日缴[ \t\u3000\u00a0]*[0-9]+(?:\.[0-9]+)?(?![0-9.%％])|一杯奶茶钱|(?<![0-9.万千元])(?:日息|日利息|每日利息|每天利息)[ \t\u3000\u00a0]*(?:低至|最低|仅需?|只要|约|为)?[ \t\u3000\u00a0]*[0-9.]+[ \t\u3000\u00a0]*元/g },
  // (…and a card's fee table by the number of instalments: 手续费一次性收取各期费率分别为3期1.95%，6期3.6%)
  { kind: 'installment-fee', re: new RegExp(`分期[^。！？\\n]{0,12}?手续费(?:率)?[^。！？\\n]{0,8}?(?:[0-9.]+${SP}折|折扣|优惠|减免|低至|仅需?|[0-9.]+${SP}[%％])|${notCredit('手续费')}${SP}[0-9.]+${SP}折|分${SP}[0-9]+${SP}期[^。！？；;\\n]{0,16}?(?:含|另收|另付|加收)?(?:手续费|服务费)${SP}(?:[:：]|为|仅需?|只需|只要|低至|最低)?${SP}[¥￥]?${SP}[0-9]+(?:\\.[0-9]+)?|(?:手续费|费率)[^。！？\\n]{0,16}?[0-9]{1,2}${SP}期${SP}(?:[:：]${SP})?[0-9.]+${SP}[%％]`, 'g') },
  // the cost of a loan for a whole term as an amount (借款额度300，周期为3天。利息90): per yuan per day or month
  // …or as the amount due at the end of a term (借款金额：￥1000.00 / 借款周期：100天 / 到期还款金额：￥1030.00): per yuan per day
  // or month, what is due beyond the loan
  { kind: 'amount-due-day', re: amountDue('天|日'), value: amountDueValue },
  { kind: 'amount-due-month', re: amountDue('个月'), value: amountDueValue },
  { kind: 'per-day-cost', re: termCost('天|日'), value: termCostValue },
  { kind: 'per-month-cost', re: termCost('个月'), value: termCostValue },
  // …or the whole interest of a loan as an amount under its label, on its line or the next (总利息￥28.00, 总利息 / 302.14元,
  // 借款利息约500元): the price as a sum, no rate (in marketing only: a contract's repayment table totals its interest beside the
  // annual rate its terms state; a sum of zero, a calculator's empty field, is none)
  { kind: 'per-day-cost', marketing: true, re: new RegExp(`(?:(?:总|借款)(?:利息|息费)|利息总额)${SP}(?:约|为|共)?${SP}[:：]?${LB}(?:[¥￥]${SP}(?!0+(?:\\.0+)?(?![0-9.]))[0-9][0-9,]*(?:\\.[0-9]+)?|(?!0+(?:\\.0+)?(?![0-9.]))[0-9][0-9,]*(?:\\.[0-9]+)?${SP}元)`, 'g') },
  // a price shown only as a discount of a price that is not shown (not a card's foreign-exchange or a transfer fee); a cut of the
  // interest by a share or an amount is one too (降息最高30%, 30元抵息券: off a rate the page never states)
  { kind: 'discount', re: new RegExp(`${notCredit(`${FEE_WORDS}|利息|息费|利率`)}${SP}(?:打|享|可享|低至)?${SP}(?:[0-9.]+|[一二三四五六七八九])${SP}折|(?:[0-9.]+|[一二三四五六七八九])${SP}折${SP}(?:借款)?(?:${FEE_WORDS}|利息|息费|利率|分期|透支|取现)|${notCredit(`${FEE_WORDS}|利息|息费`)}${SP}(?:减半|半价)|(?:限时|限期|限量|新春|周年|专享)${SP}(?:降息|减息)|利率优惠|息费优惠|优惠利率|[0-9一二三四五六七八九十]+${SP}期${SP}贴息|(?<!央行|人行|银行|LPR)(?:降息|减息)${SP}(?:最高|最多|高达)?${SP}[0-9.]+${SP}[%％]|[0-9.]+${SP}元${SP}(?:抵息|减息)券`, 'g') },
  // (…or a fee taken out of the principal as it is paid over, a fee named in its sentence: 借款成功时从…借款本金中直接扣除全部应付信息
  // 服务费, 服务费…在发放借款时即从本金金额中扣除; not interest already paid credited against the principal, 已付利息从应还本金中扣除;
  // the 从 read before the look back, so that the look back runs only at a 从, not at every character: 10 MB corpus cpu −5%)
  { kind: 'upfront-deduction', re: /砍头息|(?:放款|放贷|发放贷款|借款)时(?:一次性)?(?:预先)?(?:扣除|扣收|先扣|扣取)|(?:放款|放贷|下款)(?:时|前)?(?:一次性)?(?:预先|先行|先)(?:扣除|扣收|扣取|扣)(?![款货])|到账金额[ \t\u3000\u00a0]*[=＝为][ \t\u3000\u00a0]*(?:借款|贷款)金额[ \t\u3000\u00a0]*[-－减]|前置(?:收取)?(?:服务费|手续费|费用)|预先扣除|先行扣除|从(?<=(?:发放|放款|划付|拨付|交付|借款成功)[^。；;！？\n]{0,40}从)[^，。；;！？\n]{0,24}?本金(?:金额)?中[^，。；;！？\n]{0,6}?(?:扣除|扣收|扣取|扣划|支付)(?:(?<=费[^。；;！？\n]{0,100})|(?=[^。；;！？\n]{0,12}?费))/g },
  {
    kind: 'per-month-cost',
    // (…its smallness in 才 or 只 as well: 每月才还260元, a borrower's word in a testimonial)
    re: new RegExp(`(?:(?:月供|月付|月缴)(?:低至|仅需?|只需|只要)?|(?:每月|每期)(?:只需|仅需|只要|才|只)还?款?|每[月期](?:最低|仅需?|只需|应)?还款(?:金额)?(?:为|低至|最低|仅需?|只要|约)?)${SP}(?:[:：]${SP})?(?:\\n${SP})?${NUM}${SP}元`, 'g'),
    amount: (m) => Number(m[1]),
  },
  // an APR said to cover interest only, or said to leave fees out (rule 43)
  { kind: 'interest-only', re: new RegExp(`年化利率?${SP}[（(][^）)]{0,6}?(?:仅含|只含|仅包含|仅为|仅指|仅计)[^）)]{0,6}?利息[)）]|(?:年化|利率)[^。！？\\n]{0,24}?(?:仅含利息|只含利息|仅为[^。！？\\n]{0,10}?利息|不含|不包含|不包括|(?<![不无免])(?:另收|另行收取|另需(?:支付|缴纳)|另计))[^。！？\\n]{0,8}?(?:${FEE_WORDS})`, 'g') },
];

/** an annualised loan rate statement (not an investment yield); its figure perhaps in the next element (年化利率：<br>10.2%) */
// (…and Taiwan's all-in APR, 总费用年百分率, a 繁體 page's 總費用年百分率 read simplified)
// (a range written with one unit, at its end: 借款年利率：10-36%, 年化利率 12-48% — the unit is the low end's too)
// (年息 is the yearly interest rate, in older words: 年息18%; APR in English: APR 18%)
const ANNUAL = /(?:(?<![A-Za-z])APR(?![A-Za-z])|年化(?:利率|综合(?:融资)?成本|成本)?|综合年化|折算年化|年利率|年息|(?:总费用)?年百分率)[^。！？\n0-9]{0,12}(?:\n[ \t\u3000\u00a0]*(?=[0-9]+(?:\.[0-9]+)?[ \t\u00a0]*[%％]))?([0-9]+(?:\.[0-9]+)?)((?:[ \t\u00a0]*[-—–~～至到][ \t\u00a0]*[0-9]+(?:\.[0-9]+)?)?[ \t\u00a0]*[%％])?/g;
// a range in the phrase's own unit: inside it (0.4-0.8%) or right after it (0.4%至0.8%, 万分之二至万分之四)
const INNER_RANGE = /([0-9.]+)[ \t\u3000\u00a0]*[%％]?[ \t\u3000\u00a0]*[-—–~～至到][ \t\u3000\u00a0]*([0-9.]+)[ \t\u3000\u00a0]*(?:[%％]|分|厘)$/;
const LAST_NUMBER = /([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十])[ \t\u3000\u00a0]*([%％]|分|厘)?$/;
const RANGE_TAIL = /^[ \t\u3000\u00a0]*[-—–~～至到][ \t\u3000\u00a0]*(?:万分之|万)?[ \t\u3000\u00a0]*([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十])[ \t\u3000\u00a0]*([%％]|分|厘)?/;
const unitOf = (u?: string) => (u === '％' ? '%' : u ?? '');

/** the upper end of a range, in the unit of the phrase's value: high = value × second number ÷ first */
function withRange(ph: RatePhrase, text: string): RatePhrase {
  if (ph.value === undefined) return ph;
  const inner = INNER_RANGE.exec(ph.text);
  let lo = inner ? Number(inner[1]) : NaN, hi = inner ? Number(inner[2]) : NaN;
  if (!inner) {
    const last = LAST_NUMBER.exec(ph.text), tail = RANGE_TAIL.exec(text.slice(ph.end, ph.end + 16));
    if (!last || !tail || unitOf(last[2]) !== unitOf(tail[2])) return ph;
    lo = cnNumber(last[1]); hi = cnNumber(tail[1]);
    if (hi > lo) { ph.end += tail[0].length; ph.text = text.slice(ph.start, ph.end); }
  }
  if (lo > 0 && hi > lo) ph.high = (ph.value * hi) / lo;
  return ph;
}
/** a phrase inside a longer one of these kinds is part of it (总手续费率7.2% is one-off, not per period) */
const PART_OF: Partial<Record<RatePhraseKind, RatePhraseKind[]>> = { 'one-off-fee': ['period-fee'], 'installment-fee': ['discount'] };
// (…nor a deposit's or a bond's 年息: 定期存款年息1.5%, 国债年息3%)
const NOT_LOAN_ANNUAL = /七日年化|年化收益|万份收益|业绩比较基准|(?:存款|储蓄|存单|定期|活期|理财|国债|债券)[^，。！？\n]{0,4}年息/;

/** 十八 → 18, 三点六 → 3.6, 二十四 → 24 (enough for rates) */
export function chineseNumber(s: string): number {
  const [intPart, frac] = s.split('点');
  let n = 0;
  if (/^[0-9.]+$/.test(intPart)) n = Number(intPart);
  else {
    const d = (c: string) => CN_DIGITS[c] ?? NaN;
    if (intPart.includes('十')) { const [t, u] = intPart.split('十'); n = (t ? d(t) : 1) * 10 + (u ? d(u) : 0); }
    else n = intPart ? d(intPart) : 0;
  }
  if (frac) n += Number(`0.${[...frac].map((c) => (/[0-9]/.test(c) ? c : String(CN_DIGITS[c] ?? ''))).join('')}`);
  return n;
}
const CN_PERCENT = /(年化利率|年化|年息|日利率|日利息|日息|月利率|月利息|月息)(?:（(?:单利|复利)）|\((?:单利|复利)\))?[为是约仅低至]{0,3}百分之([零〇一二两三四五六七八九十点0-9.]+)/g;

// the last text's phrases: a file linted through its cheap view asks twice of the same text (whether its marks matter,
// then the rates engine)
let last: { text: string; rowOf?: RowOf; phrases: RatePhrase[] } | undefined;
/** the table row of the cell an offset of the text stands in (undefined outside a table's cells) */
export type RowOf = (offset: number) => number | undefined;
/** `known`: the patterns' literals read at build time (see mayMatchIn); `rowOf`: the document's table rows, when it has
 * any (a column of field labels is then told from a header row) */
export function findRatePhrases(text: string, known?: KnownLiterals, rowOf?: RowOf): RatePhrase[] {
  if (last?.text !== text || last.rowOf !== rowOf) last = { text, rowOf, phrases: scanRatePhrases(text, known, rowOf) };
  // (a list pushed to: see runEmphasis's skips)
  const copies: RatePhrase[] = [];
  for (const p of last.phrases) copies.push({ ...p });
  return copies;
}

/**
 * The literals every match of each pattern holds (one of each set, read from its source or `known`), and one automaton of them
 * all: a pattern whose literals are not all in a text cannot match there and is not run (most texts name few fees).
 */
let prefilter: { ac: AhoCorasick; needs: Map<RegExp, number[][]> } | undefined;
function mayMatchIn(text: string, known: KnownLiterals | undefined): (re: RegExp) => boolean {
  if (!prefilter) {
    const lits: string[] = [], idx = new Map<string, number>(), needs = new Map<RegExp, number[][]>();
    for (const re of [...PATTERNS.map((p) => p.re), ANNUAL]) {
      needs.set(re, (knownLiterals(known, re.source, re.flags) ?? requiredLiterals(re.source, re.flags)).map((set) => set.map((l) => { let i = idx.get(l); if (i === undefined) { i = lits.length; idx.set(l, i); lits.push(l); } return i; })));
    }
    prefilter = { ac: new AhoCorasick(lits), needs };
  }
  const { ac, needs } = prefilter;
  let present: Uint8Array | undefined;
  return (re) => {
    const sets = needs.get(re);
    if (!sets?.length) return true;
    present ??= ac.present(text);
    const has = present;
    return sets.every((set) => set.some((id) => has[id] === 1));
  };
}

/** @internal the patterns scanned (for the prefilter's soundness test) */
export const ratePatterns = (): RegExp[] => [...PATTERNS.map((p) => p.re), ANNUAL];

// A table's header row over its first row of figures, each cell on a line of its own (<dt>贷款期限(月)</dt><dt>利率区间(%)</dt>
// <dd>12</dd><dd>1.3% - 2.3%</dd>, a <th> row over a <td> row): a rate header takes the figure under it, and is where the
// reader is told what the figure is
const S = '[ \\t\\u3000\\u00a0]*';
const HEADER_CELL = new RegExp(`^${S}(?:参考|最低|预估)?(日|每日|月|每月|年化|年)?(?:综合)?(利率|费率|利息|息费)(?:[(（](?:单利|复利)[)）])?(?:区间|范围)?${S}([(（][%％][)）])?${S}[:：]?${S}$`);
const LABEL_CELL = /^[^\d。！？，,；;]{1,16}$/;
const FIGURE_CELL = new RegExp(`^${S}([0-9]+(?:\\.[0-9]+)?)${S}([%％])?(?:${S}[-—–~～至]${S}([0-9]+(?:\\.[0-9]+)?)${S}([%％])?)?${S}$`);
const HEADER_NEAR = /(?:利率|费率|利息|息费)(?:区间|范围)?[ \t\u3000\u00a0]*(?:[(（][%％][)）])?[ \t\u3000\u00a0]*[:：]?[ \t\u3000\u00a0]*\n/;
/** the lines before and after a span are labels too: a table's header row — not a column of field labels whose values
 * are left blank (委托金额 / 资金月利率 / 保证金金额, each in a row of its own beside an empty cell), where the document's
 * table rows say so */
function inHeaderRow(text: string, start: number, end: number, rowOf?: RowOf): boolean {
  const s = text.lastIndexOf('\n', start - 1), e = text.indexOf('\n', end);
  if (s < 0 || e < 0) return false;
  const ps = text.lastIndexOf('\n', s - 1), ne = text.indexOf('\n', e + 1);
  const before = text.slice(ps + 1, s), after = text.slice(e + 1, ne < 0 ? text.length : ne);
  if (!LABEL_CELL.test(before.trim()) || !LABEL_CELL.test(after.trim())) return false;
  const row = rowOf?.(start);
  if (row === undefined) return true;
  const rb = rowOf!(ps + 1 + before.search(/\S|$/)), ra = rowOf!(e + 1 + after.search(/\S|$/));
  return rb === undefined || ra === undefined || rb === row || ra === row;
}
function tableRates(text: string, out: RatePhrase[]): void {
  if (!HEADER_NEAR.test(text)) return;
  const lines: [number, number][] = [];
  for (let at = 0; at <= text.length; ) { let nl = text.indexOf('\n', at); if (nl < 0) nl = text.length; lines.push([at, nl]); at = nl + 1; }
  const line = (i: number) => text.slice(lines[i][0], lines[i][1]);
  const isLabel = (i: number) => i >= 0 && i < lines.length && LABEL_CELL.test(line(i).trim());
  for (let k = 0; k < lines.length; k++) {
    const h = HEADER_CELL.exec(line(k));
    if (!h) continue;
    let a = k, b = k;
    // (a header row is a dozen cells at most: a page of ten thousand labels is not walked once per label)
    while (k - a < 12 && isLabel(a - 1)) a--;
    while (b - k < 12 && isLabel(b + 1)) b++;
    // (the row may have a title above it, 申请信息: the header row is the labels with as many figures under them)
    const row = (from: number) => { for (let i = b + 1; i <= 2 * b + 1 - from; i++) if (i >= lines.length || !/[0-9]/.test(line(i)) || line(i).trim().length > 30) return false; return true; };
    while (a < k && !row(a)) a++;
    const n = b - a + 1, v = b + 1 + (k - a);
    if (n < 2 || !row(a)) continue;
    let f = FIGURE_CELL.exec(line(v));
    if (!f || !(h[3] || f[2] || f[4])) {
      // (a row the page's style sets out in another order than its header, 日利率 / 贷款额度 / 贷款周期 over 最高500万 / 0.062% /
      // 最长4个月: under a header row with one rate label, the row's one percentage is that rate — an amount and a term are none)
      let rates = 0, only = -1;
      for (let i = a; i <= b; i++) if (HEADER_CELL.test(line(i))) rates++;
      for (let i = b + 1; i <= b + n && only !== -2; i++) {
        const g = FIGURE_CELL.exec(line(i));
        if (g && (g[2] || g[4])) only = only === -1 ? i : -2;
      }
      if (rates !== 1 || only < 0) continue;
      f = FIGURE_CELL.exec(line(only))!;
    }
    const lo = Number(f[1]) / 100, hi = f[3] ? Number(f[3]) / 100 : undefined;
    const kind: RatePhraseKind = !h[1] ? 'fee-rate' : h[1].startsWith('年') ? 'annual' : h[1].endsWith('日') ? 'daily' : h[2] === '费率' ? 'period-fee' : 'monthly';
    const lead = line(k).length - line(k).trimStart().length;
    const start = lines[k][0] + lead, end = lines[k][0] + line(k).trimEnd().length;
    out.push({ kind, start, end, text: text.slice(start, end), ...(kind === 'fee-rate' ? {} : { value: lo, ...(hi !== undefined && hi > lo ? { high: hi } : {}) }) });
  }
}

function scanRatePhrases(raw: string, known: KnownLiterals | undefined, rowOf?: RowOf): RatePhrase[] {
  // (a 繁體 page's price read as its simplified twin, at the same offsets: 每期手續費率0.6%, 日息萬三, 借1萬元每天利息低至2.7元 — a
  // Hong Kong or Taiwan lender's copy states its price in the same words)
  const text = simplified(raw);
  // (a table's rate first: a caption read alone names the same cell without its figure)
  const out: RatePhrase[] = [];
  tableRates(text, out);
  const may = mayMatchIn(text, known);
  for (const p of PATTERNS) {
    if (!may(p.re)) continue;
    // (an edited long text is scanned again only around the edit)
    for (const m of regexScan(p.re, text) as unknown as RegExpExecArray[]) {
      // "不预先扣除" states the opposite
      const kind = p.kindOf ? p.kindOf(m) : p.kind;
      if (!kind) continue;
      if (kind === 'upfront-deduction' && /(?:不|无|未|不得|禁止|严禁|不会)[^，。！？\n]{0,3}$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (p.alone && kind !== 'annual' && inHeaderRow(text, m.index, m.index + m[0].length, rowOf)) continue;
      const ph: RatePhrase = { kind, start: m.index, end: m.index + m[0].length, value: p.value?.(m), text: m[0] };
      if (p.marketing) ph.marketing = true;
      if (kind === 'amount-due-day' || kind === 'amount-due-month') {
        // (an amount due no larger than the loan states no cost; one that does is reported at the amount due, where the
        // price is)
        if (ph.value === undefined) continue;
        const at = [...m[0].matchAll(DUE_LABEL)].pop()?.index ?? 0;
        if (at > 0) { ph.start += at; ph.text = m[0].slice(at); }
      }
      // (a payment tile's label on the line above its figure, 每月还款金额 / 4866.67元: reported at the figure, where the price is;
      // a rate tile, 日利率 / 0.02%, at its label, which names the period the figure leaves out)
      const nl = m[0].lastIndexOf('\n');
      if (p.amount && nl >= 0 && ph.start === m.index && /^[ \t\u3000\u00a0]*[0-9]/.test(m[0].slice(nl + 1))) { ph.start += nl + 1; ph.text = m[0].slice(nl + 1); }
      if (p.amount) ph.amount = p.amount(m);
      out.push(withRange(ph, text));
    }
  }
  if (may(ANNUAL)) for (const m of regexScan(ANNUAL, text)) {
    const ctx = text.slice(Math.max(0, m.index - 6), m.index + m[0]!.length);
    if (NOT_LOAN_ANNUAL.test(ctx)) continue;
    const ph: RatePhrase = { kind: 'annual', start: m.index, end: m.index + m[0]!.length, text: m[0]! };
    if (m[2]) ph.value = Number(m[1]) / 100;
    out.push(withRange(ph, text));
  }
  if (text.includes('百分之')) {
    for (const c of regexScan(CN_PERCENT, text) as unknown as RegExpExecArray[]) {
      const v = chineseNumber(c[2]) / 100;
      const kind: RatePhraseKind = c[1].startsWith('年') ? 'annual' : c[1].startsWith('日') ? 'daily' : 'monthly';
      if (Number.isFinite(v)) out.push({ kind, start: c.index, end: c.index + c[0].length, value: v, text: c[0] });
    }
  }
  // drop phrases inside a longer one of the same kind, or of a kind they are part of
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const len = (x: RatePhrase) => x.end - x.start;
  // (through a span index: a page with thousands of rates is not compared all against all)
  const order = new Map(out.map((p, i) => [p, i]));
  const index = new SpanIndex(out);
  return out.filter((p, i) => !index.some(p.start, p.end, (q) => q !== p && (q.kind === p.kind ? len(q) > len(p) || order.get(q)! < i : !!PART_OF[q.kind]?.includes(p.kind))));
}
