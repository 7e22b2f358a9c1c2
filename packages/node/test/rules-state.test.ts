// The bundled rule set written at build time (scripts/rules-state.mjs → dist/rules-state.json): taken only while every
// file it was read from is as it was then (size, modification and change time), so an edited, added or removed pack is
// read from the rules directory as before, without a rebuild, and the findings are those of the files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkedPacks, statePatternKeys, loadBundledRules, readRuleSet, parseState, rulesStateJson, stateText, useRulesState } from '../src/packs.js';
import { Linter, literalKey, type RulePack } from '@xiaobao/core';
import { parseString } from '@xiaobao/parsers';
import { Xiaobao } from '../src/engine.js';

const ROOT = path.resolve(__dirname, '../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-rules-state-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(() => useRulesState(path.join(tmp, 'none.json')));

let n = 0;
/** a copy of rules/ and a state written for it */
function setup() {
  const dir = path.join(tmp, `rules-${++n}`);
  fs.cpSync(path.join(ROOT, 'rules'), dir, { recursive: true });
  const state = path.join(tmp, `state-${n}.json`);
  fs.writeFileSync(state, rulesStateJson(dir, path.join(ROOT, 'packages/node/dist/literals.json')));
  useRulesState(state);
  return { dir, state };
}
/** a rule's message as the set gives it */
const message = (set: ReturnType<typeof loadBundledRules>, id: string) => set.packs.flatMap((p) => p.rules).find((r) => r.id === id)?.message.zh;
const ID = 'banned-terms/guaranteed-principal-or-return';
/** a rule set as JSON, each rule's examples left out as the state leaves them */
const withoutExamples = (set: unknown) =>
  JSON.parse(JSON.stringify(set, (_, v) => (v && typeof v === 'object' && 'engine' in v && 'examples' in v ? { ...v, examples: { valid: [], invalid: [] } } : v)));
/** rewrite a file later than it was written (an editor's save), keeping or changing its size */
function edit(file: string, f: (s: string) => string) {
  const before = fs.statSync(file);
  fs.writeFileSync(file, f(fs.readFileSync(file, 'utf8')));
  const t = new Date(before.mtimeMs + 5000);
  fs.utimesSync(file, t, t);
}

describe('the build-time rule set', () => {
  it('is the rule set the files give, and is taken while they are unchanged', () => {
    const { dir, state } = setup();
    expect(JSON.parse(JSON.stringify(loadBundledRules(dir)))).toEqual(withoutExamples(readRuleSet(dir)));
    // taken: a state that says otherwise is what loads
    const [, s, later] = JSON.parse(fs.readFileSync(state, 'utf8'));
    for (const r of s.packs.flatMap((p: { rules: { id: string; message: { zh: string } }[] }) => p.rules)) if (r.id === ID) r.message.zh = 'FROM STATE';
    fs.writeFileSync(state, JSON.stringify([JSON.stringify(s).length, s, later]));
    useRulesState(state);
    expect(message(loadBundledRules(dir), ID)).toBe('FROM STATE');
    expect(Object.keys(s.literals).length).toBeGreaterThan(100);
  });

  it("parses the emphasis rules' shapes when a document needs them (a contract), never for a marketing page", async () => {
    const { dir } = setup();
    const emphasis = loadBundledRules(dir).packs.flatMap((p) => p.rules).filter((r) => r.engine === 'emphasis');
    const read = () => emphasis.filter((r) => !Object.getOwnPropertyDescriptor(r, 'shapes')!.get).length;
    expect(emphasis.length).toBeGreaterThan(3);
    const x = new Xiaobao({ cwd: ROOT, rulesDir: dir });
    await x.lintFile(path.join(ROOT, 'fixtures/wealth/product-notice-clean.md'));
    expect(read()).toBe(0);
    const contract = await x.lintFile(path.join(ROOT, 'fixtures/contract/consumer-loan-contract.md'));
    expect(read()).toBe(emphasis.length);
    expect(contract.messages.some((m) => m.ruleId?.startsWith('key-clause-emphasis/'))).toBe(true);
    // the same shapes as the files give
    expect(JSON.parse(JSON.stringify(emphasis.map((r) => r.shapes)))).toEqual(readRuleSet(dir).packs.flatMap((p) => p.rules).filter((r) => r.engine === 'emphasis').map((r) => r.shapes));
  });

  it('leaves the rules\' examples out; asked for them, the files are read (they are what explain shows)', () => {
    const { dir } = setup();
    const rules = (set: ReturnType<typeof loadBundledRules>) => set.packs.flatMap((p) => p.rules);
    expect(rules(loadBundledRules(dir)).every((r) => !r.examples.valid.length && !r.examples.invalid.length)).toBe(true);
    const withExamples = loadBundledRules(dir, { examples: true });
    expect(JSON.parse(JSON.stringify(withExamples))).toEqual(JSON.parse(JSON.stringify(readRuleSet(dir))));
    expect(rules(withExamples).find((r) => r.id === ID)!.examples.invalid.length).toBeGreaterThan(0);
    // the same rules otherwise, in the same order, with the same keys
    expect(rules(loadBundledRules(dir)).map((r) => Object.keys(r).join())).toEqual(rules(withExamples).map((r) => Object.keys(r).join()));
  });

  it.each([
    ['a pack edited to the same size', (dir: string) => edit(path.join(dir, 'banned-terms.json'), (t) => t.replace('明示或暗示保本', '明示或暗示保息'))],
    ['a pack edited to another size', (dir: string) => edit(path.join(dir, 'banned-terms.json'), (t) => t.replace('明示或暗示保本', '明示或暗示保本保息'))],
    ['a pack touched', (dir: string) => edit(path.join(dir, 'other.json'), (t) => t)],
    ['the dictionary edited', (dir: string) => edit(path.join(dir, 'dict/finance.dict.txt'), (t) => `${t}\n新词语 10 n\n`)],
    ['the index edited (a pack removed)', (dir: string) => edit(path.join(dir, 'index.json'), (t) => t.replace('"other.json"', '"other-2.json"'))],
    ['a pack removed', (dir: string) => fs.rmSync(path.join(dir, 'other.json'))],
    ['a pack the index names created', (dir: string) => { edit(path.join(dir, 'index.json'), (t) => t.replace('"other.json"', '"other.json", "extra.json"')); }],
    ['the discourse data edited', (dir: string) => edit(path.join(dir, 'discourse.json'), (t) => t.replace('"description"', '"description" '))],
  ])('is not taken after %s: the files are read', (_, change) => {
    const { dir, state } = setup();
    const [, s, later] = JSON.parse(fs.readFileSync(state, 'utf8'));
    for (const r of s.packs.flatMap((p: { rules: { id: string; message: { zh: string } }[] }) => p.rules)) if (r.id === ID) r.message.zh = 'FROM STATE';
    fs.writeFileSync(state, JSON.stringify([JSON.stringify(s).length, s, later]));
    change(dir);
    useRulesState(state);
    const set = loadBundledRules(dir);
    expect(message(set, ID)).not.toBe('FROM STATE');
    expect(JSON.parse(JSON.stringify(set))).toEqual(JSON.parse(JSON.stringify(readRuleSet(dir))));
  });

  it('a rules directory without its detection data, or whose index names a data file it lacks, is refused in readable lines; an absent pack is not', async () => {
    const { dir } = setup();
    fs.rmSync(path.join(dir, 'detect.json'));
    useRulesState(path.join(tmp, 'none.json'));
    expect(() => loadBundledRules(dir)).toThrow(/index\.json: 列出的文件 detect\.json 不存在/);
    // (through the API: the file's one fatal message names the index and the missing file)
    const r = await new Xiaobao({ rulesDir: dir, noConfig: true }).lintText('本产品保本保收益');
    expect([r.fatalErrorCount, r.messages.length]).toEqual([1, 1]);
    expect(r.messages[0].message).toMatch(/index\.json: 列出的文件 detect\.json 不存在/);
    const other = setup().dir;
    edit(path.join(other, 'index.json'), (t) => t.replace(/,?\s*"detection"\s*:\s*"[^"]*"/, ''));
    useRulesState(path.join(tmp, 'none.json'));
    expect(() => loadBundledRules(other)).toThrow(/未指定 detection/);
    const third = setup().dir;
    fs.rmSync(path.join(third, 'discourse.json'));
    useRulesState(path.join(tmp, 'none.json'));
    expect(() => readRuleSet(third)).toThrow(/discourse\.json/);
    const fourth = setup().dir;
    fs.rmSync(path.join(fourth, 'other.json'));
    expect(readRuleSet(fourth).packs.length).toBeGreaterThan(2);
  });

  it('a pack absent at build time and created later makes it stale', () => {
    const dir = path.join(tmp, `rules-${++n}`);
    fs.cpSync(path.join(ROOT, 'rules'), dir, { recursive: true });
    const extra = JSON.parse(fs.readFileSync(path.join(dir, 'other.json'), 'utf8'));
    extra.rules = extra.rules.slice(0, 1).map((r: { id: string }) => ({ ...r, id: 'extra/one' }));
    edit(path.join(dir, 'index.json'), (t) => t.replace('"other.json"', '"other.json", "extra.json"'));
    const state = path.join(tmp, `state-${n}.json`);
    fs.writeFileSync(state, rulesStateJson(dir));
    useRulesState(state);
    expect(loadBundledRules(dir).packs.flatMap((p) => p.rules).some((r) => r.id === 'extra/one')).toBe(false);
    fs.writeFileSync(path.join(dir, 'extra.json'), JSON.stringify(extra));
    useRulesState(state);
    expect(loadBundledRules(dir).packs.flatMap((p) => p.rules).some((r) => r.id === 'extra/one')).toBe(true);
  });

  it('another rules directory, or packs to validate, read the files', () => {
    const { dir, state } = setup();
    const other = path.join(tmp, `rules-${++n}`);
    fs.cpSync(dir, other, { recursive: true }); // the same bytes, other files
    const [, s, later] = JSON.parse(fs.readFileSync(state, 'utf8'));
    s.version = 'FROM STATE';
    fs.writeFileSync(state, JSON.stringify([JSON.stringify(s).length, s, later]));
    useRulesState(state);
    expect(loadBundledRules(other).version).not.toBe('FROM STATE');
    useRulesState(state);
    process.env.XIAOBAO_VALIDATE_PACKS = '1';
    try { expect(loadBundledRules(dir).version).not.toBe('FROM STATE'); } finally { delete process.env.XIAOBAO_VALIDATE_PACKS; }
    useRulesState(state);
    expect(loadBundledRules(dir).version).toBe('FROM STATE');
  });

  it('a stale state gives the findings of the edited pack; a fresh one those of the files', async () => {
    const { dir, state } = setup();
    const file = path.join(ROOT, 'fixtures/wealth/spring-wechat-article.md');
    const lint = async () => (await new Xiaobao({ rulesDir: dir, noConfig: true }).lintFiles([file])).results[0].messages.map((m) => `${m.ruleId} ${m.message}`);
    useRulesState(path.join(tmp, 'none.json'));
    const files = await lint();
    useRulesState(state);
    expect(await lint()).toEqual(files);
    edit(path.join(dir, 'banned-terms.json'), (t) => t.replaceAll('明示或暗示保本', '明示或暗示保息'));
    useRulesState(state);
    const edited = await lint();
    expect(edited.some((m) => m.includes('明示或暗示保息'))).toBe(true);
    useRulesState(path.join(tmp, 'none.json'));
    expect(await lint()).toEqual(edited);
  });

  it('its packs are compiled when first searched, with the findings of packs compiled at once; any other pack is compiled at once', async () => {
    const { dir } = setup();
    const set = loadBundledRules(dir);
    expect(set.packs.length).toBeGreaterThan(3);
    expect(set.packs.every((p) => checkedPacks.has(p))).toBe(true);
    const files = ['wealth/product-notice-clean.md', 'contract/consumer-loan-contract.md', 'wealth/spring-wechat-article.md'].map((f) => path.join(ROOT, 'fixtures', f));
    for (const d of ['fixtures/contract', 'fixtures/loan', 'fixtures/wealth', 'fixtures/credit-card']) for (const f of fs.readdirSync(path.join(ROOT, d))) if (/\.(md|txt)$/.test(f)) files.push(path.join(ROOT, d, f));
    // each terms pattern's literal key is read with it: the key its source gives
    const withPatterns = set.packs.flatMap((p) => p.rules).filter((r) => r.patterns?.length);
    expect(withPatterns.length).toBeGreaterThan(10);
    for (const r of withPatterns) expect(statePatternKeys.get(r), r.id).toEqual(r.patterns!.map((src) => literalKey(new RegExp(src, 'g').source, 'g')));
    const known = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/node/dist/literals.json'), 'utf8')) as Record<string, string[][]>;
    const [lazy, eager] = [(p: RulePack) => checkedPacks.has(p), undefined].map((checked) => new Linter({ packs: set.packs, discourse: set.discourse, dictionary: set.dictionary, checked, literals: known, patternKeys: checked && ((r) => statePatternKeys.get(r)) }));
    for (const f of files) {
      const doc = await parseString(fs.readFileSync(f, 'utf8'), f.endsWith('.md') ? 'markdown' : 'text');
      expect(JSON.stringify(lazy.lint(doc).findings), f).toBe(JSON.stringify(eager.lint(doc).findings));
    }
    // a user's pack with a pattern that does not compile is refused when the linter is built, checked packs beside it or not
    const user = { name: 'user', version: '1', rules: [{ ...set.packs[0].rules.find((r) => r.engine === 'terms')!, id: 'user/bad', terms: [], patterns: ['保本('] }] } as unknown as RulePack;
    expect(() => new Linter({ packs: [...set.packs, user], checked: (p) => checkedPacks.has(p) })).toThrow(SyntaxError);
    const shapes = { name: 'user', version: '1', rules: [{ ...set.packs.flatMap((p) => p.rules).find((r) => r.engine === 'emphasis')!, id: 'user/bad-shape', shapes: [{ name: 'x', pattern: '[' }] }] } as unknown as RulePack;
    expect(() => new Linter({ packs: [...set.packs, shapes], checked: (p) => checkedPacks.has(p) })).toThrow(SyntaxError);
    // …and a state is not written for a pack whose pattern does not compile
    const bad = path.join(tmp, `rules-${++n}`);
    fs.cpSync(dir, bad, { recursive: true });
    edit(path.join(bad, 'banned-terms.json'), (t) => t.replace('"patterns": [', '"patterns": ["保本(", '));
    expect(() => rulesStateJson(bad)).toThrow(SyntaxError);
    // …nor for one whose term's context pattern does not compile (the state's context patterns are compiled when first tried)
    const badContext = path.join(tmp, `rules-${++n}`);
    fs.cpSync(dir, badContext, { recursive: true });
    edit(path.join(badContext, 'banned-terms.json'), (t) => t.replace('"notFollowedBy": "(?:奖|礼|红包|道具|名次)"', '"notFollowedBy": "(?:奖|礼"'));
    expect(() => rulesStateJson(badContext)).toThrow(SyntaxError);
  });

  it("read into the buffer the CLI's bin offers (taken once, by the first read), or read apart when it does not fit", () => {
    const { dir, state } = setup();
    const SCRATCH = Symbol.for('xiaobao.scratch');
    const g = globalThis as { [SCRATCH]?: Buffer };
    const want = JSON.stringify(loadBundledRules(dir));
    for (const size of [fs.statSync(state).size + 10, 16]) {
      useRulesState(state);
      const scratch = Buffer.alloc(size, 0x41);
      g[SCRATCH] = scratch;
      expect(JSON.stringify(loadBundledRules(dir))).toBe(want);
      expect(g[SCRATCH]).toBeUndefined();
      // the bytes were read into it (when they fit), and it is no longer needed: the state is a string's parse
      if (size > 16) { expect(scratch.subarray(0, 16).toString('latin1')).toMatch(/^\[\d+,\{"v"/); scratch.fill(0); expect(JSON.stringify(loadBundledRules(dir))).toBe(want); }
    }
  });

  it('the CLI reads the state the build wrote for rules/, and an edited copy of rules/ is read from its files', () => {
    // the state next to the CLI's bundle holds what rules/ gives, stamped as rules/ is now: the CLI takes it
    // (written in UTF-16 after a byte-order mark: read as the linter reads it)
    const bytes = fs.readFileSync(path.join(ROOT, 'packages/cli/dist/rules-state.json'));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const built = parseState(stateText(bytes));
    expect({ packs: built.packs, dictionary: built.dictionary, discourse: built.discourse, detection: built.detection, files: built.files.map((f: string) => path.join(ROOT, 'rules', f)), version: built.version })
      .toEqual(withoutExamples(readRuleSet(path.join(ROOT, 'rules'))));
    built.version = 'FROM STATE';
    fs.writeFileSync(path.join(tmp, 'cli-state.json'), JSON.stringify(built));
    useRulesState(path.join(tmp, 'cli-state.json'));
    expect(loadBundledRules(path.join(ROOT, 'rules')).version).toBe('FROM STATE');
    const bin = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
    const args = [bin, 'lint', '--format', 'json', '--no-config', 'fixtures/wealth/spring-wechat-article.md'];
    const want = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    const dir = path.join(tmp, `rules-${++n}`);
    fs.cpSync(path.join(ROOT, 'rules'), dir, { recursive: true });
    const copy = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XIAOBAO_RULES_DIR: dir } });
    expect([copy.status, copy.stdout, copy.stderr]).toEqual([want.status, want.stdout, want.stderr]);
    edit(path.join(dir, 'banned-terms.json'), (t) => t.replaceAll('明示或暗示保本', '明示或暗示保息'));
    const edited = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XIAOBAO_RULES_DIR: dir } });
    expect(edited.stdout).toContain('明示或暗示保息');
    expect(edited.stdout.replaceAll('明示或暗示保息', '明示或暗示保本')).toBe(want.stdout);
  });
});
