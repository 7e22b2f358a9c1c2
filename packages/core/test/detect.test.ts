// Kind and product from the title and the cue words: titles that name a legal document, a regulator's text or
// a platform's own pages, each with a near-miss on the other side.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileDetection, detect as detectWith, normalize, type DetectionData, type NormalizedText } from '../src/index.js';

// the cue words and weights are data (rules/detect.json), loaded as the Node API loads them: through the packs' index
const RULES = path.resolve(__dirname, '../../../rules');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const data: DetectionData = JSON.parse(fs.readFileSync(path.join(RULES, index.detection), 'utf8'));
const cues = compileDetection(data);
const detect = (norm: NormalizedText, name?: string) => detectWith(norm, name, cues);

const kindOf = (text: string) => detect(normalize(text)).kind;

describe('detection data', () => {
  it('validates against its schema, and the schema rejects an unknown product and a weight that is no number', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(RULES, 'schema/detect.schema.json'), 'utf8'));
    const validate = new (Ajv2020 as any)({ allErrors: true, strict: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, products: { ...data.products, pension: [{ cues: { 养老: 3 } }] } })).toBe(false);
    expect(validate({ ...data, kinds: { ...data.kinds, notice: [{ cues: { 公告: 'high' } }] } })).toBe(false);
  });
  for (const [name, set] of Object.entries(data.shapes ?? {})) {
    const re = new RegExp(set!.patterns.map((p) => `(?:${p})`).join('|'), 'mu');
    it.each(set!.examples!.match)(`shape ${name} matches %s`, (t) => expect(re.test(t)).toBe(true));
    it.each(set!.examples!.noMatch)(`shape ${name} does not match %s`, (t) => expect(re.test(t)).toBe(false));
  }
  it('without it, only a document\'s shapes decide: no product, and a title still names its kind', () => {
    expect(detectWith(normalize('稳盈宝理财，年化收益4.5%，立即购买！'))).toMatchObject({ product: 'general', kind: 'marketing' });
    expect(detectWith(normalize('个人借款合同\n借款人：')).kind).toBe('contract');
  });
});

describe('a site\'s menu', () => {
  it('the notices a menu links to (网站公告, 常见问题) do not make the page under it a notice; the same words in its text do', () => {
    const menu = '首页\n我要投资\n新手指南\n网站公告\n常见问题\n关于我们\n';
    expect(kindOf(`国美金融\n${menu}出借人本息保障\n平台设立风险备用金，出借人本息100%保障，逾期由平台先行垫付。`)).toBe('marketing');
    expect(kindOf('国美金融\n出借人本息保障\n平台设立风险备用金，出借人本息100%保障，逾期由平台先行垫付。\n网站公告：常见问题请见下文。')).toBe('notice');
    // (…and a title is no menu, though it is a line of its own)
    expect(kindOf(`网站公告\n${menu}平台将于本周六凌晨进行系统维护。`)).toBe('notice');
  });
  it('a notice\'s words in headlines linking to other pages (a ticker\'s 更多公告 and its headline 关于…的公告) weigh nothing; the same words not linked do, and so do short links', () => {
    const text = '91旺财\n更多公告 >平台公告：关于佣金发放规则优化的公告\n项目列表\n7.00%预期年化利率\n借款期限60天\n我要赚钱';
    const links: [number, number][] = [[text.indexOf('更多公告'), text.indexOf(' >') + 2], [text.indexOf('关于'), text.indexOf('\n项目')]];
    expect(detectWith(normalize(text), undefined, cues, links).kind).toBe('marketing');
    expect(kindOf(text)).toBe('notice');
    // (…only a headline's link or a list's 更多 link: a menu's or footer's short link, 风险提示 or 网站公告, still weighs — a
    // notice's site lists its fellow notices so)
    const footer = '惠金所\n风险教育\n出借有风险，请您理性出借。\n网站公告 | 风险提示 | 常见问题';
    const short: [number, number][] = ['网站公告', '风险提示', '常见问题'].map((w) => [footer.indexOf(w), footer.indexOf(w) + 4]);
    expect(detectWith(normalize(footer), undefined, cues, short).kind).toBe('notice');
  });
});

describe('kind from the title', () => {
  it('a title is what its last kind word names (the head noun comes last): a 信用报告 query 授权书 is an authorisation, a notice about an agreement a notice', () => {
    expect(kindOf('个人信用报告查询授权书\n本人同意并不可撤销地授权贵公司查询本人信用报告。')).toBe('contract');
    expect(kindOf('风险评级报告与代扣协议\n您点击同意即视为您已阅读并同意本协议的约束。')).toBe('contract');
    expect(kindOf('关于修订借款协议的公告\n尊敬的用户：我司将于下月修订借款协议。')).toBe('notice');
    expect(kindOf('2024年第三季度报告\n本基金本报告期内净值增长率为1.2%。')).toBe('product-doc');
  });
  it('a lender\'s education section (借贷知识, 典当知识) names its articles as an investor\'s does; the page begins under a template\'s directives', () => {
    expect(kindOf('典当知识\n典当借款是以物品质押换取短期资金的方式，本文介绍其流程和注意事项。')).toBe('notice');
    expect(kindOf('@extends(\'layouts.master\') @section(\'content\')\n贷款知识\n等额本息和等额本金有什么区别？本文逐一说明。')).toBe('notice');
    expect(kindOf('{include file="common/header.htm"}\n借贷知识\n什么是逾期？逾期会带来哪些影响？')).toBe('notice');
    // (near misses: a section name that is no lending word, and a first line that is the page's words, not a directive)
    expect(kindOf('典当行\n典当借款快速放款，立即咨询热线，欢迎到店办理！')).toBe('marketing');
    expect(kindOf('@我们 新客专享\n贷款知识\n低息贷款，立即申请！')).toBe('marketing');
  });
  it('a regulator\'s or an institution\'s guideline is a notice; a platform\'s beginners\' or user guide is its own marketing', () => {
    expect(kindOf('互联网金融业务风险提示指引\n各会员单位应当……')).toBe('notice');
    expect(kindOf('知识讲堂\nP2P投资理财需要注意哪些方面\n一、不是收益越低越安全')).toBe('notice');
    expect(kindOf('理财课堂\n什么是净值型理财产品？')).toBe('notice');
    expect(kindOf('易投融——理财学院\n关于我们\n商务合作\n银行导航\n银行理财产品购买流程\n您要购买某家银行的理财产品，就必须在该银行开立账户。')).toBe('notice');
    expect(kindOf(' 小牛新财富：人民币跌跌不休 你的资产还好吗？ 2016-10-19   小牛新财富\n近期，人民币不断贬值，市场规模全球第一。')).toBe('notice');
    expect(kindOf('活动时间：2017年8月3日至2017年8月23日\n邀请好友领取免息券，立即借款！')).toBe('marketing');
    expect(kindOf('新手指引\n风控流程\n安全保障\n为保障出借者的资金安全，平台采用多重措施。立即注册，领取福利！')).toBe('marketing');
  });
  it('an anti-fraud page that retells scams is a notice; an ad with a one-line fraud warning in its footer is still an ad', () => {
    expect(kindOf('安全中心\n网络诈骗案例\n骗子冒充客服，以“抽奖中奖”为名实施诈骗。\n防范方法：警惕陌生来电，谨防诈骗，不要上当。\n骗子又以“低价抢购”诱导转账，这是典型的诈骗手法。')).toBe('notice');
    expect(kindOf('新春理财节火热开启！\n立即抢购，限时专享，扫码领取福利！\n欢迎咨询客户经理。\n谨防诈骗，请通过官方渠道购买。')).toBe('marketing');
  });
  it('a lead-capture form or a giveaway that quotes its insurance clauses is marketing; a contract with a signing code is a contract', () => {
    expect(kindOf('您的姓名： 手机号码： 获取验证码 验证码：\n☑ 我已阅读投保须知及《安全条款》，领取赠险同时开通超级社保卡\n1. 每一客户受赠平安出行保险以1份为限。\n2. 对保险起止日期之外发生的保险事故本公司不负给付保险金责任。\n3. 本保险合同的保险责任、责任免除以保险条款为准。')).toBe('marketing');
    expect(kindOf('个人借款合同\n甲方（借款人）：\n乙方（贷款人）：\n第一条 本合同项下借款金额……\n第二条 违约责任……\n请输入短信验证码签署本合同。')).toBe('contract');
    // however many clauses with the duty of disclosure it quotes: a form's code button and its giveaway make the page
    const disclosure = '\n5. 告知义务：投保人、被保险人应如实告知，否则保险人有权依法解除保险合同，并对合同解除前发生的保险事故不负任何责任。\n6. 本保险不接受撤保、退保。本合同自投保成功次日生效。';
    expect(kindOf(`您的姓名：\n手机号码：\n获取验证码\n☑ 我已阅读投保须知，领取赠险${disclosure}`)).toBe('marketing');
    expect(kindOf(`投保人应在充分了解被保险人健康状况的基础上履行如实告知义务。\n若被保险人实际情况与告知内容不符，本公司有权解除保险合同。\n获取验证码${disclosure}`)).toBe('contract');
  });
  it('a help page whose questions are numbered Q1, Q2, Q3, Q4 (whatever they end with) is a notice in its own voice; three are not enough', () => {
    const page = ['机动车交通事故责任强制保险', '机动车辆损失险', '第三者责任险', '盗抢险'].map((t, i) => `Q${i + 1}：${t}\n国家法规强制要求，每位车主必须投保的险种，在交通事故中造成受害人的人身伤亡、财产损失时由保险公司在责任限额内赔偿，商业险是必要的补充。\n车主可以根据用车情况和预算选择合适的保额，新手司机建议适当提高保额。`).join('\n');
    expect(detect(normalize(page))).toMatchObject({ kind: 'notice', ownVoice: true, why: { kind: { by: 'help-page', cue: 'Q1：机动车交通事故责任强制保险' } } });
    expect(detect(normalize(page.replace(/Q4：/, '')))).not.toMatchObject({ why: { kind: { by: 'help-page' } } });
  });
  it('a short help page of three questions numbered 1, 2, 3, each answered below it, is a notice in its own voice; three unnumbered questions, or numbers that skip, are not', () => {
    const page = '1、如何绑定银行卡？\n进入“我的账户”，点击“银行卡”，按提示填写卡号和预留手机号即可。\n2、充值后多久到账？\n工作日充值一般实时到账，节假日以银行处理时间为准。\n3、出借后什么时候开始计息？\n项目满标审核通过后当日开始计息。';
    expect(detect(normalize(page))).toMatchObject({ kind: 'notice', ownVoice: true, why: { kind: { by: 'help-page', cue: '1、如何绑定银行卡？' } } });
    // (an ad's questions are not numbered; a list that skips a number is not the help page's run of questions)
    expect(detect(normalize(page.replace(/(^|\n)[123]、/g, '$1'))).why.kind.by).not.toBe('help-page');
    expect(detect(normalize(page.replace('2、', '5、'))).why.kind.by).not.toBe('help-page');
  });
  it('a user guide with headings that ask how or why without a question mark (如何注册 / 如何充值), answered below and stepping through the site\'s buttons, is a help page in its own voice; an ad with such headings and no step is not', () => {
    const guide = '账户帮助\n如何注册\n1.点击“注册”进入注册页面，按照提示完善信息即可完成注册操作。\n如何充值\n1.访问“我的账户”点击“充值”按钮。\n2.输入充值金额，单笔限额为2万元。\n密码忘了怎么办\n点击“忘记密码”进入重置密码操作。\n';
    expect(detect(normalize(guide))).toMatchObject({ kind: 'notice', ownVoice: true, why: { kind: { by: 'help-page', cue: '如何注册' } } });
    // (one heading is not two; headings without a step on the site's controls are an ad's selling points)
    expect(detect(normalize(guide.replace(/如何充值\n[^]*$/, ''))).why.kind.by).not.toBe('help-page');
    const ad = '借钱如何方便快捷\n为什么选择我们\n最高可借20万，当日放款，随借随还。\n如何借款\n三步申请，极速到账，点击查看详情。\n';
    expect(detect(normalize(ad)).why.kind.by).not.toBe('help-page');
  });
  it('a help centre\'s index with two panels of its own (热门问题 / 快速引导, 自助服务 / 常规服务) is a help page in its own voice; a site\'s menu of 常见问题 / 帮助中心 links, or one panel, is not', () => {
    const index = '易房贷\n热门问题\n如何申请抵押贷款\n快速引导\n我是借款人：\n我要贷款\n我是投资人：\n我要理财\n法律常识：保障手续 | 政策法规\n';
    expect(detect(normalize(index))).toMatchObject({ kind: 'notice', ownVoice: true, why: { kind: { by: 'help-page', cue: '热门问题' } } });
    expect(detect(normalize(index.replace('快速引导\n', ''))).why.kind.by).not.toBe('help-page');
    const home = '某某贷\n首页\n我要贷款\n常见问题\n帮助中心\n最高可借20万，当日放款，立即申请！\n';
    expect(detect(normalize(home)).why.kind.by).not.toBe('help-page');
  });
  it('a help page kept in an app\'s data (quest:"…？",answer:"…" or title:/context: on lines of their own) is a help page in its own voice; an app\'s strings with a question or two are not', () => {
    const qa = [['平台会收取服务费吗？', '您好，平台在成功放贷之前，不会向用户收取任何费用。'], ['审核一般需要多少时间？', '您好，72小时内会有信贷经理联系您。'], ['怎么查询贷款进度？', '您在APP的贷款进度中可以跟踪审核进度。'], ['如何提高成功率？', '请真实填写您的信息。']];
    const inline = `module.exports = [\n${qa.map(([q, a]) => `\t{quest:"${q}",answer:"${a}"},`).join('\n')}\n];`;
    expect(detect(normalize(inline))).toMatchObject({ kind: 'notice', ownVoice: true, why: { kind: { by: 'help-page', cue: '平台会收取服务费吗？' } } });
    const split = `export default [{\n${qa.map(([q, a], i) => `  id: ${i + 1},\n  title: "${q}",\n  context: "${a}"`).join('\n}, {\n')}\n}];`;
    expect(detect(normalize(split))).toMatchObject({ kind: 'notice', why: { kind: { by: 'help-page' } } });
    // (an app's strings: labels, one question among them, are no help page)
    const strings = `module.exports = {\n${['登录', '注册', '忘记密码？', '立即借款', '最高可借20万', '当日放款', '我的账户', '还款计划', '联系客服'].map((v, i) => `  s${i}: "${v}",`).join('\n')}\n};`;
    expect(detect(normalize(strings)).why.kind.by).not.toBe('help-page');
  });
  it('a help page (questions one per line, each answered) is a notice in the institution\'s own voice; an ad\'s rhetorical questions are not', () => {
    const d = detect(normalize('本产品是否承保本市出行？\nA本产品可承保本市出行。\n什么是猝死？\n指被保险人突然发生的非暴力自然死亡。\n如何查询验证保单?\n您可通过客服热线查询。\n理赔需要什么材料？\n索赔申请表、身份证明。'));
    expect([d.kind, d.ownVoice]).toEqual(['notice', true]);
    expect(kindOf('还在为资金周转发愁吗？\n极速借款，最高20万！\n利率高吗？\n日息低至万三，立即申请！\n额度不够？\n按时还款提升额度，扫码下载。')).toBe('marketing');
  });
  it('an official notice\'s heading near the top (关于…的重要通知) makes a notice, though inline markup runs it into its first sentence', () => {
    expect(kindOf('江西银行资金存管服务升级ing\n关于江西银行存管服务正式接入停机维护的重要通知为更好地保障用户资金安全，平台将于1月1日进行系统对接。')).toBe('notice');
    expect(kindOf('活动火热进行中！\n关于借款的通知方式：我们将通过短信通知您，立即申请，最高可借20万！')).toBe('marketing');
  });
  it('an article with its byline (时间 and 来源) or filed under the site\'s education section is a notice; an activity page with its 活动时间 is not', () => {
    expect(kindOf('\n个人贷款知识普及\n时间:2013-10-10 来源:9f整理\n一、个人贷款的种类\n个人贷款按照产品用途分类，借款人应按合同约定还款。第一条 借款合同……')).toBe('notice');
    expect(kindOf('当前位置：首页 > 投资者教育\n理性看待区块链\n本合同 甲方 乙方 违约责任 争议解决 管辖')).toBe('notice');
    expect(kindOf('当前位置:首页>投资者园地>政策法规>反洗钱宣传\n反洗钱宣传\n关于洗钱\n欢迎咨询！立即了解！')).toBe('notice');
    expect(kindOf('\n新春借款节\n活动时间：2月1日-2月28日 活动规则：借款即送红包\n立即申请，最高可借20万！')).toBe('marketing');
    expect(kindOf('当前位置：首页 > 理财产品 > 稳盈宝\n预期年化5%，立即抢购！')).toBe('marketing');
  });
  it('a page begins under its breadcrumb (現在位置：首頁 > …): the site\'s chrome above it (its menu, a banner) neither names it nor weighs; without a crumb the chrome reads as the page', () => {
    // a bank's fund site: a menu naming its reports and prospectuses (说明书, 研究报告) and a banner, then the crumb and the
    // page's own title, a risk statement the investor accepts
    const chrome = '台灣企銀首頁\n證券下單\n網路銀行\n基金總覽\n基金排行\n基金公開說明書\n基金研究報告\n基金年度報告\n理財試算\n九月大回饋 立即申購享手續費優惠\n';
    const page = '投資須知及風險預告\n基金非存款，委託人應自負盈虧，本行不保本不保息。\n委託人應詳閱基金公開說明書及風險預告書，並自行承擔投資風險。\n本行對於委託人之投資盈虧不負任何責任。\n';
    const crumbed = detect(normalize(`${chrome}現在位置：首頁 > 投資須知 >投資須知及風險預告\n${page}`));
    expect([crumbed.kind, crumbed.why.kind.by]).toEqual(['contract', 'title']);
    // (the title is the crumb's last step under it, not a section the crumb passes through: 投資須知 > 收費標準 is no 须知)
    expect(kindOf(`${chrome}現在位置：首頁 > 投資須知 >收費標準\n收費標準\n申購手續費最高1.5%，依申購金額計收。\n`)).not.toBe('contract');
    // without the crumb, the menu's 说明书 and 报告 weigh as the page's own words
    expect(kindOf(`${chrome}${page}`)).not.toBe('contract');
    // a crumb's section still files the page (首页 > 新闻公告), as one at the top of the text does
    expect(kindOf(`${chrome}当前位置：首页 > 新闻公告 > 稳盈宝上线\n稳盈宝上线\n本平台新品上线，敬请关注。\n`)).toBe('notice');
  });
  it('a page titled as a product\'s rules or a risk statement (申购说明, 投资风险说明) is a product document; a contract\'s 《…规则》 stays a contract', () => {
    expect(kindOf('投资风险说明\n本基金为股票型基金，投资回报率在扣除费用后可能为负，投资者可能损失本金。')).toBe('product-doc');
    expect(kindOf('申购说明\n申购最低限额1000元，申购费率1.5%。')).toBe('product-doc');
    expect(kindOf('《定期定额投资业务规则》\n第一条 投资人申请定投业务，应与本公司签署协议。')).toBe('contract');
  });
  it('a questionnaire kept as an app\'s data (numbered questions 1…6 ending in ： or ？, each with unlettered answers) is a notice; numbered article titles over their clauses are not', () => {
    const q = (n: number, answers: string[]) => `{\n"problemName": "${n}.（投资经验）您的投资问题${'甲乙丙丁戊己'[n - 1]}是：",\n"problemAnswer": [\n${answers.map((a, i) => `{\n"answerName": "${a}",\n"grade": ${i + 1}\n},`).join('\n')}\n]\n},`;
    const data = `{\n"code": "200",\n"result": [\n${[1, 2, 3, 4, 5, 6].map((n) => q(n, ['保本保息，追求稳定', '能够接受轻微波动', '追求高收益，接受亏损'])).join('\n')}\n]\n}`;
    expect(detect(normalize(data))).toMatchObject({ kind: 'notice', why: { kind: { by: 'questionnaire' } } });
    // (five questions are not yet a questionnaire without its name; with it, four are)
    expect(detect(normalize(data.replace(/"problemName": "6[^\n]*/, '"problemName": "说明",'))).why.kind.by).not.toBe('questionnaire');
    expect(detect(normalize(`风险测评\n${data.replace(/"problemName": "6[^\n]*/, '"problemName": "说明",')}`)).why.kind.by).toBe('questionnaire');
    const terms = ['定义', '适用范围', '交易之效力', '资料之保管', '申请之限制', '提款限额'].map((t, i) => `${i + 1}. ${t}：\n</p>\n<p>\n本行得视实际业务需要随时调整本服务之内容，并于本行网站公告，立约人应自行负责保管交易验证资讯，如有遗失应立即通知本行办理停用。\n</p>`).join('\n');
    expect(detect(normalize(terms)).why.kind.by).not.toBe('questionnaire');
  });
  it('a report of an administrative penalty (行政处罚, 罚款) is a notice; a sales page with a news line about one is still an ad', () => {
    expect(kindOf('传单里的收益承诺\n某理财咨询公司在门店派发的传单中写明收益，近日受到行政处罚。\n传单列出“季季盈”“年年丰”两款产品，年化收益率分别为7%、9%，立即购买可享加息。\n区市场监管局认定其违反广告法，对其作出罚款3000元的行政处罚。')).toBe('notice');
    expect(kindOf('稳盈宝火热发售！\n预期年化5%，100元起投，立即抢购！新手专享加息，邀请好友得红包！\n行业新闻：某平台被处以行政处罚')).toBe('marketing');
  });
  it('a first line of running text (an article\'s lead that mentions 条款 or 协议) is no title; a title line naming a contract is', () => {
    const lead = '买保险之前，先把条款读一遍，尤其是免责部分。条款里的犹豫期、宽限期和等待期，本文逐一说明。';
    expect(detect(normalize(`${lead}\n慧择提示：这款产品的宽限期为60天。`)).why.kind.by).not.toBe('title');
    expect(detect(normalize('平安e生保2.0百万医疗保险条款\n第一条 保险合同构成')).why.kind).toMatchObject({ by: 'title' });
    expect(detect(normalize('个人借款合同（适用于便民卡）\n借款人：')).why.kind).toMatchObject({ by: 'title' });
  });
  it('a fund’s own page (基金代码：, 最新净值, 净值走势) whose menu lists notices (公告, 报告, 风险测评) is an ad; a notice that names one fund’s code is not', () => {
    const page = '华福货币B\n首页\n基金超市\n产品代码：001575\n最新净值\n净值走势\n历史净值\n基金概览\n信息披露\n定期报告\n临时公告\n基金公告\n重要通知\n法律法规\n风险测评\n投资者教育\n本基金投资于现金、通知存款、短期融资券、一年以内的银行定期存款与债券回购等短期金融工具，力争为基金份额持有人创造高于业绩比较基准的投资收益。\n'
      + '在报告期内，本基金维持了较高的信用债仓位和中性的组合久期，并择机进行了部分个券的波段操作。\n基金公告\n华福货币基金2015年第4季度报告 2016-01-20\n华福货币基金暂停大额申购业务公告 2016-03-20\n华福基金旗下基金参加费率优惠活动公告 2016-02-15\n华福货币基金调整最低申购金额通知 2016-01-05\n';
    expect(detect(normalize(page))).toMatchObject({ kind: 'marketing', why: { kind: { by: 'sales-page' } } });
    // (the same menu without the fund's furniture is a notice)
    expect(detect(normalize(page.replace(/最新净值\n净值走势\n历史净值\n/, '')))?.kind).toBe('notice');
    const notice = '华福基金管理有限公司公告\n基金代码：001575\n本公司旗下华福货币基金将于2016年4月1日起暂停大额申购业务，恢复办理的具体时间将另行公告，敬请投资者留意。本公告的解释权归本公司所有。\n特此公告。\n华福基金管理有限公司\n2016年3月20日\n';
    expect(detect(normalize(notice)).kind).toBe('notice');
  });
  it('a calculator named at the top (收益计算器) with its button or results (开始计算, 计算结果) is a notice; a product page that sells with a calculator lower down is not', () => {
    const tool = '理财产品收益计算\n小明投入1万购买某互联网季度理财产品，年化利率8%，期限91天，到期后收益多少？\n金额\n年化利率\n%\n投资期限\n确定\n最终收益\n日收益\n到期本息\n';
    expect(detect(normalize(tool))).toMatchObject({ kind: 'notice', why: { kind: { by: 'calculator' } } });
    const menu = '地球人\n登录\n注册\n我的账户\n首页\n我要理财\n收益计算器\n投资资金：\n元\n年化收益：\n%\n还款方式：\n按月付息，到期还本\n开始计算\n计算结果\n应收本息（元）\n';
    expect(detect(normalize(menu)).why.kind.by).toBe('calculator');
    // (the same widget under a product the page offers: an ad)
    const product = `稳盈宝 12个月\n预期年化收益率8%，100元起投，期限灵活，到期还本付息，资金由银行存管，安全放心，欢迎投资。\n产品亮点：收益稳定，随时可投。\n${'本产品投资于优质债权，专业团队严格风控，历史兑付率高，投资人数众多。\n'.repeat(4)}收益计算器\n投资金额\n开始计算\n计算结果\n`;
    expect(detect(normalize(product)).kind).toBe('marketing');
    // (a name without the tool's parts is a link in a menu)
    expect(detect(normalize('某某理财\n首页\n收益计算器\n新手指引\n本平台精选优质理财产品，年化收益8%，稳健可靠，期限灵活，欢迎广大投资者投资。\n')).why.kind.by).not.toBe('calculator');
  });
  it('a questionnaire whose questions are put to the reader without ？ (1.您的年龄是, 11.以下哪项…) or unnumbered (fq: "您的年龄？", once per script) is a notice; an ad\'s questions to its reader are not', () => {
    const answers = ['30岁以下', '31-40岁', '41-50岁'];
    const asked = ['您的年龄是', '您的学历是', '您的家庭年收入为（折合人民币）', '您计划的投资期限是多久', '您的投资目的是', '以下哪项描述最符合您的投资态度'];
    const page = `账户总览\n我的投资\n邀请好友\n${asked.map((q, i) => `${i + 1}.${q}\n${answers.join('\n')}`).join('\n')}\n提交`;
    expect(detect(normalize(page))).toMatchObject({ kind: 'notice', why: { kind: { by: 'questionnaire' } } });
    const data = `export default {\nquestionList: [${asked.map((q) => `{\nfqft: "${q.replace('年龄', '年齡')}？",\nfq: "${q}？",\nasall: [${answers.map((a, i) => `{\nscore: ${i + 1},\nasft: "${a}",\nas: "${a}",\nchecked: false\n}`).join(',\n')}]\n}`).join(',\n')}]\n}`;
    expect(detect(normalize(data))).toMatchObject({ kind: 'notice', why: { kind: { by: 'questionnaire' } } });
    // (five such questions are not yet one without a questionnaire's name)
    expect(detect(normalize(page.replace(/6\.[^\n]*/, '说明')))).not.toMatchObject({ why: { kind: { by: 'questionnaire' } } });
    // an ad asks its reader too, each question over its sentences (not options: 。 ends them): no questionnaire
    const ad = ['您还在为资金周转发愁吗？', '您想让闲钱生钱吗？', '您担心收益不稳吗？', '您需要随时取用吗？', '您怕手续麻烦吗？', '您想要更高回报吗？']
      .map((q) => `${q}\n稳盈宝，年化收益8%。\n保本保息，安心之选。\n100元起投，随存随取。\n新手专享加息。\n立即抢购！`).join('\n');
    expect(detect(normalize(ad)).kind).toBe('marketing');
    // …nor does a page that answers its questions with short selling lines for fewer than six of them
    const short = ['您还在为资金周转发愁吗？', '您想让闲钱生钱吗？', '您担心收益不稳吗？'].map((q) => `${q}\n稳盈宝\n保本保息\n立即抢购`).join('\n');
    expect(detect(normalize(short)).kind).toBe('marketing');
  });
  it('a suitability questionnaire is a notice (its answer options are the customer\'s choices); a product page that mentions a risk test is still an ad', () => {
    expect(kindOf('尊敬的用户，您好！\n根据您对评估问卷的勾选结果，您的风险承受能力等级为C级。\nA级：保守型，风险承受能力较低。\nB级：稳健型，风险承受能力中等。\n风险承受能力评估问卷\n请如实填写本问卷，问卷结果仅用于评估您的风险承受能力。\n5、您的投资目的：\n赚取短期差价\n保本\n9、您过去的投资绩效：\n只赚不赔\n有赚有赔')).toBe('notice');
    expect(kindOf('稳盈宝火热发售！\n预期年化5%，100元起投，立即抢购！\n购买前请完成风险测评。')).toBe('marketing');
    // two lettered questions are enough under a questionnaire's name at its head (风险评测); without the name, or with the
    // name only after them (a quiz in an ad that ends 完成风险测评), they are not
    const quiz = '1.您的年龄是？\nA.18岁以下\nB.18-30岁\nC.31-50岁\n2.以下哪项最能说明您的投资经验？\nA.几乎不投资\nB.尝试过货币基金等低风险金融投资项目\nC.大部分投资于股票等高风险投资项目';
    expect(detect(normalize(`风险评测\n${quiz}\n你的风险评测结果为\n重新评测`)).why.kind.by).toBe('questionnaire');
    expect(detect(normalize(quiz)).why.kind.by).not.toBe('questionnaire');
    expect(detect(normalize(`稳盈宝，低风险高收益！\n${quiz}\n购买前请完成风险测评。`)).why.kind.by).not.toBe('questionnaire');
    // …and so is its result page (您的投资类型为 激进型 … 重新测评); a product page for a type of investor is not
    expect(detect(normalize('您的投资类型为\n激进型\n专注于投资的长期增值，并愿意为此承受较大的风险。\n匹配投资风险等级：\n低风险\n中风险\n高风险\n我知道了\n重新测评')).why.kind).toEqual({ by: 'questionnaire', cue: '您的投资类型为' });
    expect(detect(normalize('稳盈宝火热发售！\n适合风险承受能力为稳健型的投资者，年化4.5%，立即购买！\n购买前请完成风险测评。')).why.kind.by).not.toBe('questionnaire');
  });
  it('a page of safeguard headings (资金安全保障, 平台技术保障…) sells the platform\'s safety, though it cites the law and warns of fraud; a help page with one such heading is still a notice', () => {
    const page = '安全保障\n综合实力保障\n专业团队，经验丰富。\n资金安全保障\n资金由银行监管，专户专款专用。\n平台技术保障\n采用加密技术。\n政策法律保障\n根据《合同法》的规定，借款合同受法律保护。依据有关规定，谨防诈骗，谨防冒充客服。\n信息安全\n实名认证，谨防盗用。';
    expect(detect(normalize(page))).toMatchObject({ kind: 'marketing', why: { kind: { by: 'sales-page' } } });
    const help = '账户安全\n根据有关规定，请谨防诈骗，谨防冒充客服来电。\n依据《网络安全法》的规定，平台不会索要验证码。\n谨防钓鱼网站，请核对网址。\n请谨防他人盗用您的账户，按规定设置密码。';
    expect(detect(normalize(help)).why.kind.by).not.toBe('sales-page');
  });
  it('a page its own name calls a product\'s page or a pitch (产品详情 - …, 为何选择我们) sells, though its help links and training outweigh it in notice words; under another name, or none, the same text is a notice', () => {
    const body = '白银延期\n常见问题 风险提示 培训中心\n白银现货延期交收，是以保证金方式进行的交易。\n我们提供专业培训，常见问题请咨询客服。\n请关注交易所通知和风险提示，谨防诈骗。';
    expect(detect(normalize(body), '产品详情 - 民泰贵金属')).toMatchObject({ kind: 'marketing', why: { kind: { by: 'sales-page', cue: '产品详情' } } });
    expect(detect(normalize(body), '为何选择我们').kind).toBe('marketing');
    expect(detect(normalize(body), '帮助中心').kind).toBe('notice');
    expect(detect(normalize(body)).kind).toBe('notice');
    // (a notice its heading names is one, whatever the page is called)
    expect(detect(normalize(`关于系统升级的公告\n${body}`), '产品详情').kind).toBe('notice');
  });
  it('a page named an about page (关于我们-…) is no contract, though its disclaimer section outweighs it in contract words', () => {
    const body = '源泰金控是专业期货服务平台，为投资人提供投资理财服务。\n免责声明\n本网站对使用上述信息所造成的任何损失不承担责任。本条款的解释权归本公司所有。\n任何情况下，本公司对于进入或使用本网站引起的任何损失不承担责任，争议由本公司所在地法院管辖。\n用户违反本条款的，本公司有权终止服务。本协议条款自发布之日起生效。';
    expect(detect(normalize(body), '关于我们-源泰金控').kind).not.toBe('contract');
    expect(detect(normalize(body), '免责声明-源泰金控').kind).toBe('contract');
  });
  it('a mutual-aid plan (互助计划, 互助金) is read as insurance, whatever it is paid with; a page about paying is payment', () => {
    expect(detect(normalize('加入互助计划\n预存10元并开通免密支付，返3元互助金\n授权代扣委托书')).product).toBe('insurance');
    expect(detect(normalize('开通免密支付\n授权代扣委托书\n支付时无需输入密码')).product).toBe('payment');
  });
  it('a credit card is named (信用卡, 持卡人, 透支…): 分期, 账单 and 积分 alone are an instalment loan\'s, a bill\'s or a points scheme\'s', () => {
    // a car bought in instalments (购车分期) is a loan; a card's bill instalments (账单分期) with its name are a card's
    expect(detect(normalize('购车分期\n首付低至0元，分期购车最划算，36期分期，立即申请。')).product).toBe('loan');
    expect(detect(normalize('信用卡账单分期\n持卡人可将本期账单分期还款，分12期，每期手续费0.6%。')).product).toBe('credit-card');
    // a P2P platform's points for investing (积分, 积分商城) make it no card's page
    expect(detect(normalize('积分规则\n投资即可获得积分，积分可在积分商城兑换礼品。理财产品起投100元。')).product).toBe('wealth');
    expect(detect(normalize('积分规则\n信用卡刷卡消费每1元累积1积分，积分可兑换礼品。')).product).toBe('credit-card');
  });
  it('a P2P investor page is about an investment (wealth), not about the borrower\'s loan', () => {
    const d = detect(normalize('当前位置：首页 > 债权转让\n预期年化 5%以内 5%-10%\n12% 预期年化利率 15 投资期限(月) 一次性还款\n12% 预期年化利率 6 投资期限(月) 一次性还款\n借款人信息 借款金额10万元'));
    expect(d.product).toBe('wealth');
    expect(detect(normalize('极速借款\n借款金额最高20万元，借款期限灵活，按时还款提升额度。')).product).toBe('loan');
    // speaking of borrowers in the third person (借款人, 借款项目, 还款) more than the lender's words would make it a loan
    // page by count alone; the lender's words (出借人, 风险准备金, 本息保障) outweigh a borrower's (额度, 放款, 日利率)
    const safety = '安全保障\n借款人审核：借款人须提供身份证明、收入证明，借款项目经实地考察。借款人还款逾期时，借款人的抵押物可以处置，借款人的还款记录上报。\n出借人保障：风险准备金为出借人提供本息保障。';
    expect(detect(normalize(safety)).product).toBe('wealth');
    expect(detect(normalize(safety.replace('出借人保障：风险准备金为出借人提供本息保障。', '借款人申请额度后当天放款，日利率0.05%。'))).product).toBe('loan');
    // with no word for a borrower at all, a few of the lender's (资金安全, 代偿) are enough
    const guard = '安全保障\n资金安全\n为保障出借者的资金安全，平台采用多重措施。平台要求借款人提供抵押，审核借款人的资质，评估借款人的还款能力，借款人须办理公证。';
    expect(detect(normalize(guard)).product).toBe('wealth');
    expect(detect(normalize('极速借款\n借款人可在线申请额度，审核通过当天放款，日利率0.05%。平台审核借款人资质，资金安全有保障。')).product).toBe('loan');
  });
  it('a P2P page naming its backstop (逾期垫付, 逾期先行垫付, 本息垫付) speaks to the lender; an insurer\'s advance of hospital costs or a platform paying a fee does not', () => {
    // (b202 aowubao's safety page, b78 yirenbao's fee page: the borrowers are companies named in the third person)
    const backstop = '安全保障\n真实的借款项目\n平台对借款企业进行贷前贷中贷后管理。\n多重还款来源\n借款企业为第一还款人，负有还款责任；担保公司为第二还款人，负有还款责任。\n逾期先行垫付，保障资金安全。';
    expect(detect(normalize(backstop)).product).toBe('wealth');
    expect(detect(normalize('借款逾期怎么办？\n借款人还款逾期的，平台启动逾期垫付，本息垫付于逾期次日到账。')).product).toBe('wealth');
    // near misses: a borrower's page, whose guarantor pays when the borrower is late, and an insurer's advance
    expect(detect(normalize('极速借款\n借款人可在线申请额度，审核通过当天放款，日利率0.05%，借款人还款逾期时由担保公司代为清偿。')).product).toBe('loan');
    expect(detect(normalize('意外险\n被保险人住院期间可享受住院医疗费用垫付服务，投保后次日生效，保险金额10万元。')).product).toBe('insurance');
  });
  it('a P2P listing that asks its reader to invest (确认投资, 立即投资) or shows the bids made (投资记录) and the least to put in speaks to the lender, however much it says of the borrower', () => {
    // (a listing's borrower details — 借款金额, 借款期限, 借款人, 抵押 — are the loan being bought, not offered)
    const listing = '项目详情\n借款金额 200万元\n借款期限 6个月\n还款方式 按月付息到期还本\n借款人为某贸易公司股东，以其名下房产抵押，借款用于经营周转，借款人还款记录良好。\n剩余金额 80万元，最少投资100元\n确认投资\n投资记录\n借款详情';
    expect(detect(normalize(listing)).product).toBe('wealth');
    expect(detect(normalize('新手任务\n注册认证后完成首笔借款可领取贷款利息券，借款人按期还款另有奖励。\n立即投资\n立即投资')).product).toBe('wealth');
    // near miss: a borrower's page with the same borrower details and its own calls (额度, 放款) stays a loan page
    expect(detect(normalize(listing.replace('剩余金额 80万元，最少投资100元\n确认投资\n投资记录', '最高额度200万元，审核通过当天放款\n立即申请'))).product).toBe('loan');
  });
  it('a P2P listing\'s tiers (新手标, 新手专属标, 推荐标: loans put up for lenders to bid on) speak to the lender, though the rate shown is the borrower\'s', () => {
    // (b237 ctjr's H5 home: the listings' 借款约定年化利率 and 借款 read alone as a loan page)
    const tiers = '新手福利\n新手专属标 单笔限投3万\n借款项目 年化利率 8% 期限 3个月 借款总额 50万\n推荐标\n借款项目 年化利率 9% 期限 6个月 借款总额 80万\n借款用途：经营周转';
    expect(detect(normalize(tiers)).product).toBe('wealth');
    expect(detect(normalize('新手标 年化利率10%，借款期限1个月，借款人按月还款。')).product).toBe('wealth');
    // near miss: a borrower's page with the same rate and term, and no listing offered to bid on, stays a loan page
    expect(detect(normalize(tiers.replace(/新手专属标 单笔限投3万|推荐标/g, '新用户借款'))).product).toBe('loan');
  });
  it('a payment service\'s page on the safety of the money it holds (资金安全) is the payment service\'s; a P2P page saying the same of its lenders\' money stays wealth', () => {
    const escrow = '资金安全\n平台与持牌第三方支付机构合作，买家的货款由支付机构托管，资金安全有保障。卖家发货、买家确认收货后，支付机构才向卖家结算货款，交易全程资金安全。';
    expect(detect(normalize(escrow)).product).toBe('payment');
    // near miss: the lenders' page names the payment means too (快捷支付, 网上银行), but its investment's own words (出借人,
    // 银行存管, 理财, 起投) outweigh them once the safety words are set aside
    const p2p = '资金安全\n出借人的资金由银行存管，资金安全有保障。理财产品起投100元，充值支持快捷支付、网上银行支付。';
    expect(detect(normalize(p2p)).product).toBe('wealth');
  });
  it('a page that speaks of its investors (投资者) and the safety of their money is the lender\'s, though it tells how its borrowers repay', () => {
    // (b220 tuopinbao's about page: merchants borrow and repay from their sales; the investors are promised a yearly return)
    const about = '关于我们\n商户可申请授信额度，借款后用经营收益还款，授信审核严格，坏账风险低，保障投资者的资金安全。\n闲钱可投，按天计息。';
    expect(detect(normalize(about)).product).toBe('wealth');
    // near miss: a borrower's page that names investors only in passing, with more of the borrower's words, stays a loan page
    expect(detect(normalize('极速借款\n额度最高20万，审核通过当天放款，日利率0.05%，按月还款，提前还款免手续费。\n平台已获投资者注资。')).product).toBe('loan');
  });
  it('a listing\'s repayment fields (还款来源, 还款保障, 资金保障) tell the lender how they are repaid: the page is the lender\'s, though it names only the borrower', () => {
    // (b28 xinhua-jindian's 还款保障 tab: 还款来源 and 资金保障 fields over the borrower's repayment; b218 shouyirong's listing)
    const tab = '借款详情\n还款来源：借款人经营收入按月还款\n资金保障：借款人名下房产抵押';
    expect(detect(normalize(tab)).product).toBe('wealth');
    // near miss: a borrower's application that asks for a 还款来源, with its own calls (额度, 放款), stays a loan page
    expect(detect(normalize('个人经营贷款\n借款人须有稳定还款来源，最高额度50万元，审核通过当天放款。')).product).toBe('loan');
    // …and so does a loan page with none of them
    expect(detect(normalize(tab.replace(/还款来源|资金保障/g, '说明'))).product).toBe('loan');
  });
  it('a P2P listing read by its lender offers the investment in the loan\'s words (借款人信息, 借款用途, 还款来源): it names its product more than in passing', () => {
    // (a project's detail screen for lenders: the borrower's particulars and the platform's checks, no rate or call to buy)
    const fields = ['借款人信息', '姓名', '职业', '借款用途', '还款来源', '历史逾期次数', '审查项目', '身份认证', '收入认证', '保障措施'];
    const listing = `${fields.join('\n')}\n本项目为个人小额借款项目，借款用途为个人消费，借款人按月还款，借款人的还款能力经第三方机构审核评估。\n第三方机构为借款项目提供连带责任保证，平台为出借人实现债权提供专业服务。`;
    const read = detect(normalize(listing));
    expect(read.product).toBe('wealth');
    expect(read.institutionPage).toBeUndefined();
    // near miss: a page about the platform that names its lender and a borrower once each, in passing, still offers nothing
    const about = ['公司简介', '发展历程', '团队介绍', '联系我们', '加入我们', '媒体报道', '合作伙伴', '网站地图', '意见反馈', '客服热线'].join('\n');
    const passing = detect(normalize(`${about}\n我们是一家成立于二〇一五年的信息科技公司，专注于为客户提供优质的技术服务和产品。\n公司的出借人保障说明请见另一页面，此处不再赘述。`));
    expect(passing.institutionPage).toBe(true);
  });
  it('a margin-lending (配资) page speaks to the trader who borrows: its 资金安全 and 出借人 make it no P2P lender\'s investment page', () => {
    // (b186 peizi, b48 gudaiquan and shangniu safety pages: the trader's deposit is safe, the platform's 出借人 lends to them)
    const safe = '安全保障\n资金安全\n配资资金由平台自有资金出借，出借人与配资用户签订协议，配资用户保证金存入第三方托管账户，保障资金安全。\n配资账户设置警戒线和平仓线，控制配资风险。\n股票配资，最高5倍杠杆。';
    expect(detect(normalize(safe)).product).toBe('loan');
    // …and the trading it is borrowed for is an investment: its wording is judged as one's too; a cash loan's is not
    expect(detect(normalize(safe)).products).toContain('wealth');
    expect(detect(normalize('极速借款\n借款人可在线申请额度，审核通过当天放款，日利率0.05%，借款资金安全有保障。')).products).not.toContain('wealth');
    // near miss: a P2P lender's safety page with no margin lending stays the lender's
    expect(detect(normalize('安全保障\n资金安全\n出借人资金由银行存管，出借人与借款人签订协议，借款人须提供抵押，风险准备金保障出借人本息。')).product).toBe('wealth');
  });
  it('a regulator\'s penalty decision or circular (行政处罚信息公开表, 关于…的通报) is a notice, though it quotes the ad; the ad itself is not', () => {
    expect(detect(normalize('银保监局行政处罚信息公开表\n主要违法违规事实：宣传材料中使用“保本保息”“比存款更划算”等表述。')).kind).toBe('notice');
    expect(detect(normalize('关于违规营销宣传典型案例的通报\n部分机构宣传“零风险”，现予通报。')).kind).toBe('notice');
    expect(detect(normalize('安心保本理财\n保本保息，比存款更划算，立即购买！')).kind).toBe('marketing');
  });
  it('a loan named in the title by its last character (极速贷) is about a loan; a P2P lender\'s page about 网贷 is not made one', () => {
    expect(detect(normalize('极速贷\n秒批秒到，当天办理。')).product).toBe('loan');
    expect(detect(normalize('极速通\n秒批秒到，当天办理。')).product).toBe('general');
    expect(detect(normalize('网贷出借风险提示\n出借人应当了解投资风险，理财产品起投100元。')).product).toBe('wealth');
  });
  it('a page of a documentation or notes site (front matter with title and description or weight) is a notice; a landing page in the same format that calls to buy is not', () => {
    const note = '---\ntitle: "债券"\nlinkTitle: "债券"\nweight: 2\ndescription: >\n    债券相关知识介绍\n---\n\n## 1. 债券的概念\n\n债券是一种金融契约，承诺按一定利率支付利息并按约定条件偿还本金。零息债券未约定支付利息。\n';
    expect(detect(normalize(note)).kind).toBe('notice');
    expect(detect(normalize(note)).why.kind).toEqual({ by: 'site-page', cue: '债券' });
    const landing = '---\ntitle: "闪电贷"\ndescription: 最高可借20万\n---\n\n闪电贷，最高可借20万，最快1分钟到账，立即申请！\n';
    // a dated blog post is commentary, unless it calls the reader to the author to buy (有需要的可以加我微信)
    const post = '---\ntitle: 结构性存款怎么选\ndate: 2020-05-01\n---\n\n三家银行的结构性存款，年化收益范围0%-3.4%，起购5万。';
    expect(detect(normalize(post)).kind).toBe('notice');
    expect(detect(normalize(`${post}有需要详细了解的可以加我微信。\n`)).kind).toBe('marketing');
    expect(detect(normalize(landing)).kind).toBe('marketing');
    // a VitePress page names itself by its description (its title is its first heading)
    expect(detect(normalize('---\ndescription: 醫生買保險分享醫療險、癌症險等關鍵險種選擇。\noutline: deep\n---\n\n# 醫生買保險\n\n醫療險是保險新手最先考慮的險種，保費依年齡調整。\n')).kind).toBe('notice');
    // a title alone is no site page (a YAML block in a text that is not a site's page)
    expect(detect(normalize('---\ntitle: 闪电贷\n---\n\n闪电贷，最高可借20万，最快1分钟到账。\n')).kind).toBe('marketing');
  });
  it('a site page that signs the reader up through its own referral (注册就送, 填写本站的邀请码) is that referral\'s landing page; a post that only tells how to sign up is not', () => {
    const guide = '---\ntitle: 某交易所账户设置教程\ndescription: 账户设置方法\n---\n\n下载完成后进入设置页面，绑定手机号并开启两步验证，提现前请核对地址。\n';
    expect(detect(normalize(guide)).why.kind.by).toBe('site-page');
    expect(detect(normalize(guide.replace('账户设置方法', '新用户注册就送 10U 体验券'))).kind).toBe('marketing');
    expect(detect(normalize(`${guide}下载完成后一定要填写本站的邀请码，再去交易。\n`)).kind).toBe('marketing');
    // near miss: a page that names an invite code without handing one out, and a registration step, stay a notice
    expect(detect(normalize(`${guide}邀请码可在个人中心查看，注册后请完成实名认证。\n`)).kind).toBe('notice');
  });
  it('a post that presses the reader to buy before the offer runs out (欲购从速, 抢完即止, 限时限量) is the seller\'s campaign, not commentary; a post on how such quotas work is not', () => {
    const post = '---\ntitle: 某钱包存币计划说明\ndate: 2019-03-01\n---\n\n存币计划年化6%，每期额度1000万枚，最低存入100枚，到期自动返还。\n';
    expect(detect(normalize(post)).kind).toBe('notice');
    expect(detect(normalize(post.replace('到期自动返还。', '到期自动返还，抢完即止。'))).kind).toBe('marketing');
    expect(detect(normalize(post.replace('到期自动返还。', '新客专享，额度有限欲购从速！'))).kind).toBe('marketing');
    // near miss: a post that tells readers what a quota sold out means, with no call to hurry, stays commentary
    expect(detect(normalize(post.replace('到期自动返还。', '额度售罄后需等待下一期开放。'))).kind).toBe('notice');
  });
  it('parties named in the third person (a P2P safety page) are no contract\'s voice; a party that binds itself (投保人承诺) is', () => {
    const page = '本息保障，安全无忧\n融资谷与担保公司合作的所有借款项目，在借款人逾期时，将按照合同约定由担保公司代偿，保障您的资金安全。\n投资人和借款人的资金交易都通过第三方支付实现，电子合同与协议由第三方存证。\n平台促成借贷合同的完整执行，借款人的借款合同、担保合同和居间协议均在线签署。\n';
    expect(detect(normalize(page)).kind).not.toBe('contract');
    const declaration = '健康告知\n以下内容，投保人承诺完全知晓所有被保险人的健康状况，并如实告知。\n被保险人目前未患有下列疾病。\n若未如实告知，本公司有权解除合同，并不承担给付保险金的责任。\n';
    expect(detect(normalize(declaration)).kind).toBe('contract');
  });
  it('numbered points that speak of 借款人 and 出借人 without binding either (a safety page that quotes the law\'s 借款合同) are no contract; a first-person application (本人同意…) is', () => {
    const page = '本息有保障\n借款标逾期30天内，根据风险备用金账户使用规则，通过风险备用金向理财人垫付此笔借款的剩余出借本金。\n逾期本息垫付\n借款标逾期或达到担保合同约定担保条件成立时，由担保机构进行代偿或债权收购。\n政策法规保障\n出借人及借款人之间的借贷关系的合法性：《合同法》第196条规定，借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。\n电子合同合法：根据《合同法》第11条的规定，当事人可以采用合同书、信件和数据电文等形式订立合同。\n温馨提醒\n1、牢记官方网址，谨防钓鱼网站。\n2、设置高强度密码。\n3、不要向其他用户透露个人信息。\n';
    expect(kindOf(page)).not.toBe('contract');
    const application = '委托担保申请\n担保合同编号：\n本人因资金紧张通过互联网借贷平台向出借人办理融资业务，自愿向担保公司作出如下申请和承诺：\n1、本人自愿申请委托担保公司提供担保，担保方式为一般保证。\n2、本人同意有关费用由平台代收。\n3、担保公司向本人送达的各类通知、协议文件均可通过本人预留的联系方式送达，无论本人是否收到，均视为送达；本人变更联系方式时会及时告知出借人和担保公司。\n4、本人未能按照合同的约定偿还借款导致担保公司代偿的即为本人违约，担保公司有权向本人追偿。\n5、担保公司出具的担保函内容与本申请内容有冲突的，以担保函内容为准。\n6、本人已仔细阅读并完全理解该内容，对该内容的含义及法律后果已全部知晓并予以接受。\n申请人：\n身份证号：\n';
    expect(kindOf(application)).toBe('contract');
  });
  it('a report of an institution\'s work (一是…二是…三是…, figures as of a date) is a notice; a promotion that counts off its points and calls to buy is not', () => {
    const report = '服务实体经济情况\n一是加大信贷投放。截至2016年末，本行各项贷款余额较上年增长12%，对小微企业执行优惠利率。\n二是健全服务渠道，于2014年设立首家境外分行。\n三是降低融资成本，减费让利。\n';
    expect(detect(normalize(report)).kind).toBe('notice');
    expect(detect(normalize(report)).why.kind.by).toBe('report');
    // (no date the figures stand at: counted points alone are no report)
    expect(detect(normalize(report.replace('截至2016年末，', ''))).why.kind.by).not.toBe('report');
    // (…and a call to buy makes it an ad)
    expect(detect(normalize(`${report}立即申请，享受优惠利率！\n`)).kind).toBe('marketing');
  });
  it('a P2P safety page set out in numbered articles is read by the lender (an investment) once it turns out to be a page; a loan agreement stays a loan', () => {
    const page = '安全保障\n新手专享，立即投资！限时活动，点击领取福利！\n第一条 本息保障：投资人的本金和利息由风险备用金代偿，借款项目逾期的，平台先行垫付。\n第二条 资金安全：出借人资金由银行存管，借款人还款直接回款到出借人账户。\n第三条 借款审核：借款人须提交借款申请和贷款资料，借款资料经审核后发布借款项目，借款期限最长12个月，借款人按月还款。\n';
    const d = detect(normalize(page));
    expect(d.scores['k:contract']).toBeGreaterThanOrEqual(8);
    expect([d.kind, d.product]).toEqual(['marketing', 'wealth']);
    const deal = '借款合同\n出借人：\n借款人：\n第一条 借款金额：借款人向出借人借款人民币1万元，出借人的本息保障由风险备用金代偿。\n第二条 借款人应按期还款，逾期的按日支付违约金。\n第三条 本合同自双方签署之日起生效。\n';
    expect([detect(normalize(deal)).kind, detect(normalize(deal)).product]).toEqual(['contract', 'loan']);
  });
  it('a notice that disclaims sentence after sentence (风险披露: …不承担任何责任; …由客户本人承担) is read as terms; a help page with one exemption among its answers is not', () => {
    // (untitled here: a page named 风险披露 is a risk disclosure by its name — see 'kind from the title')
    const risk = '交易风险\n1.网络交易\n使用网络进行交易具有一定的风险，我们提醒客户注意风险承受能力。如遇网络问题，本平台不对客户因自身网络问题产生的交易损失负责。\n2.代客操盘\n客户将账户交于他人操作的，客户账户所产生的任何损失均由客户本人承担。\n3.交易滑点\n滑点无法规避，本平台概不对由市场跳空所造成的滑点承担任何责任。\n4.市场分析\n本网站的信息仅供参考，请注意风险提示，理性投资。\n';
    const d = detect(normalize(risk));
    expect([d.kind, d.why.kind.by]).toEqual(['contract', 'disclaims']);
    // (the institution's reserved rights count as its exemptions do: a card programme's rules that cancel, change and
    // interpret at the bank's will are terms the cardholder is bound by)
    const rules = '信用卡积分奖励计划\n一、持卡人消费即可累计积分，积分可兑换礼品。\n二、持卡人如有下述任一情形，本行有权取消其参加积分奖励计划的资格。\n三、本行保留对计积分项及兑换比例的调整权。\n四、本行有权根据需要取消或修改相关规则，并经本行网站公告。\n五、兑换的礼品由供应商提供。\n';
    expect(detect(normalize(rules)).kind).toBe('contract');
    expect(detect(normalize(rules.replace('本行保留对计积分项及兑换比例的调整权', '积分有效期为三年').replace('本行有权根据需要取消或修改相关规则，并', '相关规则')))).not.toMatchObject({ kind: 'contract' });
    // (two exemptions are not yet a statement of terms)
    expect(detect(normalize(risk.replace('概不对由市场跳空所造成的滑点承担任何责任', '会尽量减少滑点')))).toMatchObject({ kind: 'notice' });
    // (…nor three spread over a long help page)
    const help = `${risk}${'5.常见问题\n如何开户？请在首页点击注册，按提示填写资料，提醒您注意风险承受能力的测评，完成后即可登录交易平台查看行情和资讯。\n'.repeat(100)}`;
    expect(detect(normalize(help)).why.kind.by).not.toBe('disclaims');
    // …and so is one titled a help centre (帮助中心) that disclaims so; a help centre that answers questions stays a notice
    const site = '帮助中心\n凡浏览本网站的用户，均表示接受以下条款。本网站保留对本声明包含的条款变更的权利。\n您继续使用本网站，则视为您接受这些更改。\n本网站对链接网站的可用性不承担任何责任。\n因黑客攻击造成的损失，本网站不承担任何责任。\n';
    expect(detect(normalize(site)).why.kind).toMatchObject({ by: 'disclaims' });
    expect(detect(normalize('帮助中心\n如何注册？\n点击右上角注册按钮即可。\n如何充值？\n在我的账户中选择充值。\n')).kind).toBe('notice');
    // …and so is one titled a risk warning (风险提示) that disclaims so; titled so, a warning that only warns stays a notice
    const titled = risk.replace('交易风险', '风险提示');
    expect(detect(normalize(titled)).why.kind).toMatchObject({ by: 'disclaims' });
    expect(detect(normalize(titled.replace('概不对由市场跳空所造成的滑点承担任何责任', '会尽量减少滑点'))).why.kind).toEqual({ by: 'title', cue: '风险提示' });
  });

  it('a legal statement set out as one tab of a page (its tab row names 版权声明 or 隐私条款, the other tabs\' text above it) is a part of the page, not the page; a page whose text under the row is the statement is the statement', () => {
    const tabs = '帮助中心\n新手必读\n注册登录\n密码设置\n版权声明\n联系我们\n';
    const answers = '新手必读\n1.为什么选择我们？\n我们是专业的财富管理公司，成立多年，服务于数千个高净值家庭，为客户提供资产配置方案和理财规划服务，团队由资深的投资人员组成。\n2.如何注册登录？\n打开网站，在首页右上角点击注册，输入手机号码和验证码，设置登录密码，阅读并勾选服务协议后点击注册即可。\n3.手机收不到验证码怎么办？\n可能是您安装了拦截软件，需要您去拦截信息中查看并设置白名单，您也可以通过语音验证码的方式获取验证码。\n4.如何修改登录密码？\n点击我的账户中的账户管理，在登录密码处点击修改，输入原密码，设置并确认新密码，点击提交即可修改成功。\n5.如何预约产品？\n登录后选择产品，点击立即预约，输入预约金额，确认预约信息后点击提交即可。\n';
    const statement = '版权声明\n本网站根据以下法律声明为您提供服务，本法律声明可由本网站随时更新，毋须另行通知。\n本网站有权于任何时间修改或终止服务，对此本网站不承担任何责任。\n您使用服务之风险由您个人负担，本网站不承担任何责任。\n因黑客攻击造成的损失，本网站概不负责。\n您继续使用本网站，则视为您接受这些更改。\n联系我们\n客服电话：010-12345678\n';
    // a help centre with its questions answered, the site's legal statement one of its tabs: a help page
    expect(detect(normalize(tabs + answers + statement)).why.kind).toEqual({ by: 'title', cue: '帮助中心' });
    // (…not when the row names no such tab, nor when the text under the row is the statement from its start)
    expect(detect(normalize(tabs.replace('版权声明\n', '') + answers + statement)).why.kind.by).toBe('disclaims');
    expect(detect(normalize(tabs + statement)).why.kind.by).toBe('disclaims');
    // a platform's page of safeguards with a 隐私条款 tab that says 本声明: its contract words quote the law, the page sells
    const head = '风控体系\n我们用心守护您的每一分钱，让投资更安心。\n客服热线：400-000-0000，工作时间：9:00-18:00。\n关注微信公众号，了解更多资讯。\n下载手机客户端，随时随地投资。\n';
    const row = '安全保障\n保障手续\n政策法规\n隐私条款\n授权与监管\n';
    const safeguards = '资产抵押\n在平台，出借人与借款人之间都会签订《抵押借款合同》，在公证处赋予强制执行效力后办理抵押手续，获得确认抵押权的抵押证明，保障出借人的合法权益。\n强制执行公证\n民间借贷合同经公证机关公证后，借款人到期不偿还借款时，公证处可以根据出借人的申请出具强制执行证书，出借人可直接申请法院执行，省却了漫长的诉讼流程。\n平台的合法性\n合同法规定居间人提供贷款合同订立的媒介服务，可依法向委托方收取相应的报酬，因此平台的存在和服务费的收取都是符合法律规定并受法律保护的，签署的合同受法律保护，争议由合同签署地法院管辖。\n';
    const privacy = '范围\n本声明适用于本平台所有站点。\n个人信息\n一般情况下，您无须提供您的姓名或其它个人信息即可访问我们的官网。\n重要信息\n我们将对客户提供的信息严格保密，除下列情形之一外不会向任何外部机构披露：\na)经过客户事先同意而披露\nb)应法律法规的要求而披露\nc)应政府部门的要求而披露\n';
    expect(kindOf(head + row + safeguards + privacy)).toBe('marketing');
    expect(kindOf(head + row.replace('隐私条款\n', '') + safeguards + privacy)).toBe('contract');
    // (…and when the row stands among the page's first lines, its 隐私条款 tab is a tab, not the page's title; a page that
    // opens on a 隐私条款 of its own is one)
    const top = '风控体系\n我们用心守护您的每一分钱，让投资更安心。\n';
    expect(kindOf(top + row + head.slice(head.indexOf('客服')) + safeguards + privacy)).toBe('marketing');
    expect(kindOf('隐私条款\n' + privacy)).toBe('contract');
  });
  it('an untitled text that disclaims sentence after sentence (无需承担任何责任; 不承担由此产生的损失; 均由用户自身承担) is read as terms; an untitled ad that does so and calls to buy is not', () => {
    const untitled = '本公司旗下小程序对因电信部门、网络服务提供商等任何原因造成的信息传递异常所致后果不承担法律责任。\n由于地震、台风、战争等不可抗力因素导致的服务中断，本公司不承担由此产生的损失。\n用户同意，有下列情形之一的，本公司无需承担任何责任：\n1. 本公司向用户免费提供的各项网络服务时；\n2. 本公司提供的投资建议仅供参考，用户据此入市所产生的盈利或亏损均由用户自身承担。\n股市有风险，入市需谨慎。\n';
    expect(detect(normalize(untitled)).why.kind).toMatchObject({ by: 'disclaims' });
    expect(detect(normalize(untitled)).kind).toBe('contract');
    // (two such sentences are not yet terms; and a page that calls the reader to buy is an ad, whatever it disclaims)
    expect(detect(normalize(untitled.replace('本公司无需承担任何责任', '本公司将及时通知用户').replace('均由用户自身承担', '请用户自行判断'))).why.kind.by).not.toBe('disclaims');
    expect(detect(normalize(`${untitled}立即购买，享受专业投顾服务！\n`)).why.kind.by).not.toBe('disclaims');
  });
  it('consent deemed from use (注册视为同意) and a reserved right (保留…的权利, 保留最终解释权) count with the exemptions; a link that is not deemed consent (并不视为同意) does not', () => {
    const privacy = '1.用户同意注册视为同意本网站使用其提交的信息；\n2.用户可在注册时选择信息公开的范围。\n3.您在本网站注册，即视为您同意我公司向您发送电子邮件。\n4.由于您将用户密码告知他人，由此导致的信息泄露，本站不承担任何法律责任。\n';
    expect(detect(normalize(privacy)).why.kind).toMatchObject({ by: 'disclaims' });
    const rules = '● 顾客成为会员，视为您承认并遵守会员制度的相关条款；\n● 会员请在换领时检查礼品，所有礼品的品质，商场概不负责；\n● 商场保留因您会员信息资料不全而冻结您的会籍的权利。\n';
    expect(detect(normalize(rules)).kind).toBe('contract');
    // (…a link that is expressly no consent, and no reserved right: two exemptions are not yet terms)
    const links = '请先阅读以下声明：\n本网站并不就数据之任何错误承担责任。就本网站服务不承担任何明示或默示的保证责任。\n本网站提供超级链接至其它网站，并不视为同意、推荐或认可任何第三方。\n理财产品收益并非固定，请注意投资风险。\n';
    expect(detect(normalize(links)).why.kind.by).not.toBe('disclaims');
  });
  it('a text with a line for the consumer\'s signature (投保人签名：) is one they sign, a contract; the institution\'s signature, or a clause about signing, is not', () => {
    const signed = '光大永明人寿保险有限公司\n关于费用补偿型医疗保险产品提示\n如果被保险人发生的属于保险责任范围内的各项费用已通过其他途径获得补偿，本公司仅对扣除已获补偿后的剩余部分给付保险金。\n投保人对以上内容已充分了解并确认接受。特此声明。\n投保人签名: \n时间:          年          月          日\n';
    expect(detect(normalize(signed)).why.kind).toEqual({ by: 'signed', cue: '投保人签名:' });
    expect(detect(normalize(signed.replace('投保人签名: ', '借款人（签字）：________'))).kind).toBe('contract');
    // (the seller's signature, or a sentence that speaks of signing, makes no text one the consumer signs)
    expect(detect(normalize(signed.replace('投保人签名: ', '销售人员签名: '))).kind).toBe('marketing');
    expect(detect(normalize(signed.replace('投保人签名: ', '投保人签名后本提示生效，欢迎咨询。'))).kind).toBe('marketing');
    // (a product manual the policyholder signs stays a manual: its title names it)
    expect(detect(normalize(`某某两全保险产品说明书\n${signed.split('\n').slice(2).join('\n')}`)).kind).toBe('product-doc');
  });
  it('a risk notice that ends in the consumer\'s acknowledgement (本人已经阅读…并愿意承担相关风险) is a letter they accept, a contract; a notice that asks the public to read is not', () => {
    const body = '风险提示\n尊敬的用户您好：\n请您在进行资金出借前仔细阅读以下内容，了解项目信贷风险。\n1、政策风险：因国家宏观政策、监管导向等因素引起的风险。\n2、市场风险：因市场资金面临紧张或利率波动等因素引起的风险。\n3、技术风险：由于系统故障、网络故障等可能导致交易中断的风险。\n';
    const acknowledged = `${body}本人已经阅读《风险提示》的所有内容，充分了解并清楚知晓相应的权利义务，并愿意承担相关风险及法律后果。\n`;
    expect(detect(normalize(body)).kind).toBe('notice');
    expect(detect(normalize(acknowledged)).kind).toBe('contract');
    expect(detect(normalize(acknowledged)).why.kind).toMatchObject({ by: 'signed' });
    // (a request to read, or the institution's own reading, is no acknowledgement)
    expect(detect(normalize(`${body}请投资者认真阅读以上内容，审慎决策，并自行承担投资风险。\n`)).kind).toBe('notice');
    expect(detect(normalize(`${body}本公司已经阅读监管部门的相关通知，并将承担相应的管理责任。\n`)).kind).toBe('notice');
    // (read and known the risk notice itself; an e-signature that stands for consent — an app's confirm page)
    expect(detect(normalize(`${body}我已阅读并知晓债券购买风险提示\n确认\n`)).kind).toBe('contract');
    expect(detect(normalize(`${body}本人电子签名代表对上述说明的同意，与本人手写签名具有相同的法律效力\n`)).kind).toBe('contract');
    // (…not a call to read it, nor the institution's signature)
    expect(detect(normalize(`${body}请您阅读并知晓以上风险提示。\n`)).kind).toBe('notice');
    expect(detect(normalize(`${body}本公司电子签名代表本公司同意。\n`)).kind).toBe('notice');
  });
  it('a form nothing names that the customer submits with their own declaration (an authorisation to debit, their word that it is true) is one they sign; a form with a marketing call, or the institution\'s own word, is not', () => {
    const fields = '首/续期收费账户信息\n开户行\n开户地址\n户名\n银行账号\n';
    const debit = `${fields}本人以真实姓名开立结算账户，本人不可撤销地授权贵公司和经办银行从上述账户中扣划本投保申请所需交付的各期保险费用。\n我已阅读 转账授权声明\n上一步\n下一步\n`;
    expect(detect(normalize(debit)).why.kind).toMatchObject({ by: 'signed' });
    expect(detect(normalize('您是符合以下条件之一的自然人投资者\n我的金融资产不低于300万人民币\n所在公司\n职位头衔\n我承诺以上登记的所有信息属实，并对虚假信息产生的一切后果负责。\n提交\n')).kind).toBe('contract');
    // (a lead form that sells, or the institution's own promise, is not)
    expect(detect(normalize(`${debit}新客专享，立即投保享8折！\n`)).kind).toBe('marketing');
    expect(detect(normalize(`${fields}本公司承诺以上信息属实，欢迎选购。\n下一步\n`)).kind).not.toBe('contract');
  });
  it('a letter or application the customer or a guarantor gives the institution, addressing it as 贵行/贵公司 and binding themselves, is one they sign; a page that only addresses it, or speaks as 本行, is not', () => {
    const head = '分期付款申请\n申请人姓名\n联系电话\n';
    const pledge = `${head}本人保证在取得贵公司款项后按期足额还款，并遵守分期付款合约。\n`;
    expect(detect(normalize(pledge)).why.kind).toEqual({ by: 'signed', cue: '本人保证在取得贵公司' });
    expect(detect(normalize(`展期申请\n申请时间\n借款人同意貴行得以电话方式确认后修正申请内容。\n`)).kind).toBe('contract');
    expect(detect(normalize(`担保函\n持卡人向贵行申请分期业务，我公司同意为其与贵行签订的合同项下债务提供担保。\n`)).kind).toBe('contract');
    // (a contact page that addresses a partner as 贵公司, or a bank speaking of itself, binds no one)
    expect(detect(normalize(`联系我们\n如果贵公司希望与我们建立商务合作关系，请将合作意向发送至邮箱。\n`)).kind).not.toBe('contract');
    expect(detect(normalize(`${head}本行保证在收到申请后三个工作日内答复。\n`)).kind).not.toBe('contract');
  });
  it('a full name of a legal kind with a colon, heading its numbered rules (…融资融券交易须知：), names the text; a section\'s label in a page (活动须知：, 请阅读以下须知：) does not', () => {
    const rules = '\n1、交易融资比例为1:10；\n2、每笔交易扣除交易费用；\n';
    expect(detect(normalize(`规则\n开设账户前请详细阅读；股市有风险。\n财智通资产融资融券交易须知：${rules}`)).why.kind).toEqual({ by: 'title', cue: '财智通资产融资融券交易须知：' });
    expect(detect(normalize(`新春理财节\n年化收益4.5%，限时抢购！\n活动须知：${rules}`)).kind).toBe('marketing');
    expect(detect(normalize(`限时福利\n请阅读以下须知：${rules}`)).kind).toBe('marketing');
  });
  it('a site\'s legal statement (网站声明, 法律声明, 隐私声明) is a contract by its title; a statement on a matter (关于…的声明, 郑重声明) is not', () => {
    const body = '\n本网站对用户因使用本网站信息所造成的任何损失不承担责任。\n欢迎使用本网站。\n';
    expect(detect(normalize(`网站声明${body}`)).why.kind).toEqual({ by: 'title', cue: '网站声明' });
    expect(detect(normalize(`法律声明${body}`)).kind).toBe('contract');
    expect(detect(normalize(`郑重声明\n近期有不法分子冒用本公司名义，请广大客户提高警惕，谨防诈骗。\n`)).kind).not.toBe('contract');
  });
  it('a privacy policy named so at the end of its title (隐私政策, 资本国度-隐私政策) is a contract whatever notice words its clauses cite; a title that only names one among other things, a notice about one and a page linking to one are not', () => {
    const body = '\n1. 适用范围\n本客户端根据法律的有关规定收集您的个人信息，您可以通过客服投诉。\n2. 信息披露\n本客户端有权将用户的注册资料提供给合作伙伴。\n';
    expect(detect(normalize(`隐私政策${body}`)).why.kind).toEqual({ by: 'title', cue: '隐私政策' });
    expect(detect(normalize(body), '资本国度-隐私政策').kind).toBe('contract');
    expect(detect(normalize(`隐私政策与APP文化\n智慧定投，智能止盈，立即下载！${body}`)).kind).not.toBe('contract');
    expect(detect(normalize('关于更新《隐私政策》的公告\n尊敬的用户：我们对《隐私政策》进行了更新，特此公告。\n')).kind).toBe('notice');
    expect(detect(normalize('新人专享 年化8%\n限时抢购，立即投资！\n注册即表示同意《用户协议》《隐私政策》\n')).kind).toBe('marketing');
  });
  it('notes for the seller (the customer spoken of: 约见客户, 客户说…; the trade: 话术, 成交, 电销) are a notice; an ad that speaks to 您 is not', () => {
    const notes = '学会这5条，想干不好贷款都难！\n大部分的信贷经理电销的时候，都会先报上自己的职业，这让客户听得喘不过气。\n客户说忙：请问是要今晚8点还是9点给你电话方便？\n询问客户：如果你要贷款，会选择抵押贷还是信用贷款？\n约见客户：是星期三的上午还是下午？不要把客户变成网友，这样的客户永远没办法成交。\n话术方面不作过多解释，在忙的客户可以发短信或者加微信。\n';
    expect(detect(normalize(notes)).kind).toBe('notice');
    expect(detect(normalize(notes)).why.kind.by).toBe('staff-notes');
    // (an ad naming its customer managers and the trade, but speaking to its reader)
    const ad = '闪电贷，最快当天放款！\n您的专属客户经理为您服务，成交快，业绩好。\n您可以约见客户经理，向客户经理询问，我们的信贷员会帮客户办理。\n您说忙也没关系，您只需加微信，您的申请我们的同行都羡慕。\n';
    expect(detect(normalize(ad)).kind).toBe('marketing');
  });
  it('a text that weighs a kind of product (its 优点 under one heading, its 缺点 under another) is an explainer; an ad that lists only its 优势 is not', () => {
    const weighs = '债券\n债券是政府或公司向投资人借钱时发行的凭证，约定到期还本并按期付息。\n债券优点\n比起投资股票，债券的价格波动较小，利息收入稳定。\n债券缺点\n报酬率较低，利率上升时债券价格会下跌，也可能遇到发行人违约。\n';
    expect(detect(normalize(weighs))).toMatchObject({ kind: 'notice', why: { kind: { by: 'explainer', cue: '债券优点、债券缺点' } } });
    const ad = '稳盈宝\n产品优势\n收益稳定，随存随取，资金由银行存管。\n我们的好处\n专业团队为您理财。\n';
    expect(detect(normalize(ad)).kind).toBe('marketing');
    // (…and 比起投资股票 is no minimum: 起投 names one only as a field, 100元起投)
    expect(detect(normalize(weighs.replace('比起投资股票', '100元起投，')))).toMatchObject({ kind: 'marketing' });
  });
  it('a text that counts off three warnings to the reader, each numbered on its own line (陷阱一：…, 第一，注意…), is an explainer; an ad whose safety tips are 1、2、3 and a lesson that ends by selling are not', () => {
    const traps = '消费贷款有哪些坑？\n许多消费贷款产品，在你大肆买买买的背后，竟然藏了许多陷阱。\n陷阱一：零利率陷阱\n店里在做零利率分期付款买车的活动，常先生以为零利率就是没有利息。\n陷阱二：逾期按全额罚息陷阱\n信用卡的罚息是全额收取。\n陷阱三：高昂违约金陷阱\n签合同之前，一定要多留个心眼。\n';
    expect(detect(normalize(traps))).toMatchObject({ kind: 'notice', why: { kind: { by: 'explainer', cue: '陷阱一：零利率陷阱' } } });
    // (two warnings are not three; an ad's numbered safety tips are no lesson's headings)
    expect(detect(normalize(traps.replace(/陷阱三：[^\n]*\n/, ''))).why.kind.by).not.toBe('explainer');
    const ad = '稳盈宝，收益是活期的10倍，比存银行更划算！\n温馨提示\n1、注意保护个人信息\n2、谨防电信诈骗\n3、注意账户安全\n';
    expect(detect(normalize(ad)).kind).toBe('marketing');
    expect(detect(normalize(`${traps}现在就申请我们的闪电贷，零利率，扫码领取免息券！\n`)).kind).toBe('marketing');
  });
  it('the page shapes\' examples hold on both sides (rules/detect.json shapes)', () => {
    for (const [name, set] of Object.entries(data.shapes ?? {})) {
      const re = new RegExp(set!.patterns.map((p) => `(?:${p})`).join('|'), 'mu');
      for (const t of set!.examples?.match ?? []) expect(re.test(t), `${name} matches ${t}`).toBe(true);
      for (const t of set!.examples?.noMatch ?? []) expect(re.test(t), `${name} does not match ${t}`).toBe(false);
    }
  });
  it('an explainer that defines and divides kinds of products is a notice; a product sheet that defines its loans and lists who may apply is not', () => {
    const explainer = '银行理财产品收益类型\n根据客户获取收益方式的不同理财产品分为保证收益理财产品和非保证收益理财产品。\n保证收益理财产品是指商业银行按照约定条件向客户承诺支付固定收益的理财产品。\n非保证收益理财又可以分为保本浮动收益理财产品和非保本浮动收益理财产品。\n保本浮动收益理财产品是指商业银行按照约定条件向客户保证本金支付的理财产品。\n';
    expect(detect(normalize(explainer)).kind).toBe('notice');
    expect(detect(normalize(explainer)).why.kind.by).toBe('explainer');
    const sheet = '贷款类型\n个人汽车贷款是指本行向个人发放的用于购买汽车的贷款。\n贷款对象：年满十八周岁的自然人。\n个人综合消费贷款是指本行向个人发放的消费贷款。\n贷款条件：有稳定收入。\n个体工商户创业贷款是指本行向个体工商户发放的贷款。\n';
    expect(detect(normalize(sheet)).kind).toBe('marketing');
    expect(detect(normalize(`${explainer}立即购买，扫码领取福利！\n`)).kind).toBe('marketing');
  });
  it('a page\'s own name kept apart from its text (an HTML <title>) is read as its title: 极速贷提额 makes a loan page, 常见问题 a notice, a contract\'s name a contract', () => {
    const body = '活动时间：5月18日至5月19日\n活动期间，最高额度提至2000元，限5000单，放完即止。';
    expect(detect(normalize(body)).product).toBe('general');
    expect(detect(normalize(body), '极速贷提额').product).toBe('loan');
    expect(detect(normalize(body), '活动规则').product).toBe('general');
    const answers = '如何注册？点击首页右上角注册，填写手机号即可。\n如何充值？绑定银行卡后即可充值，理财收益每日到账。';
    expect(detect(normalize(answers), '帮助中心-常见问题').kind).toBe('notice');
    expect(detect(normalize(answers), '新手专享 理财').kind).toBe('marketing');
    expect(detect(normalize('甲方有权提前收回借款。\n乙方应按期还款。'), '个人借款协议').kind).toBe('contract');
    // a site's feature guide (功能指引) is its own page, not a regulator's guideline
    expect(detect(normalize('新手福利\n注册即送体验金，立即投资。'), '功能指引').kind).toBe('marketing');
    expect(detect(normalize('各会员单位应当遵守以下要求。'), '互联网金融业务风险提示指引').kind).toBe('notice');
  });
  it('a P2P page that promises lenders their principal and interest (本息保障, 差额代偿) is also about an investment; a loan ad whose guarantor pays is not', () => {
    expect(detect(normalize('安全保障\n项目审核：实地考察借款人，审核借款人征信报告和银行流水。\n资金保护\n本息保障制度\n借款逾期怎么办？履约服务商提供债权差额代偿。')).products).toContain('wealth');
    expect(detect(normalize('安全保障\n平台采取多重措施保障出借人资金安全。\n借款人须通过实地审核，借款人征信报告需无逾期记录。')).products).toContain('wealth');
    expect(detect(normalize('极速借款\n借款人审核通过后放款，借款金额最高20万元，按时还款提升额度。\n逾期由担保公司代偿。')).products).toEqual(['loan']);
  });
  it('an insurance product page that sells is marketing though it quotes its clauses; a clause with its 投保年龄 is a contract', () => {
    expect(kindOf('平安境内自驾旅游保险\n保费：12元\n适用人群：所有人群；保险期限：1年\n销售范围：中国大陆\n保障计划\n1. 对保险起止日期之外发生的保险事故本公司不负给付保险金责任。\n2. 本合同的责任免除以保险条款为准。')).toBe('marketing');
    // however many clauses it quotes below: two pieces of selling furniture near the top (a price, who may buy, where sold)
    const quoted = '\n本合同的保险责任以条款为准，本合同自签署之日起生效。'.repeat(12);
    expect(kindOf(`欢迎，感谢您选择我们的保险\n平安境内自驾旅游保险\n保费：12元\n适用人群：所有人群${quoted}`)).toBe('marketing');
    expect(kindOf(`欢迎，感谢您选择我们的保险\n平安境内自驾旅游保险\n本合同的保障计划见附表${quoted}`)).toBe('contract');
    // (a price with its currency sign: 保费：￥289起)
    expect(kindOf(`泰然无忧百万医疗保险\n保费：￥289(无社保)起\n适用人群：癌症/医疗/意外均保${quoted}`)).toBe('marketing');
    expect(kindOf('利安人寿团体医疗保险条款\n第一条 本合同由保险条款、投保单组成。\n第二条 投保年龄：18周岁至60周岁。\n第三条 责任免除：因下列情形之一导致的，本公司不承担保险责任。')).toBe('contract');
  });
  it('a page of a site\'s product catalogue is marketing though it quotes clauses; a contract page under 服务协议 is a contract', () => {
    const clauses = '\n本合同的保险责任如下：\n被保险人身故的，本公司按已交保险费给付身故保险金，本合同终止。\n本合同的责任免除见第五条，投保人解除本合同的，本公司退还现金价值。\n本合同自本公司同意承保时成立。';
    expect(kindOf(`当前位置：\n主页 > 个险产品 > 财富险\n财富年金保险${clauses}`)).toBe('marketing');
    expect(kindOf(`当前位置：\n主页 > 服务协议 > 保险合同条款\n财富年金保险${clauses}`)).toBe('contract');
    // the page under the breadcrumb is titled as a legal document (a plan page whose tabs are its agreements)
    expect(kindOf(`首页 > 推荐方案--信用卡现金组合理财方案\n某某金融超市服务协议\n合格投资人声明\n风险提示书${clauses}`)).toBe('contract');
    expect(kindOf(`首页 > 推荐方案--信用卡现金组合理财方案\n年化收益8% 立即投资${clauses}`)).toBe('marketing');
  });
  it('titles that name a legal document make a contract; a payment agreement is about payment', () => {
    expect(kindOf('个人征信授权书\n本人同意……')).toBe('contract');
    // a risk statement the investor acknowledges (风险提示书) is a legal document; a regulator's 风险提示 is a notice
    expect(kindOf('风险提示书\n尊敬的投资人：\n1.我们不就理财产品做保本和最低收益承诺。\n7.我们认为您已认真阅读本风险提示书，并愿意依法承担相关投资风险。')).toBe('contract');
    // so is a risk statement titled 风险揭示书 or 风险说明书 (issue 11's list of legal titles); a product's 说明书 is a product document
    expect(kindOf('基金风险揭示书\n尊敬的投资者：\n投资有风险，投资人在投资基金前应认真阅读基金合同。')).toBe('contract');
    expect(kindOf('《投资风险说明书》\n尊敬的客户：\n出借人应当自行承担出借风险。')).toBe('contract');
    expect(kindOf('风险提示及免责声明\n1、本平台仅为信息提供平台。\n2、任何风险由用户自行承担，本平台不承担任何责任。')).toBe('contract');
    expect(kindOf('XX商业银行催收函\n根据借款合同，贵单位在我行借款已到期，请尽快筹措资金偿还。\n否则，我行将采取下列措施：\n1、将该笔贷款转入逾期贷款专户，按照合同约定计收利息并罚息。')).toBe('notice');
    expect(kindOf('风险揭示函\n尊敬的客户：\n本产品不保本，您可能损失全部本金。')).toBe('contract');
    // …and a trading platform's risk disclosure named so at the end of its title (资本国度-风险披露, 风险披露声明); not a report or
    // a column that only begins with the words (风险披露报告, 风险披露专栏), nor a body without its name
    const leverage = '\n杠杆效应\n1.1. 在杠杆交易条件下，即使市场的小幅变动也可能对账户产生较大影响。\n技术风险\n2.1. 因通讯故障造成的财务损失由交易者承担。\n';
    expect(detect(normalize(`关于我们 登录${leverage}`), '某某交易-风险披露').kind).toBe('contract');
    expect(kindOf(`风险披露声明${leverage}`)).toBe('contract');
    expect(detect(normalize(`关于我们 登录${leverage}`), '某某交易-风险披露专栏').kind).not.toBe('contract');
    expect(kindOf(`2023年第三季度风险披露报告${leverage}`)).not.toBe('contract');
    expect(detect(normalize(`关于我们 登录${leverage}`)).kind).not.toBe('contract');
    expect(kindOf('稳盈理财产品说明书\n一、产品要素\n产品风险等级：PR2。')).toBe('product-doc');
    expect(kindOf('关于防范虚拟货币交易炒作的风险提示\n近期，虚拟货币交易炒作活动抬头，请广大消费者提高风险意识。')).toBe('notice');
    expect(kindOf('投保须知\n请您仔细阅读……')).toBe('contract');
    expect(kindOf('填写信息\n健康告知\n确认投保\n在线缴费\n1.被保险人是否曾经或正患有以下疾病？')).toBe('contract');
    expect(kindOf('《投资者风险承受能力评测说明》\n根据相关要求，在您进行基金交易前，我们需要对您的风险承受能力进行评测。')).toBe('contract');
    expect(kindOf('产品说明\n稳健理财，立即购买！')).not.toBe('contract');
    // a step that names a document (填写申请表) is not the page's title; the document's own title is
    expect(kindOf('当前位置：首页 > 我要借款\n借款流程\n填写申请表\n客服与您联系\n个人贷 额度最高50万 立即申请！')).toBe('marketing');
    expect(kindOf('当前位置：首页\n个人借款申请表\n借款人姓名：\n本人同意按本申请表约定的条件借款，并签署借款合同。')).toBe('contract');
    // a consent line, ticked or not (☑已阅读 用户注册协议, 我已阅读并同意《借款协议》), is a box the reader ticks, not the page's name
    expect(kindOf('芝麻分借款\n手机号\n获取验证码\n☑已阅读 花不尽用户注册协议\n立即借款')).toBe('marketing');
    expect(kindOf('极速借款\n输入手机号\n我已阅读并同意《借款协议》\n立即申请')).toBe('marketing');
    expect(kindOf('平台标志\n用户注册协议\n甲方：平台\n第一条 用户应当如实提供注册信息。')).toBe('contract');
    // …also when it is the first line (a sign-up page whose consent box comes first in the text), and so is a line of links
    // to two documents beside an order form; a first line that names the page's own agreement is still its title
    expect(kindOf('我已阅读并同意《用户协议》 《隐私协议》\n手机号\n获取验证码\n注册即送888元新手红包\n立即注册')).toBe('marketing');
    expect(kindOf('输入金额（元） 每日收益0元 《现金宝认购合同》《现金宝认购说明》\n年化收益率8%\n立即投资')).toBe('marketing');
    expect(kindOf('现金宝认购合同\n甲方：投资人\n乙方：平台\n第一条 甲方同意认购本产品。')).toBe('contract');
    // a first line that ends a sentence is the document's first item or clause, not its title (its 规定 names no notice) —
    // with its number or without it (a Markdown tree reads a list item without its number) — and a menu row of three short
    // links or more names the pages around this one (its 常见问题 makes no help page); a title of two words is a title
    const items = '1、承保人群：投保人/被保险人为符合民航运输规定的航班乘坐人；\n2、本保险仅承保托运行李。\n3、下列原因造成的损失，保险人不负赔偿责任：\n（一）行李内物品的自然损耗；\n（二）被保险人的故意行为。';
    expect(detect(normalize(items)).why.kind.by).not.toBe('title');
    expect(detect(normalize(items.slice(2))).why.kind.by).not.toBe('title');
    expect(detect(normalize('本合同未尽事宜，按照国家有关法律法规及金融监管规定执行。\n借款人应按期还款。')).why.kind.by).not.toBe('title');
    expect(detect(normalize('个人贷款管理规定\n借款人应按期还款。')).why.kind).toEqual({ by: 'title', cue: '个人贷款管理规定' });
    // …and so is a message that ends in an exclamation (a script's 合同号有误！ above a bill), and a first line that runs on past
    // a title's 80 characters with two commas in it (an SMS that speaks of 合约 in passing): no title; a short title is one
    // still, and so is a long title line without a sentence's commas
    expect(detect(normalize('合同号有误！\n分期付款月帐单\n欢迎您使用分期付款服务。')).why.kind.by).not.toBe('title');
    const sms = '民生望京支行21日发售92天理财产品，根据合约测算年化收益4.75，10万起网银、手机银行限量销售，特别提示测算收益不等于实际收益，理财非存款、产品有风险、投资须谨慎，详询64755308';
    expect(detect(normalize(sms)).why.kind.by).not.toBe('title');
    expect(detect(normalize('个人消费分期付款合同\n甲方：消费者\n乙方：分期公司')).why.kind).toEqual({ by: 'title', cue: '个人消费分期付款合同' });
    expect(detect(normalize('上海某某网络科技有限公司与某某商业银行股份有限公司关于个人消费信贷业务的合作协议及借款人须知（二零一八年修订版本，适用于全体借款人）\n甲方：平台')).why.kind.by).toBe('title');
    expect(kindOf('关于行李托运的规定\n' + items)).toBe('notice');
    const menu = '保障计划 保障详情解读 投保须知 常见问题\n一、本保险承保区域：全球。\n二、本保险不承保下列人员：';
    expect(detect(normalize(menu)).why.kind.by).not.toBe('title');
    // …nor does it weigh as a title, nor sell the page with its tabs (保障计划, 保障详情): an insurer's 投保须知 under the tabs of its
    // product page reads as the terms it sets out; the same tabs as the page's own headings over a price and a buy button sell it
    const terms = '保障计划 保障详情解读 投保须知 常见问题\n一、本保险承保区域：全球，不承保地区不属于承保区域范围。\n二、本保险计划不承保范围：\n1、境外旅行的目的为了诊疗或就医的人员；\n2、执业医师建议不适合境外旅行的人员；\n三、投保人已了解并接受本保险赔付标准，本合同生效后，被保险人因意外伤害住院的，保险人按合同约定给付保险金。\n1、意外医疗每次事故免赔额300元。\n2、签证拒签补偿每次事故免赔额100元。';
    expect(kindOf(terms)).toBe('contract');
    expect(kindOf('境外旅游保险\n保障计划\n保障详情\n保费：￥50起\n立即投保\n' + terms.slice(terms.indexOf('\n') + 1))).toBe('marketing');
    expect(kindOf('常见问题\n一、本保险承保区域：全球。\n二、本保险不承保下列人员：')).toBe('notice');
    // a first line that heads a box of the latest notices (最新公告, a pop-up's 【最新公告】×) names a panel of a home page, not
    // the page: the page under it sells; a page titled as one notice (关于系统升级的公告), or a notices page, is still one
    const home = '\n新版APP上线啦 2016-05-01\n高收益\n年化收益率最高达12%\n50元起投，立即投资\n新手专享，立即注册';
    expect(kindOf('最新公告' + home)).toBe('marketing');
    expect(kindOf('【最新公告】×' + home)).toBe('marketing');
    expect(detect(normalize('最新公告' + home)).why.kind.by).not.toBe('title');
    expect(kindOf('关于系统升级的公告\n尊敬的用户：平台将于今晚22:00至24:00进行系统升级，届时暂停服务。\n特此公告。')).toBe('notice');
    expect(detect(normalize('网站公告\n关于系统升级的公告\n关于春节放假的通知')).why.kind.by).toBe('title');
    // a page its site names its safety page (安全保障-…, …-安全保障) sells the platform's safety, though its reviews and reports
    // (尽职报告, 规定) read as a notice's words; not an anti-fraud page under the same name, nor an information-security page
    const safe = '第一道防护 信托公司严格审核\n尽职调查:风险点尽职报告\n产品立项:撰写立项报告\n产品预审:合规部审核，按监管规定执行\n信托资金由客户直接汇入信托公司指定募集账户，本平台不经手客户资金。\n年度报告与季度报告按时披露。';
    expect(detect(normalize(safe), '安全保障-淘金山信托').kind).toBe('marketing');
    expect(detect(normalize(safe), '平台公告-淘金山信托').kind).not.toBe('marketing');
    expect(detect(normalize(safe), '信息安全保障-淘金山信托').kind).not.toBe('marketing');
    expect(kindOf('安全保障\n' + safe)).toBe('marketing');
    expect(detect(normalize(safe + '\n警惕网赚诈骗团伙，谨防骗局。'), '安全保障-淘金山信托').kind).not.toBe('marketing');
    expect(kindOf('平安银行 个人借款合同\n借款人：\n第一条 借款金额')).toBe('contract');
    const d = detect(normalize('快捷支付服务协议\n本协议由用户与支付机构签署，用于委托扣款、缴费。'));
    expect([d.kind, d.product]).toEqual(['contract', 'payment']);
  });
});

describe('kind from the cues: a contract speaks of itself and its parties', () => {
  it('an institution\'s own help page titled as one (基金入门常见问题) speaks in its own voice; a regulator\'s Q&A does not', () => {
    const help = detect(normalize('基金入门常见问题\n1.什么是基金？\n基金是一种集合投资方式。'));
    expect(help.kind).toBe('notice');
    expect(help.ownVoice).toBe(true);
    expect(detect(normalize('人民银行有关负责人就《征信业务管理办法》答记者问\n问：出台办法的背景是什么？')).ownVoice).toBeUndefined();
    // a help centre's page (帮助中心-安全特性) is one too; a beginners' guide of a platform stays its marketing
    const centre = detect(normalize('帮助中心-安全特性\n1.绑定银行卡规则说明\n您必须保证注册手机号与绑定银行卡的开户人信息一致。'));
    expect([centre.kind, centre.ownVoice]).toEqual(['notice', true]);
    expect(detect(normalize('新手指引\n注册即送888元红包，理财产品年化收益8%，立即投资！')).kind).toBe('marketing');
  });
  it('a product page that shows its clauses is marketing by its furniture (承保年龄, 缴费方式, 保障期限); a breadcrumb may start at 首页', () => {
    const clauses = '\n第一条 本合同由保险条款、投保单组成。投保人、被保险人应如实告知。\n第二条 保险责任：被保险人身故的，本公司按合同约定给付。本合同条款以签署为准。\n第三条 责任免除：因下列情形之一导致被保险人身故的，本公司不承担给付保险金的责任。本合同项下争议由法院管辖。';
    expect(kindOf(`鑫康终身重大疾病保险\n承保年龄：28天-60周岁\n保障期限：终身\n缴费方式：趸交、10年、20年${clauses}`)).toBe('marketing');
    expect(kindOf(`鑫康终身重大疾病保险${clauses}`)).toBe('contract');
    expect(detect(normalize('网站首页 > 新闻中心 > 公司新闻\n某某公司举行年会')).why.kind.by).toBe('section');
    // a page under the site's own help or safety centre answers its customers in its own voice; its news pages do not
    const help = detect(normalize('登录 | 注册\n首页 > 帮助中心 > 理财计划\n在本平台上，从未出现客户资金受损情况，您可以放心投资。'));
    expect(help).toMatchObject({ kind: 'notice', ownVoice: true, why: { kind: { by: 'section' } } });
    expect(detect(normalize('网站首页 > 新闻中心 > 公司新闻\n某某公司举行年会')).ownVoice).toBeUndefined();
    // …and so does a page under its investors' notes (投资须知): a fund site's fees, redemption steps and short-term trading
    // rules; a fund's own page under the fund section, which sends the reader to its 投资须知, stays an ad
    const rules = detect(normalize('台灣企銀首頁\n基金總覽\n現在位置：首頁 > 投資須知 >收費標準\n收費標準\n申購手續費：最高不超過申購金額之3%。\n信託管理費：每年0.2%，於贖回時收取。'));
    expect(rules).toMatchObject({ kind: 'notice', ownVoice: true, why: { kind: { by: 'section' } } });
    expect(kindOf('当前位置：首页 > 基金超市 > 华福货币\n近一年收益率3.5%，立即申购！申购前请阅读投资须知。')).toBe('marketing');
    // a lender's or an investor's education page (出借人教育, as 投资者教育) is a notice by its title, and a page under the
    // education section of a crumb set with slashes (首页 / 学习资源 / 风险控制) by its section; a slash row whose first step
    // is no education section is the site's menu, and the page under it stays an ad
    expect(kindOf('出借人教育-某某贷官网\n网络借贷有风险，在您做出借决策之前，请您务必仔细阅读本风险提示。\n一、政策风险')).toBe('notice');
    expect(detect(normalize('GoldX\n首页 / 学习资源 / 风险控制\n风险控制\n外汇市场与其它投资市场一样，也存在着风险。我们为投资者提供以下建议。')).why.kind.by).toBe('section');
    expect(kindOf('GoldX\n首页 / 外汇开户 / 学习资源 / 关于我们\n外汇交易，点差低至0.1，立即开户享赠金！')).toBe('marketing');
  });
  it('a text that names itself a risk-disclosure letter or an authorisation in its opening is one, whatever its title', () => {
    expect(detect(normalize('风险提示\n在网络借贷信息中介平台进行出借时，可能会获得较高的出借收益，特提供本风险提示书，请认真阅读：\n1.政策风险')).why.kind).toEqual({ by: 'self-name', cue: '本风险提示书' });
    // a regulator's warning under the same title does not call itself so
    expect(kindOf('风险提示\n近期，一些不法分子以高收益为诱饵非法集资，请广大群众提高警惕，谨防上当受骗。')).toBe('notice');
    // …and so is a text that gives itself a short name to be read by (本隐私政策（“本政策”）, （以下简称“本协议”）): a legal
    // text defining its terms, though it cites a law (条例) and notifies (通知) as a notice does
    const policy = '本隐私政策（“本政策”）就本公司如何收集、使用个人资料作出说明。\n1、本公司根据《个人资料（私隐）条例》收集个人资料。\n2、本公司会以电邮通知客户，提醒客户更新资料。\n3、本政策的修订将另行通知。';
    expect(detect(normalize(policy)).why.kind).toEqual({ by: 'self-name', cue: '本政策' });
    // (a notice that speaks of a contract, or names a document it is not, gives no such name: 您与本行签订的借款合同（“合同”）)
    expect(kindOf('关于逾期还款的提醒通知\n您与本行签订的借款合同（“合同”）已逾期，请于3日内还款，本行将依照本合同约定处理。')).toBe('notice');
    expect(detect(normalize('风险提示\n本政策调整（自2024年起）后，请留意理财产品风险。')).why.kind.by).not.toBe('self-name');
  });
  it('a convention that speaks of itself (本公约) speaks as a contract, as 本协议 does; a text that names a platform\'s 公约 in the third person does not', () => {
    // (a mutual-aid plan's convention: its definitions, 会员：是指…, made no explainer of it)
    const convention = '第一章 前言\n您在确认加入本计划前请仔细阅读本公约，确认参与后即视为同意遵守本公约。\n第二章 释义\n平台：是指由某某公司设立的互联网平台。\n会员：是指确认参与本计划的会员。\n互助申请人：是指需要获得其他会员救助的会员本人。\n第三章 公约效力\n1、本公约对所有会员均有法律效力。\n2、平台有权随时修订本公约，修订后即发生效力。\n3、会员不得以未阅读本公约为由主张本公约无效。';
    expect(kindOf(convention)).toBe('contract');
    expect(kindOf('网络互助是什么\n网络互助是指会员之间相互帮助的一种方式。\n相互保险是指会员缴纳保费形成互助基金的保险。\n重疾互助计划是指会员患重疾后获得其他会员分摊的互助金。\n各平台的互助公约约定了会员的权利义务，加入前请先阅读公约。')).not.toBe('contract');
  });
  it('a text read as a product document only by a risk statement\'s name (风险说明书, 风险揭示书) is that statement: a legal document', () => {
    // an account-opening form whose dialog sets out the risk statement the customer accepts on submitting
    const form = '网上开户\n请填写姓名、手机号。\n提交\n尊敬的客户：现向您提供本《期货交易风险说明书》。期货交易采取保证金交易方式，可能产生巨额损失。\n本《期货交易风险说明书》无法揭示期货交易的所有风险。\n取消 确认提交';
    expect(detect(normalize(form)).why.kind).toEqual({ by: 'risk-statement', cue: '风险说明书' });
    expect(kindOf('适当性匹配结果\n您拟接受的投顾服务风险等级为中高风险。\n本人已认真阅读了贵司的风险揭示书，签署了风险揭示书。\n我阅读并同意《投顾产品服务风险揭示书》')).toBe('contract');
    // (a product's own document named beside it, 产品说明书, makes the text that product's document)
    expect(detect(normalize('稳健一号\n投资前请阅读《产品说明书》与《风险揭示书》。\n本产品投资于债券，详见产品说明书。')).why.kind).toEqual({ by: 'cues', cue: '说明书、风险揭示书、风险揭示' });
  });
  it('a service page (理赔求助, 保单查询) is a notice; a disclaimer (免责申明) is a legal statement; a blog post with front matter is an article unless it recommends what to buy', () => {
    expect(kindOf('理赔求助\n1.太平洋保险理赔热线：95500\n点击官网的理赔查询后，输入个人信息即可查询保单理赔进度。')).toBe('notice');
    expect(kindOf('返回\n保钱袋免责申明\n免责声明：钱袋网仅向保险公司及投保人提供信息服务，不对保险协议的协议方作任何担保。')).toBe('contract');
    const post = '---\ntitle: "布雷顿森林体系"\ndate: 2023-07-07\ndraft: false\n---\n\n二战后美元与黄金挂钩，各国货币与美元挂钩。欢迎咨询，参加活动领福利。\n';
    expect(kindOf(post)).toBe('notice');
    expect(kindOf(post.replace('二战后', '重疾险推荐：首选超越保，其次可以考虑达尔文，测评见上期。二战后'))).toBe('marketing');
  });
  it('a sale-and-leaseback of the consumer\'s own phone is a loan in a lease\'s words; a quick-payment agreement stays payment', () => {
    const product = (t: string) => detect(normalize(t)).product;
    expect(product('融资租赁售后回租合同\n乙方将手机出售给甲方并租回使用。乙方支付甲方租赁费（按融资本金的1%计算），款项通过支付机构支付。')).toBe('loan');
    expect(product('快捷支付服务协议\n甲方通过支付机构为乙方提供快捷支付服务，乙方授权委托扣款。')).toBe('payment');
  });
  it('a rent-to-own car (以租代购, a down payment and the rest financed) is a loan, not insurance it mentions; a car-insurance page stays insurance', () => {
    const product = (t: string) => detect(normalize(t)).product;
    expect(product('以租代购\n2万首付、押一付一，门槛极低\n代办购置税、保险、报牌等手续')).toBe('loan');
    expect(product('车险投保\n交强险与商业险一起投保，保费优惠，理赔快。')).toBe('insurance');
  });
  it('stock margin financing (配资) is a loan whatever trading words surround it; a page about investing alone is not', () => {
    const product = (t: string) => detect(normalize(t)).product;
    expect(product('我们的优势\n股票配资，杠杆最高5倍，操盘资金实时到账，投资更灵活。利息低至0.6分。')).toBe('loan');
    expect(product('我们的优势\n专业投资团队，投资更灵活，资金实时到账。')).not.toBe('loan');
    // …and so is trading on a broker's leverage (10倍杠杆, 融资买入); a page of trading alone is not
    expect(product('高杠杆 低费用\n为您提供最高10倍杠杆，手续费最低0.7%\n无融资买入需要5万元，融资买入只需5350元')).toBe('loan');
    expect(product('提供股票、期货、期权交易\nT+0交易，当天买卖\n开户简单快捷，投资无须困扰')).not.toBe('loan');
    // …and a margin platform's multiple of the deposit named as a strategy, its daily and monthly plans (3至8倍策略合作额度,
    // 日配、月配); a fund that speaks of leverage as a risk, or pays out monthly, is not
    expect(product('股配新星\n3至8倍策略合作额度\n日配、月配两种策略合作方案\n满足策略人及投资人的资金需求')).toBe('loan');
    expect(product('新手必读\n低保证金即可进行股票交易，可以匹配3倍、5倍、8倍、10倍策略，让投资者稳定获利')).toBe('loan');
    expect(product('杠杆基金\n本基金投资策略为指数增强，2倍的杠杆会放大投资亏损，投资者应谨慎')).not.toBe('loan');
    expect(product('月配息基金\n本基金每月配息，投资人可选择配息再投资，基金净值会波动')).not.toBe('loan');
  });
  it('a platform page that mentions contracts and agreements is not one; a short agreement that names itself and its parties is', () => {
    const page = '遵从监管——严控风险，层层把关\n平台与每位出借人签订电子合同，合同经第三方电子签章。\n资金存管协议由银行出具，协议约定资金专款专用。\n平台严格执行各项合同条款与协议条款，管辖透明。\n立即注册';
    expect(kindOf(page)).toBe('marketing');
    expect(kindOf('借款人承诺按时还款。本协议自借款人点击确认之日起生效。借款人逾期的，应按本协议约定支付违约金。本协议项下争议由贷款人所在地法院管辖，合同条款以签署版本为准。')).toBe('contract');
    // a title naming a legal kind over a consumers' guide (its 误区 and 技巧, no 本须知 of its own) is no contract; the same
    // title over a text that names itself is one
    const guide = '理赔须知\n汽车保险理赔是指保险人依据保险合同的约定解决赔偿问题的过程。大家来了解一下理赔的流程。\n车险理赔误区一：全险不等于全赔。被保险人应了解责任免除。\n车险理赔误区二：先修理后报销。\n理赔技巧\n技巧一：出险后应在24小时内报案。';
    expect(kindOf(guide)).not.toBe('contract');
    expect(kindOf(guide.replace('汽车保险理赔是指', '本须知所称理赔是指'))).toBe('contract');
    // Taiwan's bank terms name the customer 立約人 and the bank 貴行 (traditional characters, no 本協議): a contract; the same
    // service described to customers without a party that binds itself is not
    const tw = '立約人為遠東國際商業銀行存款客戶且已申請貴行「無卡提款服務」，立約人同意經由貴行行動銀行APP執行無卡提款交易。\n立約人憑貴行提供之一次性提款序號及自行設定之密碼提款，其交易具有同等之效力。\n貴行認為立約人有不當往來或疑似遭他人盜用之情形，可逕行終止服務。\n立約人應妥善保管提款序號及密碼，如有洩漏，應由立約人自行負責。\n提款序號逾時未使用者，將立即失效，立約人可重新領取。';
    expect(kindOf(tw)).toBe('contract');
    expect(kindOf('無卡提款服務\n客戶可憑貴行提供之提款序號在ATM提款，免帶卡片更方便。\n立即領取優惠')).toBe('marketing');
    // a glossary (名词解释) explains a P2P platform's words to its users: a notice, no ad
    expect(kindOf('名词解释\n标的\n指借款会员发布的借款申请。\n投标\n指理财会员将其在托管账户内的金额出借给借款会员的行为。\n满标\n指投标金额达到借款金额。')).toBe('notice');
    // a translated article says where it comes from (原文：<address>) — in the Markdown source view the address is blank
    const article = '# 先买后付的零售贷款划算吗？\n\n> 原文：<https://lifehacker.com/are-bnpl-loans-a-good-deal>\n\n欢迎了解先买后付。这些选项将商品的成本分成无息分期付款，咨询专家的意见。\n';
    expect(kindOf(article)).toBe('notice');
    expect(kindOf(article.replace('<https://lifehacker.com/are-bnpl-loans-a-good-deal>', '                    '))).toBe('notice');
    expect(kindOf(article.replace('> 原文：<https://lifehacker.com/are-bnpl-loans-a-good-deal>', '> 欢迎咨询'))).toBe('marketing');
    // a questionnaire: numbered questions each followed by lettered options (the options are the customer's answers)
    const poll = '1、请问您的年龄是？\nA、20岁以下\nB、21岁-30岁\n2、您的投资目的是？\nA、保本\nB、高收益\n3、您能承受的最大亏损是？\nA、不能亏损\nB、10%以内\n4、您的投资经验是？\nA、无\nB、5年以上\n';
    expect(kindOf(poll)).toBe('notice');
    expect(kindOf(poll.replace(/\n[AB]、[^\n]*/g, ''))).not.toBe('notice');
    // a sales page whose clauses come below a quote form (a template's price, the insured's particulars) is an ad
    const quote = '百万医疗\n保障金额\n请选择被保人信息\n被保人有无社保\n被保人出生日期\n￥{{totalPayment}}起\n' + '保障金额是指本合同项下保险公司承担赔偿责任的最高限额，本合同的条款以保险合同为准。\n'.repeat(4);
    expect(kindOf(quote)).toBe('marketing');
    // a privacy policy speaks of itself once or twice but is set out in numbered articles
    // …but a platform's safety page set out in numbered items, naming a party once in passing, is no contract
    expect(kindOf('二 资金安全\n1.物权担保：出租方可据合同直接回收、处置租赁物。\n2.项目担保：由担保公司履行担保责任，签署担保协议。\n3.收益保障：由保理公司对债权进行收购。\n四 合法合规\n1.电子合同的合法性：当事人可以采用数据电文订立合同。\n2.居间服务：为合格投资人和借款人提供居间服务。')).not.toBe('contract');
    expect(kindOf('个人信息保护政策\n本政策说明我们在签署协议、履行合同时如何处理您的信息。\n1.1 我们收集的信息：签署协议时您提供的信息。\n1.2 我们如何使用信息：用于履行合同与协议条款。\n1.3 争议解决：由我们所在地法院管辖。')).toBe('contract');
  });
});

describe('why: what decided the kind and the product, as the document has it', () => {
  const why = (text: string) => detect(normalize(text)).why;
  it('names the title, a notice heading, a byline, a dated headline, a help page\'s question, a sales page\'s furniture', () => {
    expect(why('个人借款合同\n甲方（借款人）：').kind).toEqual({ by: 'title', cue: '个人借款合同' });
    expect(why('存管升级\n关于江西银行存管服务正式接入停机维护的重要通知为更好地保障用户资金安全').kind).toEqual({ by: 'notice-heading', cue: '关于江西银行存管服务正式接入停机维护的重要通知' });
    expect(why('\n个人贷款知识普及\n时间:2013-10-10 来源:9f整理\n正文').kind).toEqual({ by: 'byline', cue: '时间:2013-10-10 来源:9f整理' });
    expect(why('小牛新财富：人民币跌跌不休 2016-10-19\n近期人民币贬值。').kind).toEqual({ by: 'article-date', cue: '小牛新财富：人民币跌跌不休 2016-10-19' });
    // …or with its date alone on the next line; not an offer's dates (活动时间), nor a page that calls the reader to buy
    expect(why('使用技巧\n借款失败原因\n2013-03-11\n[返回]\n1．信息太少，有的借款者发布的借款列表内容很少。').kind).toEqual({ by: 'article-date', cue: '借款失败原因 2013-03-11' });
    expect(why('新春理财活动时间\n2013-03-11\n投资即送好礼，年化收益8%').kind.by).not.toBe('article-date');
    expect(why('新手专享标\n借款失败原因\n2013-03-11\n年化收益8%，立即投资').kind.by).not.toBe('article-date');
    // a book's chapter teaches (理财和投资, the safest way being a deposit); a contract's 第一章 speaks as a contract, an
    // ad's chapter still calls the reader to buy
    const chapter = '#估值量化\n##第一章\n理财和投资\n普通人有强烈的存钱欲望，通常将多余的钱存入银行账户，可以说是最安全的投资方式。\n收益率和风险成正比关系，承担的风险越低，投资收益率就越低。';
    expect(why(chapter).kind).toEqual({ by: 'explainer', cue: '##第一章' });
    expect(kindOf('第一章 总则\n第一条 本协议由甲方与乙方签订。\n第二条 乙方应按期还款。\n第三条 甲方有权提前收回借款。')).toBe('contract');
    expect(kindOf(chapter + '\n稳盈理财收益最高，立即购买！')).toBe('marketing');
    expect(why('是否承保本市出行？\n可承保。\n什么是猝死？\n指突然死亡。\n如何查询保单？\n致电客服。\n理赔要什么材料？\n身份证明。').kind).toEqual({ by: 'help-page', cue: '是否承保本市出行？' });
    const quoted = '\n本合同的保险责任以条款为准，本合同自签署之日起生效。'.repeat(12);
    expect(why(`欢迎选择我们的保险\n保费：12元\n适用人群：所有人群${quoted}`).kind).toEqual({ by: 'sales-page', cue: '保费、适用人群' });
    // a page whose notice words are its site's menu (常见问题, 新手指引, 规定) above an order form sells; without the form
    // it stays a notice
    const menu = '客服热线 400-027-0101（工作时间9:00-17:30）\n立即登录 | 免费注册 | 常见问题\n首页 我要投资 新手指引 关于我们\n本平台严格按照监管规定与相关指引开展业务，常见问题请见帮助中心。\n';
    expect(why(`${menu}车贷第2标\n年化收益 12%\n投资进度:46.05%\n剩余可投 10,000.00元\n立即投资\n`).kind).toEqual({ by: 'sales-page', cue: '投资进度、剩余可投、立即投资' });
    expect(kindOf(`${menu}常见问题：如何充值？请在账户页点击充值。\n`)).toBe('notice');
    // …and a page that lists offers further down, each with its price and its own button (年化利率：16.00% / 立即投资),
    // whatever notices its news column and footer name; buttons without prices, or prices without buttons, do not make one
    const top = '宝拓贷 首页 投资项目 我要借款 关于我们\n' + '平台一旦发生逾期，我们会在三天后给投资人垫付。\n'.repeat(60);
    const tile = '市值200万房屋抵押借款\n借款金额：5,000,000.00元\n年化利率：16.00%\n借款时间：3个月\n立即投资\n';
    const news = '新闻公告\n关于春节放假的通知\n关于防范非法集资的公告\n特此公告。平台公告：系统升级通知。\n'.repeat(3);
    expect(why(`${top}${tile}${tile}${news}`).kind).toEqual({ by: 'sales-page', cue: '立即投资、借款金额' });
    expect(kindOf(`${top}${tile.replace('立即投资\n', '')}${tile.replace('立即投资\n', '')}${news}`)).toBe('notice');
    expect(kindOf(`${top}常见问题\n如何借款？\n立即申请\n如何还款？\n立即申请\n${news}`)).toBe('notice');
  });
  it('otherwise the weightiest cue words, or none at all (an ad by default); the product\'s weightiest words, none for general', () => {
    expect(why('新春理财节火热开启！立即抢购，限时专享！').kind).toEqual({ by: 'cues', cue: '火热、抢购、立即' });
    expect(why('城东支行营业时间调整。').kind).toEqual({ by: 'default' });
    expect(why('理财产品，理财非存款，投资有风险。').product).toEqual(['理财', '理财产品', '理财非存款']);
    expect(why('城东支行营业时间调整。').product).toEqual([]);
  });
});

describe('a contract between companies is outside consumer protection\'s scope', () => {
  const business = (t: string) => detect(normalize(t)).businessOnly === true;
  const clauses = '第一条 贷款基本信息\n1.1 贷款金额：人民币50万元。\n第二条 逾期罚息\n甲方逾期还款的，乙方按日万分之五计收罚息。\n';
  it('every party the head names is a company (a legal representative, a registration number, a company name)', () => {
    expect(business(`借款合同\n甲方：\${cropName}\n住所：\${regAddress}\n法定代表人：\${legal}\n乙方：某某小额贷款有限公司\n法定代表人：张三\n鉴于：甲方愿意借款。\n${clauses}`)).toBe(true);
    expect(business(`补充协议\n甲方：上海某某信息服务有限公司\n企业注册号码：310115002230817\n乙方：上海某某商业保理有限公司\n企业注册号码：310141400031000\n丙方：上海某某投资管理有限公司\n企业注册号码：310141000193184\n一、平台服务费\n甲方按年化2%收取服务费。`)).toBe(true);
    expect(business(`保理用户服务协议\n用户（公司名称：【某某贸易有限公司】，公司地址：【】）\n${clauses}`)).toBe(true);
  });
  it('…or, where the head leaves them blank or unnamed, the recitals describe every party as an organisation, or the borrower borrows to produce or trade', () => {
    expect(business(`易宝公益圈服务协议（银行卡支付产品）\n鉴于，甲方为从事公益事业的非盈利机构，并开通网上捐款渠道；\n鉴于，乙方为开展电子支付业务的第三方支付公司，拥有系列支付产品；\n因此，甲、乙双方经友好协商，订立本协议。\n${clauses}`)).toBe(true);
    expect(business(`借款合同\n贷款方：\n借款方：\n保证方：\n借款方为进行生产(或经营活动)，向贷款方申请借款，并聘请保证方作为保证人，特订立本合同。\n${clauses}`)).toBe(true);
    expect(business(`保理合作协议\n鉴于：\n1、甲方是一家依法设立的融资租赁公司；\n2、乙方是一家依法设立的商业保理公司；\n${clauses}`)).toBe(true);
    // one organisation recited, the other party not described: the customer is unknown
    expect(business(`服务协议\n鉴于，乙方为开展电子支付业务的第三方支付公司；\n鉴于，甲方希望使用乙方的支付服务；\n${clauses}`)).toBe(false);
    // the platform and the guarantor recited, the lender and the borrower not: the customers are unknown
    expect(business(`借款协议\n甲方（出借人）：详见出借人列表\n乙方（借款人）：\n鉴于，丙方为依法设立的网络借贷信息中介机构，丁方为依法设立的融资担保公司；\n${clauses}`)).toBe(false);
    // a party is a person
    expect(business(`借款合同\n借款人姓名：\n身份证号码：\n鉴于，甲方为某某小额贷款有限公司，乙方为某某科技有限公司；\n${clauses}`)).toBe(false);
    // a consumer's purpose is no business purpose
    expect(business(`借款合同\n贷款方：\n借款方：\n借款方为装修住房，向贷款方申请借款。\n${clauses}`)).toBe(false);
  });
  it('…not where a party is a person, or is not shown to be a company, or no party is named', () => {
    // the borrower gives an identity card
    expect(business(`个人借款合同\n贷款人：某某银行股份有限公司\n法定代表人：李四\n借款人：王五\n身份证号码：110101199001011234\n${clauses}`)).toBe(false);
    // a P2P agreement: the lenders are listed without a company's particulars, the borrower is a company (b14's call: the
    // lender's key clauses stay expected)
    expect(business(`借款协议\n出借人：详见出借人列表\n借款人：某某科技有限公司\n法定代表人：赵六\n居间方：某某网络科技有限公司\n法定代表人：钱七\n${clauses}`)).toBe(false);
    // blank parties (贷款方：, 借款方：) say nothing about who signs
    expect(business(`借款合同\n借款人：\n贷款人：某某银行\n${clauses}`)).toBe(false);
    expect(business(`借款合同\n${clauses}`)).toBe(false);
    // only the institution's side is labelled (the customers are 转让人/受让人 with a name placeholder): the customer is unknown
    expect(business(`债权转让及受让协议\n转让人（原债权人）：\${sourceRealName}\n受让人（新债权人）：\${lendRealName}\n服务方：北京某某网络科技有限公司\n地址：北京市朝阳区\n鉴于：\n${clauses}`)).toBe(false);
    expect(business(`借款合同\n贷款人：某某小额贷款有限公司\n法定代表人：张三\n${clauses}`)).toBe(false);
    // a marketing page is never one
    expect(detect(normalize('甲方：某某有限公司\n法定代表人：张三\n注册即送888元红包，立即投资！')).businessOnly).toBeUndefined();
  });
});


describe('an article the institution publishes about itself speaks in its own voice', () => {
  const d = (t: string) => detect(normalize(t));
  it('its byline names who speaks in the text (作者/来源 = the platform, or 来源：本站)', () => {
    const own = d('本息保障\n作者：小诸葛金服 文章来源：小诸葛金服 点击次数：76次\n本息保障\n借款逾期时，小诸葛金服将启用风险备用金向理财人垫付，保证投资人的本息安全。');
    expect([own.kind, own.why.kind.by, own.ownVoice]).toEqual(['notice', 'byline', true]);
    expect(d('平台动态\n来源：本站 发布时间：2016-01-08\n我们的风控体系再次升级。').ownVoice).toBe(true);
  });
  it('…not a reprint whose source is someone else, nor a byline with no name the text repeats', () => {
    const news = d('央行发布新规\n来源：新华网 发布时间：2016-01-08\n人民银行近日发布通知，要求金融机构加强消费者保护。');
    expect([news.kind, news.ownVoice]).toEqual(['notice', undefined]);
    // a regulator's warning names itself in its text and still speaks of others' wording
    expect(d('风险提示\n来源：中国人民银行 发布时间：2016-01-08\n中国人民银行提醒：凡承诺保本保收益的均需警惕。').ownVoice).toBeUndefined();
    expect(d('理财小知识\n作者：admin 浏览次数：12\n理财非存款，投资需谨慎，admin提醒您。').ownVoice).toBeUndefined();
    // an original explainer (来源：原创) is the site's writing, not an institution speaking of itself
    expect(d('基金分类与基金公司\n来源：原创 作者：小镇 发布时间：2016-01-08\n基金按投资对象分为股票基金、债券基金。').ownVoice).toBeUndefined();
  });
});

describe('a trading platform (forex, CFDs, crypto) is about no product we type, and its wording is judged as an investment\'s', () => {
  const d = (t: string) => detect(normalize(t));
  it('its 存款 (funding the trading account) is no deposit, its 卡片 and 积分 no credit card', () => {
    const fx = d('赠金活动\n外汇及差价合约交易平台。入金即送赠金，存款满300美金获得50%赠金，存款越多赠金越多，出金无限制。');
    expect([fx.product, fx.products]).toEqual(['general', ['general', 'wealth']]);
    expect(fx.why.product).toContain('赠金');
    const coin = d('全球领先的加密货币交易平台\n支持USDT、比特币现货与永续合约交易，新用户首笔存款领取卡片积分。');
    expect([coin.product, coin.products]).toEqual(['general', ['general', 'wealth']]);
  });
  it('…not a bank\'s deposit page that mentions foreign exchange once, nor a client agreement', () => {
    const bank = d('大额存单\n本行大额存单20万元起存，存期三年，年利率2.6%，存款保险保障。外汇业务请咨询网点。');
    expect(bank.product).toBe('deposit');
    const agreement = d('外汇交易客户协议\n第一条 甲方在乙方开立交易账户，入金、出金以信用卡或银行卡办理。\n第二条 持卡人的信用卡透支与账单按发卡行规定处理。\n第三条 争议解决由乙方所在地法院管辖。');
    expect(agreement.product).not.toBe('general');
  });
});

describe('an app\'s string resources (Android strings.xml) are the app\'s own screens', () => {
  const strings = (...rows: string[]) => `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n${rows.map((r, i) => `    <string name="s${i}">${r}</string>`).join('\n')}\n</resources>\n`;
  it('a consumer app\'s strings are marketing, though they point to the platform\'s notices and reports', () => {
    const app = strings('稳盈宝', '提现规则调整，具体请关注官方公告。', '充值说明请关注平台公告。', '风控委员会定期出具风险评估报告。', '邀请好友注册领红包', '点击查看');
    expect(detect(normalize(app))).toMatchObject({ kind: 'marketing', why: { kind: { by: 'sales-page' } } });
  });
  it('…not a seller\'s tool whose user files orders for customers and earns a commission, nor a notice not written as strings', () => {
    const tool = strings('稳盈宝', '提现规则调整，具体请关注官方公告。', '充值说明请关注平台公告。', '风控委员会定期出具风险评估报告。', '新建个人客户', '提交报单', '返佣比例');
    expect(detect(normalize(tool)).why.kind.by).not.toBe('sales-page');
    const notice = '稳盈宝\n提现规则调整，具体请关注官方公告。\n充值说明请关注平台公告。\n风控委员会定期出具风险评估报告。\n邀请好友注册领红包\n点击查看\n';
    expect(detect(normalize(notice)).why.kind.by).not.toBe('sales-page');
  });
});
