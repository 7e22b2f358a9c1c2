// regulations.md §10, the global false-positive catalogue: each item's wording stays clean of banned-term
// findings in a realistic sentence, while a near-miss that really is a violation is still reported.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, plainTextDocument, type DocKind, type Product, type RulePack } from '../src/index.js';

const RULES = path.resolve(__dirname, '../../../rules');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const packs: RulePack[] = index.packs.map((p: string) => JSON.parse(fs.readFileSync(path.join(RULES, p), 'utf8')));
const detection = JSON.parse(fs.readFileSync(path.join(RULES, index.detection), 'utf8'));
const discourse = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
const linter = new Linter({ packs, detection, discourse });
const banned = (text: string, product: Product, kind: DocKind = 'marketing') =>
  linter.lint(plainTextDocument(text), { product, kind }).findings.filter((f) => f.ruleId.startsWith('banned-terms/')).map((f) => f.text);

const CLEAN: [string, string, Product, DocKind?][] = [
  ['1 negation', '本产品为非保本浮动收益型理财产品，本产品不承诺保本，不保证本金和收益。', 'wealth'],
  ['1 negation', '业绩比较基准不是预期收益率，不代表产品的未来表现和实际收益。', 'wealth'],
  ['1 negation', '投资有风险，不存在无风险的投资。', 'fund'],
  ['2 quoted wording', '任何宣传材料中关于“保本”“零风险”的表述均不代表本公司意见。', 'wealth'],
  ['2 education', '提醒您警惕“稳赚不赔”“保本高收益”等宣传，谨防非法集资。', 'general'],
  ['2 education: the warning after the wording', '承诺保本保息的理财产品，要谨防上当。', 'wealth'],
  ['3 clause numbers', '依照本合同第一条约定，首期还款日为放款后第一个还款日，第一受益人为贷款人。', 'loan', 'contract'],
  ['3 ordinals', '第一还款来源为借款人工资收入，抵押权处于第一顺位，首付比例30%。', 'loan', 'contract'],
  ['4 legal terms', '本合同项下设立最高额抵押和最高额保证，最高额度为100万元。', 'loan', 'contract'],
  ['4 legal terms', '本月最低还款额为500元，最高年化利率不超过18%。', 'credit-card'],
  ['4 legal terms', '本产品最低保证利率1.75%，最低起购金额1万元，最低持有期90天，近三年最大回撤1.2%。', 'insurance'],
  ['4 legal terms', '存款保险最高偿付限额为人民币50万元。', 'deposit'],
  ['5 risk grades', '风险等级：低风险（R1），适合保守型投资者；另一款为中低风险（R2）。', 'wealth'],
  ['6 asset classes', '本产品为固定收益类产品，可投资于高收益债；万能险账户按月结算。', 'wealth'],
  ['7 insurance guarantees', '保证给付、保证领取的年金以合同约定为准，保证现金价值见现金价值表，可保证续保。', 'insurance'],
  ['8 yields', '货币基金七日年化收益率1.85%，万份收益0.51元。', 'fund'],
  ['9 deposits', '三年期大额存单保本保息，到期一次还本付息。', 'deposit'],
  ['10 deposit insurance', '本行存款受存款保险保障，最高偿付限额为人民币50万元。', 'deposit'],
  ['11 card features', '免息还款期最长56天，须在到期还款日前全额还款；最低还款额为账单金额的10%。', 'credit-card'],
  ['12 amounts', '借款金额10万元，分期12期，积分可部分抵扣。', 'loan'],
  ['13 regulators', '本行接受国家金融监督管理总局监管，投诉热线12378；征信查询由中国人民银行征信中心提供。', 'loan'],
  ['14 boilerplate', '本基金为混合型基金，其预期收益和预期风险高于货币市场基金和债券型基金。', 'fund'],
  ['word boundary', '请确保本金来源合法。', 'wealth'],
  ['1 a universal negative scopes over its clause', '然而，没有任何一种互联网传输或电子存储方法是100%安全的。', 'wealth'],
  ['1 a negating verb before a list governs every item of it', '本产品不承诺保本、保收益。', 'wealth'],
  ['1 …and so does a negation of the whole list\'s head', '本产品并非零风险、保收益产品。', 'wealth'],
  ['1 …and a negating verb (不存在) before the list', '本基金不存在保本、保收益的安排。', 'fund'],
  ['an exception word across the term\'s end (全国第一|批)', '2002年，平安信托成为全国第一批获准重新登记的信托投资公司之一。', 'wealth'],
  ['2 a quoted name: a plan the page defines', '“本息保障计划”是平台为保护全体出借人共同权益而建立的信用风险共担机制。', 'wealth'],
  ['2 a quoted name: a tag', '小贴士：带有“新年秒杀”标签的项目可与优惠券同享。', 'wealth'],
  ['2 a quoted name: a work\'s title in 《》', '我已阅读并同意《小牛秒借借款协议》。', 'loan'],
  ['2 a quoted name others give, reported (被称为“…”, 俗称“…”)', '精算师在全世界被称为“第一职业”，收入稳定。', 'wealth'],
  ['a field name: the term runs on into a label noun and its colon', '本期秒杀产品总额：100000元\n秒杀产品购买人次：35人', 'wealth'],
  ['a field name: a conditions label', '返佣条件：下级客户单日单笔充值金额超过1000元', 'wealth'],
  ['a field name alone on its line (a heading)', '抽奖条件\n', 'wealth'],
  ['a field name: a scope label', '风险备用金垫付范围：未还本金', 'wealth'],
  ['a lottery the page runs, not tied to a purchase (a tile, a count, a sign-in reward)', '抽奖\n您有0次抽奖机会\n论坛连续签到30天可参与抽奖。', 'wealth'],
  ['a reward restricted, its offer made elsewhere (仅可领取一次, 才能领取)', '每位新用户仅可领取一次1080元红包组。\n当天24:00前注册才能领取该红包。', 'wealth'],  ['a designer\'s note on a prototype\'s screen: how the list is sorted, what a field shows (rules/detect.json shapes.designNote)', '排序规则：可购买产品在所有产品之上。ii.（最低）收益率由高到低iii.期限由短到长\n代金券进入页面时自动选择收益最大的券，选择后显示为“XXX元代金券”', 'wealth'],
  ['a designer\'s note that says who fills a field in and what its wording is (后台…录入, 解释文案：)', '年化收益率：最低值取固定收益部分的收益率，最高值由后台运营人员录入。预期年化收益率解释文案：“浮动收益向上可达20%”', 'wealth'],
  ['an institution\'s name that starts with a superlative word (首创金服, 第一金投信)', '首创金服下属金融科技平台。本基金由第一金證券投資信託股份有限公司獨立經營管理。', 'wealth'],
  ['a claim word made a property noun by 性 (收益稳定性: the quality to weigh, not a claim)', '比较几只债券基金时，要看它们的收益稳健性，再看费率和规模。', 'fund'],
  ['a comparative (较高收益: higher than something, as 较/相对 before 收益高), not the 高收益 hook', '这类债券基金持有期满一年，通常能取得相对高收益，但净值也会波动。', 'fund'],
  ['风险 the first half of a compound noun, not what is denied: a reserve fund the platform lacks (没有|风险备付金)', '本平台目前没有风险准备金，出借资金由存管银行管理。', 'wealth'],
  ['…and a term of finance (无风险利率, 无风险套利): the risk-free rate of a formula, an arbitrage', '夏普比率等于组合收益率减去无风险利率，再除以波动率；热钱借利差做无风险套利。', 'fund'],
  ['a warning that the return comes with its risk, the link made by 的 (高回报伴随的高风险)', '投资者往往忽视了网贷高回报伴随的高风险。', 'wealth'],
  ['the expected return spoken of as what may move or mislead, no figure given (预期收益因…影响而波动, 预期收益过高)', '利率风险是指债券的预期收益受市场利率变化影响而出现波动；有人觉得理财的预期收益过高，落差难免。', 'wealth'],
];

const STILL_FLAGGED: [string, string, Product][] = [
  ['…but the property said to be high is the claim again (收益稳定性高)', '这只基金收益稳定性很高，适合长期持有。', 'fund'],
  ['negation does not reach the next clause', '本产品不收取认购费，保本保收益。', 'wealth'],
  ['不仅 is no negation', '本产品不仅保本，收益还高。', 'wealth'],
  ['a bare 不 or 无 in an earlier item of a list negates that item only', '足不出户、零风险、固定收益。', 'wealth'],
  ['…as in 无手续费、零风险', '无手续费、零风险。', 'wealth'],
  ['a universal negative does not reach the next clause', '没有任何一种投资方式能比得上我们，资金100%安全。', 'wealth'],
  ['a superlative that is no legal term', '我行理财收益全市最高。', 'wealth'],
  ['the term ends where its word ends', '我们是全国第一的理财平台，全国第一。', 'wealth'],
  ['a count word or 的 between the superlative and the company noun is no name', '本平台是全国第一家理财公司。行业首创的控股集团式风控。', 'wealth'],
  ['one word of a designer\'s note alone does not make the line a note', '产品按收益由高到低排列，本平台收益最高！', 'wealth'],
  ['spaced to dodge', '稳 赚 不 赔', 'fund'],
  ['防范 stating what the institution does is no warning to the reader', '平台采用了最先进的信息安全技术，有效防范入侵风险。', 'wealth'],
  ['traditional characters', '保證收益，穩賺不賠', 'wealth'],
  ['a plan named in the page\'s own words, not in quotes', '平台的出借人均享受本息保障计划。', 'wealth'],
  ['quotes around a slogan, not a name', '“保本保息”，放心投资！', 'wealth'],
  ['a name the page gives itself, in quotes but with no passive verb of naming', '我们的理财服务就是“行业第一”，值得信赖。', 'wealth'],
  ['a claim set as a heading ends in the claim, not in a field noun', '高收益：年化收益最高可达8%，新手专享', 'wealth'],
  ['the offer itself, not its field name', '限时秒杀，先到先得！', 'wealth'],
  ['…but 高收益 with no comparative before it is the hook', '短期出借，轻松实现高收益，每月回款。', 'wealth'],
  ['a backstop promise that goes on past the label noun', '平台风险备用金垫付全部本金和利息。', 'wealth'],
  ['a lottery tied to an investment (以抽奖诱导购买)', '活动期间出借任意金额即可参与抽奖，iPhone等你拿！', 'wealth'],
  ['a reward restricted in a sentence that also offers it', '新用户注册即可领取888元红包，每人仅可领取一次。', 'wealth'],
  ['the denial ends at a comma before the fund noun: the promise itself (无风险，保证金…)', '短期出借无风险，保证金随时可退。', 'wealth'],
  ['…and 没有风险 before a noun that makes no compound with 风险', '这款理财没有风险收益也高，放心购买。', 'wealth'],
  ['…but what comes with the high return is no risk: the hook again (高收益伴随的是低门槛)', '短期项目高收益伴随的是低门槛，百元即可出借。', 'wealth'],
  ['…but one such word alone on the line is no designer\'s note (文案：)', '活动文案：本计划预期年化收益率8%，百元起投。', 'wealth'],
  ['…but the expected return stated as the product\'s, the cause a selling point (预期收益高，因…)', '本计划预期收益高达9%，因为底层资产优质，每月付息。', 'wealth'],
];

describe('§10 false-positive catalogue stays clean', () => {
  it.each(CLEAN)('%s: %s', (_item, text, product, kind) => expect(banned(text, product, kind)).toEqual([]));
});
describe('near-misses that are violations are still reported', () => {
  it.each(STILL_FLAGGED)('%s: %s', (_why, text, product) => expect(banned(text, product).length).toBeGreaterThan(0));
});

// A document about one product that says something about another in one of its sentences (a lending platform's FAQ
// that also sells an investment): the other product's wording rules apply to that sentence, and only to it.
describe('a sentence that names another product than the document’s', () => {
  const auto = (text: string) => linter.lint(plainTextDocument(text), { kind: 'marketing' });
  const loanPage = '我要借钱，借款额度最高5万元，借款期限灵活，借款到账快，按时还款提升借款额度，借款申请简单，还款方便。\n';
  it('an investment claim in a sentence about investing is reported on a loan page', () => {
    const r = auto(`${loanPage}问：投资有收益吗？答：您投资先花宝到期赎回后都会获得丰厚收益。\n`);
    expect(r.product).toBe('loan');
    expect(r.findings.map((f) => f.ruleId)).toContain('banned-terms/guaranteed-principal-or-return');
  });
  it('the same words in a sentence about the loan itself are not (a loan has no principal to guarantee the reader)', () => {
    const r = auto(`${loanPage}放款资金安全有保障，借款流程全程加密。\n`);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('banned-terms/guaranteed-principal-or-return');
  });
  it('a cue inside a longer cue of another product names the longer one (存款保险 is about a deposit, not insurance)', () => {
    const r = auto('云栖银行结构性存款，起存金额1万元，存期91天，挂钩黄金。\n本产品保障本金，存款保险全额保障。\n');
    expect(r.product).toBe('deposit');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('banned-terms/guaranteed-principal-or-return');
  });
  it('on an investment page, what the borrowers behind it pay is not the reader\'s cost (a rule marked burden); on a loan page it is', () => {
    const wealthPage = '理财产品年化收益率8%，起投金额100元，投资期限灵活，投资人可随时查看投资收益，理财安全透明。\n';
    const fees = (page: string) => auto(`${page}借款人需支付借款管理费和投资人利息，费用另行约定。\n`).findings.map((f) => f.ruleId);
    expect(auto(wealthPage).product).toBe('wealth');
    expect(fees(wealthPage)).not.toContain('fee-disclosure/fee-without-standard');
    expect(fees(loanPage)).toContain('fee-disclosure/fee-without-standard');
  });
  it('on a margin loan\'s page (配资) a fee named without its standard is the loan\'s price (a rate rule\'s), not a fee rule\'s; on a loan page it is', () => {
    const marginPage = '股票配资，杠杆最高5倍，操盘资金当天到账。\n配资用户保证金存入专户，配资到期可申请续期，配资方案自由选择。\n';
    const fees = (page: string) => auto(`${page}平台按月收取账户管理费，另收少量资金利息。\n`).findings.map((f) => f.ruleId);
    expect(auto(marginPage).detection.marginLoan).toBe(true);
    expect(fees(marginPage)).not.toContain('fee-disclosure/fee-without-standard');
    expect(auto(loanPage).detection.marginLoan).toBeUndefined();
    expect(fees(loanPage)).toContain('fee-disclosure/fee-without-standard');
  });
  it('a product named only by the hit itself (赠送保险 on a card page) does not make the sentence about that product', () => {
    const r = auto(`${loanPage}办卡即赠送保险一份。\n`);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('banned-terms/gifts-rebates-lotteries');
  });
  // (a rule's reachSentence: a sentence of the kind the rule is about whatever the product — a reward for topping up,
  // opening or binding an account — reaches a payment page as a sentence naming an investment would)
  const payPage = '支付宝账户余额可用于转账、缴费和网购支付，快捷支付安全便捷，支付密码请妥善保管。\n';
  const gifts = (text: string) => auto(text).findings.filter((f) => f.ruleId === 'banned-terms/gifts-rebates-lotteries').map((f) => f.text);
  it('a reward offered for topping up or binding a card is reported on a payment page', () => {
    expect(auto(payPage).product).toBe('payment');
    expect(gifts(`${payPage}支付宝充值300赢150，今天22点前回复300即可参与抽奖。\n`).length).toBe(1);
    expect(gifts(`${payPage}新用户绑卡成功即送10元现金红包。\n`).length).toBe(1);
  });
  it('…and so does an investment coupon offered with its value, whatever the page (昨日收益到账，再领5.88%福利券)', () => {
    expect(gifts(`${payPage}昨日收益到账，再领5.88%福利券。\n`).length).toBe(1);
    // (a loan's interest-free coupon is no investment coupon: the loan's own rules judge it)
    expect(gifts(`${loanPage}邀请2位好友即可领取88元免息券。\n`)).toEqual([]);
  });
  // (a benefit the policy itself pays out, collected once due — 犹豫期后即可领取生存年金 — is the product, not a gift for buying
  // it: 即可领取 before a benefit is read as 即可获得 before one is)
  const lifePage = '鑫年年养老年金保险，由中邮人寿保险股份有限公司承保，投保人可按年交费，被保险人生存至约定年龄可领取年金。\n';
  it('a benefit the policy pays (即可领取生存年金) is no gift on an insurance page; a present for buying the policy is', () => {
    expect(auto(lifePage).product).toBe('insurance');
    expect(gifts(`${lifePage}犹豫期后即可领取生存年金，领取次数同交费期间数。\n`)).toEqual([]);
    expect(gifts(`${lifePage}保单生效满五年，即可领取满期金。\n`)).toEqual([]);
    expect(gifts(`${lifePage}投保成功即可领取精美礼品一份。\n`).length).toBe(1);
  });
  it('…and so does a cash reward or commission for recruiting users (邀请…获得现金奖励10元, 获得返佣奖励), whatever the product', () => {
    expect(gifts(`${payPage}成功邀请一位好友体验本产品，您可获得现金奖励10元。\n`).length).toBe(1);
    expect(gifts(`${payPage}邀请新用户，有机会获得返佣奖励，邀请越多，返佣越多。\n`).length).toBe(1);
    // (a warning about such schemes offers nothing, nor a referral with no reward in cash)
    expect(linter.lint(plainTextDocument(`${payPage}警惕以邀请好友获得现金返佣为名的传销骗局，切勿轻信。\n`), { kind: 'notice' }).findings.filter((f) => f.ruleId === 'banned-terms/gifts-rebates-lotteries')).toEqual([]);
    expect(gifts(`${payPage}邀请好友注册后，可在邀请记录页面查看好友状态。\n`)).toEqual([]);
  });
  it('…but not a payment page\'s own non-reward sentences, nor a card-spending promotion', () => {
    expect(gifts(`${payPage}充值成功后，余额将在1分钟内到账。\n`)).toEqual([]);
    expect(gifts(`${payPage}刷卡消费满100元，送20元代金券。\n`)).toEqual([]);
    expect(gifts(`${loanPage}办卡即赠送保险一份。\n`)).toEqual([]);
  });
});

// A help page (questions one per line, each answered) is a notice, not an ad: no ad's required statements. But its
// answers are the institution speaking to its customers, so its wording is judged as its ads are; a consumer-education
// page that quotes the same words as a warning is not. And where its answers promise what an ad promises about the
// product (本金保障, 稳赚不赔: a rule marked promise), it is selling: it owes the ad's statements too.
describe('a help page in the institution’s own voice', () => {
  const discourse = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
  const full = new Linter({ packs, discourse, detection });
  const lintAuto = (text: string) => full.lint(plainTextDocument(text));
  const faq = (answer: string) => ['活期宝有什么优点？', answer, '活期宝是否收费？', '活期宝不收取任何费用。', '如何转出？', '在账户页面点击转出即可。', '转出多久到账？', '一般当日到账。'].join('\n');
  it('its own promise is reported though the page is a notice', () => {
    const r = lintAuto(faq('加入活期宝后，可享受5.6%的固定收益，稳赚不赔。'));
    expect(r.kind).toBe('notice');
    expect(r.detection.ownVoice).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toContain('banned-terms/guaranteed-principal-or-return');
  });
  it('…and, promising, it owes what an ad owes (理财非存款…); a puff about the platform (行业首个) or a plain answer does not', () => {
    const owed = (answer: string) => lintAuto(faq(answer)).findings.filter((f) => f.ruleId.startsWith('risk-disclosure/')).map((f) => f.ruleId);
    expect(owed('平台设有本金保障计划，逾期由风险备用金先行垫付本息。')).toContain('risk-disclosure/wm-not-deposit');
    expect(owed('活期宝是行业首个支持实时转出的理财工具。')).toEqual([]);
    expect(owed('活期宝按日计算收益，收益以实际为准。')).toEqual([]);
    // (a return's name as a field in a list of details, or a glossary's term on a line of its own, promises nothing; the same
    // name with its figure does)
    expect(owed('出借前请认真阅读借款详情（包括借款金额，预期年化，借款期限等），确认符合您的风险承受能力。')).toEqual([]);
    expect(owed('出借前请认真阅读借款详情（包括借款金额，预期年化12%，借款期限等），确认符合您的风险承受能力。')).toContain('risk-disclosure/wm-not-deposit');
  });
  it('no ad’s required statement is asked of it (an insurer’s help page need not carry the ad’s identity line)', () => {
    const text = ['本产品是否承保本市出行？', '本产品可承保本市出行。', '什么是猝死？', '指被保险人突然发生的非暴力自然死亡。', '如何查询保单？', '您可通过客服热线查询保单。', '理赔需要什么材料？', '索赔申请表、被保险人身份证明。'].join('\n');
    const r = lintAuto(text);
    expect(r.kind).toBe('notice');
    expect(r.findings.filter((f) => f.ruleId.startsWith('risk-disclosure/'))).toEqual([]);
  });
  it('an answer that refuses to close the account is reported (the user cannot have the data deleted); one that gives a way or a condition is not', () => {
    const deletion = (answer: string) => lintAuto(faq(answer)).findings.filter((f) => f.ruleId === 'personal-info/no-account-deletion').map((f) => f.text);
    expect(deletion('本平台目前不提供“注销账号”的服务，您的资料将被妥善保存。').length).toBe(1);
    expect(deletion('实名认证完成后，账户无法申请注销。').length).toBe(1);
    expect(deletion('目前不支持用户自行注销账户，请联系客服为您办理。')).toEqual([]);
    expect(deletion('借款未结清前无法申请注销账户，结清后可在设置页注销。')).toEqual([]);
    expect(deletion('手机号注册后不可更换，如需帮助请联系客服。')).toEqual([]);
  });
  it('a consumer-education article (not a help page) quoting the words as a warning stays clean', () => {
    const r = lintAuto('防范非法集资知识讲堂\n不法分子常以“固定收益、稳赚不赔”为诱饵吸收资金。\n请广大群众提高警惕，谨防上当。');
    expect(r.kind).toBe('notice');
    expect(r.detection.ownVoice).toBeUndefined();
    expect(r.findings.filter((f) => f.ruleId.startsWith('banned-terms/'))).toEqual([]);
  });
});

// Safety named among the purposes a thing is done for (a privacy policy collects information 用以提供服务、…、保障您的账户和资金安全)
// states what the collection serves, not what the product promises; the same words listed among selling points are a promise.
describe('safety as a purpose in a list, not a promise', () => {
  const discourse = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
  const full = new Linter({ packs, discourse, detection });
  const promised = (text: string, kind: DocKind) => full.lint(plainTextDocument(text), { product: 'payment', kind }).findings
    .filter((f) => f.ruleId === 'banned-terms/guaranteed-principal-or-return').map((f) => f.text);
  it('a purpose among several (用以…、…、保障…安全) is no promise, in a notice or an ad', () => {
    const policy = '在您使用本服务的过程中，我们需要收集您的一些信息，用以向您提供服务、提升我们的服务质量、保障您的账户和资金安全以及符合国家法律法规及监管规定。';
    expect(promised(policy, 'notice')).toEqual([]);
    expect(promised(policy, 'marketing')).toEqual([]);
    const use = '为了遵守国家法律法规及监管要求，以及向您提供服务及提升服务质量，或保障您的账户和资金安全，我们会在以下情形中使用您的信息。';
    expect(promised(use, 'notice')).toEqual([]);
  });
  it('…while the same words among selling points, with no purpose word before them, are', () => {
    expect(promised('余额宝升级版：收益稳健、灵活存取、保障您的账户和资金安全，平台承诺100%本息保障。', 'marketing').length).toBeGreaterThan(0);
  });
  it('a purpose clause before the main clause (为控制风险，有效保障…资金安全，共设置了…) states what is done for, not a promise', () => {
    expect(promised('微信贷为控制风险，有效保障投资人的资金安全，共设置了五重安全保障：资金托管、风险准备金。', 'marketing')).toEqual([]);
    expect(promised('为了更好的了解您的投资风格，保障您的投资安全，根据相关法规，您在投资前需完成风险承受能力测评。', 'marketing')).toEqual([]);
  });
  it('…while the safety ending the sentence after 为了… is its main clause, a promise', () => {
    expect(promised('为了让您安心出借，保障您的资金安全。', 'marketing').length).toBeGreaterThan(0);
    expect(promised('为您提供银行存管，保障您的资金安全，收益稳定。', 'marketing').length).toBeGreaterThan(0);
  });
});

describe('what a document owes as a whole is owed for the product it is about, not for one it mentions', () => {
  const priced = (text: string) => linter.lint(plainTextDocument(text)).findings.filter((f) => f.ruleId === 'rate-disclosure/price-missing-in-loan-offer').length;
  it('a P2P lender\'s safety page with a 申请借款 link owes no loan price; a loan page that offers a loan does', () => {
    const lender = '安全保障\n出借人的资金由银行存管，风险准备金为出借人提供本息保障，起投100元，回款及时。借款人须经实地考察，借款人还款逾期时由担保方代偿。\n申请借款 | 我要出借\n';
    expect(linter.lint(plainTextDocument(lender)).product).toBe('wealth');
    expect(priced(lender)).toBe(0);
    expect(priced('极速借款\n借款额度最高20万元，按月分期还款，立即申请借款！\n')).toBe(1);
  });
  it("a borrowing help page's words of a procedure or a condition offer nothing; the same words as a call do", () => {
    const help = '贷款被拒的常见原因\n借款人申请贷款时，不小心将贷款资料填写错误，会被拒之门外。\n身份证号码填写有误，会导致您无法提交借款申请。\n所以在申请贷款的过程中切勿夸夸其谈。\n提现一般1-3天到支付宝账户，如遇节假日可能延迟。\n';
    expect(priced(help)).toBe(0);
    expect(priced('急用钱？凭身份证即可申请贷款！\n')).toBe(1);
    expect(priced('贷款申请\n姓名\n手机号\n提交借款申请\n')).toBe(1);
  });
  it("the paperwork or conditions of applying (申请贷款的文件, 申请贷款的收入条件) are what applying takes, not an offer; 申请贷款 as a call still is", () => {
    const guide = '购房贷款指南\n第三步：请律师帮您准备购房合同和申请贷款的文件。\n第四步：了解银行申请贷款的收入条件，备齐收入证明。\n';
    expect(priced(guide)).toBe(0);
    expect(priced('购房贷款指南\n首套房可申请贷款，手续简便，立即办理！\n')).toBe(1);
  });
});

describe('a page about the institution that offers no product owes no product\'s required statements', () => {
  const required = (text: string) => linter.lint(plainTextDocument(text)).findings.filter((f) => f.ruleId.startsWith('risk-disclosure/')).map((f) => f.ruleId);
  const about = '关于我们\n某某理财信息服务平台是中国专业的理财产品信息服务平台，为用户提供金融机构发行的理财产品信息服务和理财咨询服务。\n';
  it('an about page (关于我们, 公司简介) with no rate, minimum or call to buy', () => {
    expect(required(about)).toEqual([]);
    expect(required('公司简介\n某某保险代理有限公司成立于2009年，是经批准成立的全国性专业保险代理公司，代理各类人身保险和财产保险产品。\n')).toEqual([]);
  });
  it('the same page once it offers a product is an ad again', () => {
    expect(required(`${about}精选理财产品，预期年化收益4.5%，1000元起投，立即购买！\n`)).toContain('risk-disclosure/wm-not-deposit');
  });
  it('…or once it rewards buying (a campaign page under a site\'s 公司简介 menu)', () => {
    expect(required(`${about}重磅消息！凡在我平台投资理财，即可获得丰厚的礼品奖励。\n`)).toContain('risk-disclosure/wm-not-deposit');
    expect(required(`${about}我们为用户精选理财产品信息，欢迎了解。\n`)).toEqual([]);
  });
  it('…or once it takes a stated sum off the price (分享后立减10元购买: a discount for buying, as a reward is); a discount named with no sum does not', () => {
    // (a share-for-a-discount pop-up of a flight-accident policy: more than ten lines, not one sentence of running text)
    const share = '分享好友\n分享朋友圈\n点击即可优惠购买\n￥50 原价购买\n￥40 优惠购买\n活动规则\n1.分享后点击[ 优惠购买 ]，可立减{{sum}}\n2.购买后在公众号查看保单\n3.有效期：2016.07.21 ~ 12.21\n关注公众号查看更多\n分享到朋友圈\n知道了\n';
    expect(required(share.replace('{{sum}}', '10元'))).toContain('risk-disclosure/insurance-product-identity');
    expect(required(`${about}重磅消息！在我平台投资理财，首笔立减50元。\n`)).toContain('risk-disclosure/wm-not-deposit');
    // near miss: the same pages naming a discount with no sum off the price
    expect(required(share.replace('{{sum}}', '优惠'))).toEqual([]);
    expect(required(`${about}会员可享立减优惠，详情请咨询客服。\n`)).toEqual([]);
  });
  it('a page that names its product only in passing (a sign-up form under a footer\'s 理财需谨慎, a news list) and offers nothing', () => {
    const form = '个人注册\n姓名\n身份证号\n上传身份证照片\n完成个人注册\nCopyright©2015 某某互联网信息咨询有限公司\n网贷有风险 理财需谨慎\n';
    expect(required(form)).toEqual([]);
    expect(required('资讯\n每日推介\n你的财富状况是否良好？ 菜鸟理财\n买房选市区还是郊区？ 融360\n')).toEqual([]);
    // …but a page that sells a wealth product, even without a figure, still owes the statement
    expect(required('安全保障\n平台理财产品由银行存管，风险准备金为投资人提供本金保障，理财收益稳定，投资理财更安心。\n')).toContain('risk-disclosure/wm-not-deposit');
  });
  it('a page that sells the safety of investing on the platform (本息保障, 风险准备金, 先行垫付) offers the product, figure or not; an about page that cares for its users\' account safety does not', () => {
    expect(required(`${about}本息保障：出借人投资的项目逾期时，由平台风险准备金先行垫付本息。\n`)).toContain('risk-disclosure/wm-not-deposit');
    expect(required(`${about}我们高度重视用户隐私和账户安全，采用多重加密技术。\n`)).toEqual([]);
  });
  it('a page whose figures a template fills in ({{item.rate}}%), that shows a fund\'s recent return or an amount to invest offers the product; the same list without them does not', () => {
    expect(required('全部\n热卖推荐\n{{item.rate}}%\n近一年收益\n{{item.fundname}}\n主题基金\n持有\n')).toContain('risk-disclosure/fund-risk-warning');
    expect(required('全部\n热卖推荐\n{{item.fundname}}\n主题基金\n持有\n')).toEqual([]);
    expect(required('选择VIP\n推荐码\n白银VIP一次性投资1.5万\n黄金VIP一次性投资3万\nVIP收益\n理财\n')).toContain('risk-disclosure/wm-not-deposit');
    expect(required('选择VIP\n推荐码\n白银VIP\n黄金VIP\nVIP收益\n理财\n')).toEqual([]);
  });
  it('a fund offered under Taiwan\'s regulator carries its own statutory warning (經金管會核准…惟不表示絕無風險；以往之經理績效不保證…) in place of 基金有风险，投资须谨慎; half of it is not enough', () => {
    const page = '全球電競基金\n本基金為全球股票型基金，主要投資電競相關產業，近一年報酬率12%，立即申購。\n';
    const tw = '本基金經金管會核准或同意生效，惟不表示絕無風險。基金經理公司以往之經理績效不保證基金之最低投資收益。\n';
    expect(required(page + tw)).not.toContain('risk-disclosure/fund-risk-warning');
    // near misses: the regulator named but no warning, or the warning without the other half
    expect(required(`${page}本基金經金管會核准生效。\n`)).toContain('risk-disclosure/fund-risk-warning');
    expect(required(`${page}本基金經金管會核准或同意生效，惟不表示絕無風險。\n`)).toContain('risk-disclosure/fund-risk-warning');
  });
  it('a pop-up that calls the reader to put money in (立即赚钱, 立即转入, 立即申购) offers the product; the same pop-up with no call does not', () => {
    expect(required('现金宝\n转入 转出\n基金\n持仓基金数\n理财帐户 隆重上线\n立即赚钱\n')).toContain('risk-disclosure/fund-risk-warning');
    expect(required('现金宝\n转入 转出\n基金\n持仓基金数\n理财帐户 隆重上线\n')).toEqual([]);
  });
  it('a page with nothing to say (a site\'s menus, footer and hotline about its 理财 and 投资, not one sentence of its own) owes nothing; one sentence that presents the product does', () => {
    const chrome = '理财热线：400-777-1268\n首页\n投资频道\n理财频道\n转让专区\n理财师\n我的投资\n投资理财\n理财百科\n新手指南\n某某理财信息服务有限公司 ICP备15020893号\n';
    expect(linter.lint(plainTextDocument(chrome)).product).toBe('wealth');
    expect(required(chrome)).toEqual([]);
    expect(required(`${chrome}平台精选优质理财项目，资金由银行存管，投资理财安全省心，收益稳定，欢迎投资。\n`)).toContain('risk-disclosure/wm-not-deposit');
  });
  it('a page read as naming its product in passing or saying nothing of its own (a calculator\'s fields, the site\'s menus) that promises the product\'s return or safety sells it and owes its statement; the same page without the promise, or an about page promising its users\' money is safe, does not', () => {
    const calc = '收益计算器\n理财金额\n理财期限\n还款方式\n  每日返息，到期还本 一次性还本付息 {{promise}}  \n 利息收益元 本息合计元 \n下载APP\n在线客服\n计算器\n返回顶部\n关于我们\n 公司简介 联系我们 新手指引 安全保障 \n电话热线 4006-715-901\n';
    expect(required(calc.replace('{{promise}}', '每日复利，保本保息'))).toContain('risk-disclosure/wm-not-deposit');
    expect(required(calc.replace('{{promise}}', '每日复利'))).toEqual([]);
    // (a 关于我们 among the site's menu links names the site's about page, not this one)
    const menu = '客服热线：400-652-7878\n登录\n注册\n首页\n安全保障\n我的账户\n新手指引\n关于我们\n资讯\n';
    expect(required(`${menu}黄金钱包是安全稳定的黄金理财平台，每日获取好收益。\n`)).toContain('risk-disclosure/wm-not-deposit');
    expect(required(`${menu}黄金钱包是专业的黄金理财平台，欢迎了解。\n`)).toEqual([]);
    // …but an about page that promises its customers' money is safe speaks of the institution, not a product it sells
    expect(required('公司简介\n返回\n某某策略是国内领先的互联网股票策略平台，专注于股票投资、资产管理和财富增值，从风控体系、技术安全多角度确保客户的资金安全无忧。\n')).toEqual([]);
  });
  it('a page read as naming its product in passing or saying nothing of its own that sells it in words marked sells (为孩子轻松攒到一百万: ease of gain) owes its statement; the same page without them does not', () => {
    const calc = '收益计算器\n理财金额\n理财期限\n还款方式\n  每日返息，到期还本 一次性还本付息 {{sells}}  \n 利息收益元 本息合计元 \n下载APP\n在线客服\n计算器\n返回顶部\n关于我们\n 公司简介 联系我们 新手指引 安全保障 \n电话热线 4006-715-901\n';
    expect(required(calc.replace('{{sells}}', '为孩子轻松攒到一百万'))).toContain('risk-disclosure/wm-not-deposit');
    expect(required(calc.replace('{{sells}}', '为孩子攒一笔教育金'))).toEqual([]);
  });
  it('a customer\'s own account page (您现在的位置：我的账户 > 账户总览) owes nothing, whatever its menu offers (我的红包); a product page whose menu links 我的账户 still owes', () => {
    const page = (crumb: string) => `理财热线：400-777-1268\n我的账户\n首页\n投资频道\n理财频道\n${crumb}\n账户总览\n我的投资\n资金记录\n我的红包\n账户安全\n您的账户安全等级：低，请设置交易密码，保障账户资金安全。\n`;
    expect(required(page('您现在的位置：\n我的账户\n>\n账户安全'))).toEqual([]);
    expect(required(page('精选理财，预期年化收益8%，100元起投，立即投资！'))).toContain('risk-disclosure/wm-not-deposit');
  });
  it('a trading platform\'s page (外汇, 点差, 入金, 杠杆 throughout) is about trading, not a passing mention, and owes its risk warning with no figure or call on it; with the warning, or naming 外汇 once in passing, it owes nothing', () => {
    // (a forex broker's home: its cues are a trading platform's, the product words it has, 资金安全 and 投资, once each)
    const home = '从交易中感受外汇市场的魅力\n我们提供外汇、贵金属、原油和指数差价合约交易，点差透明，入金出金快捷，杠杆灵活。\n专业团队，资金安全，助您投资更从容。\n';
    expect(required(home)).toEqual(['risk-disclosure/wm-not-deposit']);
    expect(required(`${home}风险提示：杠杆交易风险较高，可能损失全部投入资金。交易有风险，投资需谨慎。\n`)).toEqual([]);
    // (a crypto exchange's page that names no product of ours: general, and owes the trading warning)
    const coin = '币币交易\n全球领先的数字货币交易平台，支持USDT永续合约与币币交易，邀请好友注册领取返佣。\n';
    expect(required(coin)).toEqual(['risk-disclosure/trading-risk-warning']);
    expect(required(`${coin}数字货币交易有风险，投资需谨慎。\n`)).toEqual([]);
    // (…a page whose trading words only just make the trading reading, 点差 and 入金, is that platform's too)
    const account = '开户指南\n注册账户后即可入金，享受超低点差，在线客服全年无休。\n';
    expect(required(account)).toEqual(['risk-disclosure/trading-risk-warning']);
    // …but an about page of a company that names foreign exchange once is no trading platform's
    expect(required('关于我们\n某某科技有限公司成立于2015年，提供企业软件开发服务，客户遍及外汇、零售和制造行业。\n')).toEqual([]);
  });
});

describe('a contract between companies owes nothing under consumer protection (regulations §35: non-consumer borrowers)', () => {
  const body = '第一条 贷款金额\n贷款金额为人民币50万元。\n第二条 罚息\n借款人逾期还款的，贷款人按日万分之五计收罚息，并有权宣布贷款提前到期。\n第三条 争议解决\n因本合同发生的争议，向贷款人住所地人民法院起诉。\n';
  const found = (head: string) => linter.lint(plainTextDocument(`借款合同\n${head}${body}`));
  it('the same clauses are key clauses for a person who borrows, and none for a company', () => {
    const person = found('贷款人：某某小额贷款有限公司\n法定代表人：张三\n借款人：李四\n身份证号码：110101199001011234\n');
    expect(person.findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).length).toBeGreaterThan(0);
    const company = found('贷款人：某某小额贷款有限公司\n法定代表人：张三\n借款人：某某贸易有限公司\n法定代表人：王五\n');
    expect(company.detection.businessOnly).toBe(true);
    expect(company.findings).toEqual([]);
  });
});

// deposit-insurance/misleading-coverage: 全额保障 misstates deposit insurance only where a deposit is what is covered; a P2P
// lender's principal or a trader's money said to be fully covered is a principal promise (banned-terms), not a word on 存款保险
describe('full cover (全额保障) read as a deposit-insurance misstatement', () => {
  const other = (text: string, product: Product) =>
    linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((f) => f.ruleId === 'deposit-insurance/misleading-coverage').map((f) => f.text);
  it('a deposit said to be fully covered is reported', () => {
    expect(other('您在本行的存款享受全额保障，放心存入。', 'deposit')).toHaveLength(1);
    expect(other('存款保险全额保障，国家兜底。', 'deposit').length).toBeGreaterThan(0);
  });
  it('an investment\'s or a trader\'s money said to be fully covered is not (no deposit in the sentence)', () => {
    expect(other('本息全额保障、优质资产担保、顶级私募风控。', 'wealth')).toEqual([]);
    expect(other('如果平台方不履行义务，保险机构对投资人风险全额保障。', 'loan')).toEqual([]);
  });
});

// issue 12: a lesson or article on a kind of product that counts off its warnings to the reader (陷阱一…, 第一，注意…) is
// read as an explainer, whose comparisons of kinds (货币基金的收益一般比银行活期存款高) teach; an ad comparing its own product
// with deposits is still one, and so is a lesson that ends by selling
describe('a lesson that numbers its warnings is no ad; an ad, or a lesson that sells, is', () => {
  const found = (text: string) => linter.lint(plainTextDocument(text)).findings.filter((f) => f.ruleId.startsWith('banned-terms/')).map((f) => f.text);
  const lesson = '你一定要知道的货币基金知识\n许多人都知道货币基金的收益一般比银行活期存款高，但很少有人知道为什么。\n货币基金主要投资货币市场工具，收益来源是利息。\n挑选货币基金要注意什么\n第一，注意货币基金的收益稳定性。\n七日年化收益率高，不代表未来的收益就能永远这么好。\n第二，注意货币基金的规模。\n规模过大或过小都会影响收益。\n第三，注意货币基金的隐性费用。\n管理费、托管费、销售服务费从基金财产中扣除。\n';
  it('reads the lesson as an explainer and reports none of its comparisons', () => {
    expect(found(lesson)).toEqual([]);
  });
  it('still reports an ad comparing its own product with deposits, though it numbers its safety tips', () => {
    const ad = '稳盈宝理财，年化收益4.5%，收益是活期的10倍，比存银行更划算！\n1、注意保护个人信息\n2、谨防电信诈骗\n3、注意账户安全\n';
    expect(found(ad).join('')).toContain('是活期的10倍');
  });
  it('still reports a lesson that ends by selling the issuer\'s product', () => {
    expect(found(`${lesson}本平台的稳盈宝理财年化收益4.5%，收益是活期的10倍，立即购买！\n`).join('')).toContain('是活期的10倍');
  });
});

// A Taiwanese lender's speed promise in its own words: 撥款 (拨款) for 放款, 到帳 (帐, OpenCC's simplified 帳) for 到账, a
// minute count with 立即 before the verb, and 不間斷 (uninterrupted service) no negation of what follows
describe('a speed promise in Taiwanese wording is reported like its mainland twin', () => {
  it.each([
    ['當日撥款', '小額借款，手續簡便，當日撥款，歡迎來電洽詢。\n'],
    ['3分鐘立即到帳', '信用貸款專人服務，我們以全天候不間斷專人服務和3分鐘立即到帳的高效操作，讓您快速取得資金。\n'],
    ['10分钟马上到帐', '借款申请简单，审核快，10分钟马上到帐，借款额度最高5万元。\n'],
  ])('reports %s', (want, text) => expect(banned(text, 'loan')).toContain(want));
  it.each([
    ['審核通過後當日撥款，實際以審核結果為準。\n', 'the day counted from approval'],
    ['本公司不保證當日撥款，撥款時間依審核結果而定。\n', 'a denial before the promise'],
    ['專案核准後3分鐘內發送簡訊通知，帳戶資料請妥善保管。\n', 'a minute count before no disbursement verb'],
    ['本服務不間斷運作，但不承諾3分鐘立即到帳。\n', '不間斷 elsewhere, the promise itself denied'],
  ])('leaves alone: %s (%s)', (text) => expect(banned(text, 'loan')).toEqual([]));
});

// A time the page says it expects (预计), beside an application already made, is a status notice like 约/一般/通常 before the
// figure: not a speed promise; the same figure sold as the product's speed is still one
describe('an estimate of when money arrives (预计N小时内到账) is a notice, not a speed promise', () => {
  it.each([
    ['借款申请已提交，审核通过后预计2小时内到账，请留意短信通知。\n', 'an estimate after the application'],
    ['提现成功，预计30分钟内到账。\n', 'an estimate of a withdrawal'],
  ])('leaves alone: %s (%s)', (text) => expect(banned(text, 'loan')).toEqual([]));
  it.each([
    ['2小时内到账', '手机借款，无需抵押，2小时内到账，额度最高5万元。\n'],
    ['30分钟放款', '极简申请，30分钟放款，预计今年服务用户超百万。\n'],
  ])('reports %s', (want, text) => expect(banned(text, 'loan')).toContain(want));
});

// A promise that the lender's rights or interests are made safe (保证出借人的权益, 确保阁下利益受到保障) sells safety as the
// investor's guarantee; the same words as a purpose (为了保证…), a disclaimer (不保证…), a legal protection (受到法律保护) or a
// return's steadiness explained (保证投资者收益的稳定性) are not
describe('an assurance of the investor\'s rights or interests is a safety promise', () => {
  it.each([
    ['保证出借人的权益', '平台严格筛选合作机构，定期贷后检查，保证出借人的权益。\n'],
    ['确保阁下的权益', '专业团队全程跟进，确保阁下的权益。\n'],
  ])('reports %s', (want, text) => expect(banned(text, 'wealth').some((t) => t.startsWith(want))).toBe(true));
  it.each([
    ['为了保证出借人的权益，平台设立风险备用金账户并定期披露。\n', 'a purpose'],
    ['本平台不保证出借人的本金及权益不受损失，出借有风险。\n', 'a disclaimer'],
    ['确保投资人的利益受到法律保护，是监管的要求。\n', 'a legal protection'],
    ['分散投资，追求收益的最大化并保证投资者收益的稳定性。\n', 'a return\'s steadiness explained'],
  ])('leaves alone: %s (%s)', (text) => expect(banned(text, 'wealth')).toEqual([]));
});

// A superlative that names the end state an operation brings a measure or a setting to (资金利用率最大化, 保值性最大化, 将比例调至
// 最佳) says what is done to it, not how the offering rates; the same words rating the offering (收益率最大化, 最佳选择) still claim
describe('a superlative as the end state of an operation on a measure or a setting', () => {
  it.each([
    ['匹配多倍策略，最优化资金配置，使得资金利用率 最大化\n', 'a ratio maximised'],
    ['其抵押物在项目期限内的保值性最大化\n', 'a property maximised'],
    ['答：请检查您的网页显示比例是否为100%，如果不是，请您将比例调至最佳。\n', 'a setting adjusted'],
  ])('leaves alone: %s (%s)', (text) => expect(banned(text, 'wealth')).toEqual([]));
  it.each([
    ['最大化', '智能投顾让您的年化收益率最大化，资金利用率高。\n'],
    ['最佳', '稳健理财，本平台是您的最佳选择。\n'],
  ])('reports %s', (want, text) => expect(banned(text, 'wealth')).toContain(want));
});

// A reserve fund's payout word that begins the name of a rule sheet or an account (垫付规则明细表, “风险保障金账户”) names where
// the reserve's terms are or where it is kept, not a promise to pay; the reserve said to pay out (…保障规则垫付) still is one
describe('a reserve fund\'s rule sheet or account named, not its payout promised', () => {
  it.each([
    ['风险备用金存放入中国光大银行进行专户托管。风险备用金的计提标准和垫付规则详见分类垫付规则明细表。\n', 'a rule sheet'],
    ['添添利将计提的风险备用金存放入“风险保障金账户”并进行专户管理。\n', 'an account'],
  ])('leaves alone: %s (%s)', (text) => expect(banned(text, 'wealth')).toEqual([]));
  it('reports the reserve paying out by its rules', () =>
    expect(banned('投资人投资的资产出现逾期时，平台将使用风险备用金按照与该投资相应的保障规则垫付。\n', 'wealth').some((t) => t.startsWith('风险备用金'))).toBe(true));
});

// risk-disclosure/insurance-product-identity: a message that calls its insurance a best-seller (热销) offers it, as one
// that says 投保 or 保费 does: it owes the product's nature and the insurer's full name
describe('an insurance best-seller (热销) offered without its insurer', () => {
  const owed = (text: string) => linter.lint(plainTextDocument(text), { product: 'insurance', kind: 'marketing' }).findings.filter((f) => f.ruleId === 'risk-disclosure/insurance-product-identity').map((f) => f.text);
  it('a short message selling a best-selling insurance plan owes the insurer; the same message naming it does not', () => {
    expect(owed('某某银行本月热销保险产品：五年交费，每年返还，名额有限，预约从速！')).toEqual(['热销']);
    expect(owed('某某银行本月热销：本产品为保险产品，由某某人寿保险股份有限公司承保，五年交费，每年返还。')).toEqual([]);
  });
  it('…while the message without any word of an offer (热销, 投保, 保费) is not taken to offer it', () => {
    expect(owed('某某银行保险产品：五年交费，每年返还，名额有限，预约从速！')).toEqual([]);
  });
  // (a product said to be underwritten by a named insurer, 由…保险股份有限公司承保, or provided by one, 本产品由…保险有限公司提供,
  // has said that it is insurance: only an insurer underwrites)
  it('a page saying its product is underwritten or provided by the insurer named in full owes nothing more', () => {
    expect(owed('某某银行本月热销：五年交费，每年返还。本产品销售区域为北京，由某某人寿保险股份有限公司承保。')).toEqual([]);
    expect(owed('某某银行本月热销：五年交费，每年返还。本产品由某某人寿保险有限公司提供。')).toEqual([]);
  });
  it('…while an insurer named only as the issuer of the policy document, or as a shareholder, is no such statement', () => {
    expect(owed('某某银行本月热销：五年交费，每年返还。本人接受以某某财产保险股份有限公司提供的电子保单作为凭证。')).toEqual(['热销']);
    expect(owed('某某银行本月热销：五年交费，每年返还。保单由某某人寿保险有限公司提供的系统打印。')).toEqual(['热销']);
  });
});

// …and a plan that says of itself that it is not insurance (a mutual-aid or charity plan: 互助不是保险, 本计划并非保险产品) has
// made the statement about its nature that its kind owes: it owes no insurer's name; a page that only says someone is not an
// insurer's fault (拒赔不是保险公司…) or that a loss is not covered (不属于保险责任) has not
describe('a plan that says it is not insurance', () => {
  const owed = (text: string) => linter.lint(plainTextDocument(text), { product: 'insurance', kind: 'marketing' }).findings.filter((f) => f.ruleId === 'risk-disclosure/insurance-product-identity').map((f) => f.text);
  it('a mutual-aid plan sold from 9元起 that says it is not insurance owes no insurer', () => {
    expect(owed('爱心互助计划9元起加入，最高可得5万元互助金。温馨提示：互助不是保险，由会员共同分摊。')).toEqual([]);
    expect(owed('守护卡9元起，本计划并非保险产品，而是会员间的公益互助。')).toEqual([]);
  });
  it('…while a page whose "not insurance" words are about an insurer or a cover still owes it', () => {
    expect(owed('爱心计划9元起加入，最高保障5万元。拒赔不是保险公司说了算，我们帮您维权。')).toEqual(['元起']);
    expect(owed('意外保障9元起，酒后驾驶不属于保险责任范围。')).toEqual(['元起']);
  });
  it('a mutual-aid plan that offers its payout (互助金) owes the statement of its nature; one that makes it does not', () => {
    expect(owed('综合意外互助计划\n被互助人发生意外，可申请互助金，等待期90天。')).toEqual(['互助金']);
    expect(owed('综合意外互助计划\n被互助人发生意外，可申请互助金。温馨提示：互助不是保险。')).toEqual([]);
  });
  it('…while a declaration that only names the plan (不符合条件将退出互助计划) offers no payout', () => {
    expect(owed('本人承诺健康情况符合下列要求，并且理解不符合以下条件将导致自动退出互助计划，已经分摊的金额不予退还。')).toEqual([]);
  });
});

// banned-terms/misleading-insurance-claims: insurance sold on its return — a 高返还 headline, its benefit restated as an
// annualised yield (折合年化单利), or its 收益 called richer — while a benefit schedule, an illustration's caveat or a
// payout after the cooling-off period stated as fact is not a return promise
describe('insurance sold on its return or as a yield', () => {
  const hits = (text: string) => linter.lint(plainTextDocument(text), { product: 'insurance', kind: 'marketing' }).findings.filter((f) => f.ruleId === 'banned-terms/misleading-insurance-claims').map((f) => f.text);
  it('a 高返还 headline, a benefit restated as an annualised yield and richer returns are findings', () => {
    expect(hits('这款年金险交得少领得快高返还，十年折合年化单利约4%！').length).toBeGreaterThan(0);
    expect(hits('趁年轻早点买这份保险，将来收益会更加丰厚。').length).toBeGreaterThan(0);
  });
  it('…while a benefit schedule, an illustration with its caveat and a payout after the cooling-off period are not', () => {
    expect(hits('满期生存保险金为所交保费的100%，以合同约定为准。')).toEqual([]);
    expect(hits('利益演示仅供参考，演示利率不代表实际收益，最高返还金额以合同约定为准。')).toEqual([]);
    expect(hits('犹豫期后即可领取生存年金，具体以保险合同为准。')).toEqual([]);
  });
  it('insurance sold as wealth that grows (保费每年增值, 积攒财富) is a finding; insurance said not to be for wealth is not', () => {
    expect(hits('买一份年金保险，交满之后保单每年增值，帮全家积累财富。').length).toBeGreaterThan(0);
    expect(hits('保险的作用是转移风险，不是用来积累财富的，请按保障需要选择。')).toEqual([]);
  });
});

// a bare superlative that qualifies people (顶级专家, 顶级大咖) describes those persons — a committee's members, a launch's
// guests — not the offering, though a scope stands before it (业内30多位顶级专家); people who serve the offering (顶级专家团队
// 为您把关) and the offering rated (顶级风控) are still claims
describe('a superlative of people is no claim for the offering', () => {
  const sup = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings
    .filter((f) => f.ruleId === 'banned-terms/absolute-superlative').map((f) => f.text);
  it('experts on a committee and guests at a launch are not claims', () => {
    expect(sup('协会下设8个专业委员会，由行业内20余位顶级专家担任委员。')).toEqual([]);
    expect(sup('来自金融、地产等相关行业的企业代表、顶级嘉宾出席了签约仪式。')).toEqual([]);
  });
  it('…while experts serving the offering and the offering itself rated are', () => {
    expect(sup('业内顶级专家团队为您的每一笔出借把关。')).toEqual(['顶级']);
    expect(sup('平台资产优质，行业顶级风控。')).toEqual(['顶级']);
  });
});

// key-clause-emphasis, acceleration (提前收回): the consumer's own early repayment named as a condition or an event (在提前偿还
// 全部本金的情况下, 提前结清后，, 借款客户提前偿还全部剩余本金时, 发起提前结清申请) is a procedure, not the lender calling the loan in
describe('the consumer\'s own prepayment read as acceleration', () => {
  const keys = (text: string) =>
    linter.lint(plainTextDocument(`借款协议\n${text}\n`), { product: 'loan', kind: 'contract' }).findings
      .filter((f) => f.ruleId.startsWith('key-clause-emphasis/') && /提前收回/.test(f.message)).map((f) => f.text);
  it('a prepayment the borrower makes, as a time or a condition, is no acceleration', () => {
    expect(keys('除本合同另有约定外，在提前偿还全部本金的情况下，')).toEqual([]);
    expect(keys('若借款客户提前偿还全部剩余本金时（“提前还款”），则乙方将收到：')).toEqual([]);
    expect(keys('甲方通过丙方平台就本协议项下借款发起提前结清服务申请，并完成提前结清后，乙方不享有结清日后各期利息。')).toEqual([]);
  });
  it('the lender calling the loan in, or the borrower bound to repay at once, still is', () => {
    expect(keys('借款人违约的，应立即清偿全部借款本息。')).toHaveLength(1);
    // (a time named before the repayment, not after it: 违约时，…立即清偿)
    expect(keys('借款人违约时，应立即清偿全部借款本息。')).toHaveLength(1);
  });
});

// key-clause-emphasis, restates: the contract's own term running until the debt is paid names the fees it lists only as what is to
// be paid (本合同至…本息、罚息、违约金…全部清偿完毕之日终止; 本合同有效期直至…为止) — the articles that price them are the key clauses
describe('the contract\'s term running until everything is paid', () => {
  const keys = (text: string) =>
    linter.lint(plainTextDocument(`借款合同\n${text}\n`), { product: 'loan', kind: 'contract' }).findings
      .filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.text);
  it('is no key clause though it names 罚息 and 违约金', () => {
    expect(keys('本合同至合同项下的贷款本息、罚息、违约金、损害赔偿金及其他费用全部清偿完毕之日终止。')).toEqual([]);
    expect(keys('自本协议生效之日起至借款人全额清偿借款本金、利息和违约金（如有）之日止。')).toEqual([]);
  });
  it('a penalty charged until the day of payment still is, and so is a term that adds a right of the lender', () => {
    expect(keys('借款人逾期的，自逾期之日起按日万分之五计收罚息，直至清偿完毕之日止。')).toHaveLength(1);
    expect(keys('本合同有效期至借款人清偿全部借款本息之日止，期间贷款人有权单方调整罚息利率。')).toHaveLength(1);
  });
});
