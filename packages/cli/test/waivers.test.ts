// Waivers through the CLI: a baseline, edits elsewhere, a fix that makes the waiver stale, expiry, SARIF.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');

describe('waivers', () => {
  it('a baseline waiver survives paragraphs inserted above, goes stale when the text is fixed, and expires', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-waive-'));
    const run = (...a: string[]) => { const r = spawnSync(process.execPath, [BIN, 'lint', ...a], { cwd: dir, encoding: 'utf8' }); return { code: r.status, out: r.stdout, err: r.stderr }; };
    const doc = path.join(dir, 'ad.md');
    fs.writeFileSync(doc, '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品历史上从未亏损，稳赚不赔。\n');
    expect(run('ad.md').code).toBe(1);
    const w = run('--write-waivers', '--reviewer', '张审核', 'ad.md');
    expect(w.err).toMatch(/已将 1 个现有问题写入 xiaobao-waivers\.json/);
    const file = JSON.parse(fs.readFileSync(path.join(dir, 'xiaobao-waivers.json'), 'utf8'));
    expect(file.waivers[0]).toMatchObject({ file: 'ad.md', reviewer: '张审核', text: '从未亏损，稳赚不赔' });
    expect(run('ad.md').code).toBe(0);

    // edits elsewhere: two paragraphs above, the finding moves from line 5 to line 9
    fs.writeFileSync(doc, '# 启元理财\n\n新增段落一。\n\n新增段落二。\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品历史上从未亏损，稳赚不赔。\n');
    const j = JSON.parse(run('--format', 'json', 'ad.md').out)[0];
    expect(j.messages).toEqual([]);
    expect(j.suppressedMessages[0]).toMatchObject({ line: 9, suppressions: [{ kind: 'external', justification: expect.stringContaining('张审核') }] });
    const sarif = JSON.parse(run('--format', 'sarif', 'ad.md').out);
    expect(sarif.runs[0].results[0].suppressions[0].kind).toBe('external');

    // the text is fixed: the waiver is stale and says so
    fs.writeFileSync(doc, '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品不保证本金和收益。\n');
    const s = JSON.parse(run('--format', 'json', 'ad.md').out)[0];
    expect(s.messages.map((m: any) => m.ruleId)).toEqual(['waivers/stale']);

    // expired: the finding comes back with a note
    fs.writeFileSync(doc, '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品历史上从未亏损，稳赚不赔。\n');
    file.waivers[0].expires = '2020-01-01';
    fs.writeFileSync(path.join(dir, 'xiaobao-waivers.json'), JSON.stringify(file));
    const e = JSON.parse(run('--format', 'json', 'ad.md').out)[0];
    expect(e.messages.map((m: any) => m.ruleId)).toEqual([expect.stringMatching(/^banned-terms\//), 'waivers/expired']);
  });
});
