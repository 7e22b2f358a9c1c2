// Rate arithmetic: simple annualisation, IRR (bisection, guaranteed to converge for a loan's cash flows),
// installment schedules with fees on the original principal, and the effective annual rate.
// regulations.md §7.2: PBOC 2021 No. 3 — the compound APR is the IRR per period × periods per year.

export type DayBasis = 360 | 365;

/** simple (单利) annual rate from a daily or monthly rate, as fractions */
export function simpleAnnual(rate: number, per: 'day' | 'month', basis: DayBasis = 360): number {
  return per === 'day' ? rate * basis : rate * 12;
}

/**
 * Internal rate of return per period of cash flows cf[0..n] (cf[0] > 0 received by the borrower, later
 * flows negative). Bisection on r ∈ (−0.99, 10): NPV is monotone in r for a single loan, so it converges.
 */
// the same schedule (12 equal instalments of the same fee, an ad repeated on every page) is solved once
const irrMemo = new Map<string, number>();
export function irr(cashflows: number[], tolerance = 1e-12): number {
  const key = `${tolerance}|${cashflows.join(',')}`;
  const hit = irrMemo.get(key);
  if (hit !== undefined) return hit;
  const value = solveIrr(cashflows, tolerance);
  if (irrMemo.size > 10000) irrMemo.clear();
  irrMemo.set(key, value);
  return value;
}

function solveIrr(cashflows: number[], tolerance: number): number {
  const npv = (r: number) => cashflows.reduce((s, c, t) => s + c / (1 + r) ** t, 0);
  // (the bracket grows for a price beyond 1,000% a period — 每期手续费率1000% — which a fuzzed page quoted)
  let lo = -0.99, hi = 10;
  let flo = npv(lo), fhi = npv(hi);
  while (Math.sign(flo) === Math.sign(fhi) && hi < 1e6) { hi *= 10; fhi = npv(hi); }
  if (Math.sign(flo) === Math.sign(fhi)) return NaN;
  for (let i = 0; i < 200 && hi - lo > tolerance; i++) {
    const mid = (lo + hi) / 2;
    const f = npv(mid);
    if (Math.sign(f) === Math.sign(flo)) { lo = mid; flo = f; } else hi = mid;
  }
  return (lo + hi) / 2;
}

/** APR (nominal, IRR per period × periods per year) of a schedule */
export function aprFromSchedule(received: number, payments: number[], periodsPerYear = 12): number {
  return irr([received, ...payments.map((p) => -p)]) * periodsPerYear;
}

/** effective annual rate from a per-period rate */
export function effectiveAnnualRate(ratePerPeriod: number, periodsPerYear = 12): number {
  return (1 + ratePerPeriod) ** periodsPerYear - 1;
}

/** equal principal repayments plus a fee on the ORIGINAL principal every period (credit-card installments) */
export function installmentSchedule(principal: number, periods: number, feePerPeriod: number): number[] {
  return Array.from({ length: periods }, () => principal / periods + principal * feePerPeriod);
}

/** APR of an installment plan with a per-period fee on the original principal (0.6 % × 12 → 13.03 %) */
export function installmentApr(feePerPeriod: number, periods: number, periodsPerYear = 12): number {
  // (asked again for the same three numbers on nearly every instalment page: kept by them, without building the schedule
  // and its key in irr's memo each time)
  const key = `${feePerPeriod}|${periods}|${periodsPerYear}`;
  let v = instalmentMemo.get(key);
  if (v === undefined) {
    v = aprFromSchedule(1, installmentSchedule(1, periods, feePerPeriod), periodsPerYear);
    if (instalmentMemo.size > 10000) instalmentMemo.clear();
    instalmentMemo.set(key, v);
  }
  return v;
}
const instalmentMemo = new Map<string, number>();

/** APR of a one-off fee (on the original principal, paid up front or with the first instalment) spread over equal principal repayments */
export function oneOffFeeApr(totalFee: number, periods: number, upfront = true, periodsPerYear = 12): number {
  const pay = Array.from({ length: periods }, (_, i) => 1 / periods + (!upfront && i === 0 ? totalFee : 0));
  return aprFromSchedule(upfront ? 1 - totalFee : 1, pay, periodsPerYear);
}

/** equal-payment (等额本息) amortisation payment for a periodic rate */
export function annuityPayment(principal: number, ratePerPeriod: number, periods: number): number {
  if (ratePerPeriod === 0) return principal / periods;
  return (principal * ratePerPeriod) / (1 - (1 + ratePerPeriod) ** -periods);
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
export const formatPercent = pct;

/** APR (IRR × 12) of an equal-payment (等额本息) loan: the principal received, then n equal payments */
export function annuityApr(principal: number, payment: number, periods: number, periodsPerYear = 12): number {
  return aprFromSchedule(principal, Array.from({ length: periods }, () => payment), periodsPerYear);
}

/** the APR range of a rate range: each end annualised, low to high (every annualisation here is monotone) */
export function aprRange(low: number, high: number, annualise: (rate: number) => number): [number, number] {
  const a = annualise(low), b = annualise(high);
  return a <= b ? [a, b] : [b, a];
}
