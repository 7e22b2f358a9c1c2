// The engines on a small synthetic pack: what each verification step does, independent of the shipped packs.
import { describe, expect, it } from 'vitest';
import { Linter, plainTextDocument, segmenterLoadCount, type RuleEntry, type RulePack } from '../src/index.js';
import { loadMarkdown, parseMarkdown } from '../../parsers/src/markdown.js';
await loadMarkdown(); // remark-gfm, for the tables

const base = {
  severity: 'error' as const,
  title: { zh: 't', en: 't' },
  message: { zh: '不得使用“{text}”', en: 'do not use “{text}”' },
  suggestion: { zh: '删除', en: 'remove' },
  basis: [{ instrument: '《中华人民共和国广告法》', article: '第二十五条', confidence: 'A' as const }],
  examples: { valid: [], invalid: [] },
};
const rule = (r: Partial<RuleEntry> & Pick<RuleEntry, 'id' | 'engine'>): RuleEntry => ({ ...base, appliesTo: { products: ['any'], kinds: ['any'] }, ...r } as RuleEntry);
const pack: RulePack = {
  name: 't', version: '1',
  exceptions: ['第一条', '第一期', '最高额抵押', '七日年化收益率'],
  rules: [
    rule({ id: 'banned-terms/guarantee', engine: 'terms', terms: ['保本', '保本保收益', '保收益', '稳赚不赔', '无风险'], exceptions: ['无风险利率'] }),
    rule({ id: 'banned-terms/superlative', engine: 'terms', terms: ['第一', '最高'] }),
    rule({ id: 'banned-terms/credit', engine: 'terms', terms: ['不看征信'], negatable: false }),
    rule({ id: 'banned-terms/yield', engine: 'terms', terms: [{ text: '预期收益率', replace: '业绩比较基准' }], appliesTo: { products: ['wealth', 'fund'], kinds: ['any'] } }),
    rule({ id: 'risk-disclosure/wm', engine: 'requires', appliesTo: { products: ['wealth'], kinds: ['any'] }, require: { all: [['理财非存款'], ['产品有风险'], ['投资须谨慎']] }, insert: { zh: '理财非存款、产品有风险、投资须谨慎。', en: 'x' } }),
    rule({ id: 'key-clause-emphasis/fees', engine: 'emphasis', appliesTo: { products: ['any'], kinds: ['contract'] }, cues: ['违约金', '罚息'], skipIf: ['不收取'] }),
  ],
};
const linter = new Linter({ packs: [pack] });
const ids = (text: string, opts = {}) => linter.lint(plainTextDocument(text), opts).findings.map((f) => `${f.ruleId}:${f.text}`);

describe('terms engine', () => {
  it('a candidate its own tests reject is still a mention that holds a shorter term (asked only when a candidate is accepted)', () => {
    // 稳赚不赔 is rejected by its notFollowedBy (吗), and quoted in a sentence about wording: a mention, so 稳赚 inside it is
    // mentioned too; 保本 later is accepted either way
    const l = new Linter({ packs: [{ name: 'm', version: '1', rules: [
      rule({ id: 'banned-terms/long', engine: 'terms', terms: [{ text: '稳赚不赔', notFollowedBy: '吗' }] }),
      rule({ id: 'banned-terms/short', engine: 'terms', terms: ['稳赚'], wordBoundary: 'never' }),
    ] }] });
    const found = (text: string) => l.lint(plainTextDocument(text)).findings.map((f) => `${f.ruleId}:${f.text}`);
    expect(found('关于“稳赚不赔”吗的表述，请勿使用。')).toEqual([]);
    expect(found('关于稳赚不赔吗的问题。')).toEqual(['banned-terms/short:稳赚']);
  });

  it('a term\'s variants are other surface forms with its guards and exceptions, each reported with its own text', () => {
    const l = new Linter({ packs: [{ name: 'v', version: '1', rules: [
      rule({ id: 'banned-terms/high', engine: 'terms', wordBoundary: 'never', terms: [{ text: '高收益', variants: ['高回报', '高投资回报'], notFollowedBy: '[，,]?伴随着?高风险', exceptions: ['高收益债'] }] }),
    ] }] });
    const found = (text: string) => l.lint(plainTextDocument(text)).findings.map((f) => f.text);
    expect(found('现在加入，享受高投资回报。')).toEqual(['高投资回报']);
    expect(found('这是一份高回报的理财。')).toEqual(['高回报']);
    // the term's notFollowedBy guards its variants: a caveat is no claim, whichever form it takes
    expect(found('高回报伴随高风险，请谨慎投资。')).toEqual([]);
    expect(found('高投资回报，伴随着高风险。')).toEqual([]);
    // and its exceptions are theirs: an exception written for the term silences a variant's hit inside it
    const e = new Linter({ packs: [{ name: 'v', version: '1', rules: [
      rule({ id: 'banned-terms/high', engine: 'terms', wordBoundary: 'never', terms: [{ text: '高收益', variants: ['高回报'], exceptions: ['高回报率债券'] }] }),
    ] }] });
    expect(e.lint(plainTextDocument('本基金投资高回报率债券。')).findings).toEqual([]);
    expect(e.lint(plainTextDocument('本基金追求高回报。')).findings.map((f) => f.text)).toEqual(['高回报']);
  });

  it('a term with a scale is a grade, not a claim, where two other grades of its scale stand around it (a list or table of grades)', () => {
    const l = new Linter({ packs: [{ name: 's', version: '1', rules: [
      rule({ id: 'banned-terms/low', engine: 'terms', wordBoundary: 'never', terms: [{ text: '低风险', scale: '(?:极低|较低|中等|较高|极高|低|中|高)风险' }] }),
    ] }] });
    const found = (text: string) => l.lint(plainTextDocument(text)).findings.map((f) => f.text);
    // a table of grades, one row a line, and a grade picked from a list of codes: the grades around it make it one of them
    expect(found('风险评级\nA档 极低风险：存单、国债\nB档 低风险：债券、信托\nC档 中等风险：混合型基金')).toEqual([]);
    expect(found('等级代码 L1=较低风险 L2=低风险 L3=较高风险')).toEqual([]);
    // the claim with one other grade in view (高风险 as the contrast) is still a claim, and so is the bare claim
    expect(found('告别股市高风险，本计划低风险、收益稳，安心之选。')).toEqual(['低风险']);
    expect(found('精选低风险好产品，闲钱理财不用愁。')).toEqual(['低风险']);
  });

  it('a term marked claim is reported only in its rule\'s claimContext: a scope or rated attribute before, a rated attribute or a verdict after', () => {
    const l = new Linter({ packs: [{ name: 'c', version: '1', rules: [
      rule({ id: 'banned-terms/sup', engine: 'terms', terms: [{ text: '最大', claim: true }, '最先进'], wordBoundary: 'never',
        claimContext: { before: '(?:全国|国内)|收益', after: '[^，。]{0,4}?(?:平台|收益)|(?:的)?(?:[，。！]|$)' } }),
    ] }] });
    const found = (text: string) => l.lint(plainTextDocument(text)).findings.map((f) => f.text);
    expect(found('我们是国内最大的理财平台。')).toEqual(['最大']); // a scope before
    expect(found('本产品收益最大。')).toEqual(['最大']); // the rated attribute before, a verdict after
    expect(found('这是最大的投资平台')).toEqual(['最大']); // the rated attribute after
    expect(found('董事会是最大的决策机构之一，从亏损最大的订单开始平仓。')).toEqual([]); // neither: a fact, not a claim
    expect(found('采用最先进的系统。')).toEqual(['最先进']); // a term not marked claim needs no context
  });

  it('a term marked claim that qualifies people (claimContext.people) rates those persons, not the offering, whatever scope stands before it', () => {
    const l = new Linter({ packs: [{ name: 'c', version: '1', rules: [
      rule({ id: 'banned-terms/sup', engine: 'terms', terms: [{ text: '最大', claim: true }], wordBoundary: 'never',
        claimContext: { before: '(?:全国|国内)', after: '[^，。]{0,4}?(?:平台|团队)|(?:的)?(?:[，。！]|$)', people: '(?:的)?(?:专家|嘉宾)(?![^，。]{0,6}(?:团队|为您))' } }),
    ] }] });
    const found = (text: string) => l.lint(plainTextDocument(text)).findings.map((f) => f.text);
    expect(found('邀请国内最大的专家出席论坛。')).toEqual([]); // people qualified: no claim
    expect(found('国内最大的专家团队为您服务。')).toEqual(['最大']); // people serving the offering: a claim
    expect(found('我们是国内最大的平台。')).toEqual(['最大']);
  });

  it('a term that begins or ends in Latin letters or digits is no word where the source runs on in them (an identifier, a larger number)', () => {
    const l = new Linter({ packs: [{ name: 'l', version: '1', rules: [
      rule({ id: 'banned-terms/latin', engine: 'terms', terms: ['No.1', '0门槛'], wordBoundary: 'never' }),
    ] }] });
    const found = (text: string) => l.lint(plainTextDocument(text)).findings.map((f) => f.text);
    expect(found('本平台是行业No.1。\n新人0门槛。')).toEqual(['No.1', '0门槛']);
    expect(found('<constraint id="GSf-Nh-No1"/>')).toEqual([]);
    expect(found('起投金额10门槛以上')).toEqual([]);
    expect(found('NO1理财')).toEqual(['NO1']);
  });

  it.each([
    ['本产品保本保收益', ['banned-terms/guarantee:保本保收益']],
    ['本产品稳 赚 不 赔', ['banned-terms/guarantee:稳 赚 不 赔']],
    ['本产品穩賺不賠', ['banned-terms/guarantee:穩賺不賠']],
    ['本产品保.本', ['banned-terms/guarantee:保.本']],
  ])('flags %s', (text, want) => expect(ids(text)).toEqual(want));

  it.each([
    ['本产品不保本', 'negation'],
    ['本行不承诺保本保收益', 'negation scope over a verb'],
    ['非保本浮动收益型产品', 'non-'],
    ['请确保本金安全到账', 'word boundary: 确保/本金'],
    ['依照合同第一条约定', 'exception 第一条'],
    ['设立最高额抵押', 'exception 最高额抵押'],
    ['以无风险利率折现', 'rule exception'],
    ['七日年化收益率为2%', 'global exception'],
  ])('leaves %s alone (%s)', (text) => expect(ids(text)).toEqual([]));

  it('does not treat 不仅 as a negation', () => expect(ids('本产品不仅保本，而且收益高')).toEqual(['banned-terms/guarantee:保本']));
  it('does not treat 不限 as a negation (it widens the claim); 不 before the term still negates', () => {
    expect(ids('本产品不限金额保本保息')).toEqual(['banned-terms/guarantee:保本']);
    expect(ids('本产品不保本，期限不限')).toEqual([]);
  });
  it('does not treat a continuity word (不断, 不間斷, 不停) as a negation; 不 before the term still negates', () => {
    expect(ids('全年不間斷提供保本理财')).toEqual(['banned-terms/guarantee:保本']);
    expect(ids('服务不间断，本产品不保本')).toEqual([]);
  });
  it('a non-negatable term fires even though it starts with 不', () => expect(ids('不看征信，秒批')).toEqual(['banned-terms/credit:不看征信']));
  it('gates on the product', () => {
    expect(ids('预期收益率4%', { product: 'wealth' }).filter((x) => x.startsWith('banned'))).toEqual(['banned-terms/yield:预期收益率']);
    expect(ids('预期收益率4%', { product: 'loan' })).toEqual([]);
  });
  it('offers the replacement as a suggestion with exact source ranges', () => {
    const f = linter.lint(plainTextDocument('本产品预期收益率4%'), { product: 'loan', levels: {} }).findings;
    expect(f).toEqual([]);
    const g = linter.lint(plainTextDocument('看看预期收益率4%'), { product: 'fund' }).findings[0];
    expect(g.suggestions?.[0].fix).toEqual({ range: [2, 7], text: '业绩比较基准' });
  });
  it('a text without candidates does not load the segmenter', () => {
    const before = segmenterLoadCount();
    const r = new Linter({ packs: [pack] }).lint(plainTextDocument('澄江银行城东支行营业时间调整为每日9:00至17:00。'));
    expect(r.findings).toEqual([]);
    expect(r.stats.segmenterLoaded).toBe(false);
    expect(segmenterLoadCount()).toBe(before);
  });
  it('a short candidate bordered by punctuation needs no dictionary; one inside Han text loads it', () => {
    const l = new Linter({ packs: [pack] });
    const a = l.lint(plainTextDocument('收益高，保本！'));
    expect(a.findings.map((f) => f.text)).toEqual(['保本']);
    expect(a.stats.segmenterLoaded).toBe(false);
    const b = l.lint(plainTextDocument('本产品保本。'));
    expect(b.findings.map((f) => f.text)).toEqual(['保本']);
    expect(b.stats.segmenterLoaded).toBe(true);
  });
  it('a boundary check is decided only where it can change the findings (inside a longer hit of its family it cannot)', () => {
    const calls: string[] = [];
    const counting = (cut: (t: string) => string[]) => ({ name: 'counting', cut: (t: string) => { calls.push(t); return cut(t); } });
    const texts = ['本理财产品保本保收益，稳赚不赔。', '本理财产品保本，稳赚不赔。', '本产品保本保收益也保本。'];
    const run = (cut: (t: string) => string[], t: string) => new Linter({ packs: [pack], segmenter: counting(cut) as never }).lint(plainTextDocument(t)).findings.map((f) => `${f.ruleId}:${f.text}`);
    // 保本 inside 保本保收益 is dropped whatever the dictionary says: no segmentation
    expect(run((t) => [...t], texts[0])).toEqual(run((t) => [t], texts[0]));
    expect(calls).toEqual([]);
    // on its own between Han characters the boundary decides it
    run((t) => [...t], texts[1]);
    expect(calls.length).toBeGreaterThan(0);
    expect(run((t) => [...t], texts[2])).toEqual(['banned-terms/guarantee:保本保收益也保本']);
  });
  it('levels: off, and per-family', () => {
    expect(linter.lint(plainTextDocument('稳赚不赔'), { levels: { 'banned-terms': 'off' } }).findings).toEqual([]);
    expect(linter.lint(plainTextDocument('稳赚不赔'), { levels: { 'banned-terms/guarantee': 'warn' } }).findings[0].severity).toBe('warn');
  });
  it('where a rule applies is remembered across documents read alike, never across levels, kinds or products', () => {
    // one linter asked in turn (the memo shared by documents read alike) answers as a fresh linter per document
    const texts = ['本产品预期收益率4%，稳赚不赔。', '借款合同：逾期按日收取罚息。', '理财产品，保本保收益。'];
    const asks = [{}, { levels: { 'banned-terms': 'off' as const } }, { product: 'wealth' as const }, { product: 'loan' as const }, { kind: 'contract' as const }, { kind: 'marketing' as const }, { levels: { 'banned-terms/yield': 'warn' as const } }, {}];
    const shared = new Linter({ packs: [pack] });
    for (const opts of asks) for (const t of texts) {
      const got = shared.lint(plainTextDocument(t), opts).findings.map((f) => `${f.ruleId}:${f.severity}:${f.text}`);
      const fresh = new Linter({ packs: [pack] }).lint(plainTextDocument(t), opts).findings.map((f) => `${f.ruleId}:${f.severity}:${f.text}`);
      expect(got).toEqual(fresh);
    }
    // (a near miss the other way: the same document with banned terms off after on)
    expect(shared.lint(plainTextDocument('稳赚不赔'), { levels: { 'banned-terms': 'off' } }).findings).toEqual([]);
    expect(shared.lint(plainTextDocument('稳赚不赔')).findings.length).toBe(1);
  });
});

describe('requires engine', () => {
  it('reports the missing statement once, with an appending fix', () => {
    const r = linter.lint(plainTextDocument('启元理财稳享1号，业绩比较基准3%。\n'), { product: 'wealth', kind: 'marketing' });
    const f = r.findings.find((x) => x.ruleId === 'risk-disclosure/wm')!;
    expect(f.documentLevel).toBe(true);
    expect(f.fix?.text).toContain('理财非存款、产品有风险、投资须谨慎。');
  });
  it('is tolerant of punctuation and 需/须', () => {
    expect(ids('理财非存款，产品有风险，投资需谨慎', { product: 'wealth' })).toEqual([]);
    expect(ids('理财非存款 产品有风险 投资须谨慎！', { product: 'wealth' })).toEqual([]);
  });
  it('takes an alternative written /…/ as a shape over the squeezed text: a warning\'s two halves with the page\'s own verb between them', () => {
    const p2p = new Linter({ packs: [{ name: 'p', version: '1', rules: [rule({ id: 'risk-disclosure/p2p', engine: 'requires', appliesTo: { products: ['wealth'], kinds: ['any'] }, require: { all: [['理财非存款'], ['投资须谨慎']], otherwise: { when: ['出借'], all: [['出借有风险', '/有风险\\p{Script=Han}{2}须谨慎/'], ['出借须谨慎', '/有风险\\p{Script=Han}{2}须谨慎/']] } } })] }] });
    const found = (t: string) => p2p.lint(plainTextDocument(t), { product: 'wealth', kind: 'marketing' }).findings.map((f) => f.ruleId);
    expect(found('出借项目年化8%，立即出借。\n温馨提示：市场有风险 决策需谨慎')).toEqual([]);
    expect(found('出借项目年化8%，立即出借。\n此计划有风险，加入须谨慎。')).toEqual([]);
    // near misses: the halves apart, or only one of them, are no warning
    expect(found('出借项目年化8%，立即出借。\n市场有风险。请在决策前阅读协议，操作时请务必谨慎。')).toEqual(['risk-disclosure/p2p']);
    expect(found('出借项目年化8%，立即出借。\n决策需谨慎')).toEqual(['risk-disclosure/p2p']);
  });
});

describe('emphasis engine', () => {
  const md = (s: string) => linter.lint(parseMarkdown(s), { kind: 'contract', product: 'loan' }).findings.map((f) => f.line);
  it('flags an unbolded key clause and not a bold one', () => {
    expect(md('# 合同\n\n**借款人逾期的，按日计收罚息。**\n\n借款人提前还款的，应支付违约金。\n')).toEqual([5]);
  });
  it('skips a harmless clause', () => {
    expect(md('# 合同\n\n提前还款不收取违约金。\n')).toEqual([]);
  });
  it('does not flag a clause in a heading', () => {
    expect(md('# 合同\n\n## 第五条 违约金\n\n**借款人应支付违约金。**\n\n其他事项按双方约定办理。\n')).toEqual([]);
  });
  it('whole-document bold highlights nothing', () => {
    expect(md('**借款人逾期的，按日计收罚息。**\n\n**借款人提前还款的，应支付违约金。**\n\n**其他约定一。**\n\n**其他约定二。**\n')).toEqual([1, 3]);
  });
  it('a document set nearly all in headings has them as its body: its clauses are read, their heading mark is no emphasis', () => {
    const articles = ['第一条 借款人逾期的，按日计收罚息，罚息利率为日万分之五，自逾期之日起计算。', '第二条 借款人提前还款的，应支付违约金，违约金为提前还款本金的百分之二。', '第三条 其他事项按双方约定办理，双方应当遵守本合同的全部约定并诚信履行。', '第四条 本合同自双方签字之日起生效，一式两份，双方各执一份，具有同等效力。', '第五条 本合同未尽事宜，由双方另行协商并签订补充协议，补充协议与本合同具有同等法律效力。'];
    expect(md(articles.map((a) => `### ${a}\n`).join('\n'))).toEqual([1, 3]);
    // (…while headings that are part of a document, however long, are headings: their clauses are not the body's)
    expect(md(`### ${articles[0]}\n\n### ${articles[1]}\n\n${'双方应当遵守本合同的全部约定并诚信履行，任何一方不得擅自变更或者解除本合同。\n\n'.repeat(8)}`)).toEqual([]);
  });
  it('a reported clause is still cleared by a later hit whose cue is emphasised (the hits of a reported clause that can change nothing are passed over)', () => {
    expect(md('# 合同\n\n借款人逾期的，按日计收罚息，并应支付**违约金**。\n')).toEqual([]);
    expect(md('# 合同\n\n借款人逾期的，按日计收罚息，并应支付违约金。\n')).toEqual([3]);
  });
  it('an agreement set out twice (inline and again in its popup) has its clauses reported where they first stand, once', () => {
    const articles = '第一条 借款人逾期的，按日计收罚息。\n\n第二条 借款人提前还款的，应支付违约金。\n\n第三条 其他事项按双方约定办理。\n';
    expect(md(`# 合同\n\n${articles}\n## 合同全文\n\n${articles}`)).toEqual([3, 5]);
    // (…while a clause said again on its own, among other text, is reported at each place: no passage is copied)
    expect(md('# 合同\n\n借款人逾期的，按日计收罚息。\n\n第二条 其他事项按双方约定办理。\n\n第三条 本合同一式两份，双方各执一份。\n\n借款人逾期的，按日计收罚息。\n')).toEqual([3, 9]);
    // (…and so is a pair of paragraphs repeated: three in a row make a copied passage)
    expect(md('# 合同\n\n借款人逾期的，按日计收罚息。\n\n借款人提前还款的，应支付违约金。\n\n第三条 本合同一式两份，双方各执一份。\n\n借款人逾期的，按日计收罚息。\n\n借款人提前还款的，应支付违约金。\n')).toEqual([3, 5, 9, 11]);
  });
  it('a question that names a term asks about it (the answer is the clause), while a clause that ends in a statement is reported', () => {
    expect(md('# 合同\n\n借款人逾期了需要支付违约金吗？\n\n第二条 其他事项按双方约定办理。\n')).toEqual([]);
    expect(md('# 合同\n\n罚息怎么计算?\n\n第二条 其他事项按双方约定办理。\n')).toEqual([]);
    // near misses: the answer, and a clause whose question mark sits inside (a template's ?.) and ends as a statement
    expect(md('# 合同\n\n借款人逾期了需要支付违约金吗？\n\n借款人逾期的，应支付违约金。\n')).toEqual([5]);
    expect(md('# 合同\n\n借款人逾期的，应按${rate?.daily}计收罚息。\n')).toEqual([3]);
  });
  it('fixes by wrapping the clause in ** (idempotent)', () => {
    const src = '# 合同\n\n借款人提前还款的，应支付违约金。\n';
    const f = linter.lint(parseMarkdown(src), { kind: 'contract' }).findings[0];
    const out = src.slice(0, f.fix!.range[0]) + f.fix!.text + src.slice(f.fix!.range[1]);
    expect(out).toBe('# 合同\n\n**借款人提前还款的，应支付违约金。**\n');
    expect(linter.lint(parseMarkdown(out), { kind: 'contract' }).findings).toEqual([]);
  });
});

describe('directives', () => {
  it('disable-next-line, disable/enable, by rule or family', () => {
    const text = '# xiaobao-disable-next-line banned-terms/guarantee -- 监管原文引用\n稳赚不赔\n稳赚不赔\n# xiaobao-disable banned-terms\n稳赚不赔\n# xiaobao-enable banned-terms\n稳赚不赔\n';
    expect(linter.lint(plainTextDocument(text)).findings.map((f) => f.line)).toEqual([3, 7]);
  });
});

describe('fingerprints are the same through the cheap and the full Markdown view', () => {
  it('on every Markdown fixture and a document full of markup, every finding found by both views has one fingerprint', async () => {
    const { parseMarkdownLexical } = await import('../../parsers/src/markdown-lexical.js');
    const fsm = await import('node:fs');
    const pathm = await import('node:path');
    const root = pathm.resolve(__dirname, '../../../fixtures');
    const md = (d: string): string[] => fsm.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? md(pathm.join(d, e.name)) : e.name.endsWith('.md') ? [pathm.join(d, e.name)] : []);
    const sources = md(root).map((f) => fsm.readFileSync(f, 'utf8'));
    sources.push('# 理财\n\n本产品**历史业绩优异**，稳赚不赔，`详见`[链接](http://x.cn)。\n\n- 列表：零风险\n\n1. 第一项：保本保收益\n\n> 引用：最佳选择\n\n| 项目 | 说明 |\n| --- | --- |\n| 收益 | 稳赚 |\n');
    const rules = pathm.resolve(__dirname, '../../../rules');
    const index = JSON.parse(fsm.readFileSync(pathm.join(rules, 'index.json'), 'utf8'));
    const all = new Linter({ packs: index.packs.map((p: string) => JSON.parse(fsm.readFileSync(pathm.join(rules, p), 'utf8'))) });
    let compared = 0;
    for (const src of sources) for (const product of ['wealth', 'loan'] as const) {
      const key = (f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`;
      const full = new Map(all.lint(parseMarkdown(src), { product }).findings.map((f) => [key(f), f]));
      for (const f of all.lint(parseMarkdownLexical(src), { product }).findings) {
        const g = full.get(key(f));
        if (!g || f.documentLevel) continue;
        expect(f.fingerprint, `${key(f)} ${f.text}`).toBe(g.fingerprint);
        expect(f.text).toBe(g.text);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });
});

describe('one reading per document, whichever view of it is linted', () => {
  it("a Markdown file's tree is read as its source view was (its kind and product), not read again", async () => {
    const { parseMarkdownLexical } = await import('../../parsers/src/markdown-lexical.js');
    const fsm = await import('node:fs');
    const pathm = await import('node:path');
    const rules = pathm.resolve(__dirname, '../../../rules');
    const index = JSON.parse(fsm.readFileSync(pathm.join(rules, 'index.json'), 'utf8'));
    const all = new Linter({ packs: index.packs.map((p: string) => JSON.parse(fsm.readFileSync(pathm.join(rules, p), 'utf8'))) });
    // a generated loan contract (bench/gen-corpus.mjs) whose list markers and headings the tree drops: the tree's text
    // alone reads as a sales page (产品亮点, 1000元起), its source view as the contract it is
    const src = fsm.readFileSync(pathm.resolve(__dirname, 'data/tree-reads-otherwise.md'), 'utf8');
    const lazy = parseMarkdownLexical(src);
    const alone = all.lint(parseMarkdown(src));
    all.needsStructure(lazy);
    const tree = await lazy.full();
    expect(tree.readAs).toBe(lazy.text);
    const read = all.lint(tree);
    const source = all.lint(lazy);
    expect([read.kind, read.product]).toEqual([source.kind, source.product]);
    // (the two readings of this file differ: the one kept is the source view's)
    expect(alone.kind === source.kind && alone.product === source.product).toBe(false);
    // …and a document with no other view is read as itself
    expect(all.lint(parseMarkdown(src)).kind).toBe(alone.kind);
  });
});

describe('findings by the hundred thousand (found by fuzzing)', () => {
  it('a text with 150,000 hits is linted, not overflowed: engines hand their findings over one by one, never spread', () => {
    const l = new Linter({ packs: [{ name: 'many', version: '1', rules: [rule({ id: 'banned-terms/yield', engine: 'terms', terms: ['预期收益率'] })] }] });
    const r = l.lint(plainTextDocument('预期收益率8%'.repeat(150000)));
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings[0].ruleId).toBe('banned-terms/yield');
  });
});
