import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeText } from '../src/decode.js';
import { parseText, textDocument } from '../src/text.js';
import { InputError } from '../src/errors.js';
import { parseBuffer } from '../src/index.js';

const read = (f: string) => fs.readFileSync(new URL(`../../../fixtures/parsers/${f}`, import.meta.url));
const EXPECTED = '理财非存款、产品有风险、投资须谨慎。\n本产品保本保收益，稳赚不赔！\n';

describe('decodeText (real files)', () => {
  it.each([
    ['utf8-plain.txt', 'utf-8', false],
    ['utf8-bom.txt', 'utf-8', true],
    ['utf16le-bom.txt', 'utf-16le', true],
    ['utf16be-bom.txt', 'utf-16be', true],
  ])('%s', (file, encoding, bom) => {
    const d = decodeText(read(file));
    expect(d).toEqual({ text: EXPECTED, encoding, bom });
  });
  it('detects GBK and decodes it', () => {
    const d = decodeText(read('gbk.txt'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('启元理财：本产品保本保收益。');
  });
  it('refuses a binary file with a readable message', () => {
    expect(() => decodeText(read('binary.txt'))).toThrow(InputError);
    expect(() => decodeText(read('binary.txt'))).toThrow(/二进制/);
  });
  it('round-trips every encoding for --fix', () => {
    for (const f of ['utf8-plain.txt', 'utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'gbk.txt']) {
      const buf = read(f);
      const d = decodeText(buf);
      expect(Buffer.from(encodeText(d.text, d)).equals(buf), f).toBe(true);
    }
  });
});

describe('parseText', () => {
  it('gives positions in the original file (GBK)', () => {
    const doc = parseText(read('gbk.txt'));
    const at = doc.text.indexOf('年化利率');
    expect(doc.map.toSource(at)).toMatchObject({ line: 2, column: 5 });
    expect(doc.blocks).toHaveLength(2);
  });
  it('reads directive lines', () => {
    const doc = parseText(Buffer.from('# xiaobao-disable-next-line banned-terms -- 引用监管原文\n保本保收益\n'));
    expect(doc.directives[0]).toMatchObject({ kind: 'disable-next-line', rules: ['banned-terms'], line: 1 });
  });
  it('a source file kept as text (an iOS controller): its comments are blanked, its strings kept, lines and offsets unchanged, directives still read', () => {
    const src = read('ios-controller-source.txt').toString('utf8');
    const doc = parseText(read('ios-controller-source.txt'));
    expect(doc.text).toHaveLength(src.length);
    expect(doc.text.split('\n').length).toBe(src.split('\n').length);
    for (const gone of ['添加立即抢购按钮', '零风险说明', '100%安全', '已停用', 'ProductViewController.m']) expect(doc.text).not.toContain(gone);
    for (const kept of ['稳赚不赔的理财', 'https://www.example.com/help', '理财非存款、产品有风险、投资须谨慎', '#import']) expect(doc.text).toContain(kept);
    expect(doc.text.indexOf('稳赚不赔')).toBe(src.indexOf('稳赚不赔'));
    expect(doc.source).toBe(src);
    expect(doc.directives[0]).toMatchObject({ kind: 'disable-next-line', rules: ['banned-terms'] });
  });
  it('a text kept in a source file as its comments (a bank\'s rules pasted into a Java file, every line //…) is read: the comments are what the file holds', () => {
    const src = read('rules-in-comments.txt').toString('utf8');
    const doc = parseText(read('rules-in-comments.txt'));
    expect(doc.text).toBe(src);
    expect(doc.text).toContain('本行有权取消其参加积分奖励计划的资格');
    // (a source file whose code holds its text keeps its comments blanked: the iOS controller above)
    expect(parseText(read('ios-controller-source.txt')).text).not.toContain('添加立即抢购按钮');
  });
  it('plain text is left as it is, // and all: a note, a URL in running text, a slash in a date', () => {
    const note = '理财小贴士：年化收益率不等于实际收益。\n详见 https://www.example.com/faq 或 2024//03 的公告。\n// 这一行不是代码注释\n';
    expect(textDocument(note).text).toBe(note);
  });
});


describe('a text file that carries a page\'s markup', () => {
  it('is read as HTML (its <p> are paragraphs, its <b> bold, lines still those of the file); a text laid out by its lines, a <b> and <h3> or two in it, stays text', async () => {
    const doc = await parseBuffer(read('agreement-markup.txt'), 'agreement-markup.txt');
    expect(doc.format).toBe('html');
    expect(doc.text).not.toMatch(/<[a-z]/);
    const bold = doc.marks.filter((m) => m.kind === 'bold').map((m) => doc.text.slice(m.start, m.end)).join('');
    expect(bold).toBe('凡通过密码实现的交易，均视作甲方本人所为，由此产生的损失由甲方承担。');
    const at = doc.text.indexOf('乙方不承担责任');
    expect(doc.map.toSource(at).line).toBe(6);
    // (…its paragraphs are blocks: 2.1 and 2.2 are two, not one run of text)
    const blockOf = (s: string) => doc.blocks.findIndex((b) => b.start <= doc.text.indexOf(s) && doc.text.indexOf(s) < b.end);
    expect(blockOf('2.1 乙方')).not.toBe(blockOf('2.2 因不可抗力'));
    const lines = await parseBuffer(read('lines-with-bold.txt'), 'lines-with-bold.txt');
    expect(lines.format).toBe('text');
    expect(lines.text.split('\n').length).toBe(6);
  });
});

describe('an Android layout saved as .html', () => {
  it('is read as text: what the screen shows is in its attributes (android:text), which an HTML reading drops; a page of HTML stays HTML', async () => {
    const layout = '<?xml version="1.0" encoding="utf-8"?>\n<RelativeLayout xmlns:android="http://schemas.android.com/apk/res/android"\n    android:layout_width="match_parent">\n    <TextView android:text="可借额度" />\n    <Button android:text="立即借款" />\n</RelativeLayout>\n';
    const doc = await parseBuffer(new TextEncoder().encode(layout), 'home.html');
    expect(doc.format).toBe('text');
    expect(doc.text).toContain('android:text="立即借款"');
    const page = await parseBuffer(new TextEncoder().encode('<html><body><p title="立即借款">可借额度</p></body></html>'), 'page.html');
    expect(page.format).toBe('html');
    expect(page.text).not.toContain('立即借款');
  });
});
