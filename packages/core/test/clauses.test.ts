// The clause layer and its data (rules/discourse.json): the schema, every pattern set's examples on both sides,
// the splitter on numbered items, line breaks and tables of contents, and what roles and burden do to findings.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Linter, burdenOf, compileDiscourse, institutionNames, partyRoles, plainTextDocument, roleOf, splitClauses, type DiscourseData, type RulePack } from '../src/index.js';
import { clauseLocator } from '../src/clauses.js';
import { loadMarkdown, parseMarkdown } from '../../parsers/src/markdown.js';
import { parseHtml } from '../../parsers/src/html.js';
await loadMarkdown(); // remark-gfm, for the tables

const RULES = path.resolve(__dirname, '../../../rules');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const data: DiscourseData = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
const disc = compileDiscourse(data);
const packs: RulePack[] = index.packs.map((p: string) => JSON.parse(fs.readFileSync(path.join(RULES, p), 'utf8')));
const linter = new Linter({ packs, discourse: data, detection: JSON.parse(fs.readFileSync(path.join(RULES, index.detection), 'utf8')) });

describe('discourse data', () => {
  it('validates against its schema, and the schema rejects a set without examples', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(RULES, 'schema/discourse.schema.json'), 'utf8'));
    const validate = new (Ajv2020 as any)({ allErrors: true, strict: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, favourable: { patterns: ['x'] } })).toBe(false);
  });

  type Set = { patterns: string[]; examples: { match: string[]; noMatch: string[] } };
  const isSet = (v: unknown): v is Set => !!v && typeof v === 'object' && Array.isArray((v as Set).patterns);
  // every pattern set of the file: the top-level ones, and those grouped under roles and mentions
  const sets: [string, Set][] = Object.entries(data).flatMap(([k, v]): [string, Set][] =>
    isSet(v) ? [[k, v]] : v && typeof v === 'object' ? Object.entries(v).filter(([, s]) => isSet(s)).map(([n, s]) => [`${k === 'roles' ? 'role' : k === 'mentions' ? 'mention' : k} ${n}`, s as Set]) : []);
  it('reads every pattern set of the file', () => expect(sets.map(([n]) => n)).toEqual(expect.arrayContaining(['favourable', 'burden', 'role title', 'mention warning', 'restates', 'acknowledges', 'exception opens', 'exception closes', 'definitionGoesOn', 'condition opens', 'condition states', 'listLead grantsRight', 'listLead carvesOut', 'remedies callsIn', 'remedies newBurden', 'remedies accelerates'])));
  for (const [name, set] of sets) {
    const re = new RegExp(set.patterns.map((p) => `(?:${p})`).join('|'), 'u');
    it.each(set.examples.match)(`${name} matches %s`, (t) => expect(re.test(t)).toBe(true));
    it.each(set.examples.noMatch)(`${name} does not match %s`, (t) => expect(re.test(t)).toBe(false));
  }

  it('roles and burden as the engine reads them', () => {
    expect(roleOf('第四条 利率和罚息 ……2', disc)).toBe('toc');
    expect(roleOf('第四条 利率和罚息', disc)).toBe('heading');
    expect(roleOf('（3）逾期管理费；', disc)).toBe('heading');
    expect(roleOf('个人信息，指您的如下信息：', disc)).toBe('definition');
    expect(roleOf('利率如下所示：', disc)).toBe('table-intro');
    expect(roleOf('借款人（签字）：', disc)).toBe('fill-in');
    // a listed condition (（一）…的；) is the lead's, which states what follows from it; an item that states it itself is operative
    expect(roleOf('（一）甲方未按时支付电子银行相关服务费用的；', disc)).toBe('condition');
    expect(roleOf('（一）甲方未按时支付服务费用的，乙方有权停止服务；', disc)).toBe('operative');
    expect(roleOf('（二）本授权是不可撤销的；', disc)).toBe('operative');
    expect(roleOf('（3）借款人逾期的，按日万分之五计收罚息。', disc)).toBe('operative');
    // a role reads a numbered item without its number: an outline question, a numbered definition
    expect(roleOf('5、在何种情况下我们会披露您的个人信息；', disc)).toBe('toc');
    expect(roleOf('（2）“逾期”是指借款人未按约定还款。', disc)).toBe('definition');
    expect(roleOf('5、在下列情况下我们会披露您的个人信息：依法律要求。', disc)).toBe('operative');
    expect(burdenOf('我们将退还您已交的保险费。', disc)).toBe('favourable');
    expect(burdenOf('我们退还保单的现金价值，但扣除手续费。', disc)).toBe('consumer');
    expect(burdenOf('本合同一式两份。', disc)).toBe('neutral');
    // the institution compensating the consumer is favourable; negated (不就…向您承担赔偿责任, 无须向您支付) it is an exemption, not a duty
    expect(burdenOf('本平台因过错造成您损失的，将向您承担赔偿责任。', disc)).toBe('favourable');
    expect(burdenOf('本平台不就通信中断、技术故障向您承担赔偿责任。', disc)).not.toBe('favourable');
    expect(burdenOf('本公司无须向您支付此等款项的任何孳息。', disc)).not.toBe('favourable');
  });
});

describe('the discourse patterns', () => {
  it('are compiled when first asked for: a clean marketing page never compiles them, a contract does', () => {
    let read = 0;
    const counted = new Proxy(data, { get: (t, k) => { read++; return t[k as keyof DiscourseData]; } });
    const l = new Linter({ packs, discourse: counted, detection: JSON.parse(fs.readFileSync(path.join(RULES, index.detection), 'utf8')) });
    const clean = fs.readFileSync(path.resolve(RULES, '../fixtures/wealth/product-notice-clean.md'), 'utf8');
    expect(l.lint(parseMarkdown(clean)).findings).toEqual([]);
    expect(read).toBe(0);
    const contract = fs.readFileSync(path.resolve(RULES, '../fixtures/contract/consumer-loan-contract.md'), 'utf8');
    expect(l.lint(parseMarkdown(contract)).findings.map((f) => f.ruleId)).toEqual(linter.lint(parseMarkdown(contract)).findings.map((f) => f.ruleId));
    expect(read).toBeGreaterThan(10);
  });
});

describe('clause splitter', () => {
  const texts = (src: string) => { const d = plainTextDocument(src); return splitClauses(d, disc).map((c) => [d.text.slice(c.start, c.end), c.role]); };
  it('splits at numbered items inside one paragraph and at hard line breaks', () => {
    const doc = parseMarkdown('# 借款合同\n\n5.1 借款人应按期还款。5.2 逾期的，按日计收罚息。（1）本金；（2）利息。\n第六条 争议解决\n');
    const got = splitClauses(doc, disc).map((c) => doc.text.slice(c.start, c.end));
    expect(got).toEqual(['借款合同', '5.1 借款人应按期还款。', '5.2 逾期的，按日计收罚息。', '（1）本金；', '（2）利息。', '第六条 争议解决']);
  });
  it('splits at an item opening a script\'s string (text: \'2.4 …\'), not at a quoted figure or a closing quote', () => {
    expect(texts("{ text: '2.3 借款人应按期还款。' }, { text: '2.4 您同意并授权本公司查询您的征信。' }").map((x) => x[0])).toEqual([
      "{ text: '", "2.3 借款人应按期还款。' }, { text: '", "2.4 您同意并授权本公司查询您的征信。' }"]);
    expect(texts('费率为\'2.4%\'，另见附件\'3.1\'。')).toEqual([['费率为\'2.4%\'，另见附件\'3.1\'。', 'operative']]);
  });
  it('reads a numeral and a full-width comma opening a line (二，) as an item number, not 第一， or 其一，', () => {
    expect(texts('借款合同\n一，本合同所称“期限届满”或“到期”包括贷款人宣布债务提前到期的情形。')).toEqual([
      ['借款合同', 'title'], ['一，本合同所称“期限届满”或“到期”包括贷款人宣布债务提前到期的情形。', 'definition']]);
    expect(texts('借款合同\n其一，借款人逾期的，贷款人有权宣布借款提前到期。')).toEqual([
      ['借款合同', 'title'], ['其一，借款人逾期的，贷款人有权宣布借款提前到期。', 'operative']]);
    expect(texts('借款合同\n第一，借款人逾期的，贷款人有权宣布借款提前到期。')).toEqual([
      ['借款合同', 'title'], ['第一，借款人逾期的，贷款人有权宣布借款提前到期。', 'operative']]);
  });
  const marks = (src: string) => { const d = plainTextDocument(src); return splitClauses(d, disc).map((c) => c.marker && [c.marker.style, c.marker.text]); };
  it('records each clause\'s list mark once, its style and its text: （2）, 2.1., 一、, b), ①', () => {
    expect(marks('借款合同\n（2）借款人应按期还款；\n2.1. 逾期的，按日计收罚息；\n一、争议解决\nb) 贷款人有权提前收回借款；\n① 本金')).toEqual([
      undefined, ['(d1)', '（2）'], ['d2.', '2.1.'], ['c、', '一、'], ['a)', 'b)'], ['circled', '①']]);
  });
  it('records no list mark for a figure, a year or an ordinal that is no item (1.5%, 2026., 第一 without 条, 第三条)', () => {
    expect(marks('借款合同\n1.5%的年利率按日计息。\n2026.03起按月付息。\n第一，借款人应按期还款。\n第三条 借款人应按期还款。')).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it('does not split a decimal figure or a percentage', () => {
    expect(texts('年利率为 4.35%，按月付息。')).toEqual([['年利率为 4.35%，按月付息。', 'operative']]);
  });
  it('gives the first short line of a document the title role, and a table of contents line its role', () => {
    expect(texts('个人借款合同\n目录\n第一条 借款金额……1\n第二条 借款人未按期还款的，按日计收罚息。')).toEqual([
      ['个人借款合同', 'title'], ['目录', 'operative'], ['第一条 借款金额……1', 'toc'], ['第二条 借款人未按期还款的，按日计收罚息。', 'operative']]);
  });
  it('splits an inline title (等待期：) from the clause it heads, but not from a value (罚息利率：日息百分之一)', () => {
    expect(texts('借款合同\n7、等待期：本保险的等待期为30天，等待期内发生的疾病不予赔付。')).toEqual([
      ['借款合同', 'title'], ['7、等待期：', 'heading'], ['本保险的等待期为30天，等待期内发生的疾病不予赔付。', 'operative']]);
    expect(texts('借款合同\n罚息利率：日息百分之一\n服务费：每月0.5%')).toEqual([
      ['借款合同', 'title'], ['罚息利率：日息百分之一', 'operative'], ['服务费：每月0.5%', 'operative']]);
    expect(texts('借款合同\n还款方式：等额本息')).toEqual([['借款合同', 'title'], ['还款方式：', 'heading'], ['等额本息', 'operative']]);
    // a label that is a party's own sentence stating a term is the clause's operative head, no title; a section's label
    // that names a term without a party (保留权利：) still is one
    expect(texts('征信授权书\n三、本人同意并不可撤销的授权：贷款人可以查询本人的信用信息。')).toEqual([
      ['征信授权书', 'title'], ['三、本人同意并不可撤销的授权：贷款人可以查询本人的信用信息。', 'operative']]);
    expect(texts('信息服务协议\n保留权利：未明示授权的其他一切权利仍归本公司所有。')).toEqual([
      ['信息服务协议', 'title'], ['保留权利：', 'heading'], ['未明示授权的其他一切权利仍归本公司所有。', 'operative']]);
  });
  it('reads an article title set off by a colon (第五条：提前到期和提前偿还) and a numbered 关于…的约定。 as titles, not clauses', () => {
    expect(texts('借款合同\n第五条：提前到期和提前偿还\n第三条：借款人逾期的，按日计收万分之五的罚息。')).toEqual([
      ['借款合同', 'title'], ['第五条：提前到期和提前偿还', 'heading'], ['第三条：借款人逾期的，按日计收万分之五的罚息。', 'operative']]);
    expect(texts('借款合同\n二、关于提前还本违约金的约定。甲方提前还本的，应支付提前还本违约金。')).toEqual([
      ['借款合同', 'title'], ['二、关于提前还本违约金的约定。', 'heading'], ['甲方提前还本的，应支付提前还本违约金。', 'operative']]);
    // (an unnumbered 关于…的约定，… is a sentence, and a title after the colon that states a burden is a clause)
    expect(texts('借款合同\n关于提前还本违约金的约定，以本合同第五条为准。')).toEqual([['借款合同', 'title'], ['关于提前还本违约金的约定，以本合同第五条为准。', 'operative']]);
    expect(texts('借款合同\n第六条：放弃先诉抗辩权')).toEqual([['借款合同', 'title'], ['第六条：放弃先诉抗辩权', 'operative']]);
  });
});

describe('clause locator', () => {
  // the emphasis engine asks for the clause at each cue hit; it splits only the blocks asked about
  it('finds at every offset the clause a binary search over the whole split finds, on every Markdown and text fixture', () => {
    const FIX = path.resolve(__dirname, '../../../fixtures');
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    const files = walk(FIX).filter((f) => /\.(md|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      const doc = f.endsWith('.md') ? parseMarkdown(src) : plainTextDocument(src);
      const all = splitClauses(doc, disc);
      const at = clauseLocator(doc, disc);
      for (let o = 0; o <= doc.text.length; o++) {
        let lo = 0, hi = all.length - 1, want: (typeof all)[number] | undefined;
        while (lo <= hi) { const mid = (lo + hi) >> 1; const k = all[mid]; if (k.end <= o) lo = mid + 1; else if (k.start > o) hi = mid - 1; else { want = k; break; } }
        const got = at(o);
        expect(got && { ...got }, `${f} @${o}`).toEqual(want && { ...want });
        if (got) expect(at(o)).toBe(got);
      }
    }
  });
});

const keyLinesOf = (src: string) => linter.lint(parseMarkdown(src), { product: 'loan', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
describe('key clauses read clause by clause', () => {
  const keyLines = (src: string) => linter.lint(parseMarkdown(src), { product: 'loan', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
  it('reports each plain key clause of a paragraph split by line breaks, once per clause', () => {
    expect(keyLines('# 借款合同\n\n借款人逾期的，按日万分之五计收罚息。\n贷款人有权宣布贷款提前到期。\n本合同一式两份。\n')).toEqual([3, 4]);
  });
  it('a catch-all disclosure at the institution\'s discretion (其他本平台认为适合披露的) is a key clause; a safeguard the institution thinks fit is not', () => {
    expect(keyLines('# 隐私条款\n\n5、根据法律法规或平台规则，其他本平台认为适合披露的情形。\n')).toEqual([3]);
    expect(keyLines('# 隐私条款\n\n本平台将以我们认为适合的方式保护您的个人信息安全。\n')).toEqual([]);
  });
  it('the institution\'s records acknowledged as true (承认…系统记录的…真实) or made the basis of the deal (系统所记录的数据是确定…的依据) are a key clause; records said not to be that basis are not', () => {
    expect(keyLines('# 借款协议\n\n各方一致承认本平台系统记录的与本协议有关的数据真实、准确、有效。\n')).toEqual([3]);
    expect(keyLines('# 会员服务协议\n\n除有相反证据外，平台系统所记录的数据是确定交易内容的依据。\n')).toEqual([3]);
    expect(keyLines('# 会员服务协议\n\n平台系统记录的数据不作为确定交易内容的依据，交易内容以书面合同约定为准。\n')).toEqual([]);
    // the institution's own final figure made conclusive (以某某平台最终确认的金额为准, 均以某某与某某所的最终计算结果为准) is too;
    // a figure both sides confirm, a registrar's or a court's, or the market's closing price, is not
    expect(keyLines('# 租赁协议\n\n买断价款的具体金额以某某平台最终确认的金额为准。\n')).toEqual([3]);
    expect(keyLines('# 汽车钱包服务协议\n\n用户同意，扣取、计提收益等金额的计算，均以某某与某某所的最终计算结果为准。\n')).toEqual([3]);
    expect(keyLines('# 租赁协议\n\n维修费用以双方最终确认的金额为准。\n')).toEqual([]);
    expect(keyLines('# 基金交易协议\n\n申购份额以注册登记机构最终确认的结果为准。\n')).toEqual([]);
    expect(keyLines('# 交易协议\n\n实际盈亏以最终成交价格为准。\n')).toEqual([]);
  });
  it('the server\'s log files collected automatically (自动收集某些信息并存储在日志中) are no authorisation; other data collected automatically is', () => {
    expect(keyLines('# 隐私政策\n\n日志信息。当您使用我们的服务时，我们会自动收集某些信息并存储在日志中，如访问时间、IP地址。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n日志文件（Log files）储存自动收集的若干数据，包括IP地址、浏览器类型。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n我们会自动收集您的设备信息和位置信息，用于风险控制。\n')).toEqual([3]);
    expect(keyLines('# 隐私规则\n\n本网站按照您在本网站网址上的行为自动追踪关于您的某些资料。\n')).toEqual([3]);
  });
  it('the consumer\'s right to know or ask what is done with their data (您有权了解…, 您有权在任何时候询问…) is no key clause; the institution\'s right to learn of the consumer is', () => {
    expect(keyLines('# 隐私政策\n\n（3）您有权了解我们可能会向谁共享或披露您的个人信息。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n（4）您有权在任何时候询问我们是否处理您的个人信息、请求访问或删除您的个人信息。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n（3）我们有权了解您的资信状况，并可能会向第三方共享或披露您的个人信息。\n')).toEqual([3]);
  });
  it('the creditor\'s disposal of collateral (有权…处置抵押财产, 有权…行使质权) is a key clause; the pledgor\'s request that it be exercised is not', () => {
    expect(keyLines('# 抵押合同\n\n抵押人到期未清偿的，抵押权人有权自行处置抵押财产并以所得价款受偿。\n')).toEqual([3]);
    expect(keyLines('# 质押合同\n\n发生违约事件的，质权人有权立即行使质权。\n')).toEqual([3]);
    expect(keyLines('# 质押合同\n\n主债务履行期满后，出质人可以要求质权人及时行使质权。\n')).toEqual([]);
  });
  it('skips a table of contents, a definition and a reminder that only names documents', () => {
    expect(keyLines('# 借款合同\n\n第四条 罚息和违约金 ……4\n\n“罚息”是指借款人逾期后按约定加收的利息。\n\n请您仔细阅读《借款合同》中的违约金条款。\n')).toEqual([]);
  });
  it('a clause whose operative part (its figures) is bold counts as emphasised', () => {
    expect(keyLines('# 借款合同\n\n借款人逾期的，贷款人按日**万分之五**计收罚息。\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n**借款人**逾期的，贷款人按日万分之五计收罚息。\n')).toEqual([3]);
  });
  it('an investor\'s contract (P2P lending bought as an investment) does not read the borrower\'s loan burdens as the consumer\'s', () => {
    const loanIds = (src: string) => linter.lint(parseMarkdown(src), { kind: 'contract' }).findings.filter((f) => f.ruleId === 'key-clause-emphasis/loan-contract-key-terms').map((f) => f.line);
    const investor = '# 出借协议\n\n出借人通过平台出借资金，投资期限12个月，起投100元。借款人应按月还款，借款人提前还款的须申请。\n\n借款人逾期的，按日万分之五计收罚息。\n';
    expect(linter.lint(parseMarkdown(investor), { kind: 'contract' }).products).toEqual(['wealth', 'loan']);
    expect(loanIds(investor)).toEqual([]);
    expect(loanIds('# 借款合同\n\n借款人通过平台借款，借款期限12个月，按月还款。\n\n借款人逾期的，按日万分之五计收罚息。\n')).toEqual([5]);
  });
  it('a sentence wrapped over source lines is reported where the comma part holding its cue starts', () => {
    const htmlLines = (src: string) => linter.lint(parseHtml(src), { product: 'loan', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    // (the part 否则…自行承担 starts on line 2, its cue 违约金 on line 3)
    expect(htmlLines('<h1>借款服务协议</h1>\n<p>5.1如借款人欲变更银行账户，须提前3个工作日提出申请，否则因此而造成借款人未\n能及时还款、产生逾期违约金、罚息的由借款人自行承担；</p>\n')).toEqual([2]);
    // (…and a part that starts on the cue's line is reported there, as before)
    expect(htmlLines('<h1>借款服务协议</h1>\n<p>5.1如借款人欲变更银行账户，须提前3个工作日提出申请，\n否则因此产生的逾期违约金、罚息由借款人自行承担；</p>\n')).toEqual([3]);
  });
  it('a numbered item\'s title on a source line of its own is passed over: the clause is reported where its body states the term', () => {
    const htmlLines = (src: string) => linter.lint(parseHtml(src), { product: 'loan', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    // (the page joins 3.2逾期罚息 and its body into one clause; the cue 罚息 in the title is not where the term is stated)
    expect(htmlLines('<h1>借款服务协议</h1>\n<p>3.2逾期罚息\n借款人未按期还款的，应按逾期金额的日万分之五支付罚息。</p>\n')).toEqual([3]);
    // (…while a line that ends inside a tag, markup wrapped by the exporter, is no title's end: the clause starts where it stood)
    expect(htmlLines('<h1>借款服务协议</h1>\n<p>3.2逾期罚息<span\n lang="EN-US">借款人未按期还款的，应按逾期金额的日万分之五支付罚息。</span></p>\n')).toEqual([2]);
    // (…and so does a first line that is a sentence's start, not a title)
    expect(htmlLines('<h1>借款服务协议</h1>\n<p>3.2借款人未按期还款的，\n应按逾期金额的日万分之五支付罚息。</p>\n')).toEqual([3]);
  });
  it('a bold article title does not emphasise the plain body under it', () => {
    expect(keyLines('# 借款合同\n\n**第五条 违约责任**\n\n借款人逾期的，按日万分之五计收罚息。\n')).toEqual([5]);
  });
  it('an inline title that names the term over a body that states its value is the body\'s cue: the plain body is a key clause', () => {
    expect(keyLines('# 借款合同\n\n第三条 借款利率：借款利率为月息0.9%，按月收息，利随本清。\n')).toEqual([3]);
    expect(keyLines('# 借款合同\n\n业务手续费：（按借款金额2%计）。系乙方给付甲方的咨询服务费用，在放款当天一次性付清。\n')).toEqual([3]);
    expect(keyLines('# 借款合同\n\n16、违约金：相当于借款本金金额的百分之____。\n')).toEqual([3]);
    // (…not a body that states no value: the title's cue stays a heading's; nor a body whose value is emphasised)
    expect(keyLines('# 借款合同\n\n业务手续费：详见平台公布的收费标准。\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n第三条 借款利率：**借款利率为月息0.9%**，按月收息，利随本清。\n')).toEqual([]);
  });
  it('the English message names the shape in English; the Chinese one in Chinese', () => {
    const msg = (locale: 'zh' | 'en') => linter.lint(parseMarkdown('# 借款合同\n\n对因此造成的损失，本行不承担任何责任。\n'), { product: 'loan', kind: 'contract', locale }).findings.find((f) => f.ruleId.startsWith('key-clause-emphasis/'))!.message;
    expect(msg('en')).toContain('exemption from liability');
    expect(msg('en')).not.toMatch(/免责/);
    expect(msg('zh')).toContain('免责');
  });
  it('a shape stays on its line: a bold article title right above a plain clause neither hides nor emphasises it', () => {
    // (the gap of 提前还款…同意 would otherwise start at the title's 提前还款 and end in the clause)
    expect(keyLines('# 借款合同\n\n**第五条 提前还款**  \n5.1借款人提前还款，应征得贷款人的同意。\n')).toEqual([4]);
    expect(keyLines('# 借款合同\n\n**第五条 提前还款**  \n5.1借款人提前还款，**应征得贷款人的同意**。\n')).toEqual([]);
  });
  it('a definition defines in its first sentence; an operative sentence after it is a clause', () => {
    const ins = (src: string) => linter.lint(parseMarkdown(src), { product: 'insurance', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).length;
    expect(ins('# 保险条款\n\n保单管理费：指我们为维护本合同而收取的费用，在每月结算日从保单账户中扣除。\n')).toBe(0);
    expect(ins('# 保险条款\n\n保单管理费：指我们为维护本合同而收取的费用。我们有权调整保单管理费，但最高不超过20元/月。\n')).toBe(1);
    // (…and at the colon that ends its definiens: what follows it states when the fee is charged)
    expect(keyLines('# 平台服务协议\n\n1、居间服务费：指乙方因甲方所提供的媒介服务等服务向甲方支付的费用：甲方在借款起息日收取前期服务费，其余部分按期收取分期服务费。\n')).toEqual([3]);
    expect(keyLines('# 平台服务协议\n\n1、居间服务费：指乙方因甲方所提供的媒介服务等服务向甲方支付的费用。\n')).toEqual([]);
  });
  it('a definition\'s later sentence that only lists or files what it defines goes on defining; one that states a term does not', () => {
    const pi = (src: string) => linter.lint(parseMarkdown(src), { kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    expect(pi('# 隐私政策\n\n个人敏感信息是指一旦泄露可能危害人身和财产安全的个人信息。包括身份证件号码、个人生物识别信息、银行账号、征信信息、行踪轨迹等。\n')).toEqual([]);
    expect(pi('# 隐私政策\n\n2.敏感个人信息：指一旦泄露容易导致人身、财产安全受到危害的个人信息。在本平台服务中，您提供的身份证号码及银行卡号属于敏感个人信息。\n')).toEqual([]);
    // (a later sentence that lists what the institution may do with it is a term)
    expect(pi('# 隐私政策\n\n个人敏感信息是指一旦泄露可能危害人身和财产安全的个人信息。包括身份证件号码、个人生物识别信息等，我们有权将其提供给合作机构。\n')).toEqual([3]);
  });
  it('a party\'s definition that goes on to say which party collects the fee it names for which goes on defining; a fee charged to the borrower does not', () => {
    const kl = (src: string) => linter.lint(parseMarkdown(src), { product: 'loan', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    expect(kl('# 借款协议\n\n3、服务方乙方（“乙方”）是指本协议首部列明的某信息技术公司，为借款人提供撮合与账户管理服务。乙方的平台服务费由乙丙双方按照约定，由丙方代为收取后支付给乙方。\n')).toEqual([]);
    // (a later sentence that has the borrower pay the fee, or lets the party take it from the borrower's account, is a term)
    expect(kl('# 借款协议\n\n3、服务方乙方（“乙方”）是指本协议首部列明的某信息技术公司，为借款人提供撮合与账户管理服务。乙方的平台服务费由借款人按月支付，乙方有权从借款人账户中扣划。\n')).toEqual([3]);
  });
  it('a clause that favours the consumer needs no emphasis; one that burdens them does', () => {
    const ins = (src: string) => linter.lint(parseMarkdown(src), { product: 'insurance', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).length;
    expect(ins('# 保险条款\n\n因下列情形导致被保险人身故的，我们不承担给付保险金的责任。\n')).toBe(1);
    expect(ins('# 保险条款\n\n我们将退还您已交的保险费。\n')).toBe(0);
    expect(ins('# 保险条款\n\n保险人不得解除合同，应当承担给付保险金的责任。\n')).toBe(0);
    // a benefit paid by the disability-grade table is the cover itself, not a limit on it; a share of the costs paid is
    expect(ins('# 保险条款\n\n我们按该项残疾所对应的给付比例给付意外伤残保险金。\n')).toBe(0);
    expect(ins('# 保险条款\n\n未在定点医院就医的，我们按其医疗费用的80%比例给付医疗保险金。\n')).toBe(1);
    // (a part that only acknowledges what its sentence states takes the sentence's verdict: favourable here, a burden there)
    expect(keyLinesOf('# 借款协议\n\n3.3.2 甲方（出借人）授权并委托丙方代其收取本协议约定利息和本金，代收后按照甲方的要求进行处置，乙方对此表示认可。\n')).toEqual([]);
    expect(keyLinesOf('# 债权转让协议\n\n2.6 若债务人提前还款，甲方仅能取得实际债权受让期限内的收益，甲方对此表示同意。\n')).toEqual([3]);
  });
  it('what was sold not taken back or exchanged (不退换, 恕不退换) is a consumer\'s burden; an exchange offered is not', () => {
    const gc = (src: string) => linter.lint(parseMarkdown(src), { product: 'general', kind: 'contract' }).findings.filter((f) => f.ruleId.startsWith('key-clause-emphasis/')).map((f) => f.line);
    expect(gc('# 会员卡使用须知\n\n三、本卡一经售出，不记名、不退换、不挂失。\n')).toEqual([3]);
    expect(gc('# 积分兑换规则\n\n兑换完成后，所兑换的礼品恕不退换。\n')).toEqual([3]);
    // near misses: an exchange the consumer may ask for, and one the shop grants when the goods are faulty
    expect(gc('# 积分兑换规则\n\n兑换的礼品如有质量问题，可在七日内到服务台退换。\n')).toEqual([]);
    expect(gc('# 会员卡使用须知\n\n本卡支持七天无理由退换。\n')).toEqual([]);
  });
  it('a clause binding both parties alike is no burden on the consumer; the consumer\'s own penalty and a venue clause still are', () => {
    expect(keyLines('# 借款协议\n\n本协议解除后，不影响守约方要求违约方支付违约金并赔偿损失的权利。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n借款人逾期的，应向出借人支付违约金并赔偿损失。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n任何一方均应将争议提交贷款人所在地人民法院管辖。\n')).toEqual([3]);
    // a venue named with its court's full name and 提起民事诉讼, or as 管辖法院为…所在地人民法院; a competent court unnamed is none
    expect(keyLines('# 借款协议\n\n协商不成的，双方均有权向上海市浦东新区人民法院提起民事诉讼。\n')).toEqual([3]);
    expect(keyLines('# 服务协议\n\n协商不成的，双方可提出诉讼，管辖法院为本公司所在地人民法院。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n协商不成的，任何一方均可向有管辖权的人民法院提起民事诉讼。\n')).toEqual([]);
    // when a notice from any party counts as delivered, set out as a list of times, binds both alike; a notice deemed delivered to the consumer does not
    expect(keyLines('# 借款协议\n\n8.2 协议各方同意，与本协议有关的任何通知，以书面方式送达方为有效。上述通知应当被视为在下列时间送达：以传真发送，为该传真成功发送并由收件方收到之日；以快递或专人发送，为收件人收到该通知之日。\n')).toEqual([]);
    expect(keyLines('# 服务协议\n\n第三条 本网站对于会员的通知可通过平台公告、站内信、电子邮件等电子方式进行，该等通知于发送之日视为已送达收件人。\n')).toEqual([3]);
    // the agreement's confidential information (保密信息) kept by every party binds both alike; the institution's right to disclose the consumer's own does not
    expect(keyLines('# 借款协议\n\n6.3.2. 使用保密信息应仅限于与本合同有关的事项的目的，不得将保密信息用于除本交易以外的其他目的，也不得将保密信息再披露给本协议以外的其他方。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n4. 本协议各方应促使其向之披露保密信息的第三方严格遵守本条约定。\n')).toEqual([]);
    expect(keyLines('# 服务协议\n\n本公司不公开您的注册信息。但在下列情况下，本公司有权全部或部分向第三方披露您的保密信息，并可将其提供给合作机构。\n')).toEqual([3]);
    // every party keeps performing while a dispute runs (各方均不得以解决争议为由拒不履行) binds both alike; the consumer alone barred, or waiving a defence of their own beside it, is not
    expect(keyLines('# 借款协议\n\n7.3 在诉讼期间，本协议中不涉及争议的条款仍须履行，各方均不得以解决争议为由拒不履行其在本协议项下的任何义务。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n7.4 争议期间，借款人不得以存在争议为由拒不履行还款义务。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n7.5 争议解决期间，各方均不得以解决争议为由拒不履行义务，借款人并放弃以未收到通知为由的抗辩。\n')).toEqual([3]);
  });
  it('a loss put on a lettered party is read by the side the head gives it: the consumer\'s burden, not the bank\'s', () => {
    const head = '# 借记卡章程\n\n甲方（发卡行）：某某银行\n\n乙方（持卡人）：\n\n';
    // the cardholder named 乙方 bears the risk and the loss, in plain text: a key clause, as …由持卡人承担 would be
    expect(keyLines(`${head}2、乙方应妥善保管密码，若因非甲方原因造成密码泄露的，由乙方承担风险和损失。\n`)).toEqual([7]);
    // near misses: the bank named 甲方 bears it (its own duty), and a head that gives 乙方 no side leaves the letter unread
    expect(keyLines(`${head}2、因甲方系统故障造成交易失败的，由甲方承担风险和损失。\n`)).toEqual([]);
    expect(keyLines('# 协议书\n\n甲方：\n\n乙方：\n\n2、乙方应妥善保管密码，若因非甲方原因造成密码泄露的，由乙方承担风险和损失。\n')).toEqual([]);
    // (and a bold sentence read so does not clear the clause's other sentence: the plain venue before it is still reported)
    expect(keyLines(`${head}友好协商不成的，任一方有权将争议提交甲方所在地有管辖权法院诉讼解决。**由此发生的诉讼费、律师费均由乙方承担。**\n`)).toEqual([7]);
  });
  it('a margin deal\'s funder (甲方（委托人/出资人）) across from a trader who is a person is not the consumer: the trader\'s risk with the funder exempt is a key clause; under a trust firm as 受托人 it is not', () => {
    const margin = '# 合作操盘协议\n\n甲方（委托人/出资人）：\n\n身份证号：\n\n乙方（受托人/操盘人）：\n\n身份证号：\n\n';
    expect(keyLines(`${margin}同样，乙方承担全部交易风险，甲方不承担交易风险。\n`)).toEqual([11]);
    const trust = '# 信托合同\n\n甲方（委托人）：\n\n乙方（受托人）：某某信托有限公司\n\n法定代表人：\n\n';
    expect(keyLines(`${trust}同样，乙方承担全部交易风险，甲方不承担交易风险。\n`)).toEqual([]);
  });
  it('a lettered party whose head asks for an identity card and names no firm is a person, not the institution, whatever its role word (乙方（受托人）, 甲方（债权人）); a firm under the same word stays the institution', () => {
    const person = '# 合作协议\n\n甲方（债权人）：\n\n身份证号码：\n\n乙方（服务方）：某某信息科技有限公司\n\n';
    expect(partyRoles(person)).toEqual(new Map([['乙方', 'institution'], ['甲方', 'consumer']]));
    // (a margin deal's funder across from a trader who is a person is left unnamed, as a lender across from a borrower is)
    expect(partyRoles('# 合作操盘协议\n\n甲方（委托人）：\n\n乙方（受托人/操盘人）：\n\n身份证号：\n\n')).toEqual(new Map());
    expect(partyRoles('# 信托合同\n\n甲方（委托人）：\n\n乙方（受托人）：某某信托有限公司\n\n法定代表人：\n\n')).toEqual(new Map([['甲方', 'consumer'], ['乙方', 'institution']]));
    expect(partyRoles('# 借款合同\n\n甲方（借款人）：\n\n乙方（债权人）：\n\n统一社会信用代码：\n\n')).toEqual(new Map([['甲方', 'consumer'], ['乙方', 'institution']]));
    expect(keyLines(`${person}2.3 因甲方提供虚假信息而造成的一切法律后果由甲方自行承担。\n`)).toEqual([9]);
  });
  it('a lettered party is read as the side it stands for: the guarantor\'s own right is no burden, the lender\'s is', () => {
    const head = '# 保证合同\n\n甲方（借款人）：\n\n乙方（贷款人）：某某银行\n\n丙方（保证人）：\n\n';
    expect(partyRoles(head)).toEqual(new Map([['甲方', 'consumer'], ['乙方', 'institution'], ['丙方', 'consumer']]));
    expect(partyRoles('保证人：某某融资担保有限公司（以下简称甲方）\n被保证人：（以下简称乙方）')).toEqual(new Map([['甲方', 'institution'], ['乙方', 'consumer']]));
    expect(keyLines(`${head}4．甲方和乙方未经丙方同意擅自延长借款期限的，丙方可以自行解除担保义务。\n`)).toEqual([]);
    expect(keyLines(`${head}4．甲方未按期还款的，乙方可以自行解除本合同并宣布贷款提前到期。\n`)).toEqual([9]);
    // (…and a right the shapes read off its holder, 甲方可以…申请变更, 甲方有权决定是否采用…, is the consumer's own when the head
    // puts that letter on the consumer's side; the same words with the bank's letter are the bank's right over the consumer)
    const loan = '# 借款合同\n\n甲方（借款人）：\n\n乙方（贷款人）：某某银行\n\n';
    expect(keyLines(`${loan}5.3 在征得乙方同意的特殊情形下，甲方可以以电话方式向乙方申请变更其指定还款账户。\n\n5.5 甲方有权决定是否采用乙方提供的投资建议，自行决定投资。\n`)).toEqual([]);
    expect(keyLines(`${loan}5.4 乙方可以以电话方式通知甲方变更其指定还款账户。\n`)).toEqual([7]);
    // a guarantor the head names as a firm (丙方（保证人）：某某融资担保有限公司) is the institution's side: its own joint
    // liability for the borrower's debt is its duty to the lender, no burden on the consumer; a guarantor named by a blank or
    // a person stays the consumer's side, and the same sentence is a key clause for them
    const firm = '# 借款合同\n\n甲方（借款人）：\n\n乙方（出借人）：\n\n丙方（保证人）：某某融资担保有限公司\n\n';
    expect(partyRoles(firm)).toEqual(new Map([['甲方', 'consumer'], ['丙方', 'institution']]));
    expect(partyRoles('# 借款合同\n\n甲方（借款人）：\n\n乙方（出借人）：\n\n丙方（保证人）：王某某\n\n')).toEqual(new Map([['甲方', 'consumer'], ['丙方', 'consumer']]));
    const joint = '1.保证方式：为确保甲方履行还款义务，丙方同意按照本合同的约定，为甲方履行债务承担连带责任保证担保。\n';
    expect(keyLines(`${firm}${joint}`)).toEqual([]);
    expect(keyLines(`# 借款合同\n\n甲方（借款人）：\n\n乙方（出借人）：\n\n丙方（保证人）：王某某\n\n${joint}`)).toEqual([9]);
    // (…and the firm's own liability does not cover a right it holds against the consumer)
    expect(keyLines(`${firm}2.丙方有权要求甲方承担连带保证责任，并向甲方追偿。\n`)).toEqual([9]);
    // (…and so is a firm the sentence itself names as the guarantor, 某某担保有限公司同意…提供保证担保; the borrower's own
    // joint liability to the lender is not)
    expect(keyLines('# 借款协议\n\n3、经借款人委托，某某融资担保有限公司同意作为保证人为借款人按期足额还款向出借人提供保证担保。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n3、借款人同意对本合同项下全部债务向出借人承担连带保证责任。\n')).toEqual([3]);
    // (…and so is a guarantor, named only by its role, whose liability covers the investors' principal in an investor's
    // agreement: a safeguard the consumer holds; a guarantor's joint liability for the borrower's debt is not)
    expect(keyLines('# 投资人服务协议\n\n7.担保人应依法完善对融资方的担保手续，并为相关投资人的本金安全负全部责任。\n')).toEqual([]);
    expect(keyLines('# 投资人服务协议\n\n7.担保人应依法完善对融资方的担保手续，并为融资方的全部债务承担连带保证责任。\n')).toEqual([3]);
    // between a lender and a borrower who are both persons, the lender's right is the borrower's burden: the lender is
    // left unnamed, the borrower stays the consumer
    const p2p = '# 借款协议\n\n出借人（以下简称甲方）：\n\n借款人（以下简称乙方）：\n\n担保人（以下简称丙方）：\n\n';
    expect(partyRoles(p2p)).toEqual(new Map([['乙方', 'consumer'], ['丙方', 'consumer']]));
    expect(keyLines(`${p2p}1、如乙方逾期超过一周，甲方可选择提前终止本合同并收回全部借款及利息。\n`)).toEqual([9]);
    expect(keyLines(`${p2p}1、乙方可以提前归还全部借款，甲方不得收取任何费用。\n`)).toEqual([]);
    // a party named as a side (贷款方, 借款方) is the party of that name: the lender's own penalty is no burden on the
    // borrower; the borrower's is
    expect(keyLines('# 借款合同\n\n1、贷款方未按期提供贷款，应按违约数额和延期天数，付给借款方违约金。\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n1、借款方未按期还款，应按违约数额和逾期天数，付给贷款方违约金。\n')).toEqual([3]);
    // two lettered parties, one of them the institution: the other, named only by a blank, is the customer; with a
    // third party the blank stays unnamed
    const two = '# 出借服务协议\n\n甲方：____\n\n乙方：某某金融信息服务有限公司\n\n';
    expect(partyRoles(two)).toEqual(new Map([['乙方', 'institution'], ['甲方', 'consumer']]));
    expect(partyRoles(`${two}丙方：____\n\n`)).toEqual(new Map([['乙方', 'institution']]));
    expect(keyLines(`${two}1、甲方可选择提前赎回，乙方不收取任何费用。\n`)).toEqual([]);
    expect(keyLines(`${two}1、乙方可选择提前终止本协议，并有权收回全部出借资金。\n`)).toEqual([7]);
    // the investor who takes over a claim (受让方) is the consumer's side: its own choices are no burden, the platform's
    // are (the one who transfers it, 出让方, may be an institution selling its assets: left unnamed)
    const transfer = '# 债权受益权转让协议\n\n甲方（出让方）：\n\n乙方（受让方）：\n\n丙方（服务机构）：某某金融服务有限公司\n\n';
    expect(partyRoles(transfer)).toEqual(new Map([['乙方', 'consumer'], ['丙方', 'institution']]));
    expect(keyLines(`${transfer}6、乙方可以根据丙方规则自主选择再转让期限。\n`)).toEqual([]);
    expect(keyLines(`${transfer}6、丙方可以根据自身规则自主选择再转让期限。\n`)).toEqual([9]);
    // without a party block the letters stand for nobody in particular, and the clause is read as it stands
    expect(keyLines('# 保证合同\n\n4．甲方和乙方未经丙方同意擅自延长借款期限的，丙方可以自行解除担保义务。\n')).toEqual([3]);
  });
  it('the institution named by its own short or brand name, learned from the document, holds a right as 本网站 does; a consumer\'s name, an unnamed lender and a name never introduced do not', () => {
    expect(institutionNames('感谢您选择微信贷在线金融服务平台（以下简称"微信贷"或"本平台"）。')).toEqual(['微信贷']);
    expect(institutionNames('1、尚牛在线：指尚牛在线信息平台，面向用户提供服务。')).toEqual(['尚牛在线']);
    expect(institutionNames('本协议由某某消费金融有限公司（以下简称“捷信”）与您订立。')).toEqual(['捷信']);
    // (a role, the document's own name, a consumer's party line are no institution's name)
    expect(institutionNames('某某网络科技有限公司（以下简称“服务方”）与用户（以下简称“用户”）订立本协议（以下简称“本协议”）。')).toEqual([]);
    expect(institutionNames('出借人：某某投资有限公司（以下简称“某某投资”）\n借款人：张三')).toEqual([]);
    const head = '# 会员注册及服务协议\n\n感谢您选择微信贷在线金融服务平台（以下简称"微信贷"或"本平台"）。\n\n';
    expect(keyLines(`${head}第39条. 微信贷有权根据自己的判断在事先通知会员的情况下终止本协议且无需说明理由。\n`)).toEqual([5]);
    expect(keyLines(`${head}6、用户同意微信贷有权限制用户参与交易合作的品种和额度。\n`)).toEqual([5]);
    // (…and a loss it bears is favourable, as 由本公司承担 is)
    expect(keyLines(`${head}6、因一方账户状态异常导致交易无法实现的，所有损失由微信贷自行承担。\n`)).toEqual([]);
    // the same name never introduced as the institution's is read as it stands
    expect(keyLines('# 会员注册及服务协议\n\n第39条. 微信贷有权根据自己的判断在事先通知会员的情况下终止本协议且无需说明理由。\n')).toEqual([]);
    // the consumer's own right under the institution's brand stays the consumer's
    expect(keyLines(`${head}6、会员有权随时注销其在微信贷的账户。\n`)).toEqual([]);
  });
  it('a creditor\'s lawful recourse restated (each lender may sue; the guarantor who paid may recover) is no burden; recourse with a cost, a method or a loss is', () => {
    expect(keyLines('# 借款协议\n\n5.4 每一出借人与借款人之间的借款均是相互独立的，一旦借款人逾期未归还借款本息，任何一出借人有权单独向借款人追索或者提起诉讼。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n11.2 保证人代借款人清偿本息及其他费用后，有权向借款人追偿。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n5.4 借款人逾期的，出借人有权委托第三方催收机构以电话、上门等方式向借款人催收。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n11.2 担保公司代偿后，有权向借款人追偿代偿款项，并按日万分之五收取资金占用费。\n')).toEqual([3]);
  });
  it('the institution checking the consumer\'s data in an 对…进行核实 shape (本平台有权…对您的…信息进行核实; 同意并授权…对您的身份进行验证) is a key clause; not when it will not, nor a check the consumer\'s consent is the condition of', () => {
    expect(keyLines('# 注册协议\n\n您同意本平台可以委托合作的征信机构对您填写的个人资料进行核实，并保存核实结果。\n')).toEqual([3]);
    expect(keyLines('# 认证协议\n\n您同意并授权本公司采取必要手段（包括但不限于人脸比对）对您的身份进行验证。\n')).toEqual([3]);
    expect(keyLines('# 注册协议\n\n本平台不会对您的个人资料进行核实，您应自行保证资料真实。\n')).toEqual([]);
    expect(keyLines('# 注册协议\n\n在您授权的情况下，我们对您的账户信息进行查询。\n')).toEqual([]);
  });
  it('the consumer holding the institution harmless (使…免于/免遭受…责任、损失、索赔) is an indemnity, a key clause; the institution keeping the consumer or their data from harm, or a service free of errors (免于出错), is not', () => {
    expect(keyLines('# 代扣授权书\n\n五、授权人保证使收款方免于因执行本授权书而可能承担的一切责任、损失及费用。\n')).toEqual([3]);
    expect(keyLines('# 服务条款\n\n您同意保护本公司及其雇员，使其免遭受因您违反本条款而产生的任何索赔、损害或开支。\n')).toEqual([3]);
    expect(keyLines('# 服务条款\n\n本公司将采取加密等措施，确保您的账户免受非法访问造成的损失。\n')).toEqual([]);
    expect(keyLines('# 服务条款\n\n本公司将持续维护系统，使本服务免于出错，减少您的损失。\n')).toEqual([]);
  });
  it('the consumer declaring no objection to a named act or figure of the institution (用户对…的统计结果均无异议, 视同乙方对…账务记录无异议) waives a challenge, a key clause; no objection to the agreement\'s terms is an acknowledgement, and 对此 leaves the term to the sentence it points back to', () => {
    expect(keyLines('# 服务协议\n\n2.4 佣金由平台按月统计，用户对佣金的计算方式及统计结果均无异议。\n')).toEqual([3]);
    expect(keyLines('# 借记卡章程\n\n（五）乙方收到对账单后十日内未提出更正的，视同乙方对甲方出具的交易明细无异议。\n')).toEqual([3]);
    expect(keyLines('# 服务协议\n\n十、乙方已阅读全部内容，乙方对本协议各项条款均无异议。\n')).toEqual([]);
    expect(keyLines('# 服务协议\n\n平台每月向用户发送电子账单，用户对此无异议。\n')).toEqual([]);
  });
  it('the institution guarding the data it holds (保护…不受到泄露; 要求其采取保密措施) needs no emphasis; its sharing the data still does', () => {
    expect(keyLines('# 隐私政策\n\n3. 本公司严格遵守个人信息保护的法律法规，采取充分的技术手段，保护您提供的个人信息不受到非法的泄露或披露给未获授权的第三方。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n3. 本公司将对您提供的信息严格保密，并会与合作方签署保密协议，同时要求其采取相应的保密和安全措施来处理、保存您的个人信息。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n3. 本公司会将您提供的个人信息披露给合作的第三方机构。\n')).toEqual([3]);
    expect(keyLines('# 隐私政策\n\n3. 我们会与合作方共享您的个人信息，并要求其采取保密措施。\n')).toEqual([3]);
  });
  it('a party\'s duty to keep the other\'s data confidential (予以保密) with an exception carved out of it (但…除外, 除…外) is the duty, not a burden; a right to disclose beside it still is', () => {
    expect(keyLines('# 借款协议\n\n（4）丙方应对甲方提交的身份及联系资料予以保密，但丙方为履行本协议之目的披露给其委托的第三方或法律另有规定的除外；\n')).toEqual([]);
    expect(keyLines('# 出借咨询协议\n\n6.2除依本协议在债权转让页面展示甲方的个人信息外，乙方须根据法律规定对甲方个人信息及账户资料予以保密。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n（4）丙方应对甲方提交的身份及联系资料予以保密，丙方有权将甲方的资料提供给其合作机构。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n（4）丙方将妥善保管所获取的信息，除为甲方提供服务的合作方外，未经甲方授权，不得向其他机构透露。丙方有权将甲方的资料提供给其合作机构。\n')).toEqual([3]);
  });
  it('the institution\'s promise not to make the data public or let it out (不会向第三方公开、透露; 不对外公开) is its duty, not a burden; making it public is', () => {
    expect(keyLines('# 用户信息授权协议\n\n1、除法律法规规定的情形外，未经用户许可我司不会向第三方公开、透露用户个人信息。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n5. 本平台不对外公开或向第三方提供单个用户的注册资料。\n')).toEqual([]);
    expect(keyLines('# 用户信息授权协议\n\n1、您同意我司可向第三方公开、透露您的个人信息。\n')).toEqual([3]);
    expect(keyLines('# 平台服务协议\n\n5. 本平台有权向第三方公开用户的个人信息。\n')).toEqual([3]);
  });
  it('the institution\'s promise not to let third parties use the data (不授权第三方使用), or to share it only in the listed cases (在下列任一情况下才…共享), is its duty; its right to authorise them is a burden', () => {
    expect(keyLines('# 平台服务协议\n\n6-2 本公司承诺对用户资料采取对外保密措施，不授权第三方使用用户资料。\n')).toEqual([]);
    expect(keyLines('# 咨询服务协议\n\n丙方对乙方的信息承担保密义务，丙方会在下列任一情况下才将乙方的信息与第三方共享：\n\n（1）获得乙方的同意。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n6-2 本公司有权授权第三方使用用户资料。\n')).toEqual([3]);
    expect(keyLines('# 咨询服务协议\n\n丙方可将乙方的信息与第三方共享。\n')).toEqual([3]);
  });
  it('an item of the sharing exceptions the law lays down (with the consumer\'s consent, at the law\'s or an authority\'s demand, data the consumer made public, de-identified data) is no authorisation; sharing at the institution\'s own will is', () => {
    expect(keyLines('# 隐私政策\n\n我们不会向第三方披露您的信息，但下列情况除外：\n\n（2）经您同意向其他第三方披露；\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n我们不会向第三方披露您的信息，但下列情况除外：\n\n（3）依照法律法规的规定或司法机关的要求，向司法机关或其他有权机关披露；\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n我们不会向第三方提供您的信息，但下列情况除外：\n\n（4）您已自行向社会公开的，或我们从合法公开渠道收集到的您的信息；\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n依照法律规定，共享经去标识化处理的信息，且接收方无法重新识别您的，不属于对外共享。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n我们不会向第三方披露您的信息，但下列情况除外：\n\n（2）为开展联合推广活动，与合作伙伴共享您的个人信息；\n')).toEqual([5]);
    expect(keyLines('# 用户协议\n\n10.3 本公司有权依照法律法规和本公司风险控制的要求，向司法机关及合作机构提供您的资料。\n')).toEqual([3]);
    expect(keyLines('# 隐私政策\n\n我们会向经您授权的第三方提供您的个人信息。\n')).toEqual([3]);
  });
  it('public disclosure only on the consumer\'s explicit consent or own choice, or under the compulsion of law, legal process, litigation or an authority (the standard 公开披露 items) is no authorisation; disclosure on the consumer\'s choice alone or to an authority of a default is', () => {
    expect(keyLines('# 隐私政策\n\n我们仅会在以下情况下，公开披露您的个人信息：\n\n1、获得您明确同意或基于您的主动选择，我们可能会公开披露您的个人信息；\n\n2、在法律、法律程序、诉讼或政府主管部门强制性要求的情况下，我们可能会公开披露您的个人信息。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n基于您的主动选择，我们可能会公开披露您的个人信息。\n')).toEqual([3]);
    expect(keyLines('# 隐私政策\n\n在法律、法律程序、诉讼或政府主管部门强制性要求的情况下，我们可能会向有权机关披露您的违约信息并公开您的信息。\n')).toEqual([3]);
  });
  it('a fee word that names a field among the fields of a form or a record (填写借款金额、还款期限、服务费金额等基本信息) is no fee term; the fee itself stated in a list is', () => {
    expect(keyLines('# 借款协议\n\n2.1 借款人在平台发布借款需求，填写借款金额、年化利率、还款期限、服务费金额等基本信息，点击确定后提交。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n（2）您可以在订单页面删除您的订单信息，包括商品名称、分期数、手续费金额；\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n2.1 借款人应按期支付借款本金、利息、服务费等全部款项。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n2.1 借款人应向平台支付服务费，服务费金额为借款本金的2%。\n')).toEqual([3]);
  });
  it('a clause that only points to the article stating a fee is not the fee clause; the one with the figure is', () => {
    expect(keyLines('# 借款协议\n\n乙方应按照本协议第1.6条的约定向平台支付服务费。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n乙方应向平台支付借款金额20%的服务费。\n')).toEqual([3]);
    // (a numbered item that only names an article's terms, and a consent to an article, point to the key clause)
    expect(keyLines('# 借款协议\n\n4、乙方应按照如下顺序清偿款项：\n\n3）本协议第八条第3款约定的逾期利息及违约金。\n\n8、乙方同意本协议第十二条委托代扣款授权的相关内容。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n3）本协议第八条第3款约定的逾期利息按日0.05%计收。\n')).toEqual([3]);
    // (a service described with its unpriced fee, and a term of service that runs until everything is paid, state no price)
    expect(keyLines('# 平台服务协议\n\n甲方为乙方提供居间服务并收取一定数额的居间服务费，包括前期服务费与分期服务费。\n\n服务期限自本协议生效之日起，至乙方支付本协议项下的全部费用完毕之日止。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n甲方为乙方提供居间服务并收取居间服务费，服务费为借款本金的2%，在放款时一次性扣除。\n')).toEqual([3]);
  });
  it('a reminder reminds in its own sentence; a deemed consent or a waived defence after it in the same paragraph is operative', () => {
    const intro = '本文系您与平台之间的法律协议，请您认真阅读并理解本协议。';
    expect(keyLines(`# 用户注册协议\n\n${intro}\n`)).toEqual([]);
    expect(keyLines(`# 用户注册协议\n\n${intro}如发生纠纷，您不得以未仔细阅读或理解本协议为由进行抗辩。\n`)).toEqual([3]);
    expect(keyLines(`# 用户注册协议\n\n${intro}您点击确认本协议的，即视为您同意本协议的全部内容。\n`)).toEqual([3]);
    // …and in its own part: a disclaimer acknowledged after the comma that ends the reminder is operative; a part that
    // goes on naming what to read (重点关注…责任免除) still reminds
    expect(keyLines('# 资金账户服务协议\n\n兹声明甲方已仔细阅读并理解《资金账户服务协议》，甲方已明确知晓丙方仅负责资金账户服务，甲方与乙方的交易争议或纠纷与丙方无关。\n')).toEqual([3]);
    expect(keyLines('# 投保须知\n\n请您仔细阅读保险条款，重点关注保险责任、责任免除、犹豫期等内容。\n')).toEqual([]);
  });
  it('a line that only names the kinds of fees (费用种类：…费用包括管理费用) defines them; one that states the fee\'s amount is the fee clause', () => {
    expect(keyLines('# 出借计划协议\n\n5.4 出借计划费用种类：出借计划费用包括出借人管理费用。\n')).toEqual([]);
    expect(keyLines('# 出借计划协议\n\n5.4 出借计划费用种类：出借计划费用包括出借人管理费用，按出借本金的1%一次性收取。\n')).toEqual([3]);
    // (…and the list alone, its label set apart; a list that says who pays is a burden)
    expect(keyLines('# 出借计划协议\n\n定存计划费用包括出借人管理费用以及提前退出费用。\n')).toEqual([]);
    expect(keyLines('# 出借计划协议\n\n出借人应支付的费用包括管理费用以及提前退出费用。\n')).toEqual([3]);
  });
  it('a reminder that names the exemption clauses with a word between (免除或限制责任的相应条款) reminds; one that goes on to a deemed consent is operative', () => {
    expect(keyLines('# 登录服务协议\n\n充分理解各条款内容，特别是免除或限制本公司责任的相应条款，以及开通某项服务的单独协议。\n')).toEqual([]);
    expect(keyLines('# 登录服务协议\n\n本协议含有免除或限制本公司责任的相关条款，您点击同意即视为您已接受上述全部条款。\n')).toEqual([3]);
  });
  it('a consent box or button caption that only names documents (☑ 已阅读并同意《…》, 点击“…”即表示同意《…》) reminds; a caption that goes on to a burden is operative', () => {
    const auth = '# 代扣授权书\n\n本人授权贵公司按约定从本人账户扣划应还款项。\n\n';
    const base = keyLines(auth);
    expect(keyLines(`${auth}☑ 已阅读并同意 《委托代扣授权书》《借款服务协议》\n`)).toEqual(base);
    expect(keyLines(`${auth}*点击“确认借款”即表示同意《借款服务协议》\n`)).toEqual(base);
    expect(keyLines(`${auth}点击“确认借款”即表示同意《借款服务协议》，并授权贵公司从本人账户扣划逾期罚息。\n`)).toEqual([...base, 5]);
  });
  it('a policy saying what it explains (说明我们如何收集、共享…) names topics, not processing; sharing stated outright is a key clause', () => {
    expect(keyLines('# 隐私政策\n\n本隐私政策就本公司如何收集、维护、使用和公开个人资料进行说明。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n本平台深知个人信息对您的重要性。本政策旨在向您说明我们如何收集、使用、共享、转让及保护您的个人信息。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n我们会与合作机构共享您的个人信息，并向其公开您的个人资料。\n')).toEqual([3]);
    // (…and a later part of the same sentence that states processing of its own is read)
    expect(keyLines('# 隐私政策\n\n本政策向您说明我们如何收集您的信息，您使用本服务即视为同意我们向合作机构提供您的个人信息。\n')).toEqual([3]);
  });
  it('a list\'s lead-in introduces in its last part only: a burden or exemption before it is operative', () => {
    expect(keyLines('# 用户协议\n\n会员将对利用会员的账户及密码所进行的一切操作负责，并同意以下事项：\n')).toEqual([3]);
    expect(keyLines('# 用户协议\n\n本公司未对交易标的及产品服务提供任何形式的保证，包括但不限于以下事项：\n')).toEqual([3]);
    // a lead-in alone, or one whose only cue is in its last part, stays an introduction
    expect(keyLines('# 用户协议\n\n会员在注册时应遵守以下事项：\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n出现上述任一违约情形，贷款人有权行使下述一项或几项权利：\n')).toEqual([]);
    // remedies on a default that has happened introduce their list; on a default the institution merely expects, or at its discretion, they are a burden
    expect(keyLines('# 借款协议\n\n5.2 借款人发生上述违约情形的，出借人有权采取下列一项或多项救济措施：\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n4.6 出借人合理判断借款人可能发生违约时，授权服务方采取如下一项或几项措施：\n')).toEqual([3]);
    expect(keyLines('# 借款合同\n\n当前款所列违约情形之一项或数项发生时，贷款人可酌情采取下列一种或数种措施：\n')).toEqual([3]);
    // a lead-in that says the institution acts at its discretion or without notice states a burden of its own
    expect(keyLines('# 客户协议\n\n一旦发生违约事件，本公司拥有绝对酌情权在不事先书面通知客户的情况下自行决定采取以下一项或多项措施：\n')).toEqual([3]);
  });
  it('an automatic debit is a key clause; a sentence about one that failed (the notice, the text-message service) is not', () => {
    expect(keyLines('# 借款合同\n\n自动还款日当天开始，贷款人有权自行或委托服务方对您发起自动扣款。\n')).toEqual([3]);
    expect(keyLines('# 借款合同\n\n自动扣款可能会由于还款途径受限、超出支付限额、余额不足或其他原因等造成扣款失败，贷款人将以短信提醒您。\n')).toEqual([]);
    expect(keyLines('# 借记卡章程\n\n精灵信使是本行为您提供的短信金融业务，在账户资金发生变动、预约转账自动扣款失败时以短信通知您。\n')).toEqual([]);
  });
  it('a party\'s own sentence as an inline label (本人同意并不可撤销的授权：) is the key clause\'s head, even over a list of uses; a section label is not', () => {
    expect(keyLines('# 征信授权书\n\n三、本人同意并不可撤销的授权：贷款人可以根据国家有关规定，通过征信机构查询、保存本人的信用信息。用途如下：\n')).toEqual([3]);
    expect(keyLines('# 征信授权书\n\n三、用途如下：审核贷款申请；处理贷后管理事务。\n')).toEqual([]);
  });
  it('a recital recites in its first sentence; an exemption after it in the same paragraph is operative', () => {
    expect(keyLines('# 用户协议\n\n鉴于互联网服务的特殊性，双方同意按本协议提供服务。\n')).toEqual([]);
    expect(keyLines('# 用户协议\n\n鉴于互联网服务的特殊性，双方同意按本协议提供服务。服务中断的，本公司无需对任何用户承担任何责任。\n')).toEqual([3]);
  });
  it('an item of a recitals list (鉴于：then 1、…) recites in its first sentence, unless it burdens the consumer; the same item under an article\'s lead-in, or a later sentence of it, is operative', () => {
    expect(keyLines('# 保证合同\n\n鉴于：\n1、借款人拟向贷款人申请一笔个人消费贷款；\n2、担保公司接受借款人的委托，为借款人提供连带责任保证。\n')).toEqual([]);
    expect(keyLines('# 保证合同\n\n第二条 保证方式：\n1、担保公司接受借款人的委托，为借款人提供连带责任保证。\n')).toEqual([4]);
    expect(keyLines('# 保证合同\n\n鉴于：\n1、担保公司接受借款人的委托，为借款人提供保证。借款人放弃先诉抗辩权，对全部债务承担连带责任。\n')).toEqual([4]);
    expect(keyLines('# 服务协议\n\n鉴于：\n1、乙方系借款信息中介平台的运营方；\n2、使用用户的账户作出的指示均不可撤销，本平台对依照该指示进行的操作不承担任何责任。\n')).toEqual([5]);
  });
  it('the consumer as the object (对您不承担任何责任) is not the consumer bearing nothing', () => {
    expect(keyLines('# 用户协议\n\n系统停机维护期间，本公司对您不承担任何责任。\n')).toEqual([3]);
    expect(keyLines('# 用户协议\n\n因本公司系统故障造成的损失，您不承担任何责任。\n')).toEqual([]);
  });
  it('an exemption after a promise (尽力提供…，但不对…承担任何责任; 但不就…向您承担赔偿责任) burdens the consumer; the consumer relieved (您不对…承担责任) does not', () => {
    expect(keyLines('# 服务协议\n\n乙方尽力提供完整、及时、准确的信息，但不对所提供信息的完整性、及时性、准确性承担任何责任。\n')).toEqual([3]);
    expect(keyLines('# 用户协议\n\n本平台承诺最大限度地维护系统稳定，但不就网络攻击或其他超出本平台控制的原因向您承担赔偿责任。\n')).toEqual([3]);
    expect(keyLines('# 用户协议\n\n本平台承诺最大限度地维护系统稳定，您不对因本平台系统故障造成的任何损失承担责任。\n')).toEqual([]);
  });
  it('gap shapes: 对…不承担任何责任, 与本行无关, 由客户自负, 不另行通知', () => {
    for (const t of ['对因此造成的扣划错误及延迟支付，本行不承担任何责任。', '由此造成的滞纳金与银行无关。', '由此产生的损失由客户自负。', '利率调整的，贷款人不另行通知借款人。'])
      expect(keyLines(`# 借款合同\n\n${t}\n`), t).toEqual([3]);
  });
  it('a suitability list\'s investor who can bear a loss (损失、仍不会改变其正常生活方式) is described, not burdened; a loss borne is', () => {
    expect(keyLines('# 风险揭示书\n\n本业务只适合于以下投资者：\n（4）因投资失误而造成帐户资金部分或者全部损失、仍不会改变其正常生活方式的投资者。\n')).toEqual([]);
    expect(keyLines('# 风险揭示书\n\n因投资失误造成的损失由投资者自行承担，不影响其正常还款义务。\n')).toEqual([3]);
  });
  it('a right to collect, under the agreement or the law, what the debtor owes (应偿付的本金、利息、违约金及所有其他应付费用) restates the debt; taking it at once or by debit does not', () => {
    expect(keyLines('# 借款合同\n\n1.3.甲方有权依本合同约定或法律规定，收取乙方应偿付的借款本金、利息、违约金及所有其他应付费用。\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n乙方有权依本合同约定或法律规定，从甲方账户中扣收甲方应偿付的借款本金、利息、罚息。\n')).toEqual([3]);
  });
  it('the service reviewing the consumer on the credit information they provided (有权通过…提供的个人信用信息…进行审核) describes the service; passing it on does not', () => {
    expect(keyLines('# 借款咨询服务协议\n\n3.5丙方有权通过借款人提供的个人信用信息及行为记录进行审核，为借款人提供还款方案建议。\n')).toEqual([]);
    expect(keyLines('# 借款咨询服务协议\n\n丙方有权以信用评分为目的使用借款人个人信用信息，并提供给丙方指定合作方。\n')).toEqual([3]);
  });
  it('the sender of an infringement notice answering for its truth (通知的陈述失实…承担, 投诉材料均真实…承担) restates the law on wrongful notices; a burden for untrue registration data does not', () => {
    expect(keyLines('# 网站服务协议\n\n7.3 如您发出的侵权通知的陈述失实，您将承担由此给本网站造成的全部法律责任。\n')).toEqual([]);
    expect(keyLines('# 网站服务协议\n\n通知书须附如下声明：本人保证投诉材料均真实、有效，并自愿承担一切后果。\n')).toEqual([]);
    expect(keyLines('# 网站服务协议\n\n如您注册时提供的信息不真实，您将承担由此造成的全部法律责任。\n')).toEqual([3]);
    expect(keyLines('# 网站服务协议\n\n您收到书面通知后仍未改正的，由此产生的全部损失由您自行承担。\n')).toEqual([3]);
  });
  it('the consumer promising not to make commercial use of the platform\'s data (不对…平台上的任何数据作商业性利用) is their own undertaking, no use of their data; the institution\'s commercial use of it is', () => {
    expect(keyLines('# 平台服务协议\n\n（3）不对本理财平台网站上展示的任何数据作商业性利用，包括但不限于复制、传播。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n您同意本平台对您在使用服务过程中产生的交易数据进行商业化利用。\n')).toEqual([3]);
  });
  it('a figure a public body publishes (以中国人民银行公布的汇率为准, 以银联…公布的范围为准) is no record of the institution\'s own; the institution\'s published figure is', () => {
    expect(keyLines('# 保险条款\n\n第三十条 本合同涉及的外币折算，以理赔当日中国人民银行公布的外汇牌价为准。\n')).toEqual([]);
    expect(keyLines('# 借记卡章程\n\n可办理跨行转账的银行以中国银联股份有限公司发布的名单为准。\n')).toEqual([]);
    expect(keyLines('# 借记卡章程\n\n本合同涉及的外币折算，以本行系统当日公布的外汇牌价为准。\n')).toEqual([3]);
  });
  it('the consumer giving up any claim against the other side (不得再对…提出任何请求或主张, 无权就…向…主张赔偿) restricts their rights; the institution giving up its own does not', () => {
    expect(keyLines('# 债权转让协议\n\n回购完成后，受让人不得再对转让人或服务平台提出任何请求或主张。\n')).toEqual([3]);
    expect(keyLines('# 委托投资协议\n\n投资人无权就因未及时提现导致的资金损失向服务平台主张赔偿或其他责任。\n')).toEqual([3]);
    expect(keyLines('# 债权转让协议\n\n回购完成后，本公司不得再对受让人提出任何请求或主张。\n')).toEqual([]);
    expect(keyLines('# 债权转让协议\n\n回购完成后，受让人仍可对借款人提出请求。\n')).toEqual([]);
  });
  it('a breach by any party (任何一方违约) whose remedy is the platform disclosing the defaulter binds no two parties alike; a remedy between the parties does', () => {
    expect(keyLines('# 债权转让协议\n\n当任何一方出现违约时，服务平台有权在网站上公开披露违约方的全部相关信息。\n')).toEqual([3]);
    expect(keyLines('# 债权转让协议\n\n任何一方违约的，违约方应赔偿守约方因此遭受的全部损失。\n')).toEqual([]);
  });
  it('the price of a transfer (转让价款, 转让款, 转让价格) names money, not a transfer: a right to receive it or an agreement to pay it is no assignment; a right to assign the claim is', () => {
    expect(keyLines('# 债权转让协议\n\n5.2 出让人有权在交割日收取本次债权转让价款。\n')).toEqual([]);
    expect(keyLines('# 债权转让协议\n\n各方一致同意受让人将债权转让款划付至出让人的存管账户。\n')).toEqual([]);
    expect(keyLines('# 债权转让协议\n\n5.2 平台有权在交割日将出借人的债权转让给其他投资人。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n出借人可以将本协议项下的债权转让给第三方，无需征得借款人同意。\n')).toEqual([3]);
  });
  it('an item under a lead-in that grants the consumer a right to ask (您可以向我们提出删除个人信息的请求：) names an occasion of the right, not a term; under a neutral lead-in, an exception to the institution\'s promise, or when it burdens the consumer itself, it is read as it stands', () => {
    const item = '（2）我们未经您的同意即收集、使用您的个人信息；';
    expect(keyLines(`# 隐私政策\n\n在以下情形中，您可以向我们提出删除个人信息的请求：\n\n（1）我们处理个人信息违反法律法规；\n\n${item}\n`)).toEqual([]);
    // (a sibling lead-in of the item's own style, a) …：, with its sub-items, is passed over to the list's lead-in)
    expect(keyLines(`# 隐私政策\n\nA．在以下情形中，您可以向我们提出删除个人信息的请求：\n\na) 符合以下情形的，我们将及时删除：\n\n（1）违反法律法规的；\n\nb) 违反约定向第三方共享、转让您的个人信息的，我们将停止共享、转让。\n`)).toEqual([]);
    expect(keyLines(`# 隐私政策\n\n在以下情形中，我们会处理您的个人信息：\n\n（1）为您提供服务；\n\n${item}\n`)).toEqual([7]);
    // (an institution's promise with exceptions is no right granted: its listed exceptions are read as they stand)
    expect(keyLines(`# 隐私政策\n\n我们不会向第三方提供您的个人信息，但以下情况除外：\n\n（1）事先获得您的明确授权；\n\n${item}\n`)).toEqual([7]);
    expect(keyLines(`# 隐私政策\n\n在以下情形中，您可以向我们提出删除个人信息的请求：\n\n（1）您注销账户的，应先向我们支付未结清的服务费；\n`)).toEqual([5]);
  });
  it('an item that only calls the loan in (应立即清偿全部本金、利息、罚息) under a reported lead-in that itself accelerates it (…全部借款本息提前到期，同时：) repeats the lead-in\'s remedy; an item with a burden of its own, or under a lead-in that accelerates nothing, is read as it stands', () => {
    const lead = '5.3 如借款人逾期还款超过30天，则本协议项下的全部借款本息提前到期，同时：';
    expect(keyLines(`# 借款协议\n\n${lead}\n\n（1）借款人应立即清偿尚未偿付的全部本金、利息、罚息及其他费用；\n`)).toEqual([3]);
    // (a dotted item under its dotted parent is such an item too)
    expect(keyLines(`# 借款协议\n\n${lead}\n\n5.3.1借款人应立即清偿尚未偿付的全部本金、利息、罚息及其他费用；\n`)).toEqual([3]);
    expect(keyLines(`# 借款协议\n\n${lead}\n\n（1）借款人应立即清偿全部借款本息，并支付相当于借款本金10%的违约金；\n`)).toEqual([3, 5]);
    expect(keyLines('# 借款协议\n\n5.3 如借款人逾期还款超过30天，出借人有权采取以下措施：\n\n（1）借款人应立即清偿尚未偿付的全部本金、利息、罚息及其他费用；\n')).toContain(5);
  });
  it('a numbered title that names its article\'s topic (第九条 扣划约定, 2.6账户、密码的使用与责任自负原则) is a heading though a cue word is in it; a short numbered term that states the cue is not', () => {
    expect(roleOf('第九条 扣划约定', disc)).toBe('heading');
    expect(roleOf('2.6账户、密码的使用与责任自负原则', disc)).toBe('heading');
    expect(roleOf('第九条 贷款人有权扣划', disc)).toBe('operative');
    expect(keyLines('# 借款合同\n\n第九条 扣划约定\n\n贷款人有权从借款人账户中扣划应还款项。\n')).toEqual([5]);
  });
  it('a term in quotes or brackets before its colon over a definiens (【手续费】：用户…支付的服务费用。) is a definition, not a fee clause; the same head over a duty is read', () => {
    expect(keyLines('# 用户协议\n\n1.7 【手续费】：用户在平台达成交易后向平台或代收方支付的服务费用。\n')).toEqual([]);
    expect(keyLines('# 用户协议\n\n1.7 “手续费”：用户在平台达成交易后向平台支付的交易服务费用。\n')).toEqual([]);
    expect(keyLines('# 用户协议\n\n1.7 【手续费】：用户应在交易达成后向平台支付交易服务费用。\n')).toEqual([3]);
    expect(keyLines('# 用户协议\n\n1.7 手续费：用户在平台达成交易后向平台支付的服务费用为交易金额的2%。\n')).toEqual([3]);
  });
  it('a plain-text table\'s header row (column names set apart by tabs) is a heading, not a clause, though run into the line before it; a row that states a term is not', () => {
    const roles = (src: string) => { const d = plainTextDocument(src); return splitClauses(d, disc).map((c) => [d.text.slice(c.start, c.end), c.role]); };
    expect(roles('5.3 逾期费用收取标准  逾期天数/应还金额\t违约金\t罚息\n')).toEqual([['5.3 逾期费用收取标准', 'heading'], ['逾期天数/应还金额\t违约金\t罚息', 'heading']]);
    expect(roles('附表： 期限\t本金\t利息\t服务费 附件\n')).toContainEqual(['期限\t本金\t利息\t服务费', 'heading']);
    expect(keyLines('# 借款合同\n\n附表： 期限\t本金\t利息\t服务费\n')).toEqual([]);
    // (a row with a figure, or a sentence after a tab, is read as it stands)
    expect(roles('借款合同\n逾期罚息\t按日万分之五计收\n').at(-1)).toEqual(['逾期罚息\t按日万分之五计收', 'operative']);
    expect(keyLines('# 借款合同\n\n罚息\t借款人逾期的，按日万分之五计收罚息。\n')).toEqual([3]);
  });
  it('the institution\'s right named as a noun (本行有暂停或取消…的权利, 本公司将保留一切有关…修改…的权利) is a unilateral right as 有权 is; the consumer\'s own right so named is not', () => {
    expect(keyLines('# 服务协议\n\n3.2 本公司有暂停、延迟或取消尚未生效的交易的权利。\n')).toEqual([3]);
    expect(keyLines('# 分期付款申请书\n\n本人同意某某金融服务有限公司保留一切有关审批分期产品范围及在通知后修改相关条款的权利。\n')).toEqual([3]);
    expect(keyLines('# 服务协议\n\n3.2 您享有随时终止本协议的权利。\n')).toEqual([]);
    expect(keyLines('# 服务协议\n\n3.2 本公司有向您说明交易取消原因的义务。\n')).toEqual([]);
  });
  it('the institution\'s right with an adverb before 有权 (某某理财将有权终止…, 本行或某某基金均有权暂停…) is a unilateral right as a bare 有权 is; the consumer\'s right so put, or a right to no change, is not', () => {
    expect(keyLines('# 自动投标授权书\n\n发生违约情形的，某某理财将有权终止该会员的自动投标功能。\n')).toEqual([3]);
    expect(keyLines('# 快速赎回服务协议\n\n遇系统故障时，本行或某某基金均有权临时暂停快速赎回业务。\n')).toEqual([3]);
    expect(keyLines('# 自动投标授权书\n\n发生违约情形的，会员将有权终止自动投标功能。\n')).toEqual([]);
    expect(keyLines('# 自动投标授权书\n\n某某理财将有权向会员推荐新的出借项目。\n')).toEqual([]);
  });
  it('the institution changing the document itself from time to time (不时对本协议进行修改, 随时修订本规则) is a unilateral change; a change agreed by both sides, barred, or of the consumer\'s own data is not', () => {
    expect(keyLines('# 平台服务协议\n\n9.1 用户同意平台根据业务需要不时对本协议进行修订。\n')).toEqual([3]);
    expect(keyLines('# 会员服务协议\n\n9.1 本客户端会随时更新本会员规则。\n')).toEqual([3]);
    expect(keyLines('# 平台服务协议\n\n9.1 经双方协商一致，可随时对本协议进行修改。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n9.1 平台不得随时修改本协议条款。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n9.1 用户可随时修改其预留的联系电话和收件地址。\n')).toEqual([]);
  });
  it('a third party named as the one who provides a service (第三方支付服务, 第三方提供的服务, 第三方向您提供…服务) is no recipient of the consumer\'s data; a third party the data is given to is', () => {
    expect(keyLines('# 服务协议\n\n3. 本公司负责向用户提供账户查询、客户咨询等第三方支付服务。\n')).toEqual([]);
    expect(keyLines('# 服务协议\n\n3. 您可使用本平台提供的网页、客户端及第三方提供的服务等。\n')).toEqual([]);
    expect(keyLines('# 服务协议\n\n3. 与本平台合作的第三方向您提供电子合同的保管查询服务。\n')).toEqual([]);
    expect(keyLines('# 服务协议\n\n3. 本平台可将您的个人信息提供给第三方支付机构。\n')).toEqual([3]);
    expect(keyLines('# 服务协议\n\n3. 本平台可与合作的第三方共享您的注册信息。\n')).toEqual([3]);
    expect(keyLines('# 服务协议\n\n3. 本平台可向第三方服务商提供您的身份信息。\n')).toEqual([3]);
  });
  it('advice to the consumer not to give their own password away (提醒您不要…，向…第三方，提供您的密码; 不将密码提供给…) is the consumer\'s own care, not data sharing; data the institution gives away is', () => {
    expect(keyLines('# 隐私政策\n\n5.2 为保障账户安全，我们建议您不要在公共场所，向自称客服的任何第三方，提供您的登录密码或短信验证码。\n')).toEqual([]);
    expect(keyLines('# 会员协议\n\n5.2 会员应妥善设置登录密码，避免使用生日、手机号码等信息作为密码，不将该密码提供给任何单位或个人，并防止密码被盗用。\n')).toEqual([]);
    expect(keyLines('# 隐私政策\n\n5.2 为向您提供服务，我们会在必要时，向合作的第三方，提供您的手机号码和身份信息。\n')).toEqual([3]);
    expect(keyLines('# 隐私政策\n\n5.2 该等信息可能对您的信用评分产生不利影响，且该等信息会被本公司提供给第三方合作机构。\n')).toEqual([3]);
  });
  it('interest or a penalty stated as not charged (…费不计利息, 展期期间不计息, 不产生违约金，也不影响征信记录) is no burden; charged, or funds earning nothing, is', () => {
    expect(keyLines('# 借款合同\n\n6.3 逾期应付的平台服务费及逾期管理费不计利息。\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n6.3 借款人申请展期的，展期期间不计息、账户管理费及展期服务费。\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n6.3 借款人按本条办理延期的，不产生违约金，亦不影响借款人的信用记录。\n')).toEqual([]);
    expect(keyLines('# 借款合同\n\n6.3 借款人逾期的，应支付违约金，并将影响借款人的信用记录。\n')).toEqual([3]);
    expect(keyLines('# 借款合同\n\n6.3 出借人账户内的待出借资金不计利息。\n')).toEqual([3]);
  });
  it('the consumer named as the one who may need to give data to a third party (您…可能需要向…第三方提供您的…) is no institution\'s sharing; the institution needing to is', () => {
    expect(keyLines('# 用户协议\n\n4.1 您在办理售后服务时，可能需要向第三方物流服务商提供您的收货地址。\n')).toEqual([]);
    expect(keyLines('# 用户协议\n\n4.1 在使用联合登录功能时，您可能需向第三方提供您的其他账号信息。\n')).toEqual([]);
    expect(keyLines('# 用户协议\n\n4.1 您同意，我们可能需要向第三方提供您的身份信息。\n')).toEqual([3]);
    expect(keyLines('# 用户协议\n\n4.1 为完成审核，本平台须向合作的第三方提供您的身份信息。\n')).toEqual([3]);
  });
  it('what is handed to a third party that is no information (a channel, a guarantee, a web address or link) is no sharing of personal data; the consumer\'s information handed over is', () => {
    expect(keyLines('# 网站使用条款\n\n5.2 用户不得向其他第三方提供下载本站文章的渠道，否则本站有权终止服务。\n')).toEqual([]);
    expect(keyLines('# 保证合同\n\n7.1 保证期间内，保证人向第三方提供其他形式的担保的，应书面通知债权人。\n')).toEqual([]);
    expect(keyLines('# 用户协议\n\n8.3 如您认为权利受到侵害，请提交权属证明并提供侵权内容所在的第三方链接（如有）。\n')).toEqual([]);
    expect(keyLines('# 用户协议\n\n5.2 合作方可向第三方提供您的个人信息。\n')).toEqual([3]);
    expect(keyLines('# 用户协议\n\n5.2 我们可能向第三方提供您的联系方式和担保信息，用于贷后管理。\n')).toEqual([3]);
  });
  it('data given to recipients named only by category (向相关单位或机构, 向有关各方, 披露给…任何人) is sharing; disclosure the law or an authority requires, the consumer giving their own data and a duty of confidence are not', () => {
    expect(keyLines('# 信用卡领用合约\n\n3. 申请人同意发卡行可向相关单位或机构提供申请人的有关资料。\n')).toEqual([3]);
    expect(keyLines('# 借款协议\n\n8.2 出现逾期时，居间方有权视情况向有关各方进行必要的信息披露。\n')).toEqual([3]);
    expect(keyLines('# 平台协议\n\n5. 您同意您的资料可能被披露给：本平台的合作公司或您可能授权的任何人。\n')).toEqual([3]);
    expect(keyLines('# 平台协议\n\n5. 本平台可根据法律规定向相关单位提供必要的信息。\n')).toEqual([]);
    expect(keyLines('# 平台协议\n\n5. 为社会公共目的向相关单位提供个人资料。\n')).toEqual([]);
    expect(keyLines('# 平台协议\n\n5. 借款人应向有关机构如实提供本人的收入信息。\n')).toEqual([]);
    expect(keyLines('# 平台协议\n\n5. 本平台不得向任何机构、组织和个人提供用户的个人信息。\n')).toEqual([]);
    expect(keyLines('# 平台协议\n\n5. 本平台委托的任何机构为您提供还款提醒服务。\n')).toEqual([]);
  });
  it('a listing published on the site under its rules (债权/资产处置等需求信息) or the user posting one (在本网站发布信息时…上传) is no publishing of the consumer\'s default; the consumer\'s arrears published on the site still are', () => {
    expect(keyLines('# 注册协议\n\n3、用户有权根据本协议及本网站发布的相关规则，利用本网站发布债权/资产处置等需求信息。\n')).toEqual([]);
    expect(keyLines('# 注册协议\n\n（3）在本网站发布信息时按照本网站要求上传、提交的资料复印件、扫描件。\n')).toEqual([]);
    expect(keyLines('# 借款协议\n\n5. 乙方逾期的，丙方有权在丙方网站或其他报纸、网站上发布乙方的欠款信息。\n')).toEqual([3]);
  });
  it('information about a transfer of a claim or asset (债权转让信息, 转让应收账款债权的信息) is a listing, not data handed over; the consumer\'s data transferred still is', () => {
    expect(keyLines('# 平台服务协议\n\n5. 本平台审核后，将会员的债权转让信息在平台网站上发布。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n5. 本平台审核后，将用户转让应收账款债权的信息在平台网站上发布。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n5. 平台在合并时可转让用户的个人信息。\n')).toEqual([3]);
  });
  it('提供的 as a relative clause (本平台提供的第三方…渠道: what a party provides) names a thing, not data handed to a third party; data provided to a partner still is sharing', () => {
    expect(keyLines('# 平台服务协议\n\n5. 您可通过本平台提供的第三方支付渠道完成充值。\n')).toEqual([]);
    expect(keyLines('# 平台服务协议\n\n5. 本平台可能将您的账户信息提供予合作伙伴。\n')).toEqual([3]);
  });
  it('a document that announces bold key clauses says so when one is plain', () => {
    const f = linter.lint(parseMarkdown('# 借款合同\n\n本合同中以粗体标注的条款涉及您的重大利益。\n\n借款人逾期的，按日万分之五计收罚息。\n'), { product: 'loan', kind: 'contract' }).findings;
    expect(f.find((x) => x.ruleId.startsWith('key-clause'))?.message).toMatch(/声明以粗体/);
  });
});

describe('credit checks named as a thing', () => {
  it('征信查询 as a noun (该笔征信查询, 征信查询服务) names the check, not an authorisation; the consumer authorising a credit check (查询征信) still is one', () => {
    expect(keyLinesOf('# 个人征信查询授权书\n\n该笔征信查询是本人面签办理的签署事宜，本人愿意对上述面签事实负责。\n')).toEqual([]);
    expect(keyLinesOf('# 个人借款授权书\n\n本人同意并授权贵行查询征信，并向金融信用信息基础数据库报送本人的信用信息。\n')).toEqual([3]);
  });
});

describe('acceleration named in a condition', () => {
  it('a condition that names the lender declaring the loan due (如乙方宣布借款提前到期的，…) is not the clause granting it; the grant still is', () => {
    expect(keyLinesOf('# 借款合同\n\n如乙方宣布借款提前到期的，甲方在通知中限定的时间内未按时还款的，同样视为逾期。\n')).toEqual([]);
    expect(keyLinesOf('# 借款合同\n\n甲方逾期超过三期的，乙方有权宣布借款提前到期。\n')).toEqual([3]);
  });
});
