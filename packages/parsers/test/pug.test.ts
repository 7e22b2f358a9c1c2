// Pages and components written in Pug: each element line is a block of its own (a heading, a paragraph, a list item),
// its text what follows the tag and its attributes, at its own line; an ordinary HTML page reads as it always has.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/html.js';
import { parseBuffer } from '../src/index.js';
import { Xiaobao } from '@xiaobao/node';

const ROOT = path.resolve(__dirname, '../../..');
type Doc = ReturnType<typeof parseHtml>;
const blocks = (d: Doc) => d.blocks.map((b) => `${b.type} ${d.text.slice(b.start, b.end)}`);
const lineOf = (d: Doc, needle: string) => d.map.toSource(d.text.indexOf(needle)).line;

const PAGE = [
  'extends layout',
  'block content',
  '  //- 产品列表（注释：不展示）',
  '  section.products',
  '    h2 我们的产品',
  '    .item-box',
  '      h3 周转贷',
  '      ul',
  '        li 产品期限：1-12个月',
  '        li(class="rate") 产品利息：0.05%',
  '        li 到账时间：1个工作日',
  '    p.note(style="color:#333")',
  '      | 以上信息仅供参考，',
  '      | 以审批结果为准。',
  '    -',
  "      tips=[{'title':'额度灵活','des':'按需申请随借随还'},{'img':'/a.png','alt':'图片说明文字'}]",
  '    each t in tips',
  '      p #{t.des}',
  '',
].join('\n');

describe('a page written in Pug', () => {
  it('reads each element line as its own block at its own line: headings, list items, piped text, the data its template prints', () => {
    const d = parseHtml(PAGE);
    expect(blocks(d)).toEqual([
      'heading 我们的产品',
      'heading 周转贷',
      'list-item 产品期限：1-12个月',
      'list-item 产品利息：0.05%',
      'list-item 到账时间：1个工作日',
      'paragraph 以上信息仅供参考， 以审批结果为准。',
      // (the data's des, which the template prints; not its title, which it does not)
      'paragraph 按需申请随借随还',
    ]);
    expect(lineOf(d, '产品利息')).toBe(10);
    expect(lineOf(d, '到账时间')).toBe(11);
    expect(lineOf(d, '以审批结果')).toBe(14);
    expect(lineOf(d, '按需申请')).toBe(16);
    // (a comment, the keywords, an image's alt in data no slot prints, and a slot alone are not what the page shows)
    expect(d.text).not.toMatch(/注释|extends|block|图片说明|#\{/);
  });
  it('a loan page in Pug: each bare rate is reported at its own line, not all of them at the first', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true });
    const src = 'extends layout\nblock content\n  .products\n    h5 车贷\n    ol\n      li 产品周期：3个月\n      li 产品利息：1.5%\n    h5 信用贷\n    ol\n      li 产品周期：6个月\n      li 产品利息：0.05%\n';
    const r = await x.lintText(src, { format: 'html', filePath: 'index.html', product: 'loan', kind: 'marketing' });
    expect(r.messages.filter((m) => m.ruleId === 'rate-disclosure/apr-missing-in-loan-marketing').map((m) => `${m.line} ${m.text}`)).toEqual(['7 产品利息：1.5%', '11 产品利息：0.05%']);
  });
  it('a Vue component\'s <template lang="pug">: its lines are elements, inline markup in a line read as markup; its style sheet applies', () => {
    const src = '<template lang="pug">\n  section.agreement\n    h2 《用户服务协议》\n    ol\n      li 本协议详见<a href="/x">官网</a>公示。\n      li 本公司不承担任何责任。\n    em 本人已阅读并同意。\n</template>\n<style>\nem { text-decoration: underline; }\n</style>\n';
    const d = parseHtml(src);
    expect(blocks(d)).toEqual(['heading 《用户服务协议》', 'list-item 本协议详见官网公示。', 'list-item 本公司不承担任何责任。', 'paragraph 本人已阅读并同意。']);
    expect(lineOf(d, '本公司不承担')).toBe(6);
    const at = d.text.indexOf('本人已阅读');
    expect(d.marks.some((m) => m.kind === 'underline' && m.start <= at && at < m.end)).toBe(true);
    expect(d.marks.some((m) => m.kind === 'underline' && m.start <= d.text.indexOf('本公司') && d.text.indexOf('本公司') < m.end)).toBe(false);
  });
});

describe('near misses: what is not Pug reads as before', () => {
  it('an ordinary HTML page of the same content is unchanged: its blocks, their lines', () => {
    const src = '<html><body>\n<h2>我们的产品</h2>\n<ul>\n<li>产品期限：1-12个月</li>\n<li>产品利息：0.05%</li>\n</ul>\n<p>以上信息仅供参考，以审批结果为准。</p>\n</body></html>\n';
    const d = parseHtml(src);
    expect(blocks(d)).toEqual(['heading 我们的产品', 'list-item 产品期限：1-12个月', 'list-item 产品利息：0.05%', 'paragraph 以上信息仅供参考，以审批结果为准。']);
    expect(lineOf(d, '产品利息')).toBe(5);
  });
  it('text with no markup whose lines start with words, and a <template> that is not Pug, are not read as Pug', async () => {
    // (running text — English lines that start with a word a tag is named after, a list written with dashes)
    const prose = 'a short note on fees\np.s. see the table below\n- 月利率1.5%\n- 到账时间：当天\nb 类客户另行通知\n';
    const d = await parseBuffer(Buffer.from(prose), 'note.html');
    expect(d.blocks.length).toBe(1);
    expect(d.text).toContain('a short note on fees');
    const vue = '<template>\n  <div class="x">\n    <h3>风险提示</h3>\n    <p>投资有风险</p>\n  </div>\n</template>\n';
    expect(blocks(parseHtml(vue))).toEqual(['heading 风险提示', 'paragraph 投资有风险']);
  });
});
