// The pre-commit hook (.pre-commit-hooks.yaml at the repository root), installed by the real `pre-commit` tool from a
// git copy of this repository (the files a commit of this worktree would hold), with the packed tarballs as
// additional_dependencies in place of the npm release: a commit with a banned promise is refused with the stylish
// output, a clean one goes through, and installing the hook ran no install script and no compiler (npm finds nothing
// to install at this repository's root: .pnpmfile.cjs). Needs `pre-commit` (Debian package; .ci/run installs it).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNED_MD, CLEAN_MD, ROOT, VERSION, git, gitInit, npmLogCount, packTarballs, run, watchInstalls, type Watch } from './install-helpers';

let tmp: string, hookRepo: string, proj: string, tarballs: string[], watch: Watch, env: Record<string, string>;
const manifest = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-pre-commit-'));
  tarballs = packTarballs(path.join(tmp, 'tgz'));
  watch = watchInstalls(tmp);
  env = { ...watch.env, PRE_COMMIT_HOME: path.join(tmp, 'pre-commit-home') };
  // the hook repository: this worktree's tracked and new files (not the held-out corpus/), committed
  hookRepo = path.join(tmp, 'xiaobao');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f && !f.startsWith('corpus/') && fs.existsSync(path.join(ROOT, f)));
  for (const f of files) { fs.mkdirSync(path.dirname(path.join(hookRepo, f)), { recursive: true }); fs.copyFileSync(path.join(ROOT, f), path.join(hookRepo, f)); }
  gitInit(hookRepo);
  git(hookRepo, ['add', '-A']);
  git(hookRepo, ['commit', '-q', '-m', 'xiaobao']);
  const rev = git(hookRepo, ['rev-parse', 'HEAD']).stdout.trim();
  // a content repository using the hook
  proj = path.join(tmp, 'bank-content');
  gitInit(proj);
  fs.writeFileSync(path.join(proj, '.pre-commit-config.yaml'), [
    'repos:',
    `  - repo: ${hookRepo}`,
    `    rev: ${rev}`,
    '    hooks:',
    '      - id: xiaobao',
    `        additional_dependencies: [${tarballs.map((t) => JSON.stringify(t)).join(', ')}]`,
    '',
  ].join('\n'));
  git(proj, ['add', '.pre-commit-config.yaml']);
  execFileSync('pre-commit', ['install'], { cwd: proj, env, stdio: 'ignore' });
}, 300_000);
afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

const commit = (msg: string) => run('git', ['commit', '-m', msg], { cwd: proj, env, timeout: 300_000 });
const commits = () => Number(git(proj, ['rev-list', '--count', '--all']).stdout.trim() || 0);

describe('.pre-commit-hooks.yaml', () => {
  it('declares the xiaobao hook: node with the system Node, pinned to this release, on .md/.txt/.html/.docx', () => {
    expect(manifest).toMatch(/^- id: xiaobao$/m);
    expect(manifest).toMatch(/^ {2}entry: xiaobao lint$/m);
    expect(manifest).toMatch(/^ {2}language: node$/m);
    expect(manifest).toMatch(/^ {2}language_version: system$/m);
    expect(manifest).toContain(`additional_dependencies: ['xiaobao@${VERSION}']`);
    const files = new RegExp(/^ {2}files: '\(\?i\)(.*)'$/m.exec(manifest)![1], 'i');
    for (const f of ['a.md', 'b.TXT', 'c.html', 'd.htm', 'e.docx', 'f.markdown']) expect(f).toMatch(files);
    for (const f of ['a.doc', 'b.json', 'c.pdf', 'md']) expect(f).not.toMatch(files);
  });
});

describe('the real pre-commit, hook installed from a copy of this repository', () => {
  it('refuses a commit with a banned promise, showing the stylish report', async () => {
    fs.writeFileSync(path.join(proj, 'ad.md'), BANNED_MD);
    git(proj, ['add', 'ad.md']);
    const r = await commit('广告');
    const output = r.stdout + r.stderr;
    expect(output).toMatch(/xiaobao 消保审查\.+Failed/);
    expect(output).toContain('banned-terms/guaranteed-principal-or-return');
    expect(output).toContain('原文：“保本保收益，稳赚不赔”');
    expect(output).toMatch(/✖ 共 \d+ 个问题/);
    expect(r.status).not.toBe(0);
    expect(commits()).toBe(0);
  }, 300_000);

  it('lets a clean commit through (files of other types are not passed to the hook)', async () => {
    git(proj, ['rm', '-q', '--cached', 'ad.md']);
    fs.writeFileSync(path.join(proj, 'ad.md'), CLEAN_MD);
    fs.writeFileSync(path.join(proj, 'data.json'), '{"slogan":"稳赚不赔"}\n');
    git(proj, ['add', 'ad.md', 'data.json']);
    const r = await commit('广告（修改后）');
    expect(r.stdout + r.stderr).toMatch(/xiaobao 消保审查\.+Passed/);
    expect(r.status).toBe(0);
    expect(commits()).toBe(1);
  }, 300_000);

  it("the README's `repo: local` recipe works the same", async () => {
    const local = path.join(tmp, 'local-recipe');
    gitInit(local);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const recipe = /```yaml\n(repos:\n {2}- repo: local\n[\s\S]*?)```/.exec(readme)![1];
    fs.writeFileSync(path.join(local, '.pre-commit-config.yaml'), recipe.replace(/additional_dependencies: \[.*\]/, `additional_dependencies: [${tarballs.map((t) => JSON.stringify(t)).join(', ')}]`));
    execFileSync('pre-commit', ['install'], { cwd: local, env, stdio: 'ignore' });
    fs.writeFileSync(path.join(local, 'sms.txt'), BANNED_MD);
    git(local, ['add', '.pre-commit-config.yaml', 'sms.txt']);
    const r = await run('git', ['commit', '-m', '短信'], { cwd: local, env, timeout: 300_000 });
    expect(r.stdout + r.stderr).toContain('banned-terms/guaranteed-principal-or-return');
    expect(r.status).not.toBe(0);
    fs.writeFileSync(path.join(local, 'sms.txt'), CLEAN_MD);
    git(local, ['add', 'sms.txt']);
    expect((await run('git', ['commit', '-m', '短信'], { cwd: local, env })).status).toBe(0);
  }, 300_000);

  it('installing the hook ran no install script and no compiler', () => {
    expect(npmLogCount(watch)).toBeGreaterThanOrEqual(3); // npm install, npm pack, npm install -g
    expect(watch.scriptsRun()).toEqual([]);
    expect(watch.compilerCalls()).toEqual([]);
  });

  it('the install current pre-commit (≥ 4) runs instead also works: npm install -g git+file://<clone> <deps>', async () => {
    const prefix = path.join(tmp, 'pre-commit-4-env');
    const w = watchInstalls(path.join(tmp, 'pc4'));
    const e = { ...w.env, npm_config_prefix: prefix, NPM_CONFIG_PREFIX: prefix };
    const inst = await run('npm', ['install', '--allow-git=root', '--install-links', '-g', `git+file://${hookRepo}`, ...tarballs], { cwd: hookRepo, env: e, timeout: 240_000 });
    expect(inst.stderr).not.toMatch(/npm error/);
    expect(inst.status).toBe(0);
    fs.writeFileSync(path.join(tmp, 'ad.md'), BANNED_MD);
    const r = spawnSync(path.join(prefix, 'bin/xiaobao'), ['lint', 'ad.md'], { cwd: tmp, env: e, encoding: 'utf8' });
    expect(r.stdout).toContain('banned-terms/guaranteed-principal-or-return');
    expect(r.status).toBe(1);
    expect(w.scriptsRun()).toEqual([]);
    expect(w.compilerCalls()).toEqual([]);
  }, 300_000);
});
