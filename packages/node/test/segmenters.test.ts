// Both segmentation backends are real and give the same findings on the fixtures.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SegmenterError, loadSegmenter } from '@xiaobao/core';
import { requireBackend } from '../../core/src/segmenter.js';
import { fatalResult } from '@xiaobao/node';
import { Xiaobao, expandPatterns } from '@xiaobao/node';

const ROOT = path.resolve(__dirname, '../../..');

describe('segmenters', () => {
  it('a backend that is not installed (nodejieba is not shipped in the VS Code extension) is a plain error naming the setting', () => {
    let err: unknown;
    try { requireBackend('xiaobao-no-such-segmenter', 'nodejieba'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(SegmenterError);
    const msg = fatalResult('/x/a.md', err).messages[0].message;
    expect(msg).toContain('"segmenter": "nodejieba"');
    expect(msg).not.toContain('内部错误');
  });

  it('both backends load and segment with the financial dictionary', () => {
    for (const name of ['node-rs', 'nodejieba'] as const) {
      const s = loadSegmenter(name, '年化利率 20000 n\n最高额抵押 20000 n\n');
      expect(s.cut('年化利率为6%，设立最高额抵押'), name).toEqual(expect.arrayContaining(['年化利率', '最高额抵押']));
      expect(s.cut('确保本金安全'), name).toEqual(expect.arrayContaining(['确保', '本金']));
    }
  });

  it('give the same findings on every fixture', async () => {
    const { files } = await expandPatterns(['fixtures'], ROOT);
    const textFiles = files.filter((f) => /\.(md|txt)$/.test(f));
    expect(textFiles.length).toBeGreaterThan(5);
    const a = new Xiaobao({ cwd: ROOT, segmenter: 'node-rs', noConfig: true });
    const b = new Xiaobao({ cwd: ROOT, segmenter: 'nodejieba', noConfig: true });
    let total = 0;
    for (const f of textFiles) {
      const ra = await a.lintFile(f), rb = await b.lintFile(f);
      const key = (r: typeof ra) => r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).sort();
      expect(key(rb), path.relative(ROOT, f)).toEqual(key(ra));
      total += ra.messages.length;
    }
    expect(total).toBeGreaterThan(5);
  }, 120_000);
});
