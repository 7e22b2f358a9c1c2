// Loan, installment, card and loan-contract snippets in fixtures/rates: each asserted finding or clean, with the
// computed rate (or the quoted offer, the fees left out) in the message where the check gives one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Xiaobao } from '@xiaobao/node';
import { Linter, plainTextDocument, type RulePack } from '../src/index.js';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'fixtures/rates');
const EXPECTED: Record<string, { product: 'loan' | 'credit-card' | 'fund' | 'deposit'; kind?: 'marketing' | 'contract' | 'notice'; expect: string[] }> = JSON.parse(fs.readFileSync(path.join(DIR, 'EXPECTED.json'), 'utf8'));

describe('rate fixtures', () => {
  it('there are at least 25, clean and not', () => {
    const all = Object.values(EXPECTED);
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(all.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(8);
  });
  it.each(Object.entries(EXPECTED))('%s', async (file, e) => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: e.product, kind: e.kind });
    const r = await x.lintFile(path.join(DIR, file));
    const got = r.messages.filter((m) => m.ruleId?.startsWith('rate-disclosure/'));
    expect(got.map((m) => `${m.line} ${m.ruleId}`)).toEqual(e.expect.map((w) => w.split(' ').slice(0, 2).join(' ')));
    e.expect.forEach((w, i) => { const rate = w.split(' ')[2]; if (rate) expect(got[i].message).toContain(rate); });
  });
  it('an extreme per-period fee (1,000%, found by fuzzing) is annualised like any other, never as NaN', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'credit-card', kind: 'marketing' });
    const m = (await x.lintText('分期手续费优惠！每期手续费率1000%，分12期。', { format: 'text' })).messages.find((f) => f.ruleId === 'rate-disclosure/installment-cost-as-fee');
    expect(m?.message).toMatch(/年化利率约[0-9]+\.[0-9]{2}%/);
    expect(m?.message).not.toContain('NaN');
    const n = (await x.lintText('分期手续费优惠！每期手续费率0.6%，分12期。', { format: 'text' })).messages.find((f) => f.ruleId === 'rate-disclosure/installment-cost-as-fee');
    expect(n?.message).toContain('13.03%');
  });
  it('a loan offer with no price is anchored at a price claimed in words (价格低), not at the first offer; a claim alone offers nothing', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    expect(await pm('抵押贷款\n额度高、期限长：额度最高可达750万\n价格低、服务好：利率市场水平')).toEqual([3]);
    expect(await pm('抵押贷款\n额度高、期限长：额度最高可达750万\n价格低：年化利率（单利）4.35%起')).toEqual([]);
    expect(await pm('温馨提示：切勿轻信以低息贷款为借口的诈骗')).toEqual([]);
    // an app screen's strings: the offer closes a markup string or tag
    expect(await pm('<TextView android:text="最高可借" />\n<Button android:text="立即申请" />')).toEqual([2]);
  });
  it('a loan offered by a one-step call (一键申请) or by an amount said to be granted (您已获得30000块) with no price is a price missing; a gift granted is no offer', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    expect(await pm('灵活贷款方案\n不设特定贷款种类，灵活贷款、轻松周转！\n一键申请')).toEqual([3]);
    expect(await pm('放心贷\n您已获得30000块\n快去下载拿钱吧！')).toEqual([2]);
    // …the same calls beside a price, and a red packet or a voucher granted, are not
    expect(await pm('灵活贷款方案\n年化利率（单利）7.2%起\n一键申请')).toEqual([]);
    expect(await pm('邀请好友借款，您已获得50元现金红包')).toEqual([]);
  });
  // the lines of the price-missing finding in a loan's marketing text (or page)
  const missingAt = async (t: string, format: 'text' | 'html' = 'text') => (await new Xiaobao({ cwd: ROOT, noConfig: true }).lintText(t, { format, filePath: `x.${format === 'html' ? 'html' : 'txt'}`, product: 'loan', kind: 'marketing' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
  it('an offer tile with its label over its figure (最长可分 / 60期, 最高可贷 / 30万元) is an offer as on one line; a label over no figure is not', async () => {
    const found = ['二手车贷款\n最长可分\n60期\n在线咨询', '房产抵押贷款\n额度\n300万元\n在线咨询'];
    for (const t of found) expect(await missingAt(t)).toEqual([2]);
    // …but not a tile beside its price, nor a label whose next line is no figure, nor a figure two lines down
    const none = ['二手车贷款\n最长可分\n60期\n年化利率（单利）7.2%起', '二手车贷款\n最长可分\n请选择期数\n在线咨询', '二手车贷款\n最长可分\n\n60期\n在线咨询'];
    for (const t of none) expect(await missingAt(t)).toEqual([]);
  });
  it('the most one may borrow, in the verb\'s other forms (最高享贷, 最高可贷款, 最高借款额度) or in w for 万 (50w), is an offer; a cap on something else is not', async () => {
    const found = ['信用贷\n最高享贷30w元额度\n测一测', '装修贷\n最高可贷款50万，材料简单', '借款指南\n最高借款额度20万元'];
    for (const t of found) expect(await missingAt(t)).toEqual([2]);
    // …but not beside its price, nor a cap on a payment or a reward on a borrowing page (最高限额, 最高可得)
    const none = ['信用贷\n最高享贷30w元额度\n年化利率（单利）7.2%起', '借款还款说明\n银行卡单笔还款最高限额5w元', '邀请好友借款\n邀请越多奖励越多，最高可得8888元'];
    for (const t of none) expect(await missingAt(t)).toEqual([]);
  });
  it('a loan offered only in the page\'s title (a <title>, or a server template\'s layout title: <@htmlHead title="…">) over a form that says nothing else is a price missing, shown on the title; a title with its price, or about no loan, is not', async () => {
    const form = '<body>\n<input placeholder="手机号">\n<button>获取验证码</button>\n<button>注册</button>\n</body>\n</html>\n';
    expect(await missingAt(`<html>\n<head>\n<title>凭身份证借款，最高可借5万元</title>\n</head>\n${form}`, 'html')).toEqual([3]);
    expect(await missingAt(`<#include "common.ftl" />\n<@pageHead title="3分钟极速申请，最高8万贷款" keywords="">\n</@pageHead>\n<html>\n${form}`, 'html')).toEqual([2]);
    // …but not with the price in the title, nor a title that offers nothing (a sign-up page's name), nor a layout title in a template comment
    expect(await missingAt(`<html>\n<head>\n<title>最高可借5万元，年化利率（单利）7.2%起</title>\n</head>\n${form}`, 'html')).toEqual([]);
    expect(await missingAt(`<html>\n<head>\n<title>借款用户注册</title>\n</head>\n${form}`, 'html')).toEqual([]);
    expect(await missingAt(`<#-- <@pageHead title="3分钟极速申请，最高8万贷款"> -->\n<html>\n${form}`, 'html')).toEqual([]);
  });
  it('a loan screen priced only in amount fields: anchored at the price\'s own field (利息, a fee) before the amount due; a zero is no price', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    // the interest's field, not the amount due above it
    expect(await pm('借款金额\n{{amount}}\n应还金额\n{{contractAmount}}\n利息\n{{interest}}\n服务费\n{{serviceAmount}}\n确认借款')).toEqual([5]);
    // the amount due alone is still where the price is missing
    expect(await pm('借款金额\n{{amount}}\n应还金额\n{{contractAmount}}\n确认借款')).toEqual([3]);
    // a calculator's fields showing 0.00 before an amount is chosen state no price (利息0.00 is no figure of one)
    expect(await pm('选择借款金额\n--\n到期应还0.00\n到期时间\n快速信审费0.00\n账户管理费0.00\n利息0.00\n立即申请')).toEqual([5]);
    // …but a figure, typed or filled in, is a price
    expect(await pm('选择借款金额\n到期应还0.00\n利息0.50元\n立即申请')).toEqual([]);
    expect(await pm('选择借款金额\n到期应还0.00\n利息{{interest}}元\n立即申请')).toEqual([]);
  });
  it('a cost tile\'s caption carrying its unit (利息（元）, 日利息（元）, 服务费用（元）) under or beside its figure is a cost field: the price shown only as an amount', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    expect(await pm('快借\n2000\n90\n借款金额（元）\n服务费用（元）\n马上借')).toEqual([5]);
    expect(await pm('借款方案\n20000\n16.80\n每日利息(元)\n我要借款')).toEqual([4]);
    // …but the loan amount's caption is no cost (the offer is where the price is missing), and a caption beside a stated rate is priced
    expect(await pm('借款金额（元）\n20000\n立即借款')).toEqual([3]);
    expect(await pm('快借\n90\n服务费用（元）\n年化利率（单利）18%\n马上借')).toEqual([]);
  });
  it('stock-margin lending (配资) is borrowing and its call (我要配资) an offer: with no price it is a price missing; a procedure (申请配资服务前) offers nothing', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    expect(await pm('期货配资\n杠杆1至8倍 随心操盘\n立即配资')).toEqual([3]);
    // …but not where its price is stated, nor a procedure before applying (申请配资服务前…, 申请借款服务时…)
    expect(await pm('期货配资\n月管理费1.5%/月\n立即配资')).toEqual([]);
    expect(await pm('风控说明\n申请配资服务前，请先阅读合作协议并完成实名认证')).toEqual([]);
    expect(await pm('安全保障\n申请借款服务时，请先完成实名认证')).toEqual([]);
    // a multiple of the deposit lent to trade (3至8倍策略合作额度, 10倍杠杆) is borrowing and an offer; priced, it is not missing
    expect(await pm('股配新星\n3至8倍策略合作额度\n日配、月配两种策略合作方案')).toEqual([2]);
    expect(await pm('股配新星\n3至8倍策略合作额度\n月管理费1.5%/月')).toEqual([]);
  });
  it('money offered to the reader (为您提供…资金, 解决您的资金需求) is borrowing and an offer: with no price it is a price missing; funds kept safe or a price stated is not', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    expect(await pm('随心用\n本行可为您提供日常周转资金，按月归还\n微信即可办理')).toEqual([2]);
    expect(await pm('关于我们\n专人值守，十分钟到手，帮你解决资金周转难题')).toEqual([2]);
    // …but not funds kept safe (为您提供资金安全保障), nor the same offer with its price stated
    expect(await pm('关于我们\n银行存管，为您提供资金安全保障\n专人值守')).toEqual([]);
    expect(await pm('随心用\n本行可为您提供日常周转资金，年化利率（单利）9.6%起\n微信即可办理')).toEqual([]);
  });
  it('a sample monthly payment under its label (每月还款金额 / 4866.67元, or after a colon) is a price, reported at the figure', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const at = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/per-day-cost-framing').map((m) => m.line);
    expect(await at('预计放款金额\n10万\n每月还款金额\n4866.67元\n立即申请')).toEqual([4]);
    expect(await at('每月还款金额：4866.67元')).toEqual([1]);
    expect(await at('每月还款金额\n（以实际审批为准）')).toEqual([]);
  });
  it('a rate of zero (a calculator\'s empty field) is no price to annualise; any other rate is', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const ids = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.map((m) => m.ruleId);
    expect(await ids('借款计算器\n月利率： 0%\n借款期限：12个月')).not.toContain('rate-disclosure/apr-missing-in-loan-marketing');
    expect(await ids('借款计算器\n月利率： 0.5%\n借款期限：12个月')).toContain('rate-disclosure/apr-missing-in-loan-marketing');
    // …nor is a payment of zero (平均每月还款 0 元, before the reader types an amount); a payment of 879 yuan is a price
    expect(await ids('装修贷计算器\n借款金额 万元\n平均每月还款 0 元\n本息共计 0 元')).not.toContain('rate-disclosure/per-day-cost-framing');
    expect(await ids('借款1万元，每月还款 879元')).toContain('rate-disclosure/per-day-cost-framing');
  });
  it('a rate is read through 仅需/只需 between its label and its figure (月费率仅需0.33%), not without a figure; 日利息 and 月费 are rate labels', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const ids = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.map((m) => m.ruleId);
    expect(await ids('装修贷，月费率仅需0.33%，轻松装修。')).toContain('rate-disclosure/installment-cost-as-fee');
    expect(await ids('日利率只需0.02%，随借随还。')).toContain('rate-disclosure/apr-missing-in-loan-marketing');
    expect(await ids('装修贷，月费率仅需咨询客服，年化利率（单利）7.2%起。')).not.toContain('rate-disclosure/installment-cost-as-fee');
    // 日利息 is a daily rate's label, 月费 a monthly fee rate's caption (0.78%月费); a monthly fee in yuan is no rate
    expect(await ids('参考日利息：0.05%，随借随还。')).toContain('rate-disclosure/apr-missing-in-loan-marketing');
    expect(await ids('0.78%月费，借款更轻松。')).toContain('rate-disclosure/installment-cost-as-fee');
    expect((await ids('会员每月月费用10元，可随时取消。')).filter((i) => i !== 'rate-disclosure/price-missing-in-loan-offer')).toEqual([]);
  });
  it('a rate tile or a loan card whose figure or period the page fills in is a price: 贷款月利率 alone, 利率日{$x}, 参考{{…\'月\' : \'日\'…}}利率', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const at = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/apr-missing-in-loan-marketing').map((m) => m.line);
    // a tile's caption naming the loan (贷款月利率) under its figure, over the term's tile: the price, reported at the caption
    expect(await at('车抵贷·额度单户最高50万\n立即申请\n1.05%\n贷款月利率\n24个月\n最长贷款期限')).toEqual([4]);
    // the period after the rate's name, the figure filled in (参考：利率日{$vo.yue})
    expect(await at('可借额度：{$vo.money}\n参考：利率日{$vo.yue}{$vo.ren}人已申请')).toEqual([2]);
    // a card's rate whose period is chosen in the page's code
    expect(await at("贷款期限\n{{ loanInfo.ref_rate }}%\n参考{{ loanInfo.ref_rate_type === 0 ? '月' : '日' }}利率\n放贷时间")).toEqual([3]);
    // …but not beside the APR, nor a caption naming no period or an annual one, nor words that only begin alike (利率日益下降)
    expect(await at('1.05%\n贷款月利率\n年化利率（单利）12.6%')).toEqual([]);
    expect(await at('参考{{ type === 0 ? \'月\' : \'日\' }}利率\n年化利率（单利）{$vo.apr}%')).toEqual([]);
    // (a contract's term list: 借款利率 with its figure filled in, no period — read as the annual rate it is by convention)
    expect(await at('借款金额：${amount}\n借款利率：${rate} %\n借款期限：${days}天')).toEqual([]);
    expect(await at('日利率：{{rate}}%\n年化利率{{apr}}%（单利）')).toEqual([]);
    expect(await at('日利率：{{rate}}%\n七日年化收益率{{yield}}%')).toEqual([1]);
    expect(await at('4.35%\n贷款年利率\n24个月')).toEqual([]);
    expect(await at('市场利率日益下降，贷款更划算。')).toEqual([]);
    expect(await at('贷款期限\n{{ loanInfo.term }}个月\n参考{{ loanInfo.kind }}产品')).toEqual([]);
    // a rate whose name and figure the page both fills in ({{$loanType}}利率 over {{$rate}}%): a price of no period; not a
    // filled-in name over no filled figure
    expect(await at("借款期限 {{$plan['loan_period']}}{{$loanType}}\n{{$loanType}}利率\n{{$detail['loanTypes']['confRate']}}%")).toEqual([2]);
    expect(await at('{{$loanType}}利率\n年化利率（单利）{{apr}}%')).toEqual([]);
    expect(await at('{{$bankName}}利率调整公告\n存款利率下调')).toEqual([]);
    // a template's figure computed in place (年利率:{{(rate * 100).toFixed(2)}}%) is a figure: the price is stated
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    expect(await pm('最高可借5万元\n年利率:{{((product.protInterestRate?product.protInterestRate:0) * 100).toFixed(2)}}%\n立即申请')).toEqual([]);
    expect(await pm('最高可借5万元\n{{((product.protInterestRate?product.protInterestRate:0) * 100).toFixed(2)}}人已申请\n立即申请')).toEqual([1]);
    // an instalment fee rate whose figure a JSP fills in (手续费率为<%=rate * 1000%>‰) is the instalment's price; a link to it is not
    const fee = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/installment-cost-as-fee').map((m) => m.line);
    expect(await fee('选择的分期期数：<%=info.getDuration()%>期，您该笔分期适用的手续费率为<%=info.getServicecharge().doubleValue() * 1000%> ‰。')).toEqual([1]);
    expect(await fee('选择的分期期数：<%=info.getDuration()%>期，分期手续费率详见<%=info.getFeeUrl()%>页面。')).toEqual([]);
    // a figure the copy as kept masks with x (an SMS corpus's digits written as x): a daily or monthly price all the same
    expect(await at('涉农贷款利率最低至月息x.xx。详询各营业网点')).toEqual([1]);
    expect(await at('享受最高xx万信用贷款，日利率低至万分之x.x，随借随还')).toEqual([1]);
    // …but not a lone x between a rate and a term (the sign of a product), nor the APR masked beside it
    expect(await at('利息=借款本金余额×月利率x借款周期')).toEqual([]);
    expect(await at('日利率低至万分之x.x，年化利率低至x.xx%')).toEqual([]);
  });
  it('a card terminal\'s acquiring fee sold beside the loans (POS刷卡机 / 费率最低0.35%) is no price of credit; a loan\'s 费率 is', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const ids = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.map((m) => m.ruleId).filter((i) => i?.startsWith('rate-disclosure/apr-missing'));
    expect(await ids('您有信用卡，为您推荐个人POS刷卡机\nPOS刷卡机 用钱不用求人\n原价198元 限量1000台\n费率最低0.35% 实时到账')).toEqual([]);
    expect(await ids('商户收单服务，刷卡费率最低0.38%，秒到账。')).toEqual([]);
    expect(await ids('个人信用贷 用钱不用求人\n最高可借20万元\n费率最低0.35% 实时到账')).toEqual(['rate-disclosure/apr-missing-in-loan-marketing']);
  });
  it('a computed APR comes with a suggestion that inserts it', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan' });
    const r = await x.lintText('日利率0.05%起，最快5分钟到账。', { format: 'text' });
    const s = r.messages[0].suggestions![0];
    expect(s.fix.text).toBe('（年化利率（单利）约18.00%，按360天计）');
    expect(r.source!.slice(0, s.fix.range[0])).toBe('日利率0.05%');
  });
  it('a missing all-in cost statement is reported where a fee is charged, not at a fee defined or waived', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const at = (text: string) => {
      // (folded into another rate finding on the same sentence, it is said there: the host's place)
      const f = new Linter({ packs: [pack], asOf: '2026-08-01' }).lint(plainTextDocument(text), { product: 'loan', kind: 'contract' }).findings.find((x) => x.ruleId === 'rate-disclosure/all-in-cost-statement-missing' || x.also?.some((a) => a.ruleId === 'rate-disclosure/all-in-cost-statement-missing'));
      return f && text.slice(0, f.start).split('\n').length;
    };
    // the fee defined first, charged later: the charging clause
    expect(at('# 个人借款合同\n\n第一条 服务费：指平台提供居间服务的对价。\n\n第二条 借款年化利率（单利）10.8%。\n\n第三条 借款人应按借款本金的1%向平台支付服务费。')).toBe(7);
    // a party's recital or a definition that names the fee (丙方是一家…并收取服务费; 服务费是指…支付给服务方的报酬) is not where
    // it is charged: the clause that charges it; a recital is still the place when no other clause names the fee
    expect(at('# 分期合同\n\n三、丙方是一家依法成立的有限责任公司，为甲乙双方分期交易提供居间服务，并向乙方收取服务费。\n\n第一条 分期利率为月0.6%。\n\n第二条 乙方应于放款前向丙方缴纳服务费300元。')).toBe(7);
    expect(at('# 个人借款合同\n\n7.1 服务费是指服务方为借款人提供撮合交易、还款提醒等服务而由借款人支付给服务方的报酬。\n\n7.2 借款人同意按月向服务方支付服务费。')).toBe(5);
    expect(at('# 个人借款合同\n\n三、丙方是一家依法成立的有限责任公司，为甲乙双方提供居间服务，并向乙方收取服务费。\n\n第一条 借款日利率0.05%，按日计息。')).toBe(3);
    // a fee named only where it is waived is no fee: the rate clause, as before
    expect(at('# 个人借款合同\n\n第一条 本合同项下不收取服务费。\n\n第二条 借款日利率0.05%，按日计息。')).toBe(5);
    // a letter-spaced title (Word's 分 期 合 同, with no-break spaces) names a loan contract as well; a spaced title of
    // another agreement does not
    const body = '\n\n第一条 借款日利率0.05%，按日计息。\n\n第二条 借款人应按借款本金的1%向平台支付服务费。';
    expect(at('分\u00a0期\u00a0合\u00a0同' + body)).toBe(5);
    expect(at('借 款 合 同' + body)).toBe(5);
    expect(at('注 册 协 议' + body)).toBeUndefined();
    // the fee sized against the loan, not the first sentence that pays a fee: past an order of payment and a
    // collection fee, at the share of the amount (中介费, a fee word of its own)
    const sized = '# 借款三方服务协议\n\n第一条 借款人应按如下顺序支付：逾期罚息、借款利息、借款本金、服务费。\n\n第二条 逾期的，乙方按标准收取催收服务费。\n\n第三条 借款年利率10%。\n\n第四条 基础中介费的收费标准为：交易金额的万分之五。';
    expect(at(sized)).toBe(9);
    // words between 借款 and 协议 (借款三方服务协议, 借款及服务协议) still name a loan contract
    expect(at('借款及服务协议' + body)).toBe(5);
    // …but a party's registration or membership agreement (借款人注册协议) is not one
    expect(at('借款人注册协议' + body.replace('借款日利率', '日利率'))).toBeUndefined();
    // a head that opens with the contract's number and its parties: the name its format keeps apart (an HTML page's
    // <title>) names the loan contract; another agreement's name does not
    const titled = (title: string) => new Linter({ packs: [pack], asOf: '2026-08-01' }).lint({ ...plainTextDocument('编号：2016001\n出借人：张三\n借款人：李四' + body), title }, { product: 'loan', kind: 'contract' }).findings.filter((x) => x.ruleId === 'rate-disclosure/all-in-cost-statement-missing' || x.also?.some((a) => a.ruleId === 'rate-disclosure/all-in-cost-statement-missing')).length;
    expect(titled('友借款服务协议')).toBe(1);
    expect(titled('用户注册协议')).toBe(0);
    // a service agreement not named a loan contract that takes its fee out of the borrowed money is the loan's price: reported
    // at that deduction, past an earlier clause that only says the fee is paid; a service agreement whose fee is paid apart is not
    const service = '# 信用咨询及管理服务协议\n\n第一条 借款年利率10%。\n\n第二条 甲方应按照本协议的规定向乙方支付咨询费、服务费。';
    expect(at(service + '\n\n第三条 咨询费及服务费甲方同意并授权乙方从出借人向甲方提供的借款本金中一次性支付。')).toBe(7);
    expect(at('# 委托服务确认书\n\n您应向服务公司一次性支付服务费560元，该服务费在将您所借的资金支付给您前予以一次性扣除。')).toBe(3);
    expect(at(service + '\n\n第三条 咨询费及服务费由甲方于签约当日另行支付至乙方账户。')).toBeUndefined();
  });
  it('a rate that breaks two rate rules is one finding: the high-APR review folds into the missing APR, and stands alone otherwise', async () => {
    const rates = async (t: string, levels?: Record<string, 'off'>) => (await new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing', rules: levels }).lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId?.startsWith('rate-disclosure/'));
    // no APR beside a daily rate of 0.15%: one finding, the APR missing, saying the implied APR is above 36%
    const one = await rates('日利率0.15%，借款灵活。');
    expect(one.map((m) => m.ruleId)).toEqual(['rate-disclosure/apr-missing-in-loan-marketing']);
    expect(one[0].message).toMatch(/另：“日利率0\.15%”：年化利率约54\.00%，超过36%/);
    // the APR shown and above 36%: nothing to fold into, the review stands
    expect((await rates('日利率0.15%（年化利率（单利）54%），借款灵活。')).map((m) => m.ruleId)).toContain('rate-disclosure/high-apr-above-36');
    // the missing-APR rule turned off: the review reports itself
    expect((await rates('日利率0.15%，借款灵活。', { 'rate-disclosure/apr-missing-in-loan-marketing': 'off' })).map((m) => m.ruleId)).toEqual(['rate-disclosure/high-apr-above-36']);
  });
  it('a rate stated as a ceiling (年利率不超过36%, 超过年化36%的按36%, 月利息不超过3%) is a cap, not the price: neither reviewed as high nor compared with the APR', async () => {
    const rates = async (t: string) => (await new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' }).lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId?.startsWith('rate-disclosure/')).map((m) => m.ruleId);
    expect(await rates('贷款资金由某小额贷款公司提供\n年利率不超过36%\n放款额度以审批结果为准')).toEqual([]);
    expect(await rates('服务费按还款计划表支付（综合费率成本超过年化36%的，按照36%支付）。')).toEqual([]);
    // the price beside the cap is still reviewed, and a monthly cap is no monthly rate to compare with the APR
    expect(await rates('综合年化，不高于年化36%。当前年化利率35.7%。月利息不超过3%，无其他费用。')).toEqual(['rate-disclosure/high-apr-review']);
    // …but the price itself, at the same figures, is
    expect(await rates('贷款资金由某小额贷款公司提供\n年利率36%\n放款额度以审批结果为准')).toEqual(['rate-disclosure/high-apr-review']);
    expect(await rates('当前年化利率35.7%。月利息3%，无其他费用。')).toContain('rate-disclosure/apr-inconsistent');
  });
  it('a fee only named, or only reserved with its standard set elsewhere, is no fee to total; one charged, sized or given a field is', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const at = (text: string) => {
      const f = new Linter({ packs: [pack], asOf: '2026-08-01' }).lint(plainTextDocument(text), { product: 'loan', kind: 'contract' }).findings.find((x) => x.ruleId === 'rate-disclosure/all-in-cost-statement-missing' || x.also?.some((a) => a.ruleId === 'rate-disclosure/all-in-cost-statement-missing'));
      return f && text.slice(0, f.start).split('\n').length;
    };
    const head = '# 个人借款合同\n\n第二条 借款年利率为10%。\n\n';
    // a right to charge whose standard another text sets (a platform's published rules, an agreement to come): no fee stated
    expect(at(head + '第三条 平台有权就为本合同借款所提供的服务收取服务费，具体收取标准以平台实际公布的收费标准为准。')).toBeUndefined();
    expect(at(head + '第三条 平台方有权就本合同借款所提供的服务收取服务费，上述费用的收取方式由平台方另行约定。')).toBeUndefined();
    expect(at(head + '第三条 居间人保留向借款人收取服务费的权利，一旦确定收取，将以在本平台发布公告的方式通知借款人。')).toBeUndefined();
    expect(at(head + '第三条 当您使用本服务时，本公司有权根据《服务收费规则》向您收取服务费用。')).toBeUndefined();
    // a fee only named (the user's own costs of going online; a repayment plan's column header): none charged
    expect(at(head + '第三条 用户应自行承担服务开支，包括网络接入费、信息服务费等。')).toBeUndefined();
    expect(at(head + '还款计划：\n期数\n本金\n利息管理费\n截止日')).toBeUndefined();
    // mentions that charge nothing: a fee one of the institution's parties collects and passes on to another, a
    // back-reference (前述服务费), a fee listed in brackets (（包括…服务费等）), a right to charge 按照约定 with no figure
    expect(at(head + '第三条 丁方的居间服务费由丙丁双方根据约定，由丙方代收并支付给丁方，甲方不额外向丁方支付费用。')).toBeUndefined();
    expect(at(head + '第三条 甲乙双方授权平台可以直接从甲方借款资金中扣收应付平台的一切费用和款项（包括前述服务费）。')).toBeUndefined();
    expect(at(head + '第三条 借款人有权指定第三方代其履行付款义务（包括但不限于应向出借人支付的借款本息及应向丙方支付的服务费等）。')).toBeUndefined();
    expect(at(head + '第三条 甲方和乙方同意，平台有权就其为甲方和乙方提供的服务按照约定收取服务费。')).toBeUndefined();
    // a cap on the institution's liability measured by the fees it took: the fee is the cap's measure, not charged there
    expect(at(head + '第三条 在任何情况下，本公司承担的赔偿责任总额不超过借款人已向本公司支付的服务费。')).toBeUndefined();
    expect(at(head + '第三条 平台对本协议承担的责任总额仅以其收取的管理费为最高限额。')).toBeUndefined();
    // …but a fee charged in its own sentence beside such a cap still is one
    expect(at(head + '第三条 借款人应向平台支付服务费，金额为借款本金的3%。平台承担的赔偿责任总额不超过该服务费。')).toBe(5);
    // …but the fee collected and deducted, charged by name, or reserved with its figure is a fee
    expect(at(head + '第三条 甲方同意丙方代收居间服务费，并在发放借款时从本金金额中扣除。')).toBe(5);
    expect(at(head + '第三条 甲乙双方授权平台直接从甲方借款资金中扣收服务费。')).toBe(5);
    expect(at(head + '第三条 平台有权按照约定向借款人收取服务费，服务费为借款本金的2%。')).toBe(5);
    // the fee that is the whole price, annualised beside its monthly rate (月分期手续费率 / 年化手续费率): stated
    expect(at('# 分期借款合同\n\n第十七条 每月还款日扣收动用金额的一定比例作为分期手续费，具体费率参照下表。\n期限/月\n月分期手续费率\n年化手续费率\n3\n1.98%\n35.64%')).toBeUndefined();
    // …but a fee charged to the borrower, even with its standard elsewhere, is a fee; and a right reserved with its figure
    expect(at(head + '第三条 借款人应按平台公布的标准向平台支付服务费。')).toBe(5);
    expect(at(head + '第三条 平台有权按借款本金的2%收取服务费，具体以平台公告为准。')).toBe(5);
    // a field for the fee's figure (月客户服务费率（%）：, 风险管理费： 元) prices it
    expect(at(head + '36.月客户服务费率（%）：\n37.月财务管理费率（%）：')).toBe(5);
    // a fee sized by a formula (…=未还款项×[0.96]%×天数) or per day with its figure blank (管理费：    / 天) is where the
    // statement is asked, before a clause that only names the fee with a verb of paying
    expect(at('# 个人借款合同\n\n第三条 乙方依据本协议向甲方收取服务费。\n\n4.2 容时期内，乙方有权向甲方收取容时期账户管理费，容时期账户管理费=当期未还款项（元）×[0.96]%×实际容时天数。')).toBe(5);
    expect(at('# 借款合同\n\n管理费：      / 天\n\n第九条 管理费支付方式：按日支付。')).toBe(3);
  });
  it('the all-in cost statement anchored in a sentence another rate finding reports is folded into it; elsewhere it stands alone', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const lint = (text: string) => new Linter({ packs: [pack], asOf: '2026-08-01' }).lint(plainTextDocument(text), { product: 'loan', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('rate-disclosure/'));
    // the only price a monthly rate with no APR: one finding, the APR missing, the statement said after it
    const one = lint('# 个人借款合同\n\n第二条 借款利率按月利率1%计付利息，按月付息。');
    expect(one.map((f) => f.ruleId)).toEqual(['rate-disclosure/apr-missing-in-loan-marketing']);
    expect(one[0].also?.map((a) => a.ruleId)).toEqual(['rate-disclosure/all-in-cost-statement-missing']);
    expect(one[0].message).toContain('综合融资成本');
    // the statement anchored at a fee charged in another sentence than the rate: two findings
    const two = lint('# 个人借款合同\n\n第二条 借款利率按月利率1%计付利息，按月付息。\n\n第三条 借款人应向平台支付服务费。');
    expect(two.map((f) => f.ruleId).sort()).toEqual(['rate-disclosure/all-in-cost-statement-missing', 'rate-disclosure/apr-missing-in-loan-marketing']);
  });
  it('a fee taken out of the principal paid over is a deduction at disbursement, once in a contract; a fee taken at no stated time of paying out or interest credited against the principal is not', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const lines = (text: string, kind: 'contract' | 'marketing' = 'contract') => new Linter({ packs: [pack] }).lint(plainTextDocument(text), { product: 'loan', kind }).findings
      .filter((f) => f.ruleId === 'rate-disclosure/interest-deducted-upfront' || f.also?.some((a) => a.ruleId === 'rate-disclosure/interest-deducted-upfront')).map((f) => f.line);
    const twice = '# 借款服务协议\n\n第二条 乙方同意于借款起息日支付前期服务费，并在发放借款时即从本金金额中扣除。\n\n第五条 平台管理费在发放借款时即从借款本金中扣除，详见附表。';
    // the contract's deduction is one of its terms: marked at its first place; a page that sells the loan, at each
    expect(lines(twice)).toEqual([3]);
    expect(lines(twice, 'marketing')).toEqual([3, 5]);
    expect(lines('# 借款协议\n\n第四条 信息服务费由借款人委托服务商在借款成功时从划付给借款人的借款本金中直接扣除。')).toEqual([3]);
    // no fee in the sentence (interest paid credited against the principal), no time of paying out, or the deduction denied
    expect(lines('# 借款协议\n\n第四条 借款人同意转账费用从借款本金中直接扣除。')).toEqual([]);
    expect(lines('# 借款协议\n\n第六条 借款人提前还款的，已支付的利息从剩余应还本金中扣除。')).toEqual([]);
    expect(lines('# 借款协议\n\n第六条 平台在发放借款时不得从借款本金中扣除任何服务费。')).toEqual([]);
  });
  it('an investor\'s contract (P2P lending bought as an investment: wealth first) does not owe the borrower\'s rate statements', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const detection = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/detect.json'), 'utf8'));
    const lint = (text: string) => new Linter({ packs: [pack], detection, asOf: '2026-08-01' }).lint(plainTextDocument(text), { kind: 'contract' });
    const ids = (r: ReturnType<typeof lint>) => r.findings.flatMap((f) => [f.ruleId, ...(f.also ?? []).map((a) => a.ruleId)]);
    const investor = lint('# 借款协议（出借人）\n\n出借人通过平台出借资金，投资期限12个月，起投100元，理财收益按月到账。借款人应按月还款。\n\n第三条 借款人应按借款本金的1%向平台支付服务费。');
    expect(investor.products).toEqual(['wealth', 'loan']);
    expect(ids(investor)).not.toContain('rate-disclosure/all-in-cost-statement-missing');
    // the borrower's own contract owes it
    const borrower = lint('# 借款协议\n\n借款人通过平台借款，借款期限12个月，按月还款。\n\n第三条 借款人应按借款本金的1%向平台支付服务费。');
    expect(borrower.product).toBe('loan');
    expect(ids(borrower)).toContain('rate-disclosure/all-in-cost-statement-missing');
  });
  it('the all-in cost statement is required from 2026-08-01 only (--as-of)', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const text = fs.readFileSync(path.join(DIR, 'r58-contract-no-all-in-cost.md'), 'utf8');
    const ids = (asOf: string) => new Linter({ packs: [pack], asOf }).lint(plainTextDocument(text), { product: 'loan', kind: 'contract' }).findings.map((f) => f.ruleId);
    expect(ids('2026-07-31')).not.toContain('rate-disclosure/all-in-cost-statement-missing');
    expect(ids('2026-08-01')).toContain('rate-disclosure/all-in-cost-statement-missing');
  });
  it('a loan page\'s price under a bare label (产品利息：0.8%-1.2%, 贷款利率：{{rate}}%, 参考费率 ≤2%) is a rate of no period, in marketing only', async () => {
    const as = (kind: 'marketing' | 'contract') => new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind });
    const ids = async (t: string, kind: 'marketing' | 'contract' = 'marketing') => (await as(kind).lintText(t, { format: 'text' })).messages.map((m) => m.ruleId);
    const R = 'rate-disclosure/apr-missing-in-loan-marketing';
    expect(await ids('信用贷\n产品周期：6个月\n产品利息：0.8%-1.2%\n立即申请')).toContain(R);
    expect(await ids('选择产品\n贷款额度：{{min}}-{{max}}元\n贷款利率：{{rate}}%')).toContain(R);
    expect(await ids('最高3万额度\n参考费率 ≤2%\n借款期数 3~12期')).toContain(R);
    // …not with its period (产品利息：0.8%/月 is a monthly rate, read as one), nor a figure an annual rate may be (借款利率：7.5%),
    // nor a contract's term list, which states its annual rate so
    expect(await ids('最高3万额度\n借款利率：7.5%\n借款期限 12个月')).not.toContain(R);
    expect(await ids('借款合同\n借款金额：10000元\n借款利率：{{rate}}%\n借款期限：12个月', 'contract')).not.toContain(R);
    expect(await ids('住房公积金贷款利率：2.85%，最高可贷60万。')).not.toContain(R);
  });
  it('a loan\'s whole interest as an amount under its label (总利息 / 215.60元, 借满12个月总利息￥96.00) is its price in sums, in marketing only', async () => {
    const as = (kind: 'marketing' | 'contract') => new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind });
    const at = async (t: string, kind: 'marketing' | 'contract' = 'marketing') => (await as(kind).lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/per-day-cost-framing').map((m) => m.line);
    expect(await at('借款金额\n3000.00元\n总利息\n215.60元\n确认借款')).toEqual([3]);
    expect(await at('分12期还款\n借满12个月总利息￥96.00，每期按时还款')).toEqual([2]);
    // …not a sum of zero (a calculator's field before an amount is chosen), nor one beside its APR, nor a contract's repayment table
    expect(await at('借款金额\n总利息\n0.00元\n确认借款')).toEqual([]);
    expect(await at('借满12个月总利息￥96.00，年化利率（单利）6%')).toEqual([]);
    expect(await at('借款合同\n第二条 还款计划\n借款本金：3000元\n总利息：215.60元', 'contract')).toEqual([]);
  });
  it('a help page in its own voice that asks what borrowing costs (借款利息是多少？, 借款有服务费吗？) and gives no price is a price missing, at the question', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan' });
    const pm = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/price-missing-in-loan-offer').map((m) => m.line);
    const help = (q: string, a: string) => `帮助中心\n1、如何申请借款？\n下载APP，注册后提交资料即可申请。\n2、${q}\n${a}\n3、如何还款？\n在APP中点击还款，绑定银行卡自动扣款。`;
    expect(await pm(help('借款利息是多少？', '不同产品利息不同，具体以借款页面显示为准。'))).toEqual([4]);
    expect(await pm(help('借款有服务费吗？', '借款成功后会收取一定的服务费，详见借款页面。'))).toEqual([4]);
    // …not one whose answer states the price, nor a question on default costs, on paying before the loan (a fraud warning)
    // or on how a rate is worked out, nor a deposit or wealth page asking its return
    expect(await pm(help('借款利息是多少？', '日利率0.05%，年化利率18%。'))).toEqual([]);
    expect(await pm(help('逾期费用是多少？', '逾期将按日收取罚息，并影响征信。'))).toEqual([]);
    expect(await pm(help('借款前是否需要支付费用？', '放款前不收取任何费用，谨防诈骗。'))).toEqual([]);
    expect(await pm(help('借款利息如何计算？', '按日计息，以借款页面为准。'))).toEqual([]);
    expect(await pm('帮助中心\n1、如何开户？\n携带身份证到网点办理。\n2、存款利息是多少？\n以本行挂牌利率为准。\n3、理财收益是多少？\n以产品说明书为准。')).toEqual([]);
  });
  it('a 繁體 page is read in simplified words but quoted in its own (日息萬三, not 日息万三)', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const r = new Linter({ packs: [pack] }).lint(plainTextDocument('# 私人貸款\n\n日息萬三，最高可借20萬，即日批核。\n'), { product: 'loan', kind: 'marketing' });
    const f = r.findings.find((x) => x.ruleId === 'rate-disclosure/apr-missing-in-loan-marketing');
    expect(f?.message).toContain('日息萬三');
    expect(f?.message).not.toContain('日息万三');
  });
  it('a fee charged as a share of the loan beside an annual rate that does not say it includes it is a fee the APR leaves out, at the fee\'s figure', async () => {
    const lines = async (t: string, product: 'loan' | 'fund' = 'loan', kind: 'marketing' | 'contract' = 'marketing') => {
      const x = new Xiaobao({ cwd: ROOT, noConfig: true, product, kind });
      return (await x.lintText(t, { format: 'text' })).messages.filter((m) => m.ruleId === 'rate-disclosure/apr-basis-incomplete').map((m) => m.line);
    };
    // an app's field list: the fee's label, then its value in the next field
    expect(await lines('[{"label":"贷款利率",\n"value":"年化8%-15%"},\n{"label":"前期服务费",\n"value":"2%-6%"},\n{"label":"每月管理费",\n"value":"0.5%"}]')).toEqual([4, 6]);
    // a share of the principal, and a monthly fee with its figure first
    expect(await lines('年利率：6%-18%\n借款需支付审核费，审核费为借款本金的2%。\n此后每月另收0.3%的账户管理费。')).toEqual([2, 3]);
    // near misses: the rate says it includes the fee, states the all-in cost, or the text says fees are in it
    expect(await lines('年化利率（含服务费）：9%-16%\n期初服务费：2%')).toEqual([]);
    expect(await lines('借款利率：年化7%\n综合年化成本：12%\n期初服务费：2%')).toEqual([]);
    expect(await lines('年化利率：9%-16%\n期初服务费：2%\n以上费用已包含在年化利率中。')).toEqual([]);
    // a fee waived, one shown with its own annual figure, a penalty or an early-repayment fee
    expect(await lines('年化利率：9%-16%\n平台免收服务费，原服务费为借款金额的2%。')).toEqual([]);
    expect(await lines('借款年利率：10%\n服务费：借款金额的2%（折合年化3.6%）')).toEqual([]);
    expect(await lines('年化利率：9%-16%\n逾期管理费：借款金额的0.5%/日\n提前还款手续费为剩余本金的1%')).toEqual([]);
    // a fund's management fee is no cost of credit; a contract lists its fees for the all-in cost statement instead
    expect(await lines('业绩比较基准：年化4%\n管理费：1.5%', 'fund')).toEqual([]);
    expect(await lines('第一条 借款年利率为10%。\n第二条 居间服务费为借款金额的4%。', 'loan', 'contract')).toEqual([]);
  });
  it('the words that make a stated rate all-in (综合, 成本) are the rule\'s data (`allIn`), not the engine\'s', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const basis = (p: RulePack, text: string) => new Linter({ packs: [p] }).lint(plainTextDocument(text), { product: 'loan', kind: 'marketing' }).findings.filter((f) => f.ruleId === 'rate-disclosure/apr-basis-incomplete').length;
    // a rate whose clause says it is the all-in figure leaves no fee out; one that does not say so leaves the fee out
    expect(basis(pack, '年利率12%综合计算\n期初服务费：2%\n')).toBe(0);
    expect(basis(pack, '年利率12%单利计算\n期初服务费：2%\n')).toBe(1);
    // …and without the rule's words the same all-in clause is read as interest only
    const bare: RulePack = JSON.parse(JSON.stringify(pack));
    delete (bare.rules.find((r) => r.id === 'rate-disclosure/apr-basis-incomplete')!.rates as Record<string, unknown>).allIn;
    expect(basis(bare, '年利率12%综合计算\n期初服务费：2%\n')).toBe(1);
  });
});

describe('a contract\'s table of fields whose monthly rate is left blank', () => {
  const aprMissing = async (t: string) => (await new Xiaobao({ cwd: ROOT, noConfig: true }).lintText(t, { format: 'html', filePath: 'x.html', product: 'loan', kind: 'contract' })).messages.filter((m) => m.ruleId === 'rate-disclosure/apr-missing-in-loan-marketing').map((m) => m.line);
  it('a 资金月利率 row with an empty value cell among other field rows is the price stated as a monthly rate; the same labels as one header row are not', async () => {
    const head = '<html><body>\n<p>甲方向乙方提供资金，乙方按月支付利息。</p>\n<table>\n';
    expect(await aprMissing(`${head}<tr><td>出资金额</td><td></td></tr>\n<tr><td>资金月利率</td><td></td></tr>\n<tr><td>保证金金额</td><td></td></tr>\n</table></body></html>\n`)).toEqual([5]);
    expect(await aprMissing(`${head}<tr><td>出资金额</td><td>资金月利率</td><td>保证金金额</td></tr>\n<tr><td>1</td><td></td><td>2</td></tr>\n</table></body></html>\n`)).toEqual([]);
  });
});
