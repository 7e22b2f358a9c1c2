// Wording rules on the shipped packs, read as a reviewer reads them: the catalogue of known traps (word boundaries
// that a biased dictionary or a naive matcher gets wrong), use vs mention for every mention cue, required statutory
// sentences, notices that talk about wording, and superlatives that state facts or limits — each with its other side.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../parsers/src/html.js';
import { Linter, digitForms, plainTextDocument, simplified, type DocKind, type LintDocument, type Product, type RulePack } from '../src/index.js';

const RULES = path.resolve(__dirname, '../../../rules');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const packs: RulePack[] = index.packs.map((p: string) => JSON.parse(fs.readFileSync(path.join(RULES, p), 'utf8')));
const dictionary = fs.readFileSync(path.join(RULES, index.dictionary), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]);
const discourse = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
const detection = JSON.parse(fs.readFileSync(path.join(RULES, index.detection), 'utf8'));
const linter = new Linter({ packs, dictionary, discourse, detection });
const wording = (text: string, product: Product = 'wealth', kind: DocKind = 'marketing') =>
  linter.lint(plainTextDocument(text), { product, kind }).findings.filter((f) => f.ruleId.startsWith('banned-terms/')).map((f) => f.text);

describe('trap catalogue: word boundaries', () => {
  it.each([
    ['首次投保本保险的，等待期为90天。', 'insurance'],
    ['被保险人投保本保险时须如实告知。', 'insurance'],
    ['借款人应确保本金按期归还。', 'wealth'],
    ['根据第一条的约定办理。', 'wealth'],
    ['本合同项下担保为最高额抵押。', 'loan'],
    ['本产品不保本，投资者可能损失本金。', 'wealth'],
    ['本行对集团实施统一流动性管理。', 'wealth'],
  ] as const)('clean: %s', (t, p) => expect(wording(t, p)).toEqual([]));
  it.each([
    ['本产品保本保息，稳赚不赔。', 'wealth'],
    ['投保本产品，保本又保收益！', 'insurance'],
  ] as const)('flagged: %s', (t, p) => expect(wording(t, p).length).toBeGreaterThan(0));
});

describe('expected-return wording with a bound between its words', () => {
  // (预期最高收益率 / 预计最低年化收益: the bound qualifies a forecast return, still the expected-return wording; a past
  // record's bound, 历史最高收益率, forecasts nothing)
  const expected = (t: string) => linter.lint(plainTextDocument(t), { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId === 'banned-terms/expected-return-wording').map((f) => f.text);
  it.each(['稳盈理财第8期：期限63天，预期最高收益率5.1%，限量发售。', '预计最低年化收益3.8%起'])('flagged: %s', (t) => expect(expected(t).length).toBeGreaterThan(0));
  it.each(['该产品成立以来最高收益率为5.1%，过往业绩不预示未来表现。', '业绩比较基准不是预期最高收益率。'])('clean: %s', (t) => expect(expected(t)).toEqual([]));
});

describe('a return range stated as the product\'s return, without 预期', () => {
  // (所以优选理财的收益是在12%~14%: the range is the forecast 预期收益率 states, only unnamed; a past record's range, a fund's
  // seven-day yield, a market's yield (国债收益率) or a range set against the benchmark forecasts nothing)
  const expected = (t: string) => linter.lint(plainTextDocument(t), { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId === 'banned-terms/expected-return-wording').map((f) => f.text);
  it.each(['所以优选理财的收益是在12%~14%。', '年化收益9%~14%，募满后立即计息。'])('flagged: %s', (t) => expect(expected(t).length).toBeGreaterThan(0));
  it.each(['该基金历史年化收益5%-8%，过往业绩不预示未来表现。', '近一年收益率5%-8%。', '业绩比较基准为年化收益率3.5%-4.5%。', '七日年化收益率2.1%-2.5%。', '近期10年期国债收益率在1.65%—1.80%区间震荡。'])('clean: %s', (t) => expect(expected(t)).toEqual([]));
});

describe('use vs mention', () => {
  it.each([
    ['warning', '凡承诺高收益、零风险的投资均需警惕。', '本产品零风险，请放心购买。'],
    ['warning', '谨防“保本保息”的非法集资。', '保本保息，安心理财。'],
    ['checking', '检查宣传材料中是否存在承诺保本保收益的表述。', '本产品承诺保本保收益。'],
    ['checking', '是否仍使用预期收益率？', '预期收益率4.5%，欢迎购买。'],
    ['prohibition', '销售人员不得承诺保本保收益。', '我们承诺保本保收益。'],
    ['prohibition', '请勿以您已交纳的全部保费为基础来简单套算保证收益。', '请勿错过，保证收益的理财限时抢购！'],
    ['reported', '该公司在宣传中宣称零风险、高收益，被依法处罚。', '零风险、高收益，就选我们。'],
    ['question', '客户问：这个产品保本吗？', '这个产品保本，放心买。'],
    ['question', '保本保息的产品，哪里有卖？', '真正的零风险理财，你还在等什么？'],
    ['question', '有没有高回报的理财？', '准备好享受高投资回报了吗？'],
    ['question', '定投是最安全的吗？', '为什么定投是最安全的？'],
    ['category defined', '保证收益理财产品是指商业银行按照约定条件向客户承诺支付固定收益的理财产品。', '理财产品是指本行发行的产品，保证收益。'],
    ['category divided', '非保证收益理财又可以分为保本浮动收益理财产品和非保本浮动收益理财产品。', '本行理财产品分为两类，其中保证收益理财产品稳赚不赔。'],
    ['category described', '保证收益的理财产品包括了固定收益理财产品和有最低收益的浮动收益理财产品。', '保证收益，包括本金和利息全部兑付。'],
    ['a field\'s name', '是否保本：否', '无论市场是否波动，本产品都保本保息。'],
    ['quoted', '监管部门对“保本”“零风险”等表述作出规范。', '“保本”理财，“零风险”投资，欢迎选购。'],
    ['quoted with its phrase', '大多数所谓的“保本理财”，实际上只是历史业绩较稳。', '“保本理财”，限时抢购，快来购买！'],
    ['quoted as a topic', '“稳赚不赔”的真相', '“稳赚不赔”的好产品，就在这里'],
  ])('%s: %s is a mention; %s is use', (_cue, mention, use) => {
    expect(wording(mention)).toEqual([]);
    expect(wording(use).length).toBeGreaterThan(0);
  });

  it('a question that names the offer as given (什么是借款当日免息？) uses its wording; one that asks whether it holds does not', () => {
    expect(wording('什么是借款当日免息？', 'loan').length).toBeGreaterThan(0);
    expect(wording('借款当日免息吗？', 'loan')).toEqual([]);
  });

  it('a statutory sentence is never a finding; the same words as a claim are', () => {
    expect(wording('本基金为混合型基金，其预期风险与预期收益高于债券型基金和货币市场基金。', 'fund')).toEqual([]);
    expect(wording('中国证监会对本基金的注册，并不表明其对本基金的投资价值和市场前景做出实质性判断或保证，也不表明投资于本基金没有风险。', 'fund')).toEqual([]);
    expect(wording('业绩比较基准不是预期收益率，不代表产品的未来表现和实际收益。')).toEqual([]);
    expect(wording('本基金预期收益率高达8%。', 'fund').length).toBeGreaterThan(0);
  });

  it('an amount calculator\'s output field is no return wording, filled or left for its script to fill; a rate in that field is', () => {
    const fields = (src: string) => linter.lint(parseHtml(src), { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId === 'banned-terms/expected-return-wording').map((f) => f.line);
    // (<label>预期收益：</label><span id="h_ys2"></span><span>元</span>; 预期收益：￥<span id="expectedReturn"></span>)
    expect(fields('<p>\n<label>预期收益：</label>\n<span id="h_ys2"></span>\n<span>元</span>\n</p>')).toEqual([]);
    expect(fields('<p>\n<span>预期收益：</span><span>￥<span id="expectedReturn"></span></span>\n</p>')).toEqual([]);
    expect(fields('<p>\n<span>预期收益：</span><span>1234.50元</span>\n</p>')).toEqual([]);
    // (…while the same caption over a rate, with or without a currency-looking gap, is the wording)
    expect(fields('<p>\n<label>预期收益：</label>\n<span>8.5%</span>\n</p>')).toEqual([2]);
    expect(fields('<p>\n<span>预期收益：</span><span>￥ 8.5%</span>\n</p>')).toEqual([2]);
  });

  it('in a notice or warning only the institution\'s own claims and advice count', () => {
    expect(wording('不法分子通常承诺保本保息，以高息为诱饵。', 'wealth', 'notice')).toEqual([]);
    expect(wording('建议新手选择保本保息的平台。', 'wealth', 'notice').length).toBeGreaterThan(0);
  });

  it('a loan help page\'s own credit promise is use; the same promise reported or warned against is not', () => {
    expect(wording('所以请您不要气馁，我们建议您多申请几家不同的机构，会提高审批通过率。', 'loan', 'notice').length).toBeGreaterThan(0);
    expect(wording('有的中介宣称多申请几家机构会提高审批通过率，这是骗局，请勿轻信。', 'loan', 'notice')).toEqual([]);
  });

  it('the pretexts a fraudster charges under (以…等为名义，向您收取费用) are warned against, not promised; the page\'s own promise is use', () => {
    expect(wording('如有中介以包装资料、提高通过率等为名义，向您收取费用，请立即拨打客服电话举报。', 'loan', 'marketing')).toEqual([]);
    expect(wording('资料齐全即可提高通过率，当天为您办理，我们只收取少量服务费。', 'loan', 'marketing').length).toBeGreaterThan(0);
  });

  it('approval in seconds is an instant-approval promise, as 秒批 is; the word quoted in a warning is not', () => {
    expect(wording('我们的授信审核为完全在线方式，10秒授信。', 'loan', 'marketing').length).toBeGreaterThan(0);
    expect(wording('谨防所谓“秒授信”的贷款广告，正规机构都要审核资质。', 'loan', 'marketing')).toEqual([]);
  });
});

describe('a regulator named in an investment scope, not as an endorsement', () => {
  const endorsement = (text: string, product: Product = 'fund') =>
    linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((f) => f.ruleId === 'banned-terms/regulator-endorsement');
  it('the other instruments a regulator allows, however qualified (认可的其他具有良好流动性的…工具), are the scope clause', () => {
    expect(endorsement('本基金可投资于剩余期限在397天以内的债券、中期票据，以及中国证监会、中国人民银行认可的其他具有良好流动性的货币市场工具。')).toEqual([]);
    expect(endorsement('计划资金投向同业存单，以及监管机构认可的其他风险较低的金融工具。', 'wealth')).toEqual([]);
  });
  it('…but a platform or product the regulator is said to approve is still an endorsement, qualified or not', () => {
    expect(endorsement('本平台是经证监会认可的正规理财平台，安全可靠。', 'wealth').length).toBeGreaterThan(0);
    expect(endorsement('央行认可的优质理财产品，放心购买。', 'wealth').length).toBeGreaterThan(0);
  });
});

describe('superlatives: a claim vs a fact, a limit, a fee, a date', () => {
  it.each([
    '每人每天累计最高可出借5万元。',
    '此标的最高加息0.8%。',
    '最高赎回费1.5%。',
    '贷款金额最高为车价的80%。',
    '每月首个工作日发放。',
    '第一、了解产品风险等级。',
  ])('clean: %s', (t) => expect(wording(t)).toEqual([]));
  it.each(['我们是行业第一品牌。', '收益最高，最安全的选择！'])('flagged: %s', (t) => expect(wording(t).length).toBeGreaterThan(0));
  // a limit's label and its figure in two elements of a page (<view>最低年利率</view><view>4.35%</view>; 为您提供最高 / 10 倍杠杆):
  // the figure on the next line completes the limit as it does on the same line — but not a return's (最高收益 / 12%), nor a
  // word that is no figure (利率最低 / 随借随还), nor a claim that ends its sentence (全市最高！ / 3年期…)
  it.each([['最低年利率\n4.35%\n按单利计算', 'loan'], ['大成国际资产证券为您提供最高\n10 倍杠杆', 'wealth']] as const)('clean: %s', (t, p) => expect(wording(t, p)).toEqual([]));
  it.each([['最高收益\n12%', 'wealth'], ['利率最低\n随借随还', 'loan'], ['存款利率全市最高！\n3年期定期存款年利率2.10%', 'deposit']] as const)('flagged: %s', (t, p) => expect(wording(t, p).length).toBeGreaterThan(0));
  // a countdown given as a length of time is a step's time window (确认倒计时12小时; 一般有2-5分钟左右的倒计时), no sales
  // deadline — but a sale's countdown stays pressure with or without a length (发售倒计时2小时), and so does a live clock
  it.each(['订单匹配后付款确认倒计时12小时，超时自动取消。', '定时标发出前一般有2-5分钟左右的倒计时，到点后即可投标。'])('clean: %s', (t) => expect(wording(t)).toEqual([]));
  it.each(['新品发售倒计时2小时，敬请关注。', '定时标开标倒计时：00:05:00', '停售倒计时3天。'])('flagged: %s', (t) => expect(wording(t).length).toBeGreaterThan(0));
});

describe('a reward reckoned on the money a friend invests', () => {
  // an invitation page's formula (奖励 = 好友投资金额 × 奖励系数; 分红 = 一级投资人投资额 × 分红比例) pays for the investing it
  // brings in — but a return's or a fee's formula on the same shape is no reward (收益 = 投资金额 × 收益率; 手续费 = 本金 × 0.5%)
  it.each(['每分钟收益 = 投资金额 × 分钟收益率', '转让手续费=转让本金×0.5%'])('clean: %s', (t) => expect(wording(t)).toEqual([]));
  it.each(['您所赚奖励 = 好友投资金额 x 奖励系数', '合伙人的分红=一级投资人投资额×分红比例+二级投资人投资额×分红比例'])('flagged: %s', (t) => expect(wording(t).length).toBeGreaterThan(0));
});

describe('a reward\'s condition and its amount in two elements', () => {
  // a step card or a banner sets the condition in one element and the amount in the next (<div>新手注册即获得</div>
  // <div>50元红包</div>): the amount on the next line completes the gift as it does on the same line — but not money that is
  // no reward (本金及收益), nor a count that is no money (5次免费提现)
  it.each(['投资到期后可获得\n1000元本金及收益', '注册成功后可获得\n5次免费提现机会'])('clean: %s', (t) => expect(wording(t)).toEqual([]));
  it.each(['注册24小时内首投最高得\n100元红包', '被邀好友可获得\n88888元体验金+888元红包'])('flagged: %s', (t) => expect(wording(t).length).toBeGreaterThan(0));
});

describe('gifts a group is said to enjoy', () => {
  // a banner grants the gifts by the verb of enjoying (新手注册尊享三重好礼, 开户即享开年好礼): 享 with the gift noun a few words on
  // offers them as 送 does — but not 分享 (passing a page on), a denial (不享), nor a privilege that is no gift (尊享专属客服)
  it.each(['开户即享开年好礼，首投再享加息。', '新会员独享迎新大礼！'])('flagged: %s', (t) => expect(wording(t).length).toBeGreaterThan(0));
  it.each(['点击右上角分享好礼活动页给好友。', '会员尊享专属客服和线下理财课程。', '本活动老用户不享好礼。'])('clean: %s', (t) => expect(wording(t)).toEqual([]));
});

describe('a rate bonus granted without an offer verb', () => {
  // a bonus is offered with no 送/领/获得 when it is tied to a group or to everything on sale (新客户加息1.5%, 全场加息0.6%), to an
  // amount invested (出借5w及以上+0.8%, 认购满10万元加息0.3%), or said to be already delivered to the reader (…加息券已发放至您的账户)
  // — but not a central bank's 加息, a ledger's used coupon, a rules page's future delivery or its list of coupon kinds, nor a
  // tier of interest with no bonus in it
  it.each([
    '新客户加息1.5%，限前100名。',
    '全场加息0.6%，仅限本周。',
    '单笔出借5w及以上+0.8%',
    '认购满10万元加息0.3%。',
    '恭喜！2张0.5%加息券已发放至您的账户。',
    '188元红包已经存入您的理财账户，请尽快使用。',
  ])('flagged: %s', (t) => expect(wording(t).length).toBeGreaterThan(0));
  it.each([
    '央行宣布加息0.25个百分点，美联储年内已三次加息。',
    '2024-03-01 加息券 +0.5% 已使用',
    '加息券将于活动结束后5个工作日内发放至您的账户。',
    '加息券：出借时勾选使用，可提高当期年化收益。',
    '出借金额1万元及以上的部分按年化8%计息。',
    '您的提现申请已提交，资金将转入您的银行账户。',
  ])('clean: %s', (t) => expect(wording(t)).toEqual([]));
});

describe('traditional characters (the whole OpenCC table, not a hand-picked list)', () => {
  it.each(['旱澇保收，穩賺不賠。', '業績遙遙領先！'])('flagged: %s', (t) => expect(wording(t).length).toBeGreaterThan(0));
  it('keeps offsets: the finding quotes the traditional original', () => expect(wording('本產品旱澇保收。')).toEqual(['旱澇保收']));
});

describe('how real ads say it', () => {
  it.each([
    ['0门槛，1秒来钱！', 'loan'],
    ['大额低息，借款无门槛。', 'loan'],
    ['历史全额兑付，0逾期0坏账。', 'wealth'],
    ['平台以风险备用金先行垫付本息。', 'wealth'],
    ['年化收益是银行活期的20倍。', 'wealth'],
    // a rate bonus given as a reward: 奖励加息0.2%, a reward then its N%加息券, 返息0.5-1%
    ['续购第一次奖励加息0.2%，第二次0.5%。', 'wealth'],
    ['好友完成投资后，奖励被邀请人1%加息券一张。', 'wealth'],
    ['定时发布返息0.5-1%的产品。', 'wealth'],
  ] as const)('flagged: %s', (t, p) => expect(wording(t, p).length).toBeGreaterThan(0));
  it.each([
    ['借1000元每天利息低至0.2元，年化利率（单利）7.3%。', 'loan'],
    ['本产品不承诺保本，历史业绩不代表未来表现。', 'wealth'],
    ['1%加息券仅限投资30天以上的标的使用，不可与红包同时使用。', 'wealth'],
    ['还款方式：每月返息，到期还本。', 'wealth'],
  ] as const)('clean: %s', (t, p) => expect(wording(t, p)).toEqual([]));
});

describe('number words written with digits, and one finding per phrase', () => {
  it('a listed term with 零 or 百分之百 is also found as ads write it (0风险, 0门槛, 100%安全); a figure that is no such word is not', () => {
    expect(digitForms('零风险')).toEqual(['0风险']);
    expect(digitForms('百分之百安全')).toEqual(['100%安全']);
    expect(digitForms('保本')).toEqual([]);
    expect(wording('0风险理财，稳稳的。')).toContain('0风险');
    expect(wording('0门槛，人人可投。')).toContain('0门槛');
    expect(wording('风险等级R0，本产品不是存款。')).toEqual([]);
    expect(wording('手续费0元，按日计息。')).toEqual([]);
  });
  it('the same words found by two wording rules of one family are one finding, under the rule of the document\'s product', () => {
    const f = linter.lint(plainTextDocument('0门槛借款，立即申请，年化利率10%。'), { product: 'loan', kind: 'marketing' }).findings.filter((x) => x.ruleId.startsWith('banned-terms/'));
    expect(f.map((x) => [x.text, x.ruleId])).toEqual([['0门槛', 'banned-terms/misleading-credit-promises']]);
    // …also when one rule's finding groups more words of its sentence: 超低门槛 is the credit promise, 超高收益 the inducing word
    // (two rules of the family in one sentence: one finding over both phrases, the inducing word under also)
    const g = linter.lint(plainTextDocument('超低门槛，超高收益，立即申请借款，年化利率10%。'), { product: 'loan', kind: 'marketing' }).findings.filter((x) => x.ruleId.startsWith('banned-terms/'));
    expect(g.map((x) => [x.text, x.ruleId, x.also])).toEqual([['超低门槛，超高收益', 'banned-terms/misleading-credit-promises', [{ ruleId: 'banned-terms/inducing-pressure-language', text: '超高收益' }]]]);
  });
});

describe('one finding per sentence and family: a reviewer marks the sentence once, every reason said', () => {
  const banned = (text: string, levels?: Record<string, 'off' | 'warn' | 'error'>) =>
    linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing', levels }).findings.filter((f) => f.ruleId.startsWith('banned-terms/'));
  const both = '本金保障计划指借款逾期时，平台将向理财人垫付未归还的本金。';
  it('a promise of principal and a backstop in one sentence: one finding, both rules, both bases, no one-phrase quick fix', () => {
    const [f, ...rest] = banned(both);
    expect(rest).toEqual([]);
    expect(f.ruleId).toBe('banned-terms/guaranteed-principal-or-return');
    expect(f.also?.map((a) => a.ruleId)).toEqual(['banned-terms/rigid-redemption-or-backstop']);
    expect(f.message).toMatch(/^“本金保障计划”.*另：“向理财人垫付”构成刚性兑付/);
    expect(f.text).toBe('本金保障计划指借款逾期时，平台将向理财人垫付');
    const rules = packs.flatMap((p) => p.rules);
    for (const id of ['banned-terms/guaranteed-principal-or-return', 'banned-terms/rigid-redemption-or-backstop']) for (const b of rules.find((r) => r.id === id)!.basis) expect(f.basis).toContainEqual(b);
    expect(new Set(f.basis.map((b) => `${b.instrument}${b.article ?? ''}`)).size).toBe(f.basis.length);
  });
  it('…a tile whose words open their own source line is its own place, though the tile above ends in words of its own; a line that ends in a comma goes on', () => {
    const tiles = (src: string) => linter.lint(parseHtml(src), { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId.startsWith('banned-terms/')).map((f) => [f.line, f.text]);
    // (<span>资金100%安全托管</span><br>\n<span>运营以来，零逾期</span>: two tiles, two places, each its own words)
    expect(tiles('<div>\n<span>资金<b>100%</b>安全托管</span><br />\n<span>运营以来，零逾期</span>\n</div>')).toEqual([[2, '资金100%安全'], [3, '运营以来，零逾期']]);
    // (…while a sentence the markup wraps after a comma is one place, marked once at its start)
    expect(tiles('<div>\n<span>资金<b>100%</b>安全，\n运营以来，零逾期</span>\n</div>').map(([l]) => l)).toEqual([2]);
  });
  it('a negation in the tile above does not reach into a tile that opens its own source line; a negation that ends the line above, or one in the same tile, still does', () => {
    const tiles = (src: string) => linter.lint(parseHtml(src), { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId.startsWith('banned-terms/')).map((f) => f.line);
    // (<span>申购费：无</span> / <span>预期年化收益：4.2%</span>: the 无 is the fee's value, the next tile's wording is used)
    expect(tiles('<div>\n<span>申购费用：无需支付</span>\n<span>预期年化收益：4.2%</span>\n</div>')).toEqual([3]);
    // (…while 本产品不 / 承诺保本 wrapped by the markup, and a negation inside the tile, still negate)
    expect(tiles('<div>\n<span>本产品不\n承诺保本保收益</span>\n</div>')).toEqual([]);
    // (…however deep the source indents the wrapped line: 本产品不承诺 / ⏎ and eight spaces / 保本保收益)
    expect(tiles('<div>\n  <span>本产品不承诺\n        保本保收益</span>\n</div>')).toEqual([]);
    expect(tiles('<div>\n  <span>本产品承诺\n        保本保收益</span>\n</div>')).toEqual([3]);
    expect(tiles('<div>\n<span>申购费用：无需支付</span>\n<span>本产品不承诺保本保收益</span>\n</div>')).toEqual([]);
  });
  it('…two lines are two places, but two paragraphs on one source line are that line\'s one place; a rule turned off hosts nothing and hides nothing', () => {
    expect(banned('本金保障计划，安心出借。\n逾期时平台将向理财人垫付本金。').map((f) => [f.ruleId, f.also])).toEqual([['banned-terms/guaranteed-principal-or-return', undefined], ['banned-terms/rigid-redemption-or-backstop', undefined]]);
    // (two paragraphs a page's markup sets on one source line: <p>本金保障计划。</p><p>逾期时…</p> — the reviewer marks the
    // line once for the family, both reasons said; the host keeps its own words' span)
    const doc = plainTextDocument('本金保障计划。逾期时平台将向理财人垫付本金。');
    const paragraphs = linter.lint({ ...doc, blocks: [{ type: 'paragraph', start: 0, end: 7 }, { type: 'paragraph', start: 7, end: 22 }] }, { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId.startsWith('banned-terms/'));
    expect(paragraphs.map((f) => [f.line, f.ruleId, f.text, f.also?.map((a) => [a.ruleId, a.text])])).toEqual([[1, 'banned-terms/guaranteed-principal-or-return', '本金保障计划', [['banned-terms/rigid-redemption-or-backstop', '向理财人垫付']]]]);
    // (…while the same two paragraphs on two source lines stay two places, each its own finding)
    const twoLines = plainTextDocument('本金保障计划。\n逾期时平台将向理财人垫付本金。');
    const apart = linter.lint({ ...twoLines, blocks: [{ type: 'paragraph', start: 0, end: 7 }, { type: 'paragraph', start: 8, end: 23 }] }, { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId.startsWith('banned-terms/'));
    expect(apart.map((f) => [f.line, f.ruleId, f.also])).toEqual([[1, 'banned-terms/guaranteed-principal-or-return', undefined], [2, 'banned-terms/rigid-redemption-or-backstop', undefined]]);
    // (…and two families on one line are two findings: the fold is per family)
    const mixed = linter.lint({ ...plainTextDocument('保本保息，理财产品最终解释权归本公司所有。'), blocks: [{ type: 'paragraph', start: 0, end: 5 }, { type: 'paragraph', start: 5, end: 21 }] }, { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId.startsWith('banned-terms/') || f.ruleId.startsWith('unfair-terms/'));
    expect(mixed.map((f) => f.ruleId.slice(0, f.ruleId.indexOf('/'))).sort()).toEqual(['banned-terms', 'unfair-terms']);
    const off = banned(both, { 'banned-terms/guaranteed-principal-or-return': 'off' });
    expect(off.map((f) => [f.ruleId, f.text, f.also])).toEqual([['banned-terms/rigid-redemption-or-backstop', '向理财人垫付', undefined]]);
  });
  it('a directive that turns one rule off at the line leaves the other said on its own, and the turned-off one unsaid', () => {
    const lint = (t: string) => linter.lint(plainTextDocument(t), { product: 'wealth', kind: 'marketing' }).findings.filter((f) => f.ruleId.startsWith('banned-terms/'));
    const host = lint(`<!-- xiaobao-disable-next-line banned-terms/guaranteed-principal-or-return -->\n${both}`);
    expect(host.map((f) => [f.ruleId, f.also])).toEqual([['banned-terms/rigid-redemption-or-backstop', undefined]]);
    const other = lint(`<!-- xiaobao-disable-next-line banned-terms/rigid-redemption-or-backstop -->\n${both}`);
    expect(other.map((f) => [f.ruleId, f.also])).toEqual([['banned-terms/guaranteed-principal-or-return', undefined]]);
    expect(other[0].message).not.toContain('另：');
  });
  it('…but the sentences of one paragraph on one line are one place: a reviewer marks the line once for the family, every reason said, the host keeping its own sentence\'s span', () => {
    const [f, ...rest] = banned('中再融使用国内最先进的系统。委托国内最大的第三方支付机构管理资金，本金保障计划，安心出借。');
    expect(rest).toEqual([]);
    expect([f.ruleId, f.text, f.line]).toEqual(['banned-terms/absolute-superlative', '最先进', 1]);
    expect(f.also?.map((a) => [a.ruleId, a.text])).toEqual([['banned-terms/absolute-superlative', '最大'], ['banned-terms/guaranteed-principal-or-return', '本金保障计划']]);
    expect(f.message).toMatch(/^“最先进”.*另：“最大”.*另：“本金保障计划”/);
  });
  it('one rule\'s several phrases in a sentence: the finding spans them, its message quotes each phrase, not the words between; one phrase is quoted as it stands', () => {
    const [f, ...rest] = banned('本平台是行业领先的互联网理财平台，互联网理财首选。');
    expect(rest).toEqual([]);
    expect([f.ruleId, f.text]).toEqual(['banned-terms/absolute-superlative', '行业领先的互联网理财平台，互联网理财首选']);
    expect(f.message).toMatch(/^“行业领先”“首选”属于/);
    const [one] = banned('本平台是行业领先的互联网理财平台。');
    expect(one.message).toMatch(/^“行业领先”属于/);
  });
  it('overlapping phrases of one rule are quoted as the one run they make, apart ones each', () => {
    const [f] = banned('本金安全，收益稳定，欢迎购买本理财产品。');
    expect(f.message).toMatch(/^“本金安全，收益稳定”明示或暗示/);
    expect(f.message).not.toContain('”“');
    const [g] = banned('本平台是行业领先的互联网理财平台，互联网理财首选。');
    expect(g.message).toMatch(/^“行业领先”“首选”/);
  });
  it('the more severe rule hosts: an error is not folded under a warning', () => {
    const f = banned('领先的财富管理品牌，最好的理财。', { 'banned-terms/absolute-superlative': 'error' });
    expect(f).toHaveLength(1);
    expect(f[0].ruleId).toBe('banned-terms/absolute-superlative');
  });
});

describe('a contract’s wording is its vocabulary', () => {
  const table = '理财产品认购协议\n第一条 预期年化收益率为4.5%。\n第二条 产品到期后，按预期年化收益率计算并支付收益。\n第三条 二期产品预期年化收益率为5.2%，预期年化收益率不代表实际收益。';
  const found = (kind: DocKind) => linter.lint(plainTextDocument(table), { product: 'wealth', kind }).findings.filter((f) => f.ruleId.startsWith('banned-terms/expected-return'));
  it('in a contract a stated expected rate is one finding at its first place, the same words with another figure counted as more of it; the term alone (a defined term, a column) is none', () => {
    const f = found('contract');
    expect(f.map((x) => [x.line, x.ruleId])).toEqual([[2, 'banned-terms/expected-return-in-contract']]);
    expect(f[0].message).toContain('另有 1 处相同表述');
  });
  it('in marketing each place is its own finding', () => expect(found('marketing').map((x) => x.line)).toEqual([2, 3, 4]));
});

describe('a page that sets out an agreement below its own text', () => {
  const top = '稳盈1号 定向委托投资\n本期发行总额：200万元\n起投金额：100元\n剩余可投：50万元\n立即投资\n产品亮点：本平台收益最高，全网第一，资金由专业团队管理，期限灵活，到期一次性兑付，欢迎广大投资者踊跃认购。\n'
    + '产品说明：本产品投资于非银行金融机构发行的资产管理产品，委托人可随时在账户中心查询持有份额与到账情况，产品详情以平台公告为准，投资前请阅读相关协议。\n';
  const agreement = '定向委托投资管理协议\n甲方（委托人）：\n乙方（受托人）：\n第一条 乙方有权收取委托金额的2%作为管理费。\n第二条 甲方不得提前解除本协议。\n第三条 乙方对投资损失不承担任何责任。\n第四条 乙方尽最大努力管理委托资产。';
  const lint = (text: string) => linter.lint(plainTextDocument(text), {});
  it('reads the agreement as one (its key clauses, not an ad’s wording) and the page above it as the page', () => {
    const r = lint(top + agreement);
    expect(r.kind).not.toBe('contract');
    const at = (prefix: string) => r.findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => f.line);
    expect(at('key-clause-emphasis/').length).toBeGreaterThan(0);
    expect(Math.min(...at('key-clause-emphasis/'))).toBeGreaterThan(8);
    expect(at('banned-terms/absolute-superlative').every((l) => l <= 7)).toBe(true);
    expect(at('banned-terms/absolute-superlative').length).toBeGreaterThan(0);
  });
  it('a membership convention (公约, 章程) set out in chapters is an agreement as a 协议 is; the same title over prose is not', () => {
    const convention = '爱心卡行动公约\n第一章 前言\n本项目为会员提供互助。\n第二章 释义\n会员：指完成注册的个人。\n第三章 公约效力\n1、平台有权根据实际情况随时修订本公约。\n2、会员因此产生的一切损失由会员自行承担。';
    const r = lint(top + convention);
    expect(r.kind).not.toBe('contract');
    expect(r.findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).length).toBeGreaterThan(0);
    const prose = '爱心卡行动公约\n欢迎大家加入，让我们一起传递爱心。\n平台有权根据实际情况随时修订本公约。\n会员因此产生的一切损失由会员自行承担。';
    expect(lint(top + prose).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/'))).toEqual([]);
  });
  it('an agreement set out below a notice is the institution’s terms: its wording is used there, while the notice above only talks about wording', () => {
    const notice = '关于爱心互助计划升级的公告\n尊敬的会员：\n为更好地服务会员，爱心互助计划将于下月升级，升级期间暂停受理新的救助申请，已受理的申请照常处理。\n升级后会员可在个人中心查看分摊明细，感谢您的支持。\n特此公告。\n';
    const convention = '爱心卡行动公约\n第一章 前言\n本项目为会员提供互助。\n第二章 释义\n会员：指完成注册的个人。\n第三章 其他\n1、平台有权根据实际情况随时修订本公约。\n2、本公约的解释权归爱心卡平台所有。';
    const reserved = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'unfair-terms/final-interpretation-right').map((f) => f.line);
    expect(lint(notice + convention).kind).toBe('notice');
    expect(reserved(notice + convention)).toEqual([13]);
    // the same sentence in the notice's own text, above the agreement, is still read as a notice's mention
    expect(reserved(notice.replace('特此公告。', '本公约的解释权归爱心卡平台所有。\n特此公告。') + convention.replace('2、本公约的解释权归爱心卡平台所有。', '2、会员应遵守本公约。'))).toEqual([]);
  });
  it('a numbered line (四、免责条款 of a site statement, an agreement’s own 第九条 其他条款) is a part of its text, not an agreement’s title', () => {
    const part = '一、网站信息\n本网站发布的信息仅供参考。\n四、免责条款\n第一条 本公司对用户因使用本网站而遭受的任何损失不承担任何责任。\n第二条 本公司有权随时修改本声明，无需另行通知用户。\n第三条 本公司有权收取服务金额的2%作为管理费。';
    const kce = (text: string) => lint(text).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/'));
    expect(kce(top + part)).toEqual([]);
    // the same clauses under the title of an agreement set out below the page are that agreement’s
    expect(kce(top + part.replace('四、免责条款', '网站服务协议')).length).toBeGreaterThan(0);
  });
  it('a suitability test whose provider disclaims the risk of what is bought on its result is read as terms from that line; another exemption on a test, or that one on a page naming no test, is not', () => {
    const test = '风险承受能力评估\n风险提示\n投资人在投资前需要了解相关投资项目的基本情况和投资风险。\n我们将对您的风险承受能力进行评估。\n1、您的年龄是？\nA.18-30岁\nB.31-50岁\n2、您的投资经验是？\nA.无\nB.五年以上\n';
    const kce = (text: string) => lint(text).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    const r = lint(`${test}本公司不对投资者根据此评估结果投资所产生的风险承担责任。`);
    expect(r.kind).toBe('notice');
    expect(kce(`${test}本公司不对投资者根据此评估结果投资所产生的风险承担责任。`)).toEqual([11]);
    expect(kce(`${test}本公司不对网络故障承担责任。`)).toEqual([]);
    expect(kce('常见问题\n如何投资？\n点击立即投资即可。\n本公司不对投资者根据此投资所产生的风险承担责任。')).toEqual([]);
  });
  it('a title in a heading that links to another page (an article list’s headline over its teaser) names that page’s agreement', () => {
    const text = top + agreement;
    const at = text.indexOf('定向委托投资管理协议');
    const heading = (away: boolean): LintDocument => {
      const d = plainTextDocument(text);
      return { ...d, blocks: d.blocks.map((b) => (b.start === at ? { ...b, type: 'heading' as const, depth: 2, ...(away ? { link: true, away: true } : {}) } : b)) };
    };
    const kce = (d: LintDocument) => linter.lint(d, {}).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/'));
    expect(kce(heading(true))).toEqual([]);
    expect(kce(heading(false)).length).toBeGreaterThan(0);
  });
  it('a page taken for a contract by the words of an untitled agreement at its foot (重要提示 / 请您务必审慎阅读…本授权书) is the page its own text is: its answers are no clauses', () => {
    const page = '闪借 极速借款\n借款额度：最高5万元\n借款期限：3个月、6个月、12个月\n立即申请\n产品特点：线上申请，全程手机操作，资料简单，审核通过后资金直接转入您的银行卡，按月等额还款，可在个人中心查看每期还款计划与已还金额。\n'
      + '申请条件：年满22周岁的中国大陆居民，持有本人实名手机号码与本人名下借记卡，信用记录良好，有稳定的工作和收入来源。\n还款方式：每月还款日系统从您绑定的银行卡自动扣款，请在还款日前一天保证卡内余额充足，如需更换还款银行卡，可在个人中心操作。\n'
      + '常见问题\n借款费用有哪些？\n借款费用包括利息和融资服务费1%/月，融资服务费在借款成功时一次性扣除。\n未按时还款会怎样？\n逾期未还款的，平台将按日计收罚息，并将借款人信息披露在逾期名单中。\n'
      + '可以提前还款吗？\n可以。借款成功后次月起可在个人中心申请提前还款，提前还款需结清剩余本金及当期利息。\n如何提高借款额度？\n额度由您的信用情况、还款记录等综合评定，按时还款有助于提升额度。\n';
    const auth = '重要提示：\n请您务必审慎阅读、充分理解本授权书条款内容，您的使用、登录等行为即视为您已阅读并同意本授权书条款的约束。\n一、本人同意并不可撤销地授权：平台可以向征信机构报送本人的信用信息，包括不良信息。\n'
      + '二、本人同意并不可撤销地授权：平台可以向征信机构查询本人的信用报告。\n三、本人同意将纠纷提交本授权书签订地人民法院管辖。\n本授权书是本人向平台作出的单方承诺，本合同无效不影响本授权书效力。\n';
    const head = page.split('\n').length;
    const kce = (r: ReturnType<typeof lint>) => r.findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    const r = lint(page + auth);
    expect(r.kind).not.toBe('contract');
    expect(kce(r).length).toBeGreaterThan(0);
    expect(Math.min(...kce(r))).toBeGreaterThanOrEqual(head);
    // a 温馨提示 that does not name the text it heads opens no agreement: the whole page stays the contract its words make it
    const tip = lint(page + auth.replace('重要提示：', '温馨提示：').replace('请您务必审慎阅读、充分理解本授权书条款内容，', ''));
    expect(tip.kind).toBe('contract');
    expect(Math.min(...kce(tip))).toBeLessThan(head);
  });
  it('an agreement whose title names no agreement word opens at its preamble naming both parties (以下简称甲方…以下简称乙方), under a questionnaire', () => {
    const quiz = '风险承受能力评估\n请协助回答下列问题，评估结果有助于分析您对投资风险的态度。\n1、您的年龄是？\nA.30岁以下\nB.30岁至50岁\n2、您的投资经验是？\nA.没有经验\nB.三年以上\n'
      + '3、您的家庭年收入是？\nA.10万元以下\nB.10万元以上\n4、您能承受的最大亏损是？\nA.10%以内\nB.30%以上\n';
    const card = '某某银行储蓄卡使用约定\n（2020年版）\n某某银行（以下简称甲方）与储蓄卡申领人（以下简称乙方）就储蓄卡的申领、使用等事宜达成本约定。\n'
      + '第一条 甲方有权对两年内无交易的账户予以销户，无需另行通知乙方。\n第二条 乙方泄露密码造成的损失由乙方自行承担，甲方不承担任何责任。\n第三条 因本约定发生的争议由甲方所在地人民法院管辖。\n';
    const head = quiz.split('\n').length;
    const kce = (text: string) => lint(text).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    expect(lint(quiz + card).kind).toBe('notice');
    expect(kce(quiz + card).length).toBeGreaterThan(0);
    expect(Math.min(...kce(quiz + card))).toBeGreaterThan(head);
    // a line that names one party so (a bank's own description of its service) opens no agreement: the questionnaire's page stays one
    expect(kce(quiz + card.replace('与储蓄卡申领人（以下简称乙方）就储蓄卡的申领、使用等事宜达成本约定', '向储蓄卡申领人提供储蓄卡的申领、使用等服务'))).toEqual([]);
  });
  it('the same clauses without an agreement’s head (its title and parties) stay the page’s', () => {
    const r = lint(top + agreement.replace('定向委托投资管理协议\n甲方（委托人）：\n乙方（受托人）：\n', ''));
    expect(r.findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/'))).toEqual([]);
  });
});

describe('what someone seeks is no promise', () => {
  it('an investor\'s aim (希望获得稳定回报, 寻求资金的较高收益) is clean; the same words offered are not', () => {
    expect(wording('A、风险厌恶、不希望本金损失、希望获得稳定回报')).toEqual([]);
    expect(wording('C、寻求资金的较高收益和成长性、愿意为此承担有限本金的损失')).toEqual([]);
    expect(wording('选择本产品，获得稳定回报。')).not.toEqual([]);
    expect(wording('本产品追求稳健收益，收益稳定。')).not.toEqual([]);
  });
  it('an act the reader wants or finds hard (如果你想抄底…, 普通人很难精准抄底逃顶) is named, not urged; the same word urged is not', () => {
    expect(wording('所以对于散户来说，如果你想抄底的可以用限价单方式来做策略。')).toEqual([]);
    expect(wording('加密货币价格波动大，普通人很难精准抄底逃顶。')).toEqual([]);
    expect(wording('比如说我认为比特币现在是39000多，我想在3万的时候抄底。')).toEqual([]);
    expect(wording('行情大跌，赶紧抄底，错过再等一年！')).not.toEqual([]);
    expect(wording('我们想让你抄底，机会难得！')).not.toEqual([]);
  });
});

describe('traditional characters in the discourse layer', () => {
  it('a 繁體 text is read as its simplified twin, same length and offsets; a simplified text is returned as it is', () => {
    expect(simplified('基金機構不保證最低之收益')).toBe('基金机构不保证最低之收益');
    const plain = '本产品不保证最低收益。';
    expect(simplified(plain)).toBe(plain);
    expect(simplified('本行有權調整')).toHaveLength('本行有權調整'.length);
  });
  it('text extracted from PDF with look-alike radicals (贷款⼈, U+2F08) reads as its ideographs, and is quoted as written', () => {
    const clause = (t: string) => linter.lint(plainTextDocument(`第五条 ${t}`), { product: 'loan', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/'));
    const plain = clause('贷款人有权单方调整贷款利率，无需另行通知借款人。');
    const pdf = clause('贷款\u2f08有权单方调整贷款利率，无需另行通知借款\u2f08。');
    expect(plain.length).toBeGreaterThan(0);
    expect(pdf.map((f) => f.ruleId)).toEqual(plain.map((f) => f.ruleId));
    expect(pdf[0]!.text).toContain('\u2f08');
    expect(simplified('贷款\u2f08有权')).toBe('贷款人有权');
  });
  it('required wording written in 繁體 is no claim; a claim written in 繁體 still is', () => {
    expect(wording('基金機構除盡善良管理人之注意義務外，不負責基金之盈虧，亦不保證最低之收益。', 'fund')).toEqual([]);
    expect(wording('基金管理人不保證基金一定盈利，也不保證最低收益。', 'fund')).toEqual([]);
    expect(wording('本平台理財產品收益全國最高！', 'wealth')).toContain('最高');
  });
});

describe('a superlative over the platform’s safety is a claim', () => {
  it('最 + a strength word + 安全保障/体系 (最坚实的安全保障, 最严格的安全体系) is an absolute superlative', () => {
    expect(wording('本平台为每一位出借人提供最坚实的安全保障，放心出借。').join()).toContain('最坚实的安全保障');
    expect(wording('我们采用最严密的资金安全体系，您只管投资。')).toContain('最严密的资金安全体系');
  });
  it('…but the same strength words without 最, or 最 over something other than safety, are not this claim', () => {
    expect(wording('平台建立严格的安全体系，出借人仍须自担风险。')).toEqual([]);
    expect(wording('请在最严格的安全环境中设置交易密码。')).toEqual([]);
  });
});

describe('a gift for applying for a loan (申请有礼) induces borrowing', () => {
  const credit = (text: string) => linter.lint(plainTextDocument(text), { product: 'loan', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/misleading-credit-promises').map((x) => x.text);
  it('flags the gift offered for applying or borrowing, not a polite staff or a gift for something else', () => {
    expect(credit('借款申请有礼：提交即送全年交通意外险一份').join()).toContain('申请有礼');
    expect(credit('贷款有礼\n首借客户送电影票两张').join()).toContain('贷款有礼');
    expect(credit('接待借款申请有礼貌、有耐心，是客服的基本要求。')).toEqual([]);
    expect(credit('签到有礼：每日签到领积分')).toEqual([]);
  });
});

describe('a buy-back promised to the investor is a backstop (承诺回购 / 由…公司回购)', () => {
  const backstop = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/rigid-redemption-or-backstop').map((x) => x.text);
  it('flags a third party that promises to buy the holding back, or is said to buy it back', () => {
    expect(backstop('本计划由合作的担保方承诺到期回购出借人持有的债权，安心无忧。').join()).toContain('承诺到期回购');
    expect(backstop('到期无人承接的份额，由合作资产公司回购，出借人随时可退出。').join()).toContain('由合作资产公司回购');
  });
  it('…but not a buy-back refused, a share buy-back, or the dates and terms of a repo', () => {
    expect(backstop('本平台不承诺回购任何债权，出借人自担风险。')).toEqual([]);
    expect(backstop('上市公司承诺回购股份，以维护股价稳定。')).toEqual([]);
    expect(backstop('本基金可投资于期限在一年以内的债券回购。')).toEqual([]);
  });
  it('flags a buy-back of the investor’s holding at 100% (对投资人的投资进行100%回购)', () => {
    expect(backstop('项目连续逾期满90天的，合作机构将对出借人的债权进行100%收购。').join()).toContain('对出借人的债权进行100%收购');
    expect(backstop('若借款方违约，关联公司对投资者所持份额百分之百回购。').join()).toContain('百分之百回购');
  });
  it('…but not a 100% buy-back refused, nor a firm buying 100% of a company’s shares', () => {
    expect(backstop('平台及其股东不会对投资人的投资进行100%回购，投资人自担风险。')).toEqual([]);
    expect(backstop('集团宣布向原股东100%收购某科技公司股权，交易已获批准。')).toEqual([]);
  });
});

describe('funds said to be kept from any harm (保障资金免受威胁, 本金不受损害) are a safety promise', () => {
  const promise = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags funds, principal or lenders’ money ensured to suffer no threat, harm or loss', () => {
    expect(promise('风控团队与银行存管双重把关，保障出借资金免受威胁。').join()).toContain('保障出借资金免受威胁');
    expect(promise('多道审核层层过滤，确保投资人本金不受任何损害。').join()).toContain('本金不受任何损害');
  });
  it('…but not a promise refused, an account guarded against hackers by encryption, or consumers’ rights', () => {
    expect(promise('平台无法保证出借资金免受损失，出借人应自担风险。')).toEqual([]);
    expect(promise('全程数据加密传输，保障您的账户资金免受黑客威胁。')).toEqual([]);
    expect(promise('依法保障金融消费者合法权益不受侵害。')).toEqual([]);
  });
});

describe('income promised for no effort (躺着也能让本金越滚越多, 睡后收入) is a return promise, as 躺赚 is', () => {
  const promise = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags principal growing or earning interest while the investor lies idle, and income earned asleep', () => {
    expect(promise('很多理财产品是“自动复利”，躺着也能让本金越滚越多。').join()).toContain('躺着也能让本金越滚越多');
    expect(promise('闲置资产躺着也能生息。').join()).toContain('躺着也能生息');
    expect(promise('伞下会员的交易让你实现睡后管道收入。').join()).toContain('睡后管道收入');
  });
  it('…but not lying down as such, or the effort a sleeper did not make', () => {
    expect(promise('那天晚上我躺在床上再也睡不着了。')).toEqual([]);
    expect(promise('躺着玩手机不如早点睡，睡后精神更好。')).toEqual([]);
  });
});

describe('a count of years with positive returns is a track record sold as a promise (三年正收益)', () => {
  const promise = (text: string, product: Product = 'fund') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags N years (连续N年, N年来) of positive return as the product’s badge', () => {
    expect(promise('明星基金经理掌舵，连续七年正收益，闲钱理财好选择。').join()).toContain('七年正收益');
    expect(promise('稳健精选组合：3年来均实现正回报').join()).toContain('3年来均实现正回报');
  });
  it('…but not a guarantee refused, nor the share of holders positive over N years', () => {
    expect(promise('本基金不保证5年正收益，过往业绩不预示其未来表现。')).toEqual([]);
    expect(promise('本组合持有满3年正收益的比例为62%，数据来源：基金定期报告。')).not.toContain('3年正收益');
  });
});

describe('the chance of default or loss called very small (违约的概率非常小, 坏账风险极低) is a safety promise', () => {
  const promise = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags default, overdue, bad-debt or loss said to be very unlikely, with words between', () => {
    expect(promise('资金分散到上百个项目，单个项目逾期的可能性就会很小。').join()).toContain('逾期的可能性就会很小');
    expect(promise('层层风控审核，平台坏账率极低，出借更安心。').join()).toContain('坏账率极低');
  });
  it('…but not a low chance conceded, denied or set as a questionnaire’s condition, nor a high one', () => {
    expect(promise('即使违约概率很低，出借人仍可能损失本金。')).toEqual([]);
    expect(promise('平台不保证坏账率极低，出借人自担风险。')).toEqual([]);
    expect(promise('B. 在本金损失可能性极低的前提下，我愿意接受收益适度波动')).toEqual([]);
    expect(promise('私下交易不受保护，逾期的风险非常高。')).toEqual([]);
  });
});

describe('approval said to follow from coming or filling a form (来就借, 填了表就批) or loosened (审核放水) induces borrowing', () => {
  const credit = (text: string) => linter.lint(plainTextDocument(text), { product: 'loan', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/misleading-credit-promises').map((x) => x.text);
  it('flags lending promised to whoever comes, applies or fills the form, and loosened review', () => {
    expect(credit('免抵押免担保，来就借，当铺快速周转。').join()).toContain('来就借');
    expect(credit('老客户都说：填完资料就放款，太省心了。').join()).toContain('填完资料就放款');
    expect(credit('年底额度大放水，赶紧来申请！').join()).toContain('额度大放水');
  });
  it('…but not a denial that applying means lending, nor a borrower or loan that follows 就', () => {
    expect(credit('提醒：并不是申请就能借到，需以审核结果为准。')).toEqual([]);
    expect(credit('提交申请就贷款合同有疑问的，请联系客服。')).toEqual([]);
  });
});

describe('lending opened to a group without means (无工作者…皆可申办, 年轻人均可办理) promises credit without review', () => {
  const credit = (text: string) => linter.lint(plainTextDocument(text), { product: 'loan', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/misleading-credit-promises').map((x) => x.text);
  it('flags the jobless, the young or anyone said all to be able to apply, with other groups listed between', () => {
    expect(credit('上班族、无固定工作者、个体户均可申请，最高可借20万。').join()).toContain('无固定工作者、个体户均可申请');
    expect(credit('只要年满20周岁的年轻人，都可以办理。').join()).toContain('年轻人，都可以办理');
  });
  it('…but not such a group refused, nor a denial that everyone may apply, nor a plain age requirement', () => {
    expect(credit('无固定工作者不可申请本产品。')).toEqual([]);
    expect(credit('并非所有人都可以申请，需通过资质审核。')).toEqual([]);
    expect(credit('年满18周岁的中国公民可申请。')).toEqual([]);
  });
});

describe('an idiom of impregnable safety for the investor’s money (固若金汤, 双保险) is a safety promise', () => {
  const promise = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags the platform’s safeguards sold as an impregnable fortress or a double insurance', () => {
    expect(promise('层层风控把关，出借资金固若金汤。').join()).toContain('固若金汤');
    expect(promise('抵押物加担保公司担保，双重保险护航您的每一笔出借。').join()).toContain('双重保险');
  });
  it('…but not a system’s or data’s security, nor two insurance covers bought together', () => {
    expect(promise('平台网络系统固若金汤，交易数据全程加密。')).toEqual([]);
    expect(promise('意外险加医疗险，给家人一份双重保险。', 'insurance')).toEqual([]);
    expect(promise('本产品由两家保险公司共保，双保险公司分担责任。', 'insurance')).toEqual([]);
  });
});

describe('a return sold by its ceiling or its floor (年化收益率最高达…%, …%以上的年化收益) induces as 年化收益高达 does', () => {
  const inducing = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/inducing-pressure-language').map((x) => x.text);
  it('flags a headline return up to a high figure, or above one', () => {
    expect(inducing('精选优质项目，年化收益率最高达18%，期限灵活。').join()).toContain('年化收益率最高达18%');
    expect(inducing('平台已帮助数千位出借人获得10%以上的年化收益回报。').join()).toContain('10%以上的年化收益');
  });
  it('…but not a borrower’s price up to a cap, nor a threshold that is no return', () => {
    expect(inducing('借款年化利率最高达24%，以合同约定为准。', 'loan')).toEqual([]);
    expect(inducing('风险等级R3，业绩比较基准4%以上的产品需完成风险测评。')).toEqual([]);
  });
});

describe('a high chance of gain claimed for investing (上涨概率/预测准确率/胜率 + a high %) is a promise of return', () => {
  const winRate = (text: string, product: Product = 'fund') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/win-probability-claims').map((x) => x.text);
  it('flags a rise probability, a forecast or signal accuracy, or a win rate stated as a high figure', () => {
    expect(winRate('本周金股池精选个股，上涨的几率超过88%。').join()).toContain('上涨的几率超过88%');
    expect(winRate('量化信号对买卖点的命中率可达83%，每日推送。', 'general').join()).toContain('命中率可达83%');
    expect(winRate('该策略的胜率在71%左右。', 'wealth').join()).toContain('胜率在71%');
  });
  it('…but not a low or bare figure, a loan approval rate, nor accuracy without a number', () => {
    expect(winRate('历史数据显示，该指数上涨的概率约为30%，过往表现不代表未来。')).toEqual([]);
    expect(winRate('贷款申请成功率高达95%。', 'general')).toEqual([]);
    expect(winRate('我们持续提升行情数据的准确率，预测结果仅供参考。')).toEqual([]);
  });
});

describe('a platform said to offer only safe products (只挑选安全、优质的产品, 只有收益和安全俱全的项目才会发布) sells them all as safe', () => {
  const promise = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags a selection of only safe products or projects as the platform’s own claim', () => {
    expect(promise('层层把关之后，我们只精选安全、稳健的出借项目上线。').join()).toContain('只精选安全、稳健的出借项目');
    expect(promise('经过风控评审，只有安全与收益兼备的标的，才会推荐给投资人。').join()).toContain('只有安全与收益兼备的标的');
  });
  it('…but not advice to the reader to choose only safe products, a question, nor 不仅 (not only)', () => {
    expect(promise('建议投资者只选择正规、安全的理财产品，谨防非法集资。')).toEqual([]);
    expect(promise('平台只上线安全的项目吗？请看风险提示。')).toEqual([]);
    expect(promise('我们不仅提供安全的支付通道，也提供丰富的理财产品。')).toEqual([]);
  });
});

describe('the last day of a calendar period (当月最后一日, 宽限期最后一天) is a date, not the countdown 最后一天 is', () => {
  const inducing = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/inducing-pressure-language').map((x) => x.text);
  it('flags the last days of a sale or an offer', () => {
    expect(inducing('新年加息活动最后一天，错过再等一年！').join()).toContain('最后一天');
    expect(inducing('稳盈三号认购最后2日，速来抢购。').join()).toContain('最后2日');
  });
  it('…but not the last day of a month, a quarter or a grace period that a rule counts to', () => {
    expect(inducing('积分按每月1日至当月最后一日的刷卡金额累计，次月发放。', 'general')).toEqual([]);
    expect(inducing('每季度的最后一天为结息日，利息自动转入账户。')).toEqual([]);
    expect(inducing('宽限期最后一天仍未缴费的，保单效力中止。', 'insurance')).toEqual([]);
  });
});

describe('a return sold as a multiple of bank wealth products (是理财产品的3-4倍) is an unfair comparison, as a multiple of deposits is', () => {
  const compare = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/unfair-comparison').map((x) => x.text);
  it('flags a multiple, or a range of multiples, of bank wealth products or deposits', () => {
    expect(compare('我们的出借计划年化在9%上下，相当于银行理财产品的2-3倍。').join()).toContain('理财产品的2-3倍');
    expect(compare('收益约为定期存款的三至四倍。').join()).toContain('定期存款的三至四倍');
  });
  it('…but not a product’s own amount or term counted in multiples, nor a share of a product', () => {
    expect(compare('本理财产品的起投金额为1万元，追加须为1000元的整数倍。')).toEqual([]);
    expect(compare('杠杆倍数不超过理财产品净资产的2倍。')).toEqual([]);
  });
});

describe('a call to buy quickly (欲购从速, 预购从速, 请从速认购) presses the reader as 额度有限 does', () => {
  const inducing = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/inducing-pressure-language').map((x) => x.text);
  it('flags a purchase verb joined to 从速, either way round', () => {
    expect(inducing('稳盈理财三月起息，柜台发售，欲购从速！').join()).toContain('欲购从速');
    expect(inducing('两全保险本月底停止发售，预购从速。', 'insurance').join()).toContain('预购从速');
    expect(inducing('本期产品起点5万元，敬请从速认购。').join()).toContain('从速认购');
  });
  it('…but not haste asked for something that is no purchase', () => {
    expect(inducing('银行卡遗失后，请从速致电客服办理挂失。')).toEqual([]);
    expect(inducing('发现账户异常交易的，请从速报警并联系本行。')).toEqual([]);
  });
});

describe('a referral reward named by its cause with its amount (50元推荐奖励红包, 邀请红包 %s元) is a gift for bringing in investors', () => {
  const gifts = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/gifts-rebates-lotteries').map((x) => x.text);
  it('flags the amount joined to a referral reward noun, or the noun to its amount (a template’s %s too)', () => {
    expect(gifts('好友注册并出借成功后，平台向您发来30元推荐奖励红包。').join()).toContain('30元推荐奖励红包');
    expect(gifts('恭喜您获取邀请奖金 %s元，请继续邀请好友投资。').join()).toContain('邀请奖金 %s');
    expect(gifts('成功邀请一位好友，您可获得现金奖励10元。').join()).toContain('现金奖励10元');
  });
  it('…but not the noun alone as a page or menu name, nor a rule of use with no amount given', () => {
    expect(gifts('被邀请人注册后，可在“邀请红包”页面查看记录。')).toEqual([]);
    expect(gifts('您还可以通过邀请好友来拓展上限，获取更高额度的返现红包。')).toEqual([]);
    expect(gifts('成功邀请好友后，现金奖励将于7个工作日内发放。')).toEqual([]);
  });
});

describe('a reward measured by the amount invested (出借金额…获得相应奖励, 获得…投标金额奖励) is a gift for investing', () => {
  const gifts = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/gifts-rebates-lotteries').map((x) => x.text);
  it('flags a reward owed for the amount lent, before or after the verb', () => {
    expect(gifts('1、当日累计出借金额排名前三，且满10000元的用户，可分别获得相应奖励：').join()).toContain('获得相应奖励');
    expect(gifts('奖励标指用户在投标后获得利息以外，还会额外获得固定或百分比的投标金额奖励。').join()).toContain('投标金额奖励');
  });
  it('…but not a reward denied, a rule of who may receive it, nor card spending earning points', () => {
    expect(gifts('出借金额不足1000元的，不获得相应奖励。')).toEqual([]);
    expect(gifts('4、当日累计出借金额排名前三的用户才可得奖励。')).toEqual([]);
    expect(gifts('当月刷卡消费金额满2000元，可获得相应积分。', 'deposit')).toEqual([]);
  });
});

describe('a prize draw named by its winners or as a prize game (抽取21人赠送, 有奖游戏) is a lottery offered to draw investors', () => {
  const gifts = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/gifts-rebates-lotteries').map((x) => x.text);
  it('flags winners drawn to be given a prize, and a prize game at a sales event', () => {
    expect(gifts('关注微博并转发置顶微博，抽取21人赠送1.2个 BCH（价值15600元）。').join()).toContain('抽取21人赠送');
    expect(gifts('我们现场设有：(1)「金价猜猜猜」有奖游戏 (2)即场开户优惠。').join()).toContain('有奖游戏');
  });
  it('…but not customers drawn for a call-back or a survey, nor a draw on a loan page (outside the rule’s products)', () => {
    expect(gifts('每月随机抽取100名客户进行电话回访。')).toEqual([]);
    expect(gifts('抽取10名用户参与产品体验调研。', 'fund')).toEqual([]);
    expect(gifts('系统将随机抽取100名幸运用户获得免还款特权。', 'loan')).toEqual([]);
  });
});

describe('safety claimed with no subject (不仅安全有保障, 安全有保障 opening a clause) promises principal safety as 资金安全有保障 does', () => {
  const safe = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags a bare 安全有保障 that opens a clause', () => {
    expect(safe('选择这类理财平台，不仅安全有保障，而且收益可观。').join()).toContain('安全有保障');
    expect(safe('精选优质债权，安全有保障。').join()).toContain('安全有保障');
  });
  it('…but not account-security advice, nor safety with a security noun as its subject', () => {
    expect(safe('绑定手机并设置交易密码，安全有保障，请勿向他人透露验证码。')).toEqual([]);
    expect(safe('账户安全有保障的前提是妥善保管登录信息。')).toEqual([]);
  });
});

describe('a risk of the platform declared absent or negligible (无跑路风险, 风险…可忽略不计) is a safety promise', () => {
  const safe = (text: string, product: Product = 'wealth') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags a platform risk said to be absent, or a risk reasoned away as negligible', () => {
    expect(safe('无跑路风险，不设资金池，不需充值。').join()).toContain('无跑路风险');
    expect(safe('虽存在理论风险，但在强大盈利能力支撑下，理性评估可忽略不计。', 'general').join()).toContain('可忽略不计');
  });
  it('…but not a denial of that claim, a question about it, nor a risk that may not be ignored', () => {
    expect(safe('请注意，网贷平台并非无跑路风险。')).toEqual([]);
    expect(safe('这家平台无跑路风险吗？')).toEqual([]);
    expect(safe('投资者不应认为风险可以忽略不计。')).toEqual([]);
    expect(safe('该风险不可忽略不计，请审慎投资。', 'fund')).toEqual([]);
  });
});

describe('telling the reader to invest or trade without worry (可以放心投资, 可放心操作) reassures them of their money’s safety', () => {
  const safe = (text: string) => linter.lint(plainTextDocument(text), { product: 'wealth', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/guaranteed-principal-or-return').map((x) => x.text);
  it('flags the reassurance that closes a sales answer', () => {
    expect(safe('所有标的都经过严格的风控审核，用户可以放心投资。').join()).toContain('放心投资');
    expect(safe('币安对中国用户完全合法，可放心操作。').join()).toContain('放心操作');
  });
  it('…but not a warning against such trust, nor a question about it', () => {
    expect(safe('切勿因对方承诺高收益就放心投资。')).toEqual([]);
    expect(safe('这个平台可以放心投资吗？')).toEqual([]);
  });
});

describe('a reward counted in coins (N U, N USDT, N 个BTC) for signing up, verifying or trading promotes virtual-currency trading (rule 14)', () => {
  const crypto = (text: string, product: Product = 'general', kind: DocKind = 'marketing') => linter.lint(plainTextDocument(text), { product, kind }).findings.filter((x) => x.ruleId === 'banned-terms/illegal-finance-content').map((x) => x.text);
  it('flags a sign-up, verification or trading reward paid in coins', () => {
    expect(crypto('新用户完成注册即可领取 5U 的新人盲盒，先到先得。').join()).toContain('5U 的新人盲盒');
    expect(crypto('实名认证后可抽取最高 300 USDT 奖励。').join()).toContain('300 USDT 奖励');
    expect(crypto('活动期间每完成一笔交易即获赠 0.001 个BTC 空投。').join()).toContain('BTC 空投');
  });
  it('…but not a fee or a limit counted in coins, nor an anti-fraud notice that quotes the bait', () => {
    expect(crypto('每笔交易收取 0.5 USDT 手续费，单笔提币上限 2000 USDT。')).toEqual([]);
    expect(crypto('注册后需持有 100 USDT 才能参与投票。')).toEqual([]);
    expect(crypto('骗子常以“注册即送 100 USDT 空投”为诱饵，请勿点击陌生链接。', 'general', 'notice')).toEqual([]);
  });
});

describe('steering mainland readers around the block to a crypto exchange (免翻墙, 关闭梯子访问) promotes virtual-currency trading (rule 14)', () => {
  const crypto = (text: string, product: Product = 'general') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/illegal-finance-content').map((x) => x.text);
  it('flags a route that needs no VPN, or a call to switch the VPN off to sign up', () => {
    expect(crypto('某交易所国内专线，免翻墙直接注册。').join()).toContain('免翻墙');
    expect(crypto('请关闭梯子访问下方链接完成注册。').join()).toContain('关闭梯子访问');
  });
  it('…but not an agent or a proxy that a loan or a card needs no more of', () => {
    expect(crypto('无需代理，本人持身份证即可办理。', 'loan')).toEqual([]);
    expect(crypto('免代理费，手机银行即可申请。', 'credit-card')).toEqual([]);
  });
});

describe('a Hong Kong money-lender’s speed and no-credit-check wording (即時過數, 現金即時到手, 絕不審查信貸紀錄, 免TU) induces borrowing', () => {
  const credit = (text: string) => linter.lint(plainTextDocument(text), { product: 'loan', kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/misleading-credit-promises').map((x) => x.text);
  it('flags instant approval or payout in the lender’s words and a credit record neither checked nor needed', () => {
    expect(credit('網上貸款，即借、即批、即時過數，全天候應付您的周轉需要。').join()).toContain('即時過數');
    expect(credit('一經批核，最快15分鐘現金即時到手').join()).toContain('現金即時到手');
    expect(credit('免入息證明及繁複文件，即時電話批核，比銀行簡單快捷。').join()).toContain('即時電話批核');
    expect(credit('專營網上貸款，絕不審查信貸紀錄，全程無需露面。').join()).toContain('絕不審查信貸紀錄');
    expect(credit('中小企周轉，不問業務性質、不問資金用途。').join()).toContain('不問資金用途');
  });
  it('…but not a repayment posted at once, a credit record that is merely unaffected or required, nor a same-day withdrawal limit', () => {
    expect(credit('還款即時過數，請保留收據。')).toEqual([]);
    expect(credit('按時還款不影響個人信用記錄。')).toEqual([]);
    expect(credit('申請人需具備良好信用紀錄。')).toEqual([]);
    expect(credit('信用卡即日取款限額為5,000元。')).toEqual([]);
  });
  it('flags approval called easy or fast with a bare 批 (易批快捷, 15mins快批, 清數易批)', () => {
    expect(credit('・節省利息開支\n・易批快捷').join()).toContain('易批');
    expect(credit('▰ 免露面\n▰ 15mins快批').join()).toContain('快批');
  });
  it('…but not a faster approval process asked for, a denial, nor a batch', () => {
    expect(credit('請加快批准流程，以便盡快處理。')).toEqual([]);
    expect(credit('本行不保證易批，請量力而行。')).toEqual([]);
    expect(credit('系統將快批量處理還款記錄。')).toEqual([]);
  });
});

describe('an exchange or platform said to be lawful or compliant and therefore safe (合法且必然安全, 合规平台…安全交易环境) is an endorsement claim', () => {
  const endorsed = (text: string, product: Product = 'general') => linter.lint(plainTextDocument(text), { product, kind: 'marketing' }).findings.filter((x) => x.ruleId === 'banned-terms/regulator-endorsement').map((x) => x.text);
  it('flags compliance or legality offered as the platform’s safety', () => {
    expect(endorsed('数字资产世界充满机遇，OKX等合规平台为您提供安全交易环境。').join()).toContain('合规平台为您提供安全交易环境');
    expect(endorsed('币安高度重视合规问题，基本遵守各国法律，整体合法且必然安全。', 'wealth').join()).toContain('合法且必然安全');
  });
  it('…but not advice to choose a compliant platform, a denial, nor compliance and safety listed as principles', () => {
    expect(endorsed('请选择合法合规的平台，保障资金安全。')).toEqual([]);
    expect(endorsed('合规的平台并不一定安全，投资需谨慎。')).toEqual([]);
    expect(endorsed('我行坚持合规、安全、稳健的经营原则。')).toEqual([]);
  });
});

describe('a right to suspend or end the service without notice is no right to rewrite the terms (unfair-terms/final-interpretation-right)', () => {
  const reserved = (text: string) => linter.lint(plainTextDocument(text), { product: 'general', kind: 'contract' }).findings.filter((f) => f.ruleId === 'unfair-terms/final-interpretation-right').map((f) => f.text);
  it('a change to the terms without notice is flagged', () => {
    expect(reserved('本公司有权随时修改本协议条款而无需通知用户。')).toHaveLength(1);
    expect(reserved('平台有权随时变更本协议内容，恕不另行通知。')).toHaveLength(1);
  });
  it('suspending, interrupting or ending the service (a key clause, not a reserved right) is not', () => {
    expect(reserved('本网站有权随时修改、限制、中止或终止服务而无需通知。')).toEqual([]);
    expect(reserved('本公司有权随时变更、中断或终止部分或全部的网络服务，且无需通知。')).toEqual([]);
  });
});
