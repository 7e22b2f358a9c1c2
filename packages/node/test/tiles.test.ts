// One rule's hits in one "sentence" are one finding (不看征信，征信花了、黑户也能贷: one problem) — except where the sentence
// is a row of tiles: spans on their own source lines with nothing but space between the hits (no stop, no words), each a
// place a reviewer marks on its own line.
import { describe, expect, it } from 'vitest';
import { lintText } from '@xiaobao/node';

const credit = async (text: string, format: 'html' | 'markdown') =>
  (await lintText(text, { format, product: 'loan', kind: 'marketing', noConfig: true })).messages
    .filter((m) => m.ruleId === 'banned-terms/misleading-credit-promises').map((m) => m.line);

describe('a row of tiles is several places', () => {
  it('tiles on their own lines, only space and an image between: one finding per tile', async () => {
    const html = '<div><span>3步快速申请</span>\n<img src="a.png">\n<span>最快10分钟审核</span>\n<img src="a.png">\n<span>最快1小时到账</span>\n</div>\n<p>借款年化利率7.2%起</p>\n';
    expect(await credit(html, 'html')).toEqual([3, 5]);
  });
  it('the same two hits on one line stay one finding', async () => {
    const html = '<div><span>最快10分钟审核</span> <span>最快1小时到账</span></div>\n<p>借款年化利率7.2%起</p>\n';
    expect(await credit(html, 'html')).toEqual([1]);
  });
  it('a sentence wrapped over two lines with words between its hits stays one finding', async () => {
    const html = '<p>不看征信，征信花了\n也不要紧，黑户也能贷。</p>\n<p>借款年化利率7.2%起</p>\n';
    expect(await credit(html, 'html')).toEqual([1]);
  });
});
