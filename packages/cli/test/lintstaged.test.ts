// The lint-staged recipe of the README: a content repository installs xiaobao (here the packed tarballs) with husky
// and lint-staged from npm, `npx husky init`, .husky/pre-commit runs `npx lint-staged`, and lint-staged runs
// `xiaobao lint` on the staged .md/.txt/.html/.docx files. A commit with a banned promise is refused with the stylish
// output and the file is left as it was; a clean one goes through.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNED_MD, CLEAN_MD, git, gitInit, packTarballs, run, runOk, watchInstalls, type Watch } from './install-helpers';

let tmp: string, proj: string, watch: Watch;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-lint-staged-'));
  const tarballs = packTarballs(path.join(tmp, 'tgz'));
  watch = watchInstalls(tmp);
  proj = path.join(tmp, 'bank-content');
  gitInit(proj);
  fs.writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: 'bank-content', private: true, version: '1.0.0' }, null, 2));
  await runOk('npm', ['install', '--no-audit', '--no-fund', '-D', ...tarballs, 'husky@9', 'lint-staged@16'], { cwd: proj, env: watch.env, timeout: 240_000 });
  await runOk('npx', ['husky', 'init'], { cwd: proj, env: watch.env });
  fs.writeFileSync(path.join(proj, '.husky/pre-commit'), 'npx lint-staged\n');
  const pkg = JSON.parse(fs.readFileSync(path.join(proj, 'package.json'), 'utf8'));
  pkg['lint-staged'] = { '*.{md,markdown,txt,html,htm,docx}': 'xiaobao lint' };
  fs.writeFileSync(path.join(proj, 'package.json'), JSON.stringify(pkg, null, 2));
  fs.writeFileSync(path.join(proj, '.gitignore'), 'node_modules/\n');
  git(proj, ['add', 'package.json', 'package-lock.json', '.gitignore', '.husky/pre-commit']);
  await runOk('git', ['commit', '-q', '-m', 'husky + lint-staged + xiaobao'], { cwd: proj, env: watch.env });
}, 300_000);
afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

const commits = () => Number(git(proj, ['rev-list', '--count', 'HEAD']).stdout.trim());

describe('husky + lint-staged running xiaobao lint', () => {
  it('refuses a commit with a banned promise, showing the stylish report, and leaves the file as it was', async () => {
    fs.writeFileSync(path.join(proj, 'ad.md'), BANNED_MD);
    git(proj, ['add', 'ad.md']);
    const r = await run('git', ['commit', '-m', '广告'], { cwd: proj, env: watch.env });
    const output = r.stdout + r.stderr;
    expect(output).toContain('banned-terms/guaranteed-principal-or-return');
    expect(output).toContain('原文：“保本保收益，稳赚不赔”');
    expect(output).toMatch(/✖ 共 \d+ 个问题/);
    expect(r.status).not.toBe(0);
    expect(commits()).toBe(1);
    expect(fs.readFileSync(path.join(proj, 'ad.md'), 'utf8')).toBe(BANNED_MD);
    expect(git(proj, ['diff', '--cached', '--name-only']).stdout.trim()).toBe('ad.md');
  }, 120_000);

  it('lets a clean commit through', async () => {
    fs.writeFileSync(path.join(proj, 'ad.md'), CLEAN_MD);
    fs.writeFileSync(path.join(proj, 'notes.json'), '{"slogan":"稳赚不赔"}\n');
    git(proj, ['add', 'ad.md', 'notes.json']);
    const r = await run('git', ['commit', '-m', '广告（修改后）'], { cwd: proj, env: watch.env });
    expect(r.stderr).not.toContain('banned-terms');
    expect(r.status).toBe(0);
    expect(commits()).toBe(2);
  }, 120_000);

  it('the install ran no install script and no compiler', () => {
    expect(watch.scriptsRun()).toEqual([]);
    expect(watch.compilerCalls()).toEqual([]);
  });
});
