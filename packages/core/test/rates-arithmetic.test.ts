// Every worked example of regulations.md §7.3 to 0.01 percentage points, and property tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumber, findRatePhrases, aprFromSchedule, annuityApr, annuityPayment, aprRange, effectiveAnnualRate, installmentApr, irr, oneOffFeeApr, simpleAnnual } from '../src/index.js';

const pp = (x: number) => Math.round(x * 10000) / 100; // → percent, 2 decimals

describe('the IRR solver at the extremes', () => {
  it('finds the rate of a fee of 1,000% a period (its bracket grows past 1,000%), and says NaN only where none exists', () => {
    const r = irr([100, ...Array(12).fill(-(100 / 12 + 1000))]);
    expect(Number.isFinite(r)).toBe(true);
    expect(r).toBeGreaterThan(10);
    expect(Math.abs([100, ...Array(12).fill(-(100 / 12 + 1000))].reduce((s, c, t) => s + c / (1 + r) ** t, 0))).toBeLessThan(1e-6);
    expect(irr([100, 100])).toBeNaN(); // money in, never paid back: no rate
  });
});

describe('§7.3 worked examples', () => {
  it('A: 每期费率0.6%, 12 periods → 13.03 % (monthly IRR 1.0862 %, effective 13.84 %)', () => {
    const r = irr([12000, ...Array(12).fill(-1072)]);
    expect(r * 100).toBeCloseTo(1.0862, 4);
    expect(pp(installmentApr(0.006, 12))).toBe(13.03);
    expect(pp(effectiveAnnualRate(r))).toBe(13.84);
  });
  const B: [number, number[]][] = [
    [0.003, [5.39, 6.15, 6.43, 6.58, 6.71, 6.77, 6.78]],
    [0.005, [8.98, 10.21, 10.67, 10.9, 11.08, 11.13, 11.08]],
    [0.006, [10.77, 12.24, 12.78, 13.03, 13.23, 13.27, 13.17]],
    [0.0075, [13.45, 15.27, 15.92, 16.22, 16.42, 16.43, 16.24]],
    [0.008, [14.34, 16.27, 16.96, 17.27, 17.47, 17.47, 17.25]],
    [0.01, [17.91, 20.29, 21.11, 21.46, 21.64, 21.57, 21.2]],
  ];
  const TERMS = [3, 6, 9, 12, 18, 24, 36];
  for (const [fee, row] of B) for (let i = 0; i < TERMS.length; i++) {
    it(`B: ${(fee * 100).toFixed(2)}% × ${TERMS[i]} periods → ${row[i]}%`, () => expect(pp(installmentApr(fee, TERMS[i]))).toBe(row[i]));
  }
  it('the real bank disclosure: 2,679.00 over 24 periods, 111.63 + 8.04 → 6.77 %', () => {
    expect(pp(aprFromSchedule(2679, Array(24).fill(111.63 + 8.04)))).toBe(6.77);
  });
  it('C: 日利率0.05% → 18.00 % / 18.25 %; 0.02 %/day → 7.20 % / 7.30 %; 0.027 % → 9.72 %', () => {
    expect(pp(simpleAnnual(0.0005, 'day', 360))).toBe(18);
    expect(pp(simpleAnnual(0.0005, 'day', 365))).toBe(18.25);
    expect(pp(simpleAnnual(0.2 / 1000, 'day', 360))).toBe(7.2);
    expect(pp(simpleAnnual(0.2 / 1000, 'day', 365))).toBe(7.3);
    expect(pp(simpleAnnual(2.7 / 10000, 'day', 360))).toBe(9.72);
  });
  it('D: 月息1分 → 12 % simple, 12.68 % effective', () => {
    expect(pp(simpleAnnual(0.01, 'month'))).toBe(12);
    expect(pp(effectiveAnnualRate(0.01))).toBe(12.68);
  });
  it('E: 10 % equal instalments → 879.16; 500 upfront → 19.81 % (21.71 % eff.); 1 % monthly fee → 30.87 % (35.64 % eff.)', () => {
    const pay = annuityPayment(10000, 0.1 / 12, 12);
    expect(Math.round(pay * 100) / 100).toBe(879.16);
    expect(pp(aprFromSchedule(10000, Array(12).fill(pay)))).toBe(10);
    const up = irr([9500, ...Array(12).fill(-pay)]);
    expect(pp(up * 12)).toBe(19.81);
    expect(pp(effectiveAnnualRate(up))).toBe(21.71);
    const fee = irr([10000, ...Array(12).fill(-(pay + 100))]);
    expect(pp(fee * 12)).toBe(30.87);
    expect(pp(effectiveAnnualRate(fee))).toBe(35.64);
  });
  it('F: interest-only 0.8 %/month with a 2 % fee deducted → 11.73 %', () => {
    const flows = [9800, ...Array(11).fill(-80), -10080];
    expect(pp(irr(flows) * 12)).toBe(11.73);
  });
  it('G: one-off 7.2 % fee: upfront → 14.02 %, with the first instalment → 13.86 %', () => {
    expect(pp(oneOffFeeApr(0.072, 12, true))).toBe(14.02);
    expect(pp(oneOffFeeApr(0.072, 12, false))).toBe(13.86);
  });
  it('H: interest on the outstanding balance, no fees: IRR = simple = 14.40 %', () => {
    const pay = annuityPayment(12000, 0.012, 12);
    expect(pp(aprFromSchedule(12000, Array(12).fill(pay)))).toBe(14.4);
    expect(pp(simpleAnnual(0.0004, 'day', 360))).toBe(14.4);
  });
});

describe('issue 13 shapes', () => {
  it('a 6 % fee once over 12 equal instalments: 11.47 % with the first instalment, 11.58 % deducted at payout', () => {
    expect(pp(oneOffFeeApr(0.06, 12, false))).toBe(11.47);
    expect(pp(oneOffFeeApr(0.06, 12, true))).toBe(11.58);
  });
  it('月供 879.16 on 10,000 over 12 months → 10.00 %', () => expect(pp(annuityApr(10000, 879.16, 12))).toBe(10));
  it('the phrase reader reads ranges, per-amount costs, one-off fees, discounts, 月供 and interest-only APRs', () => {
    const read = (t: string) => findRatePhrases(t).map((p) => [p.kind, p.value === undefined ? undefined : +p.value.toFixed(8), p.high === undefined ? undefined : +p.high.toFixed(8), p.amount]);
    expect(read('月费率0.4-0.8%')).toEqual([['period-fee', 0.004, 0.008, undefined]]);
    expect(read('月费率0.4%至0.8%')).toEqual([['period-fee', 0.004, 0.008, undefined]]);
    expect(read('日利率万分之二至万分之四')).toEqual([['daily', 0.0002, 0.0004, undefined]]);
    // a template's label whose figure the server fills in (the script blanked out of the text): a daily rate, value unknown
    expect(read('快速到账，日利率：                        %')).toEqual([['daily', undefined, undefined, undefined]]);
    expect(read('年化利率：                %')).not.toContainEqual(['daily', undefined, undefined, undefined]);
    expect(read('年化利率7.2%至14.4%')).toEqual([['annual', 0.072, 0.144, undefined]]);
    // a contract template's rate left blank (【】, full-width spaces before ‰, ____, ${…}): the kind of rate, value unknown
    expect(read('借款利率按月利率【】计付利息')).toEqual([['monthly', undefined, undefined, undefined]]);
    expect(read('贷款利率为月息\u3000\u3000\u3000‰。')).toEqual([['monthly', undefined, undefined, undefined]]);
    expect(read('日利率为____%')).toEqual([['daily', undefined, undefined, undefined]]);
    expect(read('月利率${loan.rate}%')).toEqual([['monthly', undefined, undefined, undefined]]);
    // …and an app's or a server page's own interpolation: a Swift string's \\(item.rate), a JSP's <%=rate%>
    expect(read('let s = "日利率: \\(loanItem.rateMax)%, 额度: \\(loanItem.loanMax)元"')).toEqual([['daily', undefined, undefined, undefined]]);
    expect(read('月利率：<%=rate(detail.product.monthRate,2)%>%')).toEqual([['monthly', undefined, undefined, undefined]]);
    // (…the expression that formats the figure itself: no % written after it)
    expect(read('期限范围：<%=p.expireBegin%>-<%=p.expireEnd%>期/月利率：<%=rate(p.monthRate,2)%>/通过率')).toEqual([['monthly', undefined, undefined, undefined]]);
    expect(read('每期按借款金额的\\(item.fee)%支付')).toEqual([['period-fee', undefined, undefined, undefined]]);
    // (an interpolation that is no rate stays none: \\(count)人已借)
    expect(read('let s = "\\(count)人已借款, 额度\\(max)元"')).toEqual([]);
    expect(read('贷款年利率为【】%').map((x) => x[0])).not.toContain('monthly');
    // 月利息 and 日利息 name the rate as 月息 and 日息 do (月利息低至0.3%, 日利息百分之零点零五); a sum of interest is a cost, not a rate
    expect(read('月利息低至0.3%')).toEqual([['monthly', 0.003, undefined, undefined]]);
    // (two words of a low price together: 月息最低仅1.21分; a 分 of monthly interest is 1%)
    expect(read('抵押贷月息最低仅1.21分')).toEqual([['monthly', 0.0121, undefined, undefined]]);
    expect(read('月息最低仅1.21分钟到账').map((x) => x[0])).not.toContain('monthly');
    // (…and the rate's verdict before its figure: 月息低，最低仅1.2分; a verdict that ends the sentence states no figure)
    expect(read('月息低，最低仅1.2分，当天放款')).toEqual([['monthly', 0.012, undefined, undefined]]);
    expect(read('月息低 最低仅1.2分')).toEqual([['monthly', 0.012, undefined, undefined]]);
    expect(read('月息低。最低仅1.2分钟到账').map((x) => x[0])).not.toContain('monthly');
    // 分 and 厘 are a monthly rate's units where no period is named (利息低至0.6分, 利率仅8厘); not minutes, instalments or a
    // daily or annual rate
    expect(read('超低费用：利息低至0.6分，券商佣金万分之二')).toEqual([['monthly', 0.006, undefined, undefined]]);
    expect(read('利率仅8厘')).toEqual([['monthly', 0.008, undefined, undefined]]);
    expect(read('利息最低0.6分钟到账').map((x) => x[0])).not.toContain('monthly');
    expect(read('年利率1分').map((x) => x[0])).not.toContain('monthly');
    expect(read('日利息百分之零点零五')).toEqual([['daily', 0.0005, undefined, undefined]]);
    expect(read('每月利息约30元').map((x) => x[0])).not.toContain('monthly');
    // a fee sold as a hook (手续费最低0.7%) is a price of credit as a bare 利率 hook is; one quoted per month is a period fee
    expect(read('10倍杠杆，手续费最低 0.7%').map((x) => x[0])).toEqual(['fee-rate']);
    expect(read('服务费低至1%，立即申请').map((x) => x[0])).toEqual(['fee-rate']);
    expect(read('管理费低至0.33%/月').map((x) => x[0])).not.toContain('fee-rate');
    expect(read('手续费0.7%').map((x) => x[0])).not.toContain('fee-rate');
    // a calculator's basis (本计算公式以费率4%为例) is a bare fee rate; a fee rate named by what it is a rate of (赎回费率) is not
    expect(read('本计算公式以费率4%为例').map((x) => x[0])).toEqual(['fee-rate']);
    expect(read('所以费率4%并不算高').map((x) => x[0])).not.toContain('fee-rate');
    expect(read('赎回费率0.5%').map((x) => x[0])).not.toContain('fee-rate');
    expect(read('执行月利率 5‰')).toEqual([['monthly', 0.005, undefined, undefined]]);
    expect(read('日利率0.5‰')).toEqual([['daily', 0.0005, undefined, undefined]]);
    // a few words between the name and its figure, ending in one that introduces it; not a figure of something else
    expect(read('日息因客户资质差异分为0.3‰、0.5‰五档')[0]).toEqual(['daily', 0.0003, undefined, undefined]);
    expect(read('月利率根据信用状况为0.8%')).toEqual([['monthly', 0.008, undefined, undefined]]);
    expect(read('月利率在基准利率基础上上浮30%')).toEqual([]);
    // a rate per period whose length is set elsewhere (0.6%/期，7天为一期): a price that cannot be annualised as shown
    expect(read('借款利息为0.6%/期，7天为一期').map((x) => x[0])).toEqual(['fee-rate']);
    expect(read('共6期，每期还款1000元').map((x) => x[0])).not.toContain('fee-rate');
    // a figure quoted per month or per day with no label before it is a monthly or a daily rate (一押：1.25%- 1.67%/月);
    // a fee's label before it keeps the fee's reading, and a figure per year is no such rate
    expect(read('一押：1.25%- 1.67%/月').map((x) => x.slice(0, 3))).toEqual([['monthly', 0.0125, 0.0167]]);
    expect(read('逾期按0.05%/天计收').map((x) => x.slice(0, 2))).toEqual([['daily', 0.0005]]);
    expect(read('管理费：0.330%/月').map((x) => x[0])).toEqual(['period-fee']);
    expect(read('活期存款0.35%/年')).toEqual([]);
    // a fee as a share of the loan (contracts): once, or per period; the figure may be a template's blank
    expect(read('服务费依照借款合同金额的20%收取')).toEqual([['one-off-fee', 0.2, undefined, undefined]]);
    expect(read('按借款金额的1%收取服务费')).toEqual([['one-off-fee', 0.01, undefined, undefined]]);
    expect(read('业务手续费：（按借款金额${serviceFee}%计）')).toEqual([['one-off-fee', undefined, undefined, undefined]]);
    expect(read('每期按借款金额的${servFeeRate}%支付')).toEqual([['period-fee', undefined, undefined, undefined]]);
    expect(read('每月按借款本金的0.5%支付服务费')).toEqual([['period-fee', 0.005, undefined, undefined]]);
    expect(read('每月向借款人收取其借款本金的0.3%作为借款管理费')).toEqual([['period-fee', 0.003, undefined, undefined]]);
    // (…or of the balance still owed, charged each month: 按月向客户收取贷款余额的0.1667%作为服务费用; an account's balance is no loan)
    expect(read('按月向客户收取贷款余额的0.1667%作为服务费用')).toEqual([['period-fee', 0.001667, undefined, undefined]]);
    expect(read('每月按账户余额的0.5%计付利息')).toEqual([]);
    expect(read('保证金按贷款余额的10%缴存')).toEqual([]);
    // a deposit, a loan-to-value limit: not the price of credit
    expect(read('乙方支付甲方租赁费（按融资本金的1%计算）')).toEqual([['one-off-fee', 0.01, undefined, undefined]]);
    expect(read('保证金按借款金额的10%缴存')).toEqual([]);
    expect(read('贷款金额最高为车价的80%')).toEqual([]);
    expect(read('每万元每天最低两元')).toEqual([['per-day-cost', 0.0002, undefined, undefined]]);
    expect(read('借1000元每月只需9元利息')).toEqual([['per-month-cost', 0.009, undefined, undefined]]);
    // a poster's shorthand: 1万1天2元 (the amount in 万, one day, the cost); 满1万1天内到账 is a payout, not a price
    expect(read('1万1天2元')).toEqual([['per-day-cost', 0.0002, undefined, undefined]]);
    expect(read('借款5千元一个月只要30元')).toEqual([['per-month-cost', 0.006, undefined, undefined]]);
    expect(read('满1万1天内到账')).toEqual([]);
    expect(read('总手续费率7.2%')).toEqual([['one-off-fee', 0.072, undefined, undefined]]);
    expect(read('首期一次性收取手续费6%')).toEqual([['one-off-fee', 0.06, undefined, undefined]]);
    expect(read('服务费8折').map((x) => x[0])).toEqual(['discount']);
    expect(read('6折透支 6折分期').map((x) => x[0])).toEqual(['discount', 'discount']);
    expect(read('商城分期商品8折起').map((x) => x[0])).toEqual([]);
    expect(read('账单分期手续费5折').map((x) => x[0])).toEqual(['installment-fee']);
    expect(read('月供879.16元')).toEqual([['per-month-cost', undefined, undefined, 879.16]]);
    expect(read('借1万每月只需还300元')).toEqual([['per-month-cost', undefined, undefined, 300]]);
    expect(read('年化利率（仅含利息）').map((x) => x[0])).toEqual(['interest-only']);
    // amounts and terms are not rates
    expect(read('最高5万，7-30天，极速放款')).toEqual([]);
  });
});

describe('properties', () => {
  it('annuity: payment → IRR → payment round trip', () => {
    fc.assert(fc.property(fc.double({ min: 0.0005, max: 0.05, noNaN: true }), fc.integer({ min: 2, max: 60 }), fc.double({ min: 100, max: 1e6, noNaN: true }), (r, n, p) => {
      const pay = annuityPayment(p, r, n);
      const apr = annuityApr(p, pay, n);
      expect(apr / 12).toBeCloseTo(r, 8);
      expect(annuityPayment(p, apr / 12, n) / pay).toBeCloseTo(1, 8);
    }));
  });
  it("a range's APR range contains each end's APR and every rate between", () => {
    const annualisations = [(x: number) => simpleAnnual(x, 'day', 360), (x: number) => simpleAnnual(x, 'month'), (x: number) => installmentApr(x, 12), (x: number) => oneOffFeeApr(x, 12, false)];
    fc.assert(fc.property(fc.double({ min: 0.0001, max: 0.02, noNaN: true }), fc.double({ min: 0.0001, max: 0.02, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3 }), (a, b, t, k) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const f = annualisations[k];
      const [low, high] = aprRange(lo, hi, f);
      for (const x of [lo, hi, lo + t * (hi - lo)]) { expect(f(x)).toBeGreaterThanOrEqual(low - 1e-12); expect(f(x)).toBeLessThanOrEqual(high + 1e-12); }
    }));
  });
  it('a range read from text keeps its ends: 月费率a-b% and 日利率万分之a至万分之b', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
      fc.pre(a < b);
      const [fee] = findRatePhrases(`月费率0.${String(a).padStart(2, '0')}-0.${String(b).padStart(2, '0')}%`);
      expect(fee.value).toBeCloseTo(a / 10000, 12);
      expect(fee.high).toBeCloseTo(b / 10000, 12);
      const [daily] = findRatePhrases(`日利率万分之${a}至万分之${b}`);
      expect(daily.value).toBeCloseTo(a / 10000, 12);
      expect(daily.high).toBeCloseTo(b / 10000, 12);
    }));
  });
  it('a one-off fee deducted at payout costs more than the same fee taken with the first instalment', () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.2, noNaN: true }), fc.integer({ min: 2, max: 36 }), (f, n) => {
      expect(oneOffFeeApr(f, n, true)).toBeGreaterThan(oneOffFeeApr(f, n, false));
    }));
  });
  it('build an equal-instalment schedule from a rate, recover the rate', () => {
    fc.assert(fc.property(fc.double({ min: 0.0005, max: 0.05, noNaN: true }), fc.integer({ min: 1, max: 60 }), fc.double({ min: 100, max: 1e6, noNaN: true }), (r, n, p) => {
      const pay = annuityPayment(p, r, n);
      expect(irr([p, ...Array(n).fill(-pay)])).toBeCloseTo(r, 8);
    }));
  });
  it('a fee on the original principal always costs more than fee × periods per year (n ≥ 2)', () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.02, noNaN: true }), fc.integer({ min: 2, max: 36 }), (f, n) => {
      expect(installmentApr(f, n)).toBeGreaterThan(f * 12);
    }));
  });
  it('an upfront deduction raises the APR', () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.03, noNaN: true }), fc.double({ min: 0.001, max: 0.1, noNaN: true }), (r, d) => {
      const pay = annuityPayment(1, r, 12);
      expect(irr([1 - d, ...Array(12).fill(-pay)])).toBeGreaterThan(r);
    }));
  });
});

describe('Chinese numerals', () => {
  it('百分之十八 and 百分之三点六 are rates', () => {
    expect(chineseNumber('十八')).toBe(18);
    expect(chineseNumber('二十四')).toBe(24);
    expect(chineseNumber('三点六')).toBeCloseTo(3.6, 10);
    const p = findRatePhrases('年化利率百分之十八，日利率万分之五');
    expect(p.map((x) => [x.kind, x.value])).toEqual([['annual', 0.18], ['daily', 0.0005]]);
  });
  it('a 繁體 page states its price in the same words (Hong Kong and Taiwan lenders and cards), at the same offsets', () => {
    const read = (t: string) => findRatePhrases(t).map((x) => [x.kind, x.value === undefined ? undefined : +x.value.toFixed(8), x.start, x.end]);
    expect(read('日息萬三，最高可借20萬')).toEqual([['daily', 0.0003, 0, 4]]);
    expect(read('日息低至萬分之二')).toEqual([['daily', 0.0002, 0, 8]]);
    expect(read('借1萬元每天利息低至2.7元')).toEqual([['per-day-cost', 0.00027, 0, 14]]);
    expect(read('每期手續費率0.6%')).toEqual([['period-fee', 0.006, 0, 10]]);
    expect(read('分期費率低至0.5%')).toEqual([['period-fee', 0.005, 0, 10]]);
    expect(read('月平息0.25%，實際年利率5.8%').map((x) => x[0])).toEqual(['period-fee', 'annual']);
    // (a monthly or daily rate's name qualified or named with its fees is still that rate; the same name in a clause with no
    // figure is none)
    expect(read('月平均利率低至0.3%')).toEqual([['monthly', 0.003, 0, 11]]);
    expect(read('月综合息费1.2%').map((x) => [x[0], x[1]])).toEqual([['monthly', 0.012]]);
    expect(read('月利息率0.9%').map((x) => [x[0], x[1]])).toEqual([['monthly', 0.009]]);
    expect(read('日综合息费率0.05%').map((x) => [x[0], x[1]])).toEqual([['daily', 0.0005]]);
    expect(read('借款人应按月平均利率计算的利息按时还款')).toEqual([]);
    expect(read('月平均还款额1200元')).toEqual([]);
    // (a card's foreign-exchange fee in 繁體 is still no price of credit; a deposit's 萬 is an amount)
    expect(read('國際交易手續費1.5%')).toEqual([]);
    expect(read('存款100萬，年息1.5%').map((x) => x[0])).not.toContain('daily');
  });
  it('a flat fee by the year, as car finance prices its loans, is a fee rate; a guarantee\'s or a fund\'s yearly fee is none', () => {
    const kinds = (t: string) => findRatePhrases(t).map((x) => x.kind);
    expect(kinds('费率5.50%/年')).toEqual(['fee-rate']);
    expect(kinds('车贷年费率低至2.99%，首付低至1成')).toEqual(['fee-rate']);
    expect(kinds('年平息3%，最长5年')).toEqual(['fee-rate']);
    expect(kinds('担保费年费率为1%')).toEqual([]);
    // (a loan's own 费率, 借款费率3% on its confirmation page, is its price; a fund's 托管费率 or 申购费率 is none)
    expect(kinds('借款费率3%')).toEqual(['fee-rate']);
    expect(kinds('贷款费率：3%')).toEqual(['fee-rate']);
    expect(kinds('申购费率1.5%，托管费率0.25%')).toEqual([]);
    expect(kinds('基金管理费率1.50%/年，托管费率0.25%/年')).toEqual([]);
  });
  it('a fee per instalment told by its figure (0.6%/期, 每期仅0.6%), in 千分之, as a total over the term or as an amount', () => {
    const read = (t: string) => findRatePhrases(t).map((x) => [x.kind, x.value === undefined ? undefined : +x.value.toFixed(8)]);
    expect(read('12期费率低至0.6%/期')).toEqual([['period-fee', 0.006]]);
    expect(read('分期每期仅0.6%')).toEqual([['period-fee', 0.006]]);
    expect(read('每期手续费率千分之六')).toEqual([['period-fee', 0.006]]);
    expect(read('分期手续费一次性收取，12期总费率7.2%')).toEqual([['one-off-fee', 0.072]]);
    expect(read('1万元分12期每期手续费仅60元').map((x) => x[0])).toEqual(['installment-fee']);
    // (a rate of interest per period stays one; a monthly payment is no fee)
    expect(read('借款利息为0.6%/期，7天为一期')).toEqual([['fee-rate', undefined]]);
    expect(read('每期0.6%/年').map((x) => x[0])).not.toContain('period-fee');
  });
  it('a price in Chinese numerals: folk units (月息八厘, 月息一分二, 日息五厘) and a day\'s cost of an amount (借一万元一天利息仅需两元七角)', () => {
    const read = (t: string) => findRatePhrases(t).map((x) => [x.kind, x.value === undefined ? undefined : +x.value.toFixed(8)]);
    expect(read('月息八厘')).toEqual([['monthly', 0.008]]);
    expect(read('月息低至一分二，最高借50万')).toEqual([['monthly', 0.012]]);
    expect(read('日息五厘')).toEqual([['daily', 0.0005]]);
    expect(read('借一万元一天利息仅需两元七角')).toEqual([['per-day-cost', 0.00027]]);
    expect(read('借一千元每天两毛钱')).toEqual([['per-day-cost', 0.0002]]);
    expect(read('借一万每天两块七')).toEqual([['per-day-cost', 0.00027]]);
    // (a minute is no rate: 月息低 一分钟到账; an amount of 万 in a term is no cost)
    expect(read('月息低 一分钟到账')).toEqual([]);
    expect(read('借一万元分十二期')).toEqual([]);
  });
  it('a loan\'s fee by the month with the month before its figure is a per-period fee', () => {
    const read = (t: string) => findRatePhrases(t).map((x) => [x.kind, x.value === undefined ? undefined : +x.value.toFixed(8)]);
    expect(read('账户管理费每月3%')).toEqual([['period-fee', 0.03]]);
    expect(read('服务费按月0.5%')).toEqual([['period-fee', 0.005]]);
    expect(read('月服务费0.5%')).toEqual([['period-fee', 0.005]]);
    expect(read('每月服务费率0.5%')).toEqual([['period-fee', 0.005]]);
    expect(read('月管理费≤3%')).toEqual([['period-fee', 0.03]]);
    // (a fee by the year or an amount by the month is not one)
    expect(read('年管理费1.5%')).toEqual([]);
    expect(read('每月服务费10元')).toEqual([]);
  });
  it('what is repaid for what is lent (借1000元7天还1020元), and a day\'s cost with the amount after it (每天0.3元/千元) or before the day (万元每天1.8元)', () => {
    const read = (t: string) => findRatePhrases(t).map((x) => [x.kind, x.value === undefined ? undefined : +x.value.toFixed(8)]);
    expect(read('借1000元7天还1020元')).toEqual([['amount-due-day', 0.00285714]]);
    expect(read('借1万用3个月还10300元')).toEqual([['amount-due-month', 0.01]]);
    expect(read('借1000还1020')).toEqual([['fee-rate', undefined]]);
    expect(read('利息低至每天0.3元/千元')).toEqual([['per-day-cost', 0.0003]]);
    expect(read('万元每天1.8元')).toEqual([['per-day-cost', 0.00018]]);
    // (repaying what was lent is no cost; a limit per day is no price)
    expect(read('借1000还1000')).toEqual([]);
    expect(read('单笔限额5000元每天3次')).toEqual([]);
  });
  it('a daily or monthly rate in 千分之 (月利率低至千分之八, 日息千分之零点五)', () => {
    const read = (t: string) => findRatePhrases(t).map((x) => [x.kind, x.value === undefined ? undefined : +x.value.toFixed(8)]);
    expect(read('月利率低至千分之八')).toEqual([['monthly', 0.008]]);
    expect(read('月息千分之1.5')).toEqual([['monthly', 0.0015]]);
    expect(read('日息千分之零点五')).toEqual([['daily', 0.0005]]);
    expect(read('月息低，千分之八的客户占比三成').map((x) => x[0])).not.toContain('monthly');
  });
  it('Taiwan\'s words: 總費用年百分率 is the APR, 月付 and 月繳 a monthly payment', () => {
    const kinds = (t: string) => findRatePhrases(t).map((x) => x.kind);
    expect(kinds('信貸月付低至3000元，總費用年百分率3.5%')).toEqual(['per-month-cost', 'annual']);
    expect(kinds('月繳低至3000元')).toEqual(['per-month-cost']);
    expect(kinds('保費可月繳或年繳')).toEqual([]);
  });
  it('a payment per period as the price, however small it is said to be: 日繳 a daily one, 每月才还 / 每期只还 a monthly one', () => {
    const kinds = (t: string) => findRatePhrases(t).map((x) => x.kind);
    expect(kinds('小額週轉，日繳300分90天還清')).toEqual(['per-day-cost']);
    expect(kinds('借了两万，每月才还680元')).toEqual(['per-month-cost']);
    expect(kinds('分12期，每期只还450元')).toEqual(['per-month-cost']);
    // (a date's day is no daily payment, nor a figure with no sum in it)
    expect(kinds('请于当日缴清，次日缴款将计收滞纳金')).toEqual([]);
    expect(kinds('每月15日缴1000元保费')).toEqual([]);
    expect(kinds('每月才还一次，还款日为每月5号')).toEqual([]);
  });
});

describe('the phrase reader reads a price however the page lays it out', () => {
  const read = (t: string) => findRatePhrases(t).map((x) => [x.kind, x.value === undefined ? undefined : +x.value.toFixed(8), x.high === undefined ? undefined : +x.high.toFixed(8)]);
  it('an APR range written with one unit, at its end (借款年利率：10-36%, 年化利率 12-48%)', () => {
    expect(read('借款年利率：10-36%')).toEqual([['annual', 0.1, 0.36]]);
    expect(read('年化利率 12-48%')).toEqual([['annual', 0.12, 0.48]]);
    expect(read('年化利率7.2%-18%')).toEqual([['annual', 0.072, 0.18]]);
    // (a span of years after the words is no range of rates)
    expect(read('年化利率2019-2020年度报告')).toEqual([['annual', undefined, undefined]]);
  });
  it('a charge per day in a contract\'s words is a daily rate, unless its words name a yearly or monthly rate (每日按年化利率24%)', () => {
    expect(read('每日按应还本息的0.05%收取罚息')).toEqual([['daily', 0.0005, undefined]]);
    expect(read('每日按当月应还金额的0.05%收取滞纳金')).toEqual([['daily', 0.0005, undefined]]);
    expect(read('每日按本金的千分之八')).toEqual([['daily', 0.008, undefined]]);
    // a yearly rate accrued day by day, or raised: no daily rate of 24% or 50% (the yearly one is read as itself)
    expect(read('借款利息每日按年化利率24%计算')).toEqual([['annual', 0.24, undefined]]);
    expect(read('逾期的，按日按借款年利率上浮50%计收罚息').map((x) => x[0])).not.toContain('daily');
    expect(read('每天按月利率1.5%计息').map((x) => x[0])).not.toContain('daily');
  });
  it('年息 is the yearly interest rate (年息18%, 年息百分之十八); a deposit\'s or a bond\'s 年息 is no price of credit', () => {
    expect(read('年息18%')).toEqual([['annual', 0.18, undefined]]);
    expect(read('年息百分之十八')).toEqual([['annual', 0.18, undefined]]);
    expect(read('定期存款年息1.5%')).toEqual([]);
    expect(read('国债年息3%')).toEqual([]);
  });
  it('综合年化融资成本 alone in its element is the all-in APR\'s caption, as 综合年化成本 is', () => {
    expect(read('综合年化融资成本\n日利率0.05%').map((x) => x[0])).toEqual(['annual', 'daily']);
    expect(read('综合年化融资成本18%')).toEqual([['annual', 0.18, undefined]]);
  });
  it('a price in the words a page may use after a loan offer: 月费0.6%, 利息：日0.05%, 借款利率：月0.5%, 千元日费0.5元, 每天1元起, 千分之一日息, APR 18%', () => {
    expect(read('月费0.6%')).toEqual([['period-fee', 0.006, undefined]]);
    expect(read('利息：日0.05%')).toEqual([['daily', 0.0005, undefined]]);
    expect(read('借款利率：月0.5%')).toEqual([['monthly', 0.005, undefined]]);
    expect(read('千元日费0.5元')).toEqual([['per-day-cost', 0.0005, undefined]]);
    expect(read('每天1元起')).toEqual([['per-day-cost', undefined, undefined]]);
    expect(read('千分之一日息')).toEqual([['daily', 0.001, undefined]]);
    expect(read('万分之五的日利率')).toEqual([['daily', 0.0005, undefined]]);
    expect(read('千分之八月息')).toEqual([['monthly', 0.008, undefined]]);
    expect(read('APR 18%')).toEqual([['annual', 0.18, undefined]]);
    // (a month's fee as an amount, a sum invested from, a share that is no rate, a date, a month's name: none)
    expect(read('月费10元')).toEqual([]);
    expect(read('每天10元起投')).toEqual([]);
    expect(read('千分之一的概率')).toEqual([]);
    expect(read('利率日前下调')).toEqual([]);
    expect(read('APRIL 18%')).toEqual([]);
  });
  it('a rate tile split across elements: label / qualifier / figure (日利率 / 最低 / 0.05%), a fee\'s caption under its figure (0.6% / 每期手续费), a monthly fee over its figure (月管理费 / 0.6%)', () => {
    expect(read('日利率\n最低\n0.05%')).toEqual([['daily', 0.0005, undefined]]);
    expect(read('月利率\n低至\n0.8%')).toEqual([['monthly', 0.008, undefined]]);
    expect(read('月费率\n低至\n0.6%')).toEqual([['period-fee', 0.006, undefined]]);
    expect(read('0.6%\n每期手续费')).toEqual([['period-fee', 0.006, undefined]]);
    expect(read('月管理费\n0.6%')).toEqual([['period-fee', 0.006, undefined]]);
    // (the APR's figure above the tile's label is not the label's: 年化利率18% / 日利率 / 最低 / 0.05% is one APR and one daily rate)
    expect(read('年化利率18%\n日利率\n最低\n0.05%')).toEqual([['annual', 0.18, undefined], ['daily', 0.0005, undefined]]);
    // (a caption with a figure of its own is not the caption of the figure above it; a qualifier that is not alone on its line
    // joins no figure below)
    expect(read('0.6%\n每期手续费0.5%').map((x) => x[1])).not.toContain(0.006);
    expect(read('日利率\n最低可借1000元\n0.05%').map((x) => x[1])).not.toContain(0.0005);
  });
  it('a header row over a row of figures in another order (日利率 / 贷款额度 / 贷款周期 over 最高500万 / 0.062% / 最长4个月): the one rate label takes the one percentage', () => {
    expect(read('房屋贷\n日利率\n贷款额度\n贷款周期\n最高500万\n0.062%\n最长4个月')).toEqual([['daily', 0.00062, undefined]]);
    expect(read('月利率\n贷款额度\n最高20万\n0.8%')).toEqual([['monthly', 0.008, undefined]]);
    // (no percentage in the row, or two of them, or two rate labels over it: no figure is the rate's)
    expect(read('日利率\n贷款额度\n贷款周期\n最高500万\n最长4个月\n随借随还').map((x) => x[1]).filter((v) => v !== undefined)).toEqual([]);
    expect(read('日利率\n首付比例\n最高500万\n30%\n0.05%').map((x) => x[1])).not.toContain(0.003);
    expect(read('日利率\n首付比例\n最高500万\n30%\n0.05%').map((x) => x[1])).not.toContain(0.0005);
  });
  it('the monthly and daily rate names (MONTHLY_RATE, DAILY_RATE) read 利率, 利息 and 息 alike, and 年息 as none of them', () => {
    const kinds = (t: string) => findRatePhrases(t).map((p) => p.kind);
    for (const name of ['月利率', '月利息', '月息']) expect(kinds(`${name}千分之八`)).toEqual(['monthly']);
    for (const name of ['日利率', '日利息', '日息']) expect(kinds(`${name}千分之零点五`)).toEqual(['daily']);
    expect(kinds('年息千分之八')).not.toContain('monthly');
  });
});

describe('a monthly rate\'s field left blank, its label qualified (a list number, the loan\'s or the funds\' name)', () => {
  const kinds = (t: string, rowOf?: (at: number) => number | undefined) => findRatePhrases(t, undefined, rowOf).map((p) => p.kind);
  it('a numbered field of an application form (12.月借款利率（%）：) and a field named for the funds (资金月利率) are monthly rates whose figure is filled in', () => {
    expect(kinds('借款申请表\n12.月借款利率（%）：\n13.首次还款日：')).toContain('monthly');
    expect(kinds('借款申请表\n资金月利率\n')).toContain('monthly');
    // (a monthly amount, not a rate, and a label with a figure of its own are no blank field)
    expect(kinds('12.月还款金额（元）：\n')).not.toContain('monthly');
    expect(kinds('12.月借款利率（%）：0.8\n')).not.toContain('monthly');
  });
  it('a column of field labels, each in its own table row beside an empty cell, is no header row; three labels in one row are', () => {
    const t = '合作协议\n出资金额\n资金月利率\n保证金金额\n';
    const s1 = t.indexOf('出资'), s2 = t.indexOf('资金月'), s3 = t.indexOf('保证金'), end = t.length;
    const cells = [[s1, s2 - 1], [s2, s3 - 1], [s3, end - 1]];
    const rows = (rs: number[]) => (at: number) => { const k = cells.findIndex(([s, e]) => at >= s && at < e); return k < 0 ? undefined : rs[k]; };
    expect(kinds(t, rows([1, 2, 3]))).toContain('monthly');
    expect(kinds(t, rows([1, 1, 1]))).not.toContain('monthly');
    expect(kinds(t)).not.toContain('monthly');
  });
});
