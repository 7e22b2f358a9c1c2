// The editor re-lints a long document after each keystroke, and the engine then searches, normalises and scans only
// around the edit (and re-hashes only the fingerprints whose window changed). The findings must be exactly those of
// whole passes: after each of many random edits, the messages of a long-lived engine equal those of a second engine
// with the incremental passes switched off. Work is counted, not timed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintStats, incremental, normalizeStats, regexScanStats } from '@xiaobao/core';
import { Xiaobao } from '@xiaobao/node';

const ROOT = path.resolve(__dirname, '../../..');
const md = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? md(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));

// a deterministic random sequence (no test depends on the clock or Math.random)
function rng(seed: number) { return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648); }
const SNIPPETS = ['的', '稳赚不赔', '保本保息', '年化利率36%', '甲方有权调整利率', '被', '\n\n', '**', '# ', '，', '。', '由您自行承担', '日息0.05%', '<!-- xiaobao-disable-next-line -->\n', '|a|b|\n'];

describe('editor keystrokes in a long document', () => {
  it('give the findings of whole passes after each of 40 random edits, and redo little work', async () => {
    const files = md(path.join(ROOT, 'fixtures')).sort();
    let text = '';
    while (text.length < 40000) for (const f of files) text += `${fs.readFileSync(f, 'utf8')}\n\n`;
    const filePath = path.join(ROOT, 'keystroke.md');
    const live = new Xiaobao({ cwd: ROOT, noConfig: true });
    const whole = new Xiaobao({ cwd: ROOT, noConfig: true });
    const lintWhole = async (t: string) => { incremental.enabled = false; try { return await whole.lintText(t, { filePath, format: 'markdown' }); } finally { incremental.enabled = true; } };
    await live.lintText(text, { filePath, format: 'markdown' });
    const rand = rng(14);
    let units = 0, scanned = 0, hashed = 0, findings = 0, wholeUnits = 0, wholeScanned = 0;
    for (let k = 0; k < 40; k++) {
      const at = Math.floor(rand() * text.length);
      text = rand() < 0.3 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 5)) : text.slice(0, at) + SNIPPETS[Math.floor(rand() * SNIPPETS.length)] + text.slice(at);
      const u = normalizeStats.units, s = regexScanStats.units, h = fingerprintStats.hashed;
      const got = await live.lintText(text, { filePath, format: 'markdown' });
      units += normalizeStats.units - u; scanned += regexScanStats.units - s; hashed += fingerprintStats.hashed - h;
      findings += got.messages.length;
      const u2 = normalizeStats.units, s2 = regexScanStats.units;
      const want = await lintWhole(text);
      wholeUnits += normalizeStats.units - u2; wholeScanned += regexScanStats.units - s2;
      expect(got.messages).toEqual(want.messages);
      expect([got.kind, got.product]).toEqual([want.kind, want.product]);
    }
    // against whole passes: a small part of the normalising and of the patterns' searching, a few fingerprints hashed
    expect(units).toBeLessThan(wholeUnits / 10);
    expect(scanned).toBeLessThan(wholeScanned / 4);
    expect(hashed).toBeLessThan(findings / 100);
  });
});
