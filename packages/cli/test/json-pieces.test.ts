// --format json written piece by piece: the pieces joined are exactly the one-string JSON, whatever the piece size,
// and the process prints it with one final line break (as a file written with --output holds it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, jsonPieces } from '../src/formatters/json.js';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');

describe('jsonPieces', () => {
  it('joins to the text of json(), for every piece size, with and without results', () => {
    const r = spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', 'fixtures/wealth', 'fixtures/loan'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const results = JSON.parse(r.stdout);
    expect(results.length).toBeGreaterThan(5);
    for (const list of [results, results.slice(0, 1), []]) {
      const whole = json(list);
      for (const size of [1, 100, 5000, 1 << 20]) {
        const pieces = [...jsonPieces(list, size)];
        expect(pieces.join('')).toBe(whole);
        if (size === 1) expect(pieces.length).toBe(list.length + 1);
      }
    }
  });

  it('prints what --output writes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-pieces-'));
    const file = path.join(dir, 'out.json');
    const printed = spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', 'fixtures/wealth'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const written = spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', '--output', file, 'fixtures/wealth'], { cwd: ROOT, encoding: 'utf8' });
    expect(written.status).toBe(printed.status);
    expect(printed.stdout.endsWith(']\n')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(printed.stdout);
  });
});
