// A negation reaches the term of its own clause (无手续费、零风险 stays negated; 本产品不保本 is no promise) — but not
// across a field boundary: an element on its own source line with a gap after it (<span>投资期限：无固定期限</span> then
// <span>预期收益：最高至3.5%</span>) is that field's value, and the next field's wording is the page's own.
import { describe, expect, it } from 'vitest';
import { lintText } from '@xiaobao/node';

const expected = async (html: string) =>
  (await lintText(html, { format: 'html', product: 'wealth', kind: 'marketing', noConfig: true })).messages
    .filter((m) => m.ruleId === 'banned-terms/expected-return-wording').map((m) => m.line);

describe('a negation does not reach into the next field', () => {
  it('无 in the field before, on its own line: the next field is still found', async () => {
    const html = '<div>\n<p>现金管理</p>\n<span>投资期限：无固定期限</span>\n<span>预期收益：最高至3.5%</span>\n</div>\n';
    expect(await expected(html)).toEqual([4]);
  });
  it('the same words in one element, on one line: the negation still governs', async () => {
    const html = '<div>\n<p>现金管理</p>\n<span>本产品无预期收益</span>\n</div>\n';
    expect(await expected(html)).toEqual([]);
  });
  it('one element wrapped over two source lines is one field: the negation still governs', async () => {
    const html = '<div>\n<p>现金管理</p>\n<p>本产品无\n   预期收益：最高至3.5%</p>\n</div>\n';
    expect(await expected(html)).toEqual([]);
  });
});
