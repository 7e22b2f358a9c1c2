// One .vsix per platform: scripts/package.mjs (after pnpm build) writes a .vsix for each VS Code target that
// @node-rs/jieba ships a binary for; each (a zip) must be marked for its target and hold exactly that platform's
// N-API binary and no other, the rest of its content the same for every target. The linux-x64 one is the one the
// end-to-end test installs (test/e2e/e2e.sh); here its segmenter is loaded from the unpacked .vsix.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const JSZip = createRequire(path.join(ROOT, 'packages/parsers/package.json'))('jszip');
const EXPECTED: Record<string, string> = {
  'linux-x64': 'linux-x64-gnu',
  'linux-arm64': 'linux-arm64-gnu',
  'linux-armhf': 'linux-arm-gnueabihf',
  'alpine-x64': 'linux-x64-musl',
  'alpine-arm64': 'linux-arm64-musl',
  'darwin-x64': 'darwin-x64',
  'darwin-arm64': 'darwin-arm64',
  'win32-x64': 'win32-x64-msvc',
  'win32-arm64': 'win32-arm64-msvc',
};
let out: string;
const zips = new Map<string, any>();

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-vsix-test-'));
  // asynchronously: a long synchronous call would starve the test worker's RPC
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'packages/vscode/scripts/package.mjs'), '--out-dir', out], { timeout: 600_000, maxBuffer: 1 << 26 });
  for (const f of fs.readdirSync(out)) zips.set(f, await JSZip.loadAsync(fs.readFileSync(path.join(out, f))));
}, 600_000);
afterAll(() => { if (out) fs.rmSync(out, { recursive: true, force: true }); });

describe('the .vsix per platform', () => {
  it('one for each target, at least linux-x64, linux-arm64, darwin-x64, darwin-arm64 and win32-x64', () => {
    expect([...zips.keys()].sort()).toEqual(Object.keys(EXPECTED).map((t) => `xiaobao-vscode-${t}.vsix`).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: marked for its target, holding the jieba-%s binary and no other', async (target, plat) => {
    const zip = zips.get(`xiaobao-vscode-${target}.vsix`);
    const names: string[] = Object.keys(zip.files);
    expect(names.filter((n) => n.endsWith('.node'))).toEqual([`extension/dist/node_modules/@node-rs/jieba-${plat}/jieba.${plat}.node`]);
    const scoped = new Set(names.filter((n) => n.startsWith('extension/dist/node_modules/@node-rs/')).map((n) => n.split('/')[4]));
    expect([...scoped].sort()).toEqual(['jieba', `jieba-${plat}`]);
    expect(await zip.file('extension.vsixmanifest').async('string')).toContain(`TargetPlatform="${target}"`);
    const binary = await zip.file(`extension/dist/node_modules/@node-rs/jieba-${plat}/jieba.${plat}.node`).async('uint8array');
    expect(binary.length).toBeGreaterThan(500_000);
  });

  it('apart from the binary package, every .vsix holds the same files', () => {
    const common = (z: any) => Object.keys(z.files).filter((n) => !/^extension\/dist\/node_modules\/@node-rs\/jieba-/.test(n) && n !== 'extension.vsixmanifest').sort();
    const first = common(zips.get('xiaobao-vscode-linux-x64.vsix'));
    expect(first).toContain('extension/dist/server.js');
    expect(first).toContain('extension/rules/index.json');
    for (const z of zips.values()) expect(common(z)).toEqual(first);
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')('the linux-x64 .vsix segments with its own binary, unpacked', async () => {
    const zip = zips.get('xiaobao-vscode-linux-x64.vsix');
    const dir = fs.mkdtempSync(path.join(out, 'unpacked-'));
    for (const [name, f] of Object.entries<any>(zip.files)) {
      if (f.dir || !name.startsWith('extension/dist/node_modules/')) continue;
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), await f.async('nodebuffer'));
    }
    const r = spawnSync(process.execPath, ['-e', "const { Jieba } = require('@node-rs/jieba'); const { dict } = require('@node-rs/jieba/dict'); console.log(Jieba.withDict(dict).cut('本产品保本保息', false).join('/'))"], { cwd: path.join(dir, 'extension/dist'), encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^本/);
    expect(r.stdout.split('/').length).toBeGreaterThan(2);
  });
});
