// Word and HTML on real files: structure, emphasis (bold runs, larger font, colour), positions, parity with
// Markdown, and every bad input refused with one readable message, the file left unchanged.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../src/index.js';
import { parseHtml } from '../src/html.js';
import { Xiaobao } from '@xiaobao/node';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(__dirname, '../../..');
const F = (p: string) => path.join(ROOT, 'fixtures', p);
const marked = (doc: { text: string; marks: { kind: string; start: number; end: number }[] }, needle: string, kinds?: string[]) => {
  const at = doc.text.indexOf(needle);
  return doc.marks.some((m) => (!kinds || kinds.includes(m.kind)) && m.start <= at && at < m.end);
};

describe('.docx', () => {
  it('reads paragraphs in order with real bold runs, and positions as paragraph numbers', async () => {
    const doc = await parseBuffer(fs.readFileSync(F('docx/consumer-loan-contract.docx')), 'x.docx');
    expect(doc.format).toBe('docx');
    expect(marked(doc, '5.1 借款人未按期足额还款', ['bold'])).toBe(true);
    expect(marked(doc, '4.1 借款人提前还款')).toBe(false);
    const at = doc.text.indexOf('4.1 借款人提前还款');
    expect(doc.map.toSource(at)).toEqual({ line: 16, column: 1 });
    expect(doc.map.describe!(at)).toBe('第16段');
    expect(doc.blocks[0]).toMatchObject({ type: 'heading' });
  });
  it('reads size and colour from the OOXML run properties (mammoth drops them), and tables row by row', async () => {
    const doc = await parseBuffer(fs.readFileSync(F('docx/installment-formatting.docx')), 'x.docx');
    expect(marked(doc, '1.1 分期手续费', ['larger'])).toBe(true);
    expect(marked(doc, '1.2 持卡人逾期', ['color'])).toBe(true);
    expect(marked(doc, '1.3 持卡人提前还清')).toBe(false);
    const cell = doc.text.indexOf('每期分期利率');
    expect(marked(doc, '每期分期利率', ['bold'])).toBe(true);
    expect(doc.map.describe!(cell)).toMatch(/表格第2行第2列/);
    const order = ['项目', '说明', '分期期数', '每期分期利率'].map((t) => doc.text.indexOf(t));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('reads tracked changes as accepted, text boxes and footnotes', async () => {
    const doc = await parseBuffer(fs.readFileSync(F('docx/tracked-footnote-textbox.docx')), 'x.docx');
    expect(doc.text).toContain('本产品为非保本浮动收益型产品');
    expect(doc.text).not.toContain('保本保收益');
    expect(doc.text).toContain('文本框：本产品稳赚不赔。');
    expect(doc.text).toContain('注：本产品过往业绩不代表未来表现。');
  });

  const BAD: [string, RegExp][] = [
    ['legacy.docx', /旧版 Word \.doc.*另存为 \.docx/],
    ['encrypted.docx', /已加密/],
    ['corrupt.docx', /已损坏/],
    ['no-document.docx', /缺少 word\/document\.xml/],
    ['malformed-xml.docx', /损坏|XML/],
    ['zip-bomb.docx', /压缩炸弹.*200 MB/],
  ];
  it.each(BAD)('bad input %s: one readable line, exit 2, file unchanged', (name, re) => {
    const file = F(`bad/${name}`);
    const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/xiaobao.js'), 'lint', file, F('contract/consumer-loan-contract.md'), '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`${name.replace('.', '\\.')}: `));
    expect(lines[0]).toMatch(re);
    expect(JSON.parse(r.stdout).find((x: any) => x.filePath.endsWith('.md')).messages.length).toBeGreaterThan(0);
    expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
  });
});

// mammoth's model costs ~6 KB a run: one paragraph of 200,000 runs (a 35 KB file) took 12 s and 1.3 GB in mammoth alone
// (found by fuzzing). Such a paragraph is refused by a scan of the XML before mammoth reads it; real documents parse as before.
describe('a paragraph of too many runs', () => {
  it('100,000 runs in one paragraph are refused in one line, before mammoth; the count is per paragraph', async () => {
    const JSZip = require('jszip');
    const { InputError } = await import('../src/errors.js');
    const run = (i: number) => `<w:r>${i % 2 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>保本</w:t></w:r>`;
    const body = (paras: number[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras.map((n) => `<w:p><w:pPr/>${Array.from({ length: n }, (_, i) => run(i)).join('')}</w:p>`).join('')}</w:body></w:document>`;
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'fixtures/docx/consumer-loan-contract.docx')));
    zip.file('word/document.xml', body([100_000]));
    const err = await parseBuffer(await zip.generateAsync({ type: 'nodebuffer' }), 'x.docx').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/段落过长.*too many runs/);
    expect((err as Error).message).not.toContain('\n');
    const { mostRunsInAParagraph } = await import('../src/docx/index.js');
    expect(mostRunsInAParagraph(body([3, 5, 2]))).toBe(5);
    expect(mostRunsInAParagraph(body([60_000, 60_000]))).toBe(60_000);
  });
});

describe('size limit', () => {
  it('a file over 100 MB is refused before it is read (the limit is named), other files still linted', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'xiaobao-big-'));
    const big = path.join(dir, 'huge.docx');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 101 * 1024 * 1024); // sparse: no 100 MB written
    const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/xiaobao.js'), 'lint', big, F('contract/consumer-loan-contract.md')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/huge\.docx: 文件过大（101 MB），上限 100 MB/);
    expect(r.stdout).toContain('consumer-loan-contract.md');
  });
});

describe('HTML', () => {
  it('blocks, headings, strong and styled emphasis; hidden text ignored; positions in the source', () => {
    const src = '<html><head><style>.big{font-size:24px}</style><title>标题不算</title></head><body>\n<h1>借款合同</h1>\n<p>本产品<b>保本</b>，<span style="font-weight:700">加粗</span>，<span class="big">大字</span>。</p>\n<p style="display:none">隐藏的稳赚不赔</p>\n<script>var s = "零风险";</script>\n<p>第二段&amp;实体后的文字</p>\n</body></html>';
    const doc = parseHtml(src);
    expect(doc.text).not.toContain('隐藏');
    expect(doc.text).not.toContain('零风险');
    expect(doc.text.endsWith('\n标题不算')).toBe(true); // the title, read after the body
    expect(marked(doc, '保本', ['bold'])).toBe(true);
    expect(marked(doc, '加粗', ['bold'])).toBe(true);
    expect(marked(doc, '大字', ['larger'])).toBe(true);
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    const at = doc.text.indexOf('实体后');
    const pos = doc.map.toSource(at);
    expect(src.split('\n')[pos.line - 1].slice(pos.column - 1)).toMatch(/^实体后/);
  });
  it('the words of links to other pages are kept as spans of the text (a ticker\'s 更多公告 and its headline); a link going nowhere (#, a script) or to a file the page hands out (.pdf) is not one', () => {
    const doc = parseHtml('<p><a href="/about/reports">更多公告 ></a>平台公告：<a href="/report?id=1">关于佣金发放规则优化的公告</a></p><p><a href="#">网站公告</a><a href="javascript:void(0)">常见问题</a><a href="/pdf/1.pdf">金融服务指南（FSG）</a></p>');
    expect((doc.links ?? []).map(([s, e]) => doc.text.slice(s, e).trim())).toEqual(['更多公告 >', '关于佣金发放规则优化的公告']);
  });
  it('a loan landing page: the headline daily rate and the per-day cost have no APR beside them (it is in the 10px footer); hidden text and a waived line stay quiet', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true });
    const r = await x.lintFile(F('html/cash-loan-landing.html'));
    expect(r.product).toBe('loan');
    // (and 最快3分钟到账 promises a speed of credit)
    expect(r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['14:19 rate-disclosure/apr-missing-in-loan-marketing', '15:6 rate-disclosure/per-day-cost-framing', '16:15 banned-terms/misleading-credit-promises']);
    expect(r.messages[0].message).toContain('7.20%');
  });
  it('an old <font> marks by its colour only: <font face> is the body\'s own text (a Word page saved as HTML)', () => {
    const kinds = (font: string) => parseHtml(`<body><p>正文一。</p><p>${font}本行不承担任何责任。</font></p></body>`).marks.map((m) => m.kind);
    expect(kinds('<font face="Times New Roman">')).toEqual([]);
    expect(kinds('<font>')).toEqual([]);
    expect(kinds('<font color="#000000">')).toEqual([]);
    expect(kinds('<font color="red">')).toEqual(['color']);
  });
  it('a colour or background marks text only when it stands out: black, white and greys (body text at #333) do not', () => {
    const kinds = (style: string) => parseHtml(`<body><p>正文一。</p><p><span style="${style}">本行不承担任何责任。</span></p></body>`).marks.map((m) => m.kind);
    for (const plain of ['color: #000', 'color:#333333', 'color: rgb(51, 51, 51)', 'color: black', 'background: #fff', 'background-color: #FFFFFF', 'background: transparent', 'color: #666 !important'])
      expect(kinds(plain), plain).toEqual([]);
    expect(kinds('color: #ff0000')).toEqual(['color']);
    expect(kinds('color: rgb(192, 0, 0)')).toEqual(['color']);
    expect(kinds('color: red')).toEqual(['color']);
    expect(kinds('background-color: yellow')).toEqual(['highlight']);
    // (a class rule in a style sheet is read the same way)
    expect(parseHtml('<style>.c { color: #333; background: #fff; }</style><body><p class="c">本行不承担任何责任。</p></body>').marks).toEqual([]);
  });
  it('a page\'s stylesheet is applied as the cascade applies it: descendant and child selectors, specificity, then the style attribute', () => {
    const bold = (css: string, body: string) => { const d = parseHtml(`<style>${css}</style><body>${body}</body>`); return d.marks.filter((m) => m.kind === 'bold').map((m) => d.text.slice(m.start, m.end)); };
    // a class named for its weight, where no sheet on the page defines it (the page's CSS lives elsewhere): bold
    expect(bold('.t { color: #333 }', '<p><span class="service-weight">本平台不承担任何责任。</span><span class="light-weight">普通。</span><span class="weight-normal">普通。</span></p>')).toEqual(['本平台不承担任何责任。']);
    expect(bold('.service-weight { font-weight: normal }', '<p><span class="service-weight">页面自己的样式说了算。</span></p>')).toEqual([]);
    // or by the weight's abbreviation (a mini-program's fon_w, a utility sheet's fw/fwb): bold; fwnone and the like are not
    expect(bold('.t { color: #333 }', '<view class="text_size1 fon_w">下列原因造成保险行李的损失，保险人不负赔偿责任：</view><p class="fw">第一条 债权转让</p><span class="fwnone">网信</span><span class="fw-normal">普通。</span><span class="fww">不是。</span>')).toEqual(['下列原因造成保险行李的损失，保险人不负赔偿责任：', '第一条 债权转让']);
    expect(bold('.fon_w { font-weight: 400 }', '<view class="fon_w">页面自己的样式说了算。</view>')).toEqual([]);
    // a class named for its underline where no sheet on the page defines it (an H5 page's .scss lives elsewhere): underlined;
    // no-underline is not, and the page's own rule for the class wins
    const under = (css: string, body: string) => { const d = parseHtml(`<style>${css}</style><body>${body}</body>`); return d.marks.filter((m) => m.kind === 'underline').map((m) => d.text.slice(m.start, m.end)); };
    expect(under('.t { color: #333 }', '<p><span class="deep">一、</span><span class="underline">授权人同意深圳天道计然公司向征信机构提供其信息。</span></p><p class="g-underline">您同意本平台有权单方变更本协议。</p><p class="xhx">保证人承担连带责任。</p><p class="no-underline">普通。</p>')).toEqual(['授权人同意深圳天道计然公司向征信机构提供其信息。', '您同意本平台有权单方变更本协议。', '保证人承担连带责任。']);
    expect(under('.underline { text-decoration: none }', '<p class="underline">页面自己的样式说了算。</p>')).toEqual([]);
    // descendant: a span in a paragraph of .content, not one elsewhere
    expect(bold('.agreement .content p span { color: #333; font-weight: bold; }', '<div class="agreement"><div class="content"><p>第五条 <span>亿信宝不承担任何责任。</span></p></div></div><p><span>页脚文字。</span></p>')).toEqual(['亿信宝不承担任何责任。']);
    // child: only a span directly inside .detal
    expect(bold('.detal>span { font-weight: 600 }', '<div class="detal"><span>直接的子元素。</span><p><span>更深的后代。</span></p></div>')).toEqual(['直接的子元素。']);
    // the more specific rule wins whatever its place; at equal specificity the later one; the style attribute over both
    expect(bold('.x h2 { font-weight: bold } h2 { font-weight: 500 }', '<div class="x"><h2>第一条 费用</h2></div>')).toEqual(['第一条 费用']);
    expect(bold('.c span.n { font-weight: normal } .c span { font-weight: bold }', '<p class="c"><span class="n">不加粗。</span><span>加粗。</span></p>')).toEqual(['加粗。']);
    expect(bold('.c span { font-weight: bold }', '<p class="c"><span style="font-weight: normal">不加粗。</span></p>')).toEqual([]);
    // a plain weight on an element takes back the bold of the block around it (a PDF export's bold article title over its
    // plain body: <p class="s1">第二十六条 争议处理 <span class="p">…</span>), as a browser inherits it
    expect(bold('.s1 { font-weight: bold } .p, p { font-weight: normal }', '<p class="s1">第二十六条 争议处理 <span class="p">协商不成的，提交仲裁机构仲裁。</span></p>')).toEqual(['第二十六条 争议处理 ']);
    expect(bold('.s1 { font-weight: bold }', '<p class="s1">第一条 <span style="font-weight:400">普通。</span><b>加粗。</b></p>')).toEqual(['加粗。', '第一条 ', '加粗。']);
    // (…through bold elements nested in each other: the plain run stays plain under all of them, the rest is bold once read)
    const covered = (html: string) => { const d = parseHtml(html); return [...d.text].map((ch, i) => (d.marks.some((m) => m.kind === 'bold' && m.start <= i && i < m.end) ? ch : '')).join(''); };
    expect(covered('<p><b><b>一<span style="font-weight:normal">二<b>三</b></span>四</b>五</b>六</p>')).toBe('一三四五');
    expect(covered(`<p>${'<b>'.repeat(50)}甲<span style="font-weight:normal">乙</span>丙${'</b>'.repeat(50)}</p>`)).toBe('甲丙');
    // (not Word's mso-bidi-font-weight, the weight of right-to-left script only: the run stays bold)
    expect(bold('.t { color: #333 }', '<p><b><span style="mso-bidi-font-weight:normal">乙方不得提前还款。</span></b></p>')).toEqual(['乙方不得提前还款。']);
    // (every property so: the style attribute's size and colour over the sheet's, the sheet's over a less specific rule)
    const kinds = (css: string, body: string) => parseHtml(`<style>${css}</style><body><p>正文一。</p>${body}</body>`).marks.map((m) => m.kind);
    expect(kinds('.c p { font-size: 14px; color: #333 }', '<div class="c"><p style="font-size: 20px">放大。</p></div>')).toEqual(['larger']);
    expect(kinds('.c p { font-size: 20px; color: red }', '<div class="c"><p style="font-size: 14px; color: #333">正文。</p></div>')).toEqual([]);
    expect(kinds('p { color: #333 } .c p { color: #c00 }', '<div class="c"><p>红字。</p></div>')).toEqual(['color']);
    // not applied: a selector with a pseudo-class or an attribute, a rule nested as Sass writes it
    expect(bold('p:first-child { font-weight: bold } p[data-x] { font-weight: bold }', '<p data-x="1">正文。</p>')).toEqual([]);
    expect(bold('.a { color: #333; span { font-weight: bold } }', '<p class="a"><span>正文。</span></p>')).toEqual([]);
    // …unless the sheet is one a compiler resolves (a component's <style lang="scss"> or "less"): a nested rule takes its holders'
    // selectors (& for the holder itself), a // line comment is dropped; the holder's own declarations are the page's base
    const sfc = (lang: string, css: string, body: string) => { const d = parseHtml(`<style lang="${lang}" scoped>${css}</style><body>${body}</body>`); return d.marks.map((m) => `${m.kind}:${d.text.slice(m.start, m.end)}`); };
    expect(sfc('scss', '.protocol { color: #333;\n  // padding-top: 0.5rem;\n  .text { p { line-height: 0.2rem; span { font-weight: bold; } } } }', '<div class="protocol"><div class="text"><p>1. 您应确保有权注销。<span>注销后无法恢复任何数据。</span></p></div></div><p><span>页脚文字。</span></p>')).toEqual(['bold:注销后无法恢复任何数据。']);
    expect(sfc('less', '.clause { &.key { text-decoration: underline } }', '<p class="clause key">保证人承担连带责任。</p><p class="clause">正文。</p>')).toEqual(['underline:保证人承担连带责任。']);
    expect(sfc('scss', '.help-page { font-size: 20px; .content { text-indent: 2em; } }', '<div class="help-page"><p class="content">本行不承担任何责任。</p></div>')).toEqual([]);
    // a rule for the page's base text (body, html, *) is not emphasis
    expect(parseHtml('<style>body { font-size: 20px; font-weight: bold } * { font-size: 18px }</style><body><p>正文。</p></body>').marks).toEqual([]);
  });
  it('a heading the page styles as body text (plain weight, no larger size, no colour) is a paragraph; a heading that still stands out stays one', () => {
    const read = (css: string, body: string) => { const d = parseHtml(`<style>${css}</style><body><p>正文一。</p>${body}</body>`); return { types: d.blocks.map((b) => b.type), marks: d.marks.map((m) => m.kind) }; };
    // numbered clauses written as <h3>, set in the body's weight and size by the page's own sheet
    expect(read('h3 {font-weight: normal; font-size: 14px; padding-left: 45px;}', '<h3>5）本网站对在本网站平台上进行的投资、借款等交易行为不承担任何责任。</h3>')).toEqual({ types: ['paragraph', 'paragraph'], marks: [] });
    expect(read('h1{font-size: 14px;font-weight: lighter;}', '<h1>2.3 您确认，交易状态将成为明确指令。</h1>')).toEqual({ types: ['paragraph', 'paragraph'], marks: [] });
    // …and by its own style attribute
    expect(read('.x { color: #333 }', '<h2 style="font-weight: 400">第三条 费用由您承担。</h2>').types).toEqual(['paragraph', 'paragraph']);
    // near misses: a heading with no rule, a plain-weight heading set larger, coloured, or made bold again by the attribute
    expect(read('.x { color: #333 }', '<h3>第三条 费用</h3>')).toEqual({ types: ['paragraph', 'heading'], marks: ['heading'] });
    expect(read('h2 {font-weight: normal; font-size: 20px}', '<h2>借款合同</h2>').types).toEqual(['paragraph', 'heading']);
    expect(read('h3 {font-weight: normal; color: #c00}', '<h3>特别提示</h3>').types).toEqual(['paragraph', 'heading']);
    expect(read('h3 {font-weight: normal}', '<h3 style="font-weight: bold">第三条 费用</h3>').types).toEqual(['paragraph', 'heading']);
  });
  it('a real agreement whose bold comes from a descendant rule (.agreement-content .content p span) reads as bold there and plain elsewhere', () => {
    const file = path.join(ROOT, 'corpus/contracts/tune/con-b27-yxb-register-agreement.html');
    const doc = parseHtml(fs.readFileSync(file, 'utf8'));
    const boldAt = (s: string) => { const i = doc.text.indexOf(s); expect(i, s).toBeGreaterThanOrEqual(0); return doc.marks.some((m) => m.kind === 'bold' && m.start <= i && m.end >= i + s.length); };
    expect(boldAt('由此产生的损失，亿信宝不承担任何责任')).toBe(true);
    expect(boldAt('亿信宝有权根据需要修改本协议的内容')).toBe(false);
  });
  it('text after blanked template helpers maps to where it stands (a run of blanks kept in the text is aligned one to one)', () => {
    const src = '<html><body><p>贷款产品</p>\n<script id="t" type="text/x-handlebars-template">\n<div class="rate">\n<span class="red">{{rate}}%</span><br /> {{#if a}} 月利率 {{else}} 日利率 {{/if}}\n</div>\n</script></body></html>\n';
    const doc = parseHtml(src);
    for (const label of ['月利率', '日利率']) {
      const at = doc.map.toSource(doc.text.indexOf(label));
      expect(src.split('\n')[at.line - 1].slice(at.column - 1), label).toMatch(new RegExp(`^${label}`));
    }
  });
  it('a client-side template kept in a script (text/x-handlebars-template) is read where it stands, its block helpers blank; a code script is not', () => {
    const src = '<body><p>基金</p>\n<script id="t" type="text/x-handlebars-template">\n{{# each list }}\n<div class="title">保本基金</div>\n<span>本金有保&nbsp;安而有盈</span>\n{{/ each }}\n</script>\n<script>var s = "稳赚不赔";</script></body>';
    const doc = parseHtml(src);
    expect(doc.text).toContain('本金有保');
    expect(doc.text).not.toContain('each');
    expect(doc.text).not.toContain('稳赚不赔');
    const at = doc.map.toSource(doc.text.indexOf('本金有保'));
    expect(src.split('\n')[at.line - 1].slice(at.column - 1)).toMatch(/^本金有保/);
  });
  it('a document kept in a script string the page renders as markup ($(…).html(str), <rich-text :nodes>) is read where it stands; a markup string the page does not render is not', () => {
    const src = '<body><div id="p"></div>\n<script>\n$(function () {\n  var str = \'<h3>隐私声明</h3><p>我们会收集您的手机号。</p><p>我们<b>不会</b>向第三方出售您的信息。</p><div>更新日期：2023年</div>\';\n  $(\'#p\').html(str);\n});\n</script></body>';
    const doc = parseHtml(src);
    expect(doc.text.split('\n')).toEqual(['隐私声明', '我们会收集您的手机号。', '我们不会向第三方出售您的信息。', '更新日期：2023年']);
    expect(doc.text).not.toContain('html(');
    const at = doc.map.toSource(doc.text.indexOf('我们会收集'));
    expect(src.split('\n')[at.line - 1].slice(at.column - 1)).toMatch(/^我们会收集/);
    const vue = parseHtml('<template><view><rich-text :nodes="content"></rich-text></view></template>\n<script>\nexport default { data() { return { content:"<div class=\\"t\\"><h4>更新日期：2023年8月1日</h4><p>一、我们如何收集信息</p><p>二、我们如何共享信息</p></div>" }; } }\n</script>');
    expect(vue.text).toContain('一、我们如何收集信息');
    expect(vue.text).not.toContain('class=');
    // (a CMS's markup kept as data for another view, and a message, are not the page's text)
    const data = parseHtml('<body><p>出借人教育</p>\n<script>\nwindow.riskCmsData = {"body":"<div><p>尊敬的出借人：</p><p>市场有风险。</p><p>投资须谨慎。</p></div>"};\nalert(\'<p>提交</p><p>成功</p><p>了</p>\');\n$(\'#x\').html(other);\n</script></body>');
    expect(data.text).not.toContain('尊敬的出借人');
    expect(data.text).not.toContain('提交');
  });
  it('a mini-program\'s or uni-app\'s <view> is a block, as a <div> is', () => {
    const doc = parseHtml('<template><view class="clause">2.1 贷款利率为年化12%。</view><view class="clause">2.2 逾期的，按日收取罚息。</view></template>');
    expect(doc.blocks.length).toBe(2);
    expect(doc.text.split('\n')).toEqual(['2.1 贷款利率为年化12%。', '2.2 逾期的，按日收取罚息。']);
  });
  it('an agreement pasted into a <pre> is prose: its lines are clauses, linted where they stand; a <pre> of code stays code', async () => {
    const src = fs.readFileSync(F('html/pre-agreement.html'), 'utf8');
    const doc = parseHtml(src);
    const prose = doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes('2.2'))!;
    expect(prose.type).toBe('paragraph');
    // each source line its own line (a browser shows a <pre>'s line breaks), blank lines and indents dropped
    expect(doc.text.slice(prose.start, prose.end).split('\n')).toEqual(['在您注册成为本网站用户前请务必仔细阅读以下条款。', '2.1 本网站提供的服务包括数据和信息服务。', '2.2 您未能及时确认操作所引起的任何纠纷或损失由您本人负责，本网站不承担任何责任。', '2.3 本网站将依法保护您的个人信息。']);
    expect(doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes('var agreement'))!.type).toBe('code');
    const at = doc.map.toSource(doc.text.indexOf('2.2'));
    expect(src.split('\n')[at.line - 1].slice(at.column - 1)).toMatch(/^2\.2 您未能/);
    // linted: the exemption on its line, nothing in the code
    const r = await new Xiaobao({ cwd: ROOT, noConfig: true, kind: 'contract' }).lintFile(F('html/pre-agreement.html'));
    const kce = r.messages.filter((m) => m.ruleId?.startsWith('key-clause-emphasis/'));
    expect(kce.map((m) => m.line)).toEqual([at.line]);
  });
  it('a hand-wrapped line ending in <br></br> (two breaks to the parser) continues in the next indented box; two real <br/> after a heading do not join', () => {
    const wrapped = parseHtml('<table><tr><td>\n  <span style="display:block">3.担保责任范围为借款人在主合同项下应向出借人<br></br></span>\n  <span style="display:block">支付的债权本金、利息、罚息。<br></br></span>\n</td></tr></table>');
    expect(wrapped.text).toMatch(/应向出借人\s+支付的债权本金/);
    expect(wrapped.text).not.toMatch(/出借人\s*\n/);
    const heading = parseHtml('<div>五、您授予本公司的许可使用权<br/><br/>\n您授予本公司永久的、免费的许可使用权利。</div>');
    expect(heading.text).toMatch(/许可使用权\n\n\s*您授予/);
  });
  it('text after entities (a run of &nbsp; used as an indent, longer than the aligner\'s window) keeps its own place in the source', () => {
    const src = '<body>\n<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;各位会员，福利时刻到啦！\n即日起，凡在我平台投资&amp;出借，即可获得丰厚的礼品奖励！</p>\n</body>';
    const doc = parseHtml(src);
    for (const word of ['各位会员', '即可获得', '丰厚']) {
      const at = doc.map.toSource(doc.text.indexOf(word));
      expect(src.split('\n')[at.line - 1].slice(at.column - 1)).toMatch(new RegExp(`^${word}`));
    }
    expect(doc.map.toSource(doc.text.indexOf('即可获得')).line).toBe(3);
  });
  it('a meta description (the copy a search engine shows) is read after the body, at its place in the source; keywords and other meta are not', () => {
    const src = '<html><head>\n<meta name="keywords" content="稳赚不赔">\n<meta name="description" content="某某平台，投资理财用户可以进行投资获得稳定收益。">\n</head><body>\n<p>正文</p>\n</body></html>';
    const doc = parseHtml(src);
    expect(doc.text).toBe('正文\n某某平台，投资理财用户可以进行投资获得稳定收益。');
    expect(doc.text).not.toContain('稳赚');
    const pos = doc.map.toSource(doc.text.indexOf('获得'));
    expect(pos.line).toBe(3);
    expect(src.split('\n')[2].slice(pos.column - 1)).toMatch(/^获得稳定收益/);
    // the title line stays the page's own first line (kind detection reads it)
    expect(parseHtml('<html><head><meta name="description" content="借款合同"></head><body><p>新手福利</p></body></html>').text.startsWith('新手福利')).toBe(true);
  });
  it('a server template\'s layout title (FreeMarker <@htmlHead title="…">, PHP $title = "…", Blade @section(\'title\', …)) is the page\'s title when it has no <title>; an English view name or a <title> of its own wins', () => {
    const ftl = '<#include "core.ftl" />\n<@htmlHead title="极速借款 最高5万" description="">\n</@htmlHead>\n<p>立即申请</p>\n';
    const d = parseHtml(ftl);
    expect(d.title).toBe('极速借款 最高5万');
    expect(d.titleSpan && ftl.slice(...d.titleSpan)).toBe('极速借款 最高5万');
    expect(d.text).not.toContain('极速借款');
    expect(parseHtml('<?php\n$title = "公积金贷款"; // 标题\ninclude "head.php";\n?>\n<p>立即申请</p>\n').title).toBe('公积金贷款');
    expect(parseHtml("@extends('layouts.app')\n@section('title', '安全保障')\n<p>资金存管</p>\n").title).toBe('安全保障');
    // near-misses: an English view name, a <title> of the page's own, a layout title in a template comment
    expect(parseHtml('<@htmlHead title="loan-index">\n</@htmlHead>\n<p>立即申请</p>\n').title).toBeUndefined();
    expect(parseHtml('<html><head><title>某某贷款</title></head><body><@htmlHead title="极速借款"></@htmlHead><p>立即申请</p></body></html>').title).toBe('某某贷款');
    expect(parseHtml('<#-- <@htmlHead title="极速借款"> -->\n<p>立即申请</p>\n').title).toBeUndefined();
  });
  it('a claim the meta description repeats from the page\'s <title> is one finding, shown on the title; a claim only the meta description (or only the body) makes is still found where it stands', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true });
    const page = (title: string, meta: string, body: string) => `<!doctype html>\n<html>\n<head>\n<title>${title}</title>\n<meta name="keywords" content="${title}">\n<meta name="description" content="${meta}">\n</head>\n<body>\n<p>${body}</p>\n<p>理财非存款，产品有风险，投资须谨慎。</p>\n</body>\n</html>\n`;
    const banned = async (src: string) => (await x.lintText(src, { format: 'html', filePath: 'x.html', product: 'wealth', kind: 'marketing' })).messages
      .filter((m) => m.ruleId === 'banned-terms/absolute-superlative').map((m) => `${m.line}:${m.column} ${m.text}`);
    // title, meta and body: the title (line 4) and the body (line 9) each once, the meta description's repeat not at all
    const all = page('某某理财 中国最大的互联网理财平台', '某某理财是中国最大的互联网理财平台，为您提供理财服务。', '某某理财，中国最大的互联网理财平台。');
    expect(await banned(all)).toEqual(['4:15 最大', '9:11 最大']);
    const doc = parseHtml(all);
    expect(doc.titleSpan && all.slice(...doc.titleSpan)).toBe('某某理财 中国最大的互联网理财平台');
    expect(doc.metadata && doc.text.slice(...doc.metadata).trim()).toBe('某某理财是中国最大的互联网理财平台，为您提供理财服务。');
    // the meta description alone carries it (a search engine shows it): still found there, at its own line
    expect(await banned(page('某某理财官网', '某某理财是中国最大的互联网理财平台。', '欢迎访问。'))).toEqual(['6:42 最大']);
    // near-miss: a title without the meta's words leaves the meta its finding, even when the body says it too
    expect(await banned(page('某某理财官网', '某某理财是中国最大的互联网理财平台。', '中国最大的互联网理财平台。'))).toEqual(['6:42 最大', '9:6 最大']);
  });
  it('a claim only the page\'s <title> makes is found on the title (the tab, an H5 header shows it); one the body says in the same words is found in the body alone', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true });
    const credit = async (src: string) => (await x.lintText(src, { format: 'html', filePath: 'x.html', product: 'loan', kind: 'marketing' })).messages
      .filter((m) => m.ruleId === 'banned-terms/misleading-credit-promises').map((m) => `${m.line} ${m.text}`);
    const page = (title: string, body: string) => `<!doctype html>\n<html>\n<head>\n<title>${title}</title>\n</head>\n<body>\n<p>${body}</p>\n</body>\n</html>\n`;
    expect(await credit(page('开通芝麻分借款，5分钟到账！', '请输入手机号，获取验证码。'))).toEqual(['4 5分钟到账']);
    // near-miss: the body says it too (the labellers mark the body's), and a title that claims nothing
    expect(await credit(page('5分钟到账', '借款5分钟到账。'))).toEqual(['7 5分钟到账']);
    expect(await credit(page('某某借款-帮助中心', '请输入手机号，获取验证码。'))).toEqual([]);
  });
  it('a page\'s <title> is its name (detection reads it) and is read after the body, at its own line: nothing in it moves a body line', () => {
    const src = '<html><head>\n<title>极速贷提额 稳赚不赔</title>\n</head><body>\n<p>活动期间，最高额度提至2000元</p>\n</body></html>';
    const doc = parseHtml(src);
    expect(doc.title).toBe('极速贷提额 稳赚不赔');
    expect(doc.text).toBe('活动期间，最高额度提至2000元\n极速贷提额 稳赚不赔');
    expect(doc.map.toSource(doc.text.indexOf('最高')).line).toBe(4);
    expect(doc.map.toSource(doc.text.indexOf('稳赚不赔')).line).toBe(2);
    // an empty or absent title is no name
    expect(parseHtml('<html><head><title> </title></head><body><p>正文</p></body></html>').title).toBeUndefined();
    expect(parseHtml('<p>正文</p>').title).toBeUndefined();
  });
  it('the copy a share button sends (wx share title/desc, Baidu share bdText) is read after the body at its place; other script strings are not', () => {
    const src = '<html><body>\n<p>邀请好友</p>\n<script>\nvar tip = "请输入手机号";\nwx.onMenuShareTimeline({\n  title: \'我在这里赚了一笔\',\n  desc: \'收益高，本息保障，快来注册\'\n});\n</script>\n</body></html>';
    const doc = parseHtml(src);
    expect(doc.text).toBe('邀请好友\n我在这里赚了一笔\n收益高，本息保障，快来注册');
    const pos = doc.map.toSource(doc.text.indexOf('本息保障'));
    expect(pos.line).toBe(7);
    expect(src.split('\n')[6].slice(pos.column - 1)).toMatch(/^本息保障/);
    // a script that shares nothing gives nothing, whatever strings it holds
    expect(parseHtml('<html><body><p>正文</p><script>var title = "稳赚不赔";</script></body></html>').text).toBe('正文');
  });
  it('share copy in a head script (or a script written between </head> and <body>, which the parser puts in the head) is read as a body script\'s is; a head script that shares nothing gives nothing', () => {
    const src = '<html><head>\n<title>贷款</title>\n</head>\n<script>\nfunction wxShare() {\n  shareData = {\n    title: "某某银行快贷",\n    desc: "额度最高30万，最快当天到账"\n  };\n  wx.onMenuShareAppMessage(shareData);\n}\n</script>\n<body>\n<p>立即申请</p>\n</body></html>';
    const doc = parseHtml(src);
    expect(doc.text).toBe('立即申请\n贷款\n某某银行快贷\n额度最高30万，最快当天到账'); // body, title, share copy
    const pos = doc.map.toSource(doc.text.indexOf('最快当天'));
    expect(pos.line).toBe(8);
    expect(src.split('\n')[7].slice(pos.column - 1)).toMatch(/^最快当天/);
    // near-miss: a head script's config and messages with no share in it stay unread
    expect(parseHtml('<html><head><script>var config = { title: "稳赚不赔", text: "请输入手机号" }; _hmt.push(["_trackPageview"]);</script></head><body><p>正文</p></body></html>').text).toBe('正文');
  });
  it('a Vue component\'s data ({ title: \'…\', text: \'…\' }), which its template lists, is read after the template; a plain page\'s script data is not', () => {
    const vue = '<template>\n  <view><text>信用卡</text></view>\n</template>\n<script>\n  export default {\n    data() {\n      return { list: [\n        { title: \'分期甄选\', text: \'好物推荐 免息分期\' },\n      ] }\n    }\n  }\n</script>\n';
    const doc = parseHtml(vue);
    expect(doc.text).toMatch(/^信用卡\s*\n分期甄选\n好物推荐 免息分期$/);
    expect(doc.map.toSource(doc.text.indexOf('免息分期')).line).toBe(8);
    expect(parseHtml('<html><body><p>正文</p><script>export default { data() { return { text: \'免息分期\' } } }</script></body></html>').text).toBe('正文');
  });
  it('a component\'s text given in its attributes (<md-cell-item title brief>, <uni-tag text>) is read where it stands, one element\'s values one line; a plain element\'s title (a tooltip), a placeholder, a bound attribute and an attribute without Chinese are not', () => {
    const src = '<template>\n  <md-field>\n    <md-cell-item title="实时放款" brief="最快实时到账"></md-cell-item>\n    <md-cell-item :title="`日利率 ${r}%`" brief="日利率最低0.035%"></md-cell-item>\n    <uni-tag text="免担保" type="primary"/>\n    <el-input placeholder="请输入姓名"></el-input>\n    <p title="提示文字">正文</p>\n  </md-field>\n</template>\n';
    const doc = parseHtml(src);
    expect(doc.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['实时放款 最快实时到账', '日利率最低0.035%', '免担保', '正文']);
    const pos = doc.map.toSource(doc.text.indexOf('最快实时到账'));
    expect(pos.line).toBe(3);
    expect(src.split('\n')[2].slice(pos.column - 1)).toMatch(/^最快实时到账/);
    expect(doc.map.toSource(doc.text.indexOf('0.035%')).line).toBe(4);
    // (a React component, capitalised: <Popup title="免责声明">; a plain <div title> is a tooltip)
    expect(parseHtml('<Popup title="免责声明" isFull>\n  <Text>1.国际互联网故障</Text>\n</Popup>\n<div title="提示">正文</div>\n').text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['免责声明', '1.国际互联网故障', '正文']);
    // (…and its subtitle, as a Vue component's card shows it under the title: SubTitle="…"; a plain element's is not read)
    const card = parseHtml('<div>\n  <wealthInvestVue :url="u" title="安心金选" SubTitle="追求低波，严控回撤，收益更稳定"></wealthInvestVue>\n  <p subtitle="提示">正文</p>\n</div>\n');
    expect(card.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['安心金选 追求低波，严控回撤，收益更稳定', '正文']);
    expect(card.map.toSource(card.text.indexOf('收益更稳定')).line).toBe(2);
  });
  it('an element no HTML names is a component (vux\'s <cell>): its attributes that are not code show text — title, inline-desc, and a figure beside Chinese (≤3%); class, id, style, src, href, key, slot, v-if, :bound, @event, data-*, aria-*, placeholder, a bare number and a plain element\'s title stay unread', () => {
    const src = '<template>\n  <group>\n    <cell title="参考费率" inline-desc="≤3%" class="flex-2">\n      <img slot="icon" src="rate.png">\n    </cell>\n    <cell title="放款时间" inline-desc="最快1分钟"></cell>\n    <cell class="借款" id="费率" style="font-family:宋体" src="图.png" href="借款.html" key="利率" slot="利息" v-if="status == \'已激活\'" :title="\'日利率\' + r" @click="借款()" data-tip="保本" aria-label="保本保息" placeholder="请输入金额" span="24" value="20"></cell>\n    <p title="提示文字">正文</p>\n  </group>\n</template>\n';
    const doc = parseHtml(src);
    expect(doc.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['参考费率 ≤3%', '放款时间 最快1分钟', '正文']);
    expect(doc.map.toSource(doc.text.indexOf('≤3%')).line).toBe(3);
    expect(doc.map.toSource(doc.text.indexOf('最快1分钟')).line).toBe(6);
    // (a figure is read only beside shown Chinese; a standard element keeps its attributes unread; a comment stays unread)
    expect(parseHtml('<cell inline-desc="≤3%"></cell>\n<input value="≤3%" title="参考费率">\n<!-- <cell title="保本保息"></cell> -->\n<p>正文</p>\n').text.trim()).toBe('正文');
  });
  it('a script module\'s component prop that runs over lines and holds markup (<Condition title="…" more="…：<br />（1）…"/>) is read where it stands, its <br /> a line break; a prop without Chinese and a commented-out component are not', () => {
    const src = "import React from 'react';\nexport default () => (\n  <div>\n    <Condition title=\"5、责任免除有哪些？\" more=\"因下列情形之一导致被保险人身故的，本公司不承担给付保险金的责任：<br />\n（1）投保人对被保险人的故意杀害；<br />\n（2）战争、军事冲突。\"/>\n    <Condition title=\"4、电子保单靠谱么？\" more=\"电子保单法律效力等同于纸质保单。\" icon=\"more.png\"/>\n    {/* <Condition title=\"7、保本吗？\" more=\"保本保息\"/> */}\n  </div>\n);\n";
    const doc = parseHtml(src);
    const lines = doc.text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(lines).toEqual(['5、责任免除有哪些？ 因下列情形之一导致被保险人身故的，本公司不承担给付保险金的责任：', '（1）投保人对被保险人的故意杀害；', '（2）战争、军事冲突。', '4、电子保单靠谱么？ 电子保单法律效力等同于纸质保单。']);
    expect(doc.map.toSource(doc.text.indexOf('本公司不承担')).line).toBe(4);
    expect(doc.map.toSource(doc.text.indexOf('（2）战争')).line).toBe(6);
    expect(doc.text).not.toContain('保本');
    expect(doc.text).not.toContain('more.png');
  });
  it('a Vue component\'s running text under any key (its i18n messages) is read when it is prose — twelve Chinese characters or more; a code\'s short strings are not', () => {
    const vue = '<template lang="pug">\n  p {{$t(\'describe1\')}}\n</template>\n<script>\nexport default {\n  i18n: { messages: { zh: {\n    describe1: \'本网页信息由本公司提供，保留随时修改而不作另行通知。\',\n    toast: \'请输入手机号\'\n  } } }\n}\n</script>\n';
    const doc = parseHtml(vue);
    expect(doc.text).toContain('本网页信息由本公司提供，保留随时修改而不作另行通知。');
    expect(doc.text).not.toContain('请输入手机号');
    expect(doc.map.toSource(doc.text.indexOf('保留随时')).line).toBe(7);
  });
  it('a Vue component\'s short string under a key its template prints ({{ item.describe }}) is the caption each tile shows and is read; a short string under a key the template does not print is not', () => {
    const vue = '<template>\n  <div v-for="item in products" :key="item.name">\n    <h4>{{ item.name }}</h4>\n    <div>{{ item.describe }}</div>\n  </div>\n</template>\n<script>\nexport default {\n  data() {\n    return { products: [\n      { name: \'博时黄金\', describe: \'收益稳定，风险低\', tip: \'请先登录\' },\n    ] };\n  },\n};\n</script>\n';
    const doc = parseHtml(vue);
    expect(doc.text).toContain('收益稳定，风险低');
    expect(doc.text).toContain('博时黄金');
    expect(doc.text).not.toContain('请先登录');
    expect(doc.map.toSource(doc.text.indexOf('收益稳定')).line).toBe(11);
  });
  it('a Vue component\'s data commented out (// or /* */ around a tile\'s keys) is not shown and not read, though its template prints the key; the tile left in the data is read where it stands', () => {
    const vue = '<template>\n  <div v-for="item in loans">\n    <h4>{{ item.title }}</h4>\n    <p>{{ item.tip }}</p>\n  </div>\n</template>\n<script>\nexport default {\n  data() {\n    return { loans: [\n      // { title: \'某某消费金融\', tip: \'审批快，当天到账\' },\n      /* { title: \'某某小贷\',\n        tip: \'无需征信，极速放款\' }, */\n      { title: \'某某银行\', tip: \'额度高，利率低\' },\n    ] };\n  },\n};\n</script>\n';
    const doc = parseHtml(vue);
    expect(doc.text).toContain('额度高，利率低');
    expect(doc.map.toSource(doc.text.indexOf('额度高')).line).toBe(14);
    expect(doc.text).not.toContain('当天到账');
    expect(doc.text).not.toContain('极速放款');
    expect(doc.text).not.toContain('某某小贷');
  });
  it('a <br> that cuts a word of a long line (a narrow column wrapped by hand) is a space; between sentences, items, labels or after a short title it is a line break', () => {
    const text = (p: string) => parseHtml(`<p>${p}</p>`).text;
    expect(text('如遇借款人违约，E理财将通过风险备<br />\n     用金有效保障理财人的本金安全。')).toBe('如遇借款人违约，E理财将通过风险备  用金有效保障理财人的本金安全。');
    expect(text('安全保障<br>所有投资标的适用本金保障计划，<br/>如遇借款人违约')).toBe('安全保障\n所有投资标的适用本金保障计划，\n如遇借款人违约');
    expect(text('借款人应按期归还借款本息<br>第二条 借款用途')).toBe('借款人应按期归还借款本息\n第二条 借款用途');
    expect(text('甲方：某某银行股份有限公司<br>乙方：张三')).toBe('甲方：某某银行股份有限公司\n乙方：张三');
  });
  it('a <br> that breaks a tile\'s short caption once is the caption\'s wrap (a space); a short label over a sentence, or a caption broken twice, keeps its line breaks', () => {
    const text = (p: string) => parseHtml(`<p>${p}</p>`).text;
    expect(text('最快3分钟<br>银行放款')).toBe('最快3分钟 银行放款');
    expect(text('有社保<br>即可申请')).toBe('有社保 即可申请');
    expect(text('温馨提示<br>投资有风险，入市需谨慎。')).toBe('温馨提示\n投资有风险，入市需谨慎。');
    expect(text('免抵押<br>免担保<br>低门槛')).toBe('免抵押\n免担保\n低门槛');
    expect(text('借款金额：<br>5000元')).toBe('借款金额：\n5000元');
  });
  it('a box shown ticked (a checked checkbox or the picture of one) reads as ☑; an empty box, or another picture, reads as nothing', () => {
    const doc = parseHtml('<body><p><img src="/img/wap/common/check.png"/>我同意致电确认</p><p><input type="checkbox" checked>我已阅读</p><p><input type="checkbox">我已阅读</p><p><img src="/img/uncheck.png">我同意</p><p><img src="/img/logo.png">我们</p></body>');
    expect(doc.text).toBe('☑我同意致电确认\n☑我已阅读\n我已阅读\n我同意\n我们');
    // (a mini-program's or uni-app's own boxes: ticked with checked / checked="true", not with checked="false"; the label
    // they hold, or that follows an unclosed <radio/>, is read)
    expect(parseHtml('<body><label><radio value="r1" checked="true" />已阅读同意《相关协议》</label><p><checkbox checked="false">同意授权</checkbox></p><p><checkbox checked>同意推送</checkbox></p></body>').text.replace(/\s+/g, '')).toBe('☑已阅读同意《相关协议》同意授权☑同意推送');
    // (a box whose state a template binds — JSX checked={agreed}, checked="{{ok}}" — is not shown ticked by the page)
    expect(parseHtml('<body><p><input type="checkbox" checked={agreed.electronic}>我同意电子签名</p><p><input type="checkbox" checked="{{ok}}">我已阅读</p><p><input type="checkbox" checked="checked">我已知晓</p></body>').text).toBe('我同意电子签名\n我已阅读\n☑我已知晓');
    // a box a style sheet draws: an empty element whose class says ticked; an unticked box, or a class on words, is no box
    const drawn = parseHtml('<body><p><span class="radio checked" onclick="check(this)"></span>阅读并同意《平台服务协议》</p><p><span class="radio"></span>阅读并同意</p><p><span class="checked">已选套餐</span></p></body>');
    expect(drawn.text).toBe('☑阅读并同意《平台服务协议》\n阅读并同意\n已选套餐');
    // (a page's own prefix on the ticked word, or a box's class with the state a script sets — an empty link drawn as the
    // box — is ticked too; the same box without that state, an un-checked one, or a menu link marked on, is not)
    const own = parseHtml('<body><p><i class="l_checkBTN l_checked"></i>《省心计划投资协议》</p><p><a href="javascript:;" class="ap_check on"></a>同意《注册协议》</p><p><a class="ap_check"></a>同意《注册协议》</p><p><i class="l_checkBTN un-checked"></i>《投资协议》</p><p><a class="nav on"></a>首页</p></body>');
    expect(own.text).toBe('☑《省心计划投资协议》\n☑同意《注册协议》\n同意《注册协议》\n《投资协议》\n首页');
    // (a ticked <input> with the picture a style sheet draws over it is one box, read where the input stands)
    const twice = '<body><div><input type="checkbox" checked="checked" class="check">\n<i class="icon_checked"></i></div><div>本人阅读并同意以上条款</div></body>';
    expect(parseHtml(twice).text.replace(/\s+/g, '')).toBe('☑本人阅读并同意以上条款');
  });
  it("a server page's code and comments are blanked, its output expressions are fill-ins the page shows", () => {
    const page = '<%@ page contentType="text/html" %>\n<%-- Created by IDEA. Date: 2017/9/2 --%>\n<body><% if (p.hot) { %><p>热销</p><% } %>\n<p>期限：<%=p.term%>期/月利率：<%=rate(p.monthRate,2)%></p><?php echo "x"; ?><p>最高<%- amount %>元</p></body>';
    const doc = parseHtml(page);
    expect(doc.text).not.toMatch(/IDEA|2017|contentType|if \(|echo/);
    expect(doc.text).toContain('热销');
    expect(doc.text).toContain('期限：<%=p.term%>期/月利率：<%=rate(p.monthRate,2)%>');
    expect(doc.text).toContain('最高<%- amount %>元');
    expect(doc.map.toSource(doc.text.indexOf('月利率')).line).toBe(4);
  });
  it("a server tag written inside a start tag writes the element's attributes: blanked, the element read as it renders", () => {
    // (<c:if> / <c:url/> inside a start tag: the parser's first > closes the element, and the attribute text is read as its content)
    const page = '<body>\n<p><i class="box on" <c:if test=\'${n <= 0 || s != "2"}\'>readonly="readonly" disabled="disabled"</c:if> ></i>我已阅读并同意《出借协议》</p>\n<select><option value="1" <c:if test="${k==1}">selected</c:if>>按月付息</option></select>\n<p><a href="<c:url value="/plan.html"/>">计划详情</a></p></body>';
    const doc = parseHtml(page);
    expect(doc.text).not.toMatch(/readonly|disabled|selected|>|"/);
    expect(doc.text).toContain('我已阅读并同意《出借协议》');
    expect(doc.text).toContain('按月付息');
    expect(doc.text).toContain('计划详情');
    expect(doc.map.toSource(doc.text.indexOf('按月付息')).line).toBe(3);
  });
  it('a server tag between elements is left as it is: the text it wraps is read', () => {
    const page = '<body><p><c:if test="${vip}">会员专享 年化收益率8%</c:if></p><p title="a < b">起投金额<fmt:formatNumber value="${min}"/>元</p></body>';
    const doc = parseHtml(page);
    expect(doc.text).toContain('会员专享 年化收益率8%');
    expect(doc.text).toContain('起投金额');
    expect(doc.text).toContain('元');
  });
  it("an output slot's comment right after it is the slot's content, read where it stands; other comments are not", () => {
    // (a CMS theme keeping the copy its field holds in a comment beside the slot)
    const page = "<body>\n<h1><?php echo get_field('part_0');?>\n<!-- 债务舒缓 --></h1>\n<div><?php echo get_field('part_1');?>\n  <!--\n  <div class=\"gold\">利息支出大大减少，马上停止催收。</div> -->\n</div>\n<div><?= $x ?><!-- sidebar --></div>\n<!-- 旧版：保本保息 -->\n<p>联系我们</p></body>";
    const doc = parseHtml(page);
    expect(doc.text).toContain('债务舒缓');
    expect(doc.text).toContain('利息支出大大减少，马上停止催收。');
    expect(doc.map.toSource(doc.text.indexOf('利息支出')).line).toBe(6);
    // (a comment beside no slot, or one without Chinese, is the author's note or markup put away)
    expect(doc.text).not.toMatch(/保本保息|sidebar|get_field|echo/);
    expect(doc.text).toContain('联系我们');
  });
  it("the page a server script writes is read from its string literals, where they stand; its code, comments and other literals are not", () => {
    // (a JSP building a form row by row with StringBuffer.append)
    const jsp = parseHtml(fs.readFileSync(F('html/jsp-form-rows.html'), 'utf8'));
    expect(jsp.text).toContain('33.月贷款利率（%）：');
    expect(jsp.text).toContain('本人选择银行代扣还款，表明本人同意并授权贷款人');
    expect(jsp.text).not.toMatch(/取申请信息|旧的费率|select|StringBuffer|sTemp\.append|table1|error/);
    expect(jsp.map.toSource(jsp.text.indexOf('33.月贷款利率')).line).toBe(10);
    expect(jsp.blocks.some((b) => b.type === 'table-cell' && jsp.text.slice(b.start, b.end).startsWith('33.月贷款利率'))).toBe(true);
    // (a PHP language file whose strings, over several lines, are the page's body, its bold kept)
    const php = parseHtml(fs.readFileSync(F('html/php-language-file.html'), 'utf8'));
    expect(php.text).toContain('为您和您的家人着想，购买旅游保险！');
    expect(php.text).toContain('以上三种保险因含保内容的不同');
    expect(php.text).not.toMatch(/TEXT_|define|button_buy|页面正文/);
    expect(marked(php, '为您和您的家人着想', ['bold'])).toBe(true);
    expect(php.map.toSource(php.text.indexOf('以上三种')).line).toBe(9);
  });
  it("a script's strings stand where they are written in a page whose lines end in CRLF (no drift of a character a line)", () => {
    const lines = ['<template>', '  <view>{{ noticeText }}</view>', '</template>', '<script>', 'export default {', '  data() {', '    return {', ...Array.from({ length: 40 }, (_, i) => `      item${i}: ${i},`), "      noticeText: '经统计，同事申请3家以上产品，下款率高达98.6%以上'", '    };', '  }', '};', '</script>'];
    const doc = parseHtml(lines.join('\r\n'));
    expect(doc.text).toContain('下款率高达98.6%以上');
    expect(doc.map.toSource(doc.text.indexOf('下款率')).line).toBe(48);
    const share = parseHtml(['<body>', '<p>邀请好友</p>', '<script>', ...Array.from({ length: 30 }, (_, i) => `var a${i} = ${i};`), "wx.onMenuShareTimeline({ title: '收益高，本息保障，快来注册' });", '</script>', '</body>'].join('\r\n'));
    expect(share.map.toSource(share.text.indexOf('本息保障')).line).toBe(34);
  });
  it('a box ticked in its tag stands where the tag ticks it (its checked attribute, on the line it is written on)', () => {
    const src = '<body><p><input type="checkbox" id="rule"\n  checked="checked"><span>同意</span>《服务条款》</p>\n<p><img src="/img/check.png"/>\n我已阅读</p></body>';
    const doc = parseHtml(src);
    expect(doc.text).toBe('☑同意《服务条款》\n☑ 我已阅读');
    const line = (i: number) => doc.map.toSource(i).line;
    expect(line(doc.text.indexOf('☑'))).toBe(2); // the checked attribute, not the tag's first line
    expect(line(doc.text.indexOf('同意'))).toBe(2);
    expect(line(doc.text.lastIndexOf('☑'))).toBe(4); // a picture stands where the consent it ticks begins, on the line after it
  });
  it('the picture of a ticked box stands where its consent begins when that is written on a later line, else where it is', () => {
    const line = (src: string) => { const d = parseHtml(src); return d.map.toSource(d.text.indexOf('☑')).line; };
    expect(line('<body><div class="protocal">\n<span>\n\t<img src="${cdnUrl}/img/wap/common/check.png"/>\n\t我同意泰康人寿致电确认免费保障生效事宜\n</span></div></body>')).toBe(4);
    // (the consent beside it on its line, or in an element of its own below: the picture's line)
    expect(line('<body><p>\n<img src="/img/check.png"/>我已阅读并同意\n</p></body>')).toBe(2);
    expect(line('<body><p>\n<img src="/img/check.png"/>\n<span>我已阅读并同意</span>\n</p></body>')).toBe(2);
  });
  it("a server template's comment (FreeMarker <#-- -->, Razor @* *@, Blade {{-- --}}) is not shown; the text beside it is", () => {
    const doc = parseHtml('<body>\n<#-- <div class="protocal"><img src="/img/check.png"/>我同意《安全条款》</div> -->\n<p>@*<span>旧版：保本保息</span>*@申请贷款</p>\n{{--<li>稳赚不赔</li>--}}<p>联系我们</p></body>');
    expect(doc.text).not.toMatch(/安全条款|保本保息|稳赚不赔|☑/);
    expect(doc.text).toContain('申请贷款');
    expect(doc.text).toContain('联系我们');
    expect(doc.map.toSource(doc.text.indexOf('联系我们')).line).toBe(4);
    // (an e-mail or a directive is no comment)
    expect(parseHtml('<body><p>客服 a@b.com 投资有风险</p><#if vip><p>会员专享</p></#if></body>').text).toContain('会员专享');
  });
  it("a React component's box bound to a state the module starts true reads as ☑ where its prop is written; one started false does not", () => {
    const mod = (init: string, box: string) => `import React from 'react'\nexport default class extends React.Component {\n  state = { ${init} }\n  render() {\n    return (<div>\n      ${box}\n    </div>)\n  }\n}`;
    const on = parseHtml(mod('amount: 1, agree: true', '<Checkbox flag={ this.state.agree }/>我已阅读并同意《借款协议》'));
    expect(on.text).toMatch(/☑\s*我已阅读并同意《借款协议》/);
    expect(on.map.toSource(on.text.indexOf('☑')).line).toBe(6);
    const wrapped = parseHtml(mod('agree: true', '<Checkbox\n        checked={this.state.agree}\n        onChange={(e) => { this.setState({ agree: e.target.checked }) }}\n      >同意《出借协议》</Checkbox>'));
    expect(wrapped.text.replace(/\s+/g, '')).toBe('☑同意《出借协议》');
    expect(wrapped.map.toSource(wrapped.text.indexOf('☑')).line).toBe(7);
    expect(parseHtml(mod('agree: false', '<Checkbox checked={this.state.agree}>同意《出借协议》</Checkbox>')).text).not.toContain('☑');
    expect(parseHtml(mod('agree: true', '<Checkbox checked={this.props.agree}>同意</Checkbox><Button disabled={agree}>同意</Button>')).text).not.toContain('☑');
  });
  it("a box bound to the page's state is ticked when the page's script starts that state true, and stands there", () => {
    const page = (template: string, data: string) => `<body><div id="app">${template}</div>\n<script>\nnew Vue({\n  el: '#app',\n  data() {\n    return {\n      ${data}\n    };\n  }\n});\n</script></body>`;
    const ticked = (template: string, data: string) => parseHtml(page(template, data)).text.includes('☑');
    // a UI library's box (:value.sync), a form's box (v-model), a drawn box (:class), the picture of a ticked box (v-if)
    expect(ticked('<check-icon :value.sync="isAgree">本人已阅读并同意《租赁协议》</check-icon>', 'isAgree: true')).toBe(true);
    expect(ticked('<input type="checkbox" v-model="form.sure">我已阅读并同意《借贷用户协议》', 'sure: true')).toBe(true);
    expect(ticked('<i class="checkbox" :class="{ checked: alertChecked }"></i>我已阅读并同意《会员公约》', 'alertChecked: !0')).toBe(true);
    expect(ticked('<i class="box" :class="agreed ? \'active\' : \'\'"></i>同意《服务协议》', 'agreed: true')).toBe(true);
    expect(ticked('<img v-if="agree" src="check.png"><img v-else src="uncheck.png">我已阅读并同意', 'agree: true')).toBe(true);
    // (…and a box drawn ticked in the other branch of a v-if, holding its tick icon: shown while the state holds)
    expect(ticked('<div class="box"><span v-if="!picked"></span><span v-else class="checked"><i class="icon-tick"></i></span></div>本人已阅读并同意《投保须知》', 'picked: true')).toBe(true);
    expect(ticked('<div class="box"><span v-if="picked"></span><span v-else class="checked"></span></div>本人已阅读并同意《投保须知》', 'picked: false')).toBe(true);
    // …not when it starts false, when the page does not start it, when the binding is not the box's state
    expect(ticked('<check-icon :value.sync="isAgree">本人已阅读并同意《租赁协议》</check-icon>', 'isAgree: false')).toBe(false);
    expect(ticked('<img v-if="agree" src="check.png"><img v-else src="uncheck.png">我已阅读并同意', 'agree: false')).toBe(false);
    expect(ticked('<img v-show="!sBoxShow" src="selected.png">我已阅读', 'sBoxShow: true')).toBe(false);
    expect(ticked('<input type="checkbox" v-model="sure">我已阅读并同意', 'phone: true')).toBe(false);
    expect(ticked('<input type="text" v-model="sure">手机号', 'sure: true')).toBe(false);
    expect(ticked('<img v-if="agree" src="logo.png">我已阅读', 'agree: true')).toBe(false);
    expect(ticked('<span class="tip" :class="{ checked: agree }">我已阅读</span>', 'agree: true')).toBe(false); // words, not a box
    expect(ticked('<div class="box"><span v-if="!picked"></span><span v-else class="checked"><i class="icon-tick"></i></span></div>本人已阅读并同意《投保须知》', 'picked: false')).toBe(false);
    expect(ticked('<span v-if="!picked">请勾选</span><span v-else class="checked">已选择：本人已阅读并同意</span>', 'picked: true')).toBe(false); // words, not a box
    expect(ticked('<span v-if="!picked"></span><span v-else class="plain"><i></i></span>本人已阅读并同意', 'picked: true')).toBe(false);
    // (the box stands at the state's start: the line a reviewer changes)
    const doc = parseHtml(page('<check-icon :value.sync="isAgree">本人已阅读并同意《租赁协议》</check-icon>', 'isAgree: true'));
    expect(doc.map.toSource(doc.text.indexOf('☑')).line).toBe(7);
    expect(doc.map.toSource(doc.text.indexOf('本人')).line).toBe(1);
  });
  it('a panel hidden until the reader opens it (an FAQ answer, a tab, a pop-up) is read; other hidden text is not', () => {
    const doc = parseHtml('<body><div class="help-title">什么是本金保障计划？</div><div class="help-content" style="display: none;"><p>平台先行付给出借人本息。</p></div><p style="display:none">内部测试：稳赚不赔</p><div id="tab-2" style="display:none">第二页</div></body>');
    expect(doc.text).toBe('什么是本金保障计划？\n平台先行付给出借人本息。\n第二页');
    // a category of an FAQ shown when its tab is clicked (<ul class="yingmi-FAQ1" style="display:none">)
    expect(parseHtml('<body><ul class="site-FAQ1" style="display: none;"><li><p>收益稳健，天天计息。</p></li></ul><ul class="faqs" style="display:none"><li>内部</li></ul></body>').text).toBe('收益稳健，天天计息。');
  });
  it('a pop-up kept from screen readers until it opens (aria-hidden="true", Bootstrap\'s .modal) is read; an aria-hidden icon or label is not', () => {
    const doc = parseHtml('<body><p>立即加入</p><div class="qsc-modal" aria-hidden="true"><div class="modal-body"><p>平台有权随时修订本公约。</p></div></div><p>查看<i class="icon" aria-hidden="true">勾</i>公约</p></body>');
    expect(doc.text).toBe('立即加入\n平台有权随时修订本公约。\n查看公约');
  });
  it('a hidden block of running text is a panel a script shows (a tab\'s content), whatever its name; a short hidden label is not', () => {
    const tab = '我们所有项目均采用抵押加担保的借款模式，启动风险准备金银行监管模式，深度保障投资者的利益，确保投资人本息安全。';
    const doc = parseHtml(`<body><p>安全保障</p><div id="load-info-three" style="display:none"><h3>本息保障</h3><div>${tab}</div></div><div id="x" style="display:none">内部备注：稳赚不赔</div></body>`);
    expect(doc.text).toBe(`安全保障\n本息保障\n${tab}`);
  });
  it('a prototype\'s dynamic panel hidden at load (Axure: ax_default_hidden holding its panel_state) is the pop-up a click opens, read; a hidden widget that holds no panel state is not', () => {
    const doc = parseHtml('<body><div id="u1790" class="ax_default label"><div id="u1791" class="text"><p><span>投资金额</span></p></div></div>'
      + '<div id="u1796" class="ax_default ax_default_hidden" data-label="question" style="display:none; visibility: hidden"><div id="u1796_state0" class="panel_state" data-label="State1" style=""><div id="u1796_state0_content" class="panel_state_content">'
      + '<div id="u1799" class="ax_default primary_button"><div id="u1800" class="text"><p><span>我知道了</span></p></div></div>'
      + '<div id="u1803" class="ax_default label"><div id="u1804" class="text"><p><span>预期年化收益=基础年化（8%）+加息券（0.5%）</span></p></div></div></div></div></div>'
      + '<div id="u3493" class="ax_default label ax_default_hidden" data-label="2" style="display:none; visibility: hidden"><div id="u3494" class="text"><p><span>内部备注：稳赚不赔</span></p></div></div></body>');
    expect(doc.text).toBe('投资金额\n我知道了\n预期年化收益=基础年化（8%）+加息券（0.5%）');
  });
  it('a hidden element right after the question it answers is the answer a click opens; after anything else it stays hidden', () => {
    const doc = parseHtml('<body><ul><li><p class="qa">Q:投资是有收益的吗？ <span>﹀</span></p><div style="display:none;">A:有的，到期获得丰厚收益。</div></li><li><p>活动说明</p><div style="display:none;">内部备注：稳赚不赔</div></li></ul><div id="alertLayer" style="display:none"><div>定期理财由国有金融机构兑付管理。</div></div><div id="mainbox" style="display:none">内部备注</div></body>');
    expect(doc.text).toBe('Q:投资是有收益的吗？ ﹀\nA:有的，到期获得丰厚收益。\n活动说明\n定期理财由国有金融机构兑付管理。');
  });
  it('text after a line break and deep indentation keeps its place in the source (whitespace runs of any length)', () => {
    const src = '<body>\n  <p>第一项；<br/>\n                    3）  乙方收取居间服务费；<br/>\n</p></body>';
    const doc = parseHtml(src);
    const pos = doc.map.toSource(doc.text.indexOf('乙方'));
    expect(src.split('\n')[pos.line - 1].slice(pos.column - 1)).toMatch(/^乙方收取/);
  });
  it('a bare run of clauses kept apart only by source lines keeps them apart; a line wrapped mid-sentence is a space', () => {
    const doc = parseHtml('<body><p>第一条 借款人应按期还款。\n4.1 贷款人不承担法律责任。\n本合同按年利率\n4.35%计息</p></body>');
    expect(doc.text).toBe('第一条 借款人应按期还款。\n4.1 贷款人不承担法律责任。\n本合同按年利率 4.35%计息');
  });
  it('a page saved as .html that is a script module (a React Native component) reads as its visible text: markup text, Chinese strings, no code', async () => {
    const src = fs.readFileSync(F('html/react-native-disclaimer.html'), 'utf8');
    const doc = parseHtml(src);
    expect(doc.text.trim().split('\n')[0].trim()).toBe('风险提示及免责声明');
    for (const code of ['import', 'React', 'styles', 'render', 'ok', '代码注释', 'fontSize']) expect(doc.text).not.toContain(code);
    // each <Text> its own block, a string in braces its own text, <strong> still emphasis, positions in the source
    expect(doc.text).toContain('4、网贷出借不是银行存款');
    expect(marked(doc, '3、用户应自行承担', ['bold'])).toBe(true);
    expect(marked(doc, '2、活动平台如出现任何风险')).toBe(false);
    expect(doc.map.toSource(doc.text.indexOf('2、活动平台')).line).toBe(14);
    // the disclaimer is a legal document: its plain exemption is a key clause, the bold one is not
    const r = await new Xiaobao({ cwd: ROOT, noConfig: true }).lintFile(F('html/react-native-disclaimer.html'));
    expect(r.kind).toBe('contract');
    expect(r.messages.filter((m) => m.ruleId?.startsWith('key-clause-emphasis/')).map((m) => m.line)).toEqual([14]);
    // no emphasis fix inside a component's markup (a <strong> in a React Native <Text> breaks it)
    expect(doc.emphasize?.(doc.text.indexOf('2、活动平台'), doc.text.indexOf('2、活动平台') + 6)).toBeUndefined();
    // an ordinary page that only carries a script keeps its markup as it was
    expect(parseHtml('<p>本平台不承担任何责任。</p><script>import x from "y";</script>').text).toContain('本平台不承担任何责任');
  });
  it('a script module\'s running text keeps what follows a URL on its line (a URL\'s // is no comment); a real comment is still blanked', () => {
    const doc = parseHtml("import React from 'react';\nexport default () => (\n<Text>详见 https://www.example.com 本产品保本保息</Text>\n// 注释：保本保息\n);");
    expect(doc.text).toContain('本产品保本保息');
    expect(doc.text).not.toContain('注释');
  });
  it('directives in comments', () => {
    const doc = parseHtml('<!-- xiaobao-disable-next-line banned-terms -- 引用 -->\n<p>稳赚不赔</p>');
    expect(doc.directives[0]).toMatchObject({ kind: 'disable-next-line', rules: ['banned-terms'], line: 1 });
  });
});

describe('parity', () => {
  it('the same contract as Markdown, HTML and .docx gives the same key-clause findings', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true });
    const clauses = async (f: string) => (await x.lintFile(F(f))).messages.filter((m) => m.ruleId?.startsWith('key-clause-emphasis/')).map((m) => `${m.ruleId} ${m.text}`);
    const md = await clauses('contract/consumer-loan-contract.md');
    expect(md.length).toBe(5);
    expect(await clauses('html/consumer-loan-contract.html')).toEqual(md);
    expect(await clauses('docx/consumer-loan-contract.docx')).toEqual(md);
  });
});
