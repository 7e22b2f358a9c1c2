import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMarkdown, parseMarkdown } from '../src/markdown.js';
import { parseMarkdownLexical } from '../src/markdown-lexical.js';
import { parseString } from '../src/index.js';
await loadMarkdown(); // remark-gfm, for the tables

const FIX = new URL('../../../fixtures/parsers/', import.meta.url);
const src = fs.readFileSync(new URL('cjk-emphasis.md', FIX), 'utf8');
const doc = parseMarkdown(src);

const markedText = (kind?: string) => doc.marks.filter((m) => !kind || m.kind === kind).map((m) => doc.text.slice(m.start, m.end));
const blockOf = (needle: string) => doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes(needle))!;

describe('parseMarkdown (real fixture)', () => {
  it('treats **注意：**本条款 as bold (CJK-friendly emphasis)', () => {
    expect(markedText('bold')).toContain('注意：');
    expect(markedText('bold')).toContain('5.1 借款人逾期还款的，贷款人按借款利率上浮50%计收罚息。');
  });
  it('marks headings as emphasis and as heading blocks', () => {
    expect(markedText('heading')).toContain('个人贷款合同（节选）');
    expect(blockOf('个人贷款合同').type).toBe('heading');
  });
  it('leaves an unbolded clause outside every mark', () => {
    const b = blockOf('5.2 借款人提前还款');
    expect(doc.marks.some((m) => m.start < b.end && m.end > b.start)).toBe(false);
  });
  it('reads lists, blockquotes and table cells as blocks', () => {
    expect(blockOf('自动续费条款').type).toBe('list-item');
    expect(blockOf('引用段落第一行').type).toBe('blockquote');
    const cell = blockOf('6.80%');
    expect(cell.type).toBe('table-cell');
    expect(cell.row).toBe(2);
    expect(cell.col).toBe(2);
  });
  it('does not read code blocks as copy', () => {
    expect(doc.text).not.toContain('代码块中的保本保收益');
  });
  it('maps text offsets back to exact source lines and columns', () => {
    for (const needle of ['罚息', '违约金', '自动续费', '6.80%', '第二行', '加粗', '星号', '实体']) {
      const at = doc.text.indexOf(needle);
      const pos = doc.map.toSource(at);
      const line = src.split('\n')[pos.line - 1];
      expect(line.slice(pos.column - 1, pos.column - 1 + needle.length), needle).toBe(needle);
    }
  });
  it('maps a blockquote continuation line past its "> " prefix', () => {
    const at = doc.text.indexOf('引用段落第二行');
    expect(doc.map.toSource(at)).toMatchObject({ line: 10, column: 3 });
  });
  it('offers an emphasis edit that wraps the exact source span', () => {
    const at = doc.text.indexOf('5.2 借款人提前还款');
    const end = doc.text.indexOf('。', at) + 1;
    const edit = doc.emphasize!(at, end)!;
    expect(src.slice(edit.range[0], edit.range[1])).toBe(doc.text.slice(at, end));
    expect(edit.text).toBe(`**${doc.text.slice(at, end)}**`);
    const after = src.slice(0, edit.range[0]) + edit.text + src.slice(edit.range[1]);
    const again = parseMarkdown(after);
    const at2 = again.text.indexOf('5.2 借款人提前还款');
    expect(again.marks.some((m) => m.kind === 'bold' && m.start <= at2 && m.end > at2)).toBe(true);
  });
  it('reads inline directives in HTML comments', () => {
    const d = parseMarkdown('<!-- xiaobao-disable-next-line banned-terms/x -- 已核实 -->\n\n本产品保本。\n');
    expect(d.directives).toEqual([{ kind: 'disable-next-line', rules: ['banned-terms/x'], line: 2, reason: '已核实' }]);
  });
});

describe('prose indented four spaces (an indented code block only to CommonMark)', () => {
  const md = [
    '# 用户服务协议', '',
    '    本协议可由我们随时更新，修改后的协议一经公布立即生效，恕不另行通知。', '',
    '    您继续使用本服务即视为接受修改后的协议。', '',
    '```', '围起来的代码块中的保本保收益不检查', '```', '',
    '    const rate = 0.05; // 年化利率，保本保收益', '',
  ].join('\n');
  it('reads the indented prose, each line a plain paragraph at its own source line; not fenced code, nor code with Chinese comments', () => {
    const d = parseMarkdown(md, { chunkFrom: Infinity });
    const paras = d.blocks.filter((b) => b.type === 'paragraph').map((b) => d.text.slice(b.start, b.end));
    expect(paras).toEqual(['本协议可由我们随时更新，修改后的协议一经公布立即生效，恕不另行通知。', '您继续使用本服务即视为接受修改后的协议。']);
    const at = d.text.indexOf('您继续使用');
    expect(d.map.toSource(at)).toMatchObject({ line: 5, column: 5 });
    expect(d.text).not.toContain('围起来的代码块');
    expect(d.text).not.toContain('const rate');
    expect(d.marks.some((m) => m.kind === 'bold')).toBe(false);
  });
  it('the tree reads what the cheap view reads (the lexical view keeps indented lines as text)', () => {
    const lex = parseMarkdownLexical(md);
    expect(lex.text).toContain('您继续使用本服务即视为接受修改后的协议。');
    expect(parseMarkdown(md).text).toContain('您继续使用本服务即视为接受修改后的协议。');
  });
});

describe('nesting beyond what the tree can hold (found by fuzzing)', () => {
  it('a line of 10,000 > is refused in one readable line, not an internal error', async () => {
    const { parseMarkdownAsync } = await import('../src/markdown.js');
    const { InputError } = await import('../src/errors.js');
    const deep = `**日利率0.02%起**，年化利率（单利）7.2%起。\n${'>'.repeat(10000)}保本\n`;
    const err = await parseMarkdownAsync(deep).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain('嵌套层级过深');
    expect((err as Error).message).not.toContain('\n');
  });
  // remark's time grows with the cube of a list's depth (400 levels 3.3 s, 800 levels 25 s): a list a hundred deep is refused
  // before remark sees it, by a scan of the lines whose work is their length
  it('a contract with a list nested 400 deep is refused in one line; 99 deep, and deep indentation that is no list, parse', async () => {
    const { parseMarkdownAsync } = await import('../src/markdown.js');
    const { InputError } = await import('../src/errors.js');
    const list = (n: number, indent = (i: number) => '  '.repeat(i)) => `借款合同\n\n第一条 借款人提前还款的，应支付违约金。\n\n${Array.from({ length: n }, (_, i) => `${indent(i)}- x\n`).join('')}`;
    for (const deep of [list(400), list(400, (i) => '\t'.repeat(i >> 1) + (i & 1 ? '  ' : ''))]) {
      const err = await parseMarkdownAsync(deep).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toContain('Markdown 的嵌套层级过深');
      expect((err as Error).message).not.toContain('\n');
    }
    expect((await parseMarkdownAsync(list(99))).text).toContain('违约金');
    // (each line four columns past the item's text continues it: one item, however far in)
    const wide = `- 保本\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(6 + 2 * i)}- x\n`).join('')}`;
    expect((await parseMarkdownAsync(wide)).text).toContain('保本');
  });
  it('300 levels still parse (a quote of quotes is deep, not damaged)', async () => {
    const { parseMarkdownAsync } = await import('../src/markdown.js');
    const doc = await parseMarkdownAsync(`${'>'.repeat(300)}保本保收益\n`);
    expect(doc.text).toContain('保本保收益');
  });
});

describe('HTML nested beyond what the tree can hold (found by fuzzing)', () => {
  it('2,000 nested <div>s are refused in one readable line; 200 parse', async () => {
    // (parseString imported above)
    const { InputError } = await import('../src/errors.js');
    const nest = (n: number) => `<html><body>${'<div>'.repeat(n)}保本保收益${'</div>'.repeat(n)}</body></html>`;
    const err = await parseString(nest(2000), 'html').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain('HTML 的嵌套层级过深');
    expect((await parseString(nest(200), 'html')).text).toContain('保本保收益');
  });
  it('a Markdown line of 40,000 > is refused before the tree is built', async () => {
    const { parseMarkdownAsync } = await import('../src/markdown.js');
    const err = await parseMarkdownAsync(`# 合同\n\n${'>'.repeat(40000)}\n`).then(() => undefined, (e: unknown) => e);
    expect((err as Error).message).toContain('Markdown 的嵌套层级过深');
  });
});

describe('a list item that is one link names another page (block.link)', () => {
  const linked = (d: { text: string; blocks: { start: number; end: number; link?: boolean }[] }) => d.blocks.filter((b) => b.link).map((b) => d.text.slice(b.start, b.end).replace(/[\s\-[\]]+/g, ''));
  it('in HTML: <li><a href> alone (through inline wrappers), not an item with words beside its link, nor a link without a target', async () => {
    const d = await parseString('<ul><li><a href="/n/1">余额宝疯涨成国内第一基金</a></li><li> <span><a href="/n/2">目前最好的理财方式</a></span> </li><li>详见<a href="/n/3">产品说明</a></li><li><a>无目标</a></li></ul>', 'html');
    expect(linked(d)).toEqual(['余额宝疯涨成国内第一基金', '目前最好的理财方式']);
  });
  it('in HTML, a link that goes to another page is marked away; one to "#", "" or a script is not (a tile of this page)', async () => {
    const d = await parseString('<ul><li><a href="https://hui.example.com/">限时秒杀</a></li><li><a href="#"><span class="pic1"></span><strong>高收益、低门槛</strong></a></li><li><a href="">余额宝疯涨成国内第一基金</a></li><li><a href="javascript:void();">[12期免息]耳机</a></li><li><a href="/youhui/">限时抢购</a></li></ul>', 'html');
    const away = d.blocks.filter((b) => (b as { away?: boolean }).away).map((b) => d.text.slice(b.start, b.end).trim());
    expect(away).toEqual(['限时秒杀', '限时抢购']);
    expect(linked(d)).toHaveLength(5);
  });
  it('in HTML, a heading that is one link to another page is marked away (an article list\'s headline); one with words beside its link, or linking to "#", is not', async () => {
    const d = await parseString('<h2><a href="/zhishi/1.shtml">不计免赔条款</a></h2><p>条款内容</p><h2>保险条款 <a href="/t.pdf">下载</a></h2><h3><a href="#">免责条款</a></h3>', 'html');
    const away = d.blocks.filter((b) => (b as { away?: boolean }).away).map((b) => d.text.slice(b.start, b.end).trim());
    expect(away).toEqual(['不计免赔条款']);
    expect(d.blocks.find((b) => b.away)?.type).toBe('heading');
  });
  it('in Markdown, the tree and the cheap view alike: `- [标题](/url)` alone, not `- 详见[说明](/url)`', async () => {
    const md = '# 资讯\n\n- [余额宝疯涨成国内第一基金](/n/1)\n- 详见[产品说明](/n/2)\n- 国内第一\n';
    expect(linked(parseMarkdown(md))).toEqual(['余额宝疯涨成国内第一基金']);
    expect(linked(parseMarkdownLexical(md))).toEqual(['余额宝疯涨成国内第一基金']);
  });
});

describe('the cheap view\'s plainSpan: whether the lines around a span carry markup', () => {
  // the reference: the lines around the span found by searching for their breaks, as it was written first
  const naive = (text: string, start: number, end: number) => {
    const a = text.lastIndexOf('\n', start - 1) + 1;
    let b = text.indexOf('\n', end);
    if (b < 0) b = text.length;
    const next = text.indexOf('\n', b + 1);
    return !/^\s{0,3}#|\*\*|__|<[a-z]/i.test(text.slice(a, b)) && !/^\s*(=+|-+)\s*$/m.test(text.slice(b + 1, next < 0 ? undefined : next));
  };
  it('answers as the lines say, on every span of random lines of markup and plain rates (spans within and across lines, the first and the last line)', () => {
    const piece = fc.constantFrom('日息0.02%，', '年化利率7.3%，', '**', '# ', '__', '<b>', '\n', '\n===\n', '\n---\n', ' ', '手续费');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (parts, x, y) => {
      const src = parts.join('');
      if (src.startsWith('\n')) return; // (the first offset of a text that opens with a break: the old search read it as the next line's)
      const doc = parseMarkdownLexical(src);
      const start = x % (doc.text.length + 1), end = Math.min(doc.text.length, start + (y % 40));
      expect(doc.plainSpan!(start, end)).toBe(naive(doc.text, start, end));
    }), { numRuns: 500 });
  });
  it('a span at the start, the middle and the end of one long line of rates, and on a line under a heading', () => {
    const line = '日息0.02%，年化利率7.3%，'.repeat(2000);
    const doc = parseMarkdownLexical(`# 标题\n${line}\n**粗体**年化利率7.3%`);
    const at = (s: string, from = 0) => doc.text.indexOf(s, from);
    expect(doc.plainSpan!(at('日息'), at('日息') + 7)).toBe(true);
    expect(doc.plainSpan!(at('日息', 20000), at('日息', 20000) + 7)).toBe(true);
    expect(doc.plainSpan!(at('标题'), at('标题') + 2)).toBe(false);
    expect(doc.plainSpan!(at('年化利率7.3%', doc.text.length - 12), doc.text.length)).toBe(false);
  });
});
