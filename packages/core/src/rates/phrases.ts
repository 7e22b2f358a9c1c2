// Rate phrases: the ways Chinese copy states the price of credit, each a typed phrase with its range.
// (The foundation recognises the forms that need no arithmetic; the rates issue extends this.)

export type RatePhraseKind = 'daily' | 'monthly' | 'period-fee' | 'per-day-cost' | 'per-month-cost' | 'installment-fee' | 'upfront-deduction' | 'annual';

export interface RatePhrase {
  kind: RatePhraseKind;
  start: number;
  end: number;
  /** rate as a fraction per unit period where known (0.0005 for 万分之五 per day) */
  value?: number;
  /** upper end of a range (3.6%—18%) */
  high?: number;
  text: string;
}

const NUM = '([0-9]+(?:\\.[0-9]+)?)';
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const cnNumber = (s: string) => (/^[0-9.]+$/.test(s) ? Number(s) : s.length === 1 ? CN_DIGITS[s] : s === '十' ? 10 : NaN);

const PATTERNS: { kind: RatePhraseKind; re: RegExp; value?: (m: RegExpExecArray) => number | undefined }[] = [
  {
    kind: 'daily',
    re: new RegExp(`(?:日(?:利率|息|费率|综合费率)|每日利率|每天利率|日均利率)[ \\t\\u3000]*(?:低至|最低|仅|为|约|只要)?[ \\t\\u3000]*[:：]?[ \\t\\u3000]*(?:(?:万分之|万)[ \\t\\u3000]*([0-9.]+|[一二三四五六七八九十])|${NUM}[ \\t\\u3000]*[%％]|${NUM}[ \\t\\u3000]*厘)`, 'g'),
    value: (m) => (m[1] ? cnNumber(m[1]) / 10000 : m[2] ? Number(m[2]) / 100 : m[3] ? Number(m[3]) / 10000 : undefined),
  },
  {
    kind: 'daily',
    re: new RegExp(`${NUM}[ \\t\\u3000]*[%％][ \\t\\u3000]*(?:/|每)[ \\t\\u3000]*(?:天|日)`, 'g'),
    value: (m) => Number(m[1]) / 100,
  },
  {
    kind: 'monthly',
    re: new RegExp(`(?:月(?:利率|息)|每月利率)[ \\t\\u3000]*(?:低至|最低|仅|为|约)?[ \\t\\u3000]*[:：]?[ \\t\\u3000]*${NUM}[ \\t\\u3000]*([%％]|分|厘)`, 'g'),
    value: (m) => (m[2] === '分' ? Number(m[1]) / 100 : m[2] === '厘' ? Number(m[1]) / 1000 : Number(m[1]) / 100),
  },
  {
    kind: 'period-fee',
    re: new RegExp(`(?:月费率|月手续费率?|每月手续费率?|每期(?:手续费率?|费率|利率|服务费率?)|分期(?:手续)?费率|手续费率)[ \\t\\u3000]*(?:低至|最低|仅|为|约|只要)?[ \\t\\u3000]*[:：]?[ \\t\\u3000]*(?:每期|每月)?[ \\t\\u3000]*(?:低至|仅|为|约)?[ \\t\\u3000]*${NUM}[ \\t\\u3000]*[%％]`, 'g'),
    value: (m) => Number(m[1]) / 100,
  },
  {
    kind: 'per-day-cost',
    value: (m) => { const p = Number(m[1]) * (m[2] === '万' ? 10000 : m[2] === '千' ? 1000 : 1); const c = /^[0-9.]+$/.test(m[3]) ? Number(m[3]) : cnNumber(m[3]); const unit = /毛|角/.test(m[0].slice(-2)) ? 0.1 : 1; return p > 0 ? (c * unit) / p : undefined; },
    re: /(?:借|每)[ \t\u3000]*([0-9.]+)[ \t\u3000]*(万|千)?元[^。\n！!]{0,12}?(?:每天|一天|每日|1天|日)[^。\n0-9]{0,8}?([0-9.]+|[一二两三四五六七八九十])[ \t\u3000]*(?:元|毛钱?|角)/g,
  },
  { kind: 'per-day-cost', re: /(?:日供|每天只需|每天仅需|每日仅需|一天只要|每天只要)[ \t\u3000]*[0-9.]*[ \t\u3000]*元?|一杯奶茶钱/g },
  { kind: 'installment-fee', re: /分期[^。！？\n]{0,12}?手续费(?:率)?[^。！？\n]{0,8}?(?:[0-9.]+[ \t\u3000]*折|折扣|优惠|减免|低至|仅需?|[0-9.]+[ \t\u3000]*[%％])|手续费[ \t\u3000]*[0-9.]+[ \t\u3000]*折/g },
  { kind: 'upfront-deduction', re: /砍头息|(?:放款|放贷|发放贷款|借款)时(?:一次性)?(?:预先)?(?:扣除|扣收|先扣|扣取)|到账金额[ \t\u3000]*[=＝为][ \t\u3000]*(?:借款|贷款)金额[ \t\u3000]*[-－减]|前置(?:收取)?(?:服务费|手续费|费用)|预先扣除|先行扣除/g },
  { kind: 'per-month-cost', re: /(?:月供(?:低至|仅|只要)?|每月只需|每月仅需|每期仅需)[ \t\u3000]*[0-9.]+[ \t\u3000]*元/g },
];

/** an annualised loan rate statement (not an investment yield) */
const ANNUAL = /(?:年化(?:利率|综合(?:融资)?成本|成本)?|综合年化|折算年化|年利率)[^。！？\n0-9]{0,12}([0-9]+(?:\.[0-9]+)?)([ \t]*[%％])?/g;
const RANGE = /^[ \t]*[-—–~～至到][ \t]*([0-9]+(?:\.[0-9]+)?)[ \t]*[%％]/;
const NOT_LOAN_ANNUAL = /七日年化|年化收益|万份收益|业绩比较基准/;

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
const CN_PERCENT = /(年化利率|年化|日利率|日息|月利率|月息)(?:（(?:单利|复利)）|\((?:单利|复利)\))?[为是约仅低至]{0,3}百分之([零〇一二两三四五六七八九十点0-9.]+)/g;

export function findRatePhrases(text: string): RatePhrase[] {
  const out: RatePhrase[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      // "不预先扣除" states the opposite
      if (p.kind === 'upfront-deduction' && /(?:不|无|未|不得|禁止|严禁|不会)[^，。！？\n]{0,3}$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const ph: RatePhrase = { kind: p.kind, start: m.index, end: m.index + m[0].length, value: p.value?.(m), text: m[0] };
      const r = /[%％]$/.test(m[0]) ? RANGE.exec(text.slice(ph.end, ph.end + 16)) : null;
      if (r && ph.value !== undefined) { ph.high = Number(r[1]) / 100; ph.end += r[0].length; ph.text = text.slice(ph.start, ph.end); }
      out.push(ph);
    }
  }
  ANNUAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANNUAL.exec(text))) {
    const ctx = text.slice(Math.max(0, m.index - 6), m.index + m[0].length);
    if (NOT_LOAN_ANNUAL.test(ctx)) continue;
    const ph: RatePhrase = { kind: 'annual', start: m.index, end: m.index + m[0].length, text: m[0] };
    if (m[2]) {
      ph.value = Number(m[1]) / 100;
      const r = RANGE.exec(text.slice(ph.end, ph.end + 16));
      if (r) { ph.high = Number(r[1]) / 100; ph.end += r[0].length; ph.text = text.slice(ph.start, ph.end); }
    }
    out.push(ph);
  }
  if (text.includes('百分之')) {
    CN_PERCENT.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CN_PERCENT.exec(text))) {
      const v = chineseNumber(c[2]) / 100;
      const kind: RatePhraseKind = c[1].startsWith('年') ? 'annual' : c[1].startsWith('日') ? 'daily' : 'monthly';
      if (Number.isFinite(v)) out.push({ kind, start: c.index, end: c.index + c[0].length, value: v, text: c[0] });
    }
  }
  // drop phrases inside a longer one of the same kind
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((p, i) => !out.some((q, j) => j !== i && q.kind === p.kind && q.start <= p.start && p.end <= q.end && q.end - q.start > p.end - p.start));
}
