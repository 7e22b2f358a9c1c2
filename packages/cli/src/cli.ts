// xiaobao — the command line. Exit codes: 0 no errors, 1 errors found, 2 usage, config or input problem.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { KINDS, PRODUCTS, type DocKind, type Locale, type Product, type RuleLevel, type SegmenterName } from '@xiaobao/core';
import { ConfigError, WAIVERS_FILE, packsHash, writeReviewedDocx, Xiaobao, applyWaivers, loadBundledRules, readWaivers, writeWaivers, type Concurrency, type LintResult } from '@xiaobao/node';
import { decodeText, encodeText } from '@xiaobao/parsers';
import { json, jsonPieces } from './formatters/json.js';
import { jsonCompact } from './formatters/json-compact.js';
import { formatBasis, stylish } from './formatters/stylish.js';
import { github, junit, sarif } from './formatters/machine.js';
import { htmlReport } from './formatters/html.js';
import { reviewCommand } from './review.js';
import { stdoutIsTTY, writeOut } from './stdout.js';

const require = createRequire(import.meta.url);
const VERSION: string = (() => { try { return require('../package.json').version; } catch { return '0.0.0'; } })();

const HELP = `xiaobao ${VERSION} — 金融营销与合同消保审查 (consumer-protection linter for Chinese financial copy)

用法 Usage:
  xiaobao lint [文件|目录|glob ...]   检查文件（默认当前目录） lint files (default: .)
  xiaobao rules                       列出规则及依据 list the rules with their basis
  xiaobao explain <规则id>            解释一条规则 explain one rule
  xiaobao web [--port N]              在本机启动网页版（浏览器中检查，离线可用） serve the browser version locally
  xiaobao review [文件|目录 ...] --out <目录>  审查意见书、批注副本和台账 review opinions, reviewed copies, the ledger
      --reviewer <姓名>  --previous <上一版文件|审查记录.json>  （另接受 lint 的 --locale --as-of --concurrency --cache 等；见 docs/review.md）

lint 选项 options:
  --format stylish|json|json-compact|sarif|junit|github|html  输出格式（默认 stylish；html 为审查报告；json-compact 的依据按规则列一次）
  -o, --output <文件>       写入文件而不是标准输出
  --max-warnings <N>        警告多于 N 个时退出码为 1
  --fail-on error|warn      出现错误（默认）或任何警告即退出码 1
  --quiet                   只报告错误
  --write-waivers           将现有问题全部写入 xiaobao-waivers.json（基线）  --reviewer <姓名>
  --waivers <文件>          豁免文件（默认在配置文件旁或当前目录）
  --locale zh|en            消息语言（默认 zh）
  --product <类型>          指定产品类型 ${PRODUCTS.join('|')}
  --kind <类型>             指定文档类型 ${KINDS.join('|')}
  --fix                     自动修复 Markdown、文本和 HTML 文件（原子写入；.docx 不改动）
  --config <文件>           使用指定配置文件  --no-config 忽略配置文件
  --rule <id>=<off|warn|error>  临时调整规则级别（可重复）
  --strict                  启用 xiaobao:strict 预设
  --as-of <YYYY-MM-DD>      按该日期生效的规则审查（默认今天；用于按发布日期复审旧材料）
  --segmenter node-rs|nodejieba  分词后端
  --concurrency auto|off|N  多文件时的工作线程数（默认 off）
  --cache [--cache-location 目录]  复用未改动文件的结果（默认 .xiaobao-cache/）
  --shard i/n               只检查第 i 份（共 n 份，按路径稳定分配）
  -h, --help  -v, --version

退出码 Exit codes: 0 无错误 no errors · 1 发现错误 errors found · 2 用法/配置/输入问题 usage, config or input problem`;

class UsageError extends Error {}

const shownName = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));

/** a fix's temporary file beside its file: the file's name (its first 120 bytes: a name near the 255-byte limit must not
 * push the temporary one past it — found by fuzzing), the process and .tmp */
function tempName(base: string): string {
  const chars = [...base];
  while (Buffer.byteLength(chars.join('')) > 120) chars.pop();
  return `.${chars.join('')}.xiaobao-${process.pid}.tmp`;
}

function out(s: string) { if (s) writeOut(s.endsWith('\n') ? s : `${s}\n`); }
/** `out` of the pieces' concatenation, written piece by piece */
function outPieces(pieces: Iterable<string>) {
  let last = '';
  for (const p of pieces) { if (last) writeOut(last); last = p; }
  out(last);
}
function err(s: string) { process.stderr.write(s.endsWith('\n') ? s : `${s}\n`); }

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    if (e instanceof UsageError) { err(`xiaobao: ${e.message}\n运行 xiaobao --help 查看用法（see xiaobao --help）`); return 2; }
    if (e instanceof ConfigError) { err(e.message.split('\n').map((l) => `xiaobao: 配置错误（config error）${l}`).join('\n')); return 2; }
    throw e;
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        locale: { type: 'string' },
        product: { type: 'string' },
        kind: { type: 'string' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        strict: { type: 'boolean' },
        'as-of': { type: 'string' },
        segmenter: { type: 'string' },
        annotate: { type: 'string' },
        concurrency: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        'fail-on': { type: 'string' },
        quiet: { type: 'boolean' },
        'write-waivers': { type: 'boolean' },
        reviewer: { type: 'string' },
        waivers: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        port: { type: 'string' },
        out: { type: 'string' },
        previous: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) throw new UsageError(`--${name} 的取值应为 ${allowed.join('|')}，收到 “${v}”（invalid --${name}）`);
  return v as T;
}

async function run(argv: string[]): Promise<number> {
  const { values: o, positionals } = parse(argv);
  if (o.version) { out(VERSION); return 0; }
  const [cmd, ...rest] = positionals;
  if (o.help || !cmd) { out(HELP); return cmd || o.help ? 0 : 2; }
  const locale = oneOf('locale', o.locale, ['zh', 'en'] as const) ?? 'zh';
  const cwd = process.cwd();

  if (cmd === 'rules' || cmd === 'explain') {
    const x = new Xiaobao({ cwd });
    const set = loadBundledRules(x.rulesDir, { examples: cmd === 'explain' });
    const rules = set.packs.flatMap((p) => p.rules);
    if (cmd === 'rules') {
      if (o.format === 'json') { out(JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, title: r.title[locale], basis: r.basis, appliesTo: r.appliesTo, strict: !!r.strict, ...(r.since ? { since: r.since } : {}) })))); return 0; }
      let s = '';
      let fam = '';
      for (const r of rules) {
        const f = r.id.split('/')[0];
        if (f !== fam) { s += `\n${f}\n`; fam = f; }
        s += `  ${r.id.padEnd(58)} ${r.severity === 'error' ? (locale === 'zh' ? '错误' : 'error') : (locale === 'zh' ? '警告' : 'warn ')}${r.strict ? (locale === 'zh' ? '（仅 strict）' : ' (strict only)') : ''}${r.since ? (locale === 'zh' ? `（${r.since} 起施行）` : ` (from ${r.since})`) : ''}  ${r.title[locale]}\n      ${locale === 'zh' ? '依据' : 'basis'}：${formatBasis(r.basis)}\n`;
      }
      out(s + `\n${locale === 'zh' ? `共 ${rules.length} 条规则` : `${rules.length} rules`}`);
      return 0;
    }
    const id = rest[0];
    if (!id) throw new UsageError('explain 需要一个规则 id，例如 xiaobao explain banned-terms/guaranteed-principal-or-return');
    const r = rules.find((x) => x.id === id) ?? rules.find((x) => x.id.endsWith(`/${id}`));
    if (!r) { err(`xiaobao: 没有规则 “${id}”（no such rule）。运行 xiaobao rules 查看全部规则。`); return 2; }
    const ex = (e: string | { text: string }) => (typeof e === 'string' ? e : e.text);
    const zh = locale === 'zh';
    out([
      `${r.id} — ${r.title[locale]}`,
      `${zh ? '级别' : 'Severity'}：${r.severity}${r.strict ? (zh ? '（仅 xiaobao:strict）' : ' (xiaobao:strict only)') : ''}`,
      `${zh ? '适用' : 'Applies to'}：${r.appliesTo.products.join(', ')} / ${r.appliesTo.kinds.join(', ')}`,
      ...(r.since ? [`${zh ? '施行日期' : 'In force from'}：${r.since}${zh ? '（--as-of 早于此日期时不检查）' : ' (not checked with an earlier --as-of)'}`] : []),
      `${zh ? '说明' : 'Message'}：${r.message[locale].replace(/\{\w+\}/g, '…')}`,
      `${zh ? '建议' : 'Instead'}：${r.suggestion[locale].replace(/\{\w+\}/g, '…')}`,
      `${zh ? '依据' : 'Basis'}：`,
      ...r.basis.map((b) => `  - ${b.instrument}${b.article ?? ''}（${zh ? '可信度' : 'confidence'} ${b.confidence}）`),
      ...(r.terms?.length ? [`${zh ? '词条' : 'Terms'}：${r.terms.flatMap((t) => (typeof t === 'string' ? [t] : [t.text, ...(t.variants ?? [])].map((x) => `${x}${t.since ? (zh ? `（${t.since} 起）` : ` (from ${t.since})`) : ''}`))).join('、')}`] : []),
      `${zh ? '违规示例' : 'Invalid'}：`, ...r.examples.invalid.map((e) => `  ✗ ${ex(e)}`),
      `${zh ? '合规示例' : 'Valid'}：`, ...r.examples.valid.map((e) => `  ✓ ${ex(e)}`),
    ].join('\n'));
    return 0;
  }

  if (cmd === 'web') return (await import('./web.js')).web(o.port, locale, err, out);

  if (cmd !== 'lint' && cmd !== 'review') throw new UsageError(`未知命令 “${cmd}”（unknown command）`);
  const format = oneOf('format', o.format, ['stylish', 'json', 'json-compact', 'sarif', 'junit', 'github', 'html'] as const) ?? 'stylish';
  const failOn = oneOf('fail-on', o['fail-on'], ['error', 'warn'] as const) ?? 'error';
  let maxWarnings = -1;
  if (o['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(o['max-warnings'])) throw new UsageError(`--max-warnings 需要非负整数，收到 “${o['max-warnings']}”`);
    maxWarnings = Number(o['max-warnings']);
  }
  const product = oneOf('product', o.product, PRODUCTS) as Product | undefined;
  const kind = oneOf('kind', o.kind, KINDS) as DocKind | undefined;
  const segmenter = oneOf('segmenter', o.segmenter, ['node-rs', 'nodejieba'] as const) as SegmenterName | undefined;
  const rules: Record<string, RuleLevel> = {};
  for (const r of o.rule ?? []) {
    const m = /^([a-z0-9-]+(?:\/[a-z0-9-]+)?)[=:](off|warn|error)$/.exec(r);
    if (!m) throw new UsageError(`--rule 的格式应为 规则id=off|warn|error，收到 “${r}”`);
    rules[m[1]] = m[2] as RuleLevel;
  }
  if (o.config && !fs.existsSync(path.resolve(cwd, o.config))) throw new UsageError(`找不到配置文件 “${o.config}”（config file not found）`);
  let concurrency: Concurrency = 'off';
  if (o.concurrency !== undefined) {
    if (o.concurrency === 'auto' || o.concurrency === 'off') concurrency = o.concurrency;
    else if (/^[1-9]\d*$/.test(o.concurrency)) concurrency = Number(o.concurrency);
    else throw new UsageError(`--concurrency 的取值应为 auto、off 或正整数，收到 “${o.concurrency}”`);
  }
  let shard: { index: number; count: number } | undefined;
  if (o.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(o.shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard 的格式应为 i/n（1 ≤ i ≤ n），收到 “${o.shard}”`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  // a progress line on an interactive terminal for runs longer than about two seconds; never in CI or when piped. Whether
  // stderr is a terminal is asked only then: process.stderr is a stream built on first use (~2 ms, and Node's net and
  // stream modules when it is a pipe), which a short run never needs.
  const started = Date.now();
  let shownAt = 0;
  const progress = !process.env.CI
    ? (done: number, total: number) => {
      const now = Date.now();
      if (now - started < Number(process.env.XIAOBAO_PROGRESS_AFTER_MS ?? 2000) || (now - shownAt < 100 && done < total)) return;
      if (!process.stderr.isTTY) return;
      shownAt = now;
      process.stderr.write(`\r检查中 ${done}/${total}（${Math.round((done / total) * 100)}%）`);
      if (done === total) process.stderr.write('\r\x1b[K');
    }
    : undefined;
  const asOf = o['as-of'];
  if (asOf !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(Date.parse(asOf)))) throw new UsageError(`--as-of 应为日期 YYYY-MM-DD，收到 “${asOf}”（--as-of takes a date）`);
  const x = new Xiaobao({ onProgress: progress, cwd, locale: locale as Locale, product, kind, segmenter, fix: !!o.fix, rules, strict: o.strict ? true : undefined, asOf, configFile: o.config, noConfig: o['no-config'], concurrency, cache: !!o.cache, cacheLocation: o['cache-location'], shard });
  if (cmd === 'review') return reviewCommand(x, rest, { out: o.out, reviewer: o.reviewer, previous: o.previous, waivers: o.waivers, config: o.config }, VERSION, (m) => new UsageError(m));
  const { results, unmatched } = await x.lintFiles(rest.length ? rest : ['.']);
  for (const p of unmatched) err(`xiaobao: 没有找到可检查的文件：“${p}”（no files match）`);

  // waivers: next to the config file, else in the working folder (or --waivers FILE)
  const cfgFile = o.config ? path.resolve(cwd, o.config) : undefined;
  const waiverFile = o.waivers ? path.resolve(cwd, o.waivers) : path.join(cfgFile ? path.dirname(cfgFile) : cwd, WAIVERS_FILE);
  const waiverBase = path.dirname(waiverFile);
  if (o['write-waivers']) {
    const n = writeWaivers(waiverFile, results, waiverBase, o.reviewer ?? process.env.USER ?? '');
    err(`xiaobao: 已将 ${n} 个现有问题写入 ${path.relative(cwd, waiverFile) || waiverFile}（baseline written）`);
  }
  let waivers: ReturnType<typeof readWaivers> = [];
  try { waivers = readWaivers(waiverFile); } catch (e) { throw new ConfigError(waiverFile, [`无法读取豁免文件（invalid waivers file）: ${(e as Error).message}`]); }
  if (waivers.length) applyWaivers(results, waivers, waiverBase, waiverFile);

  if (o.fix) writeFixes(results);
  if (o.annotate) await annotate(results, path.resolve(cwd, o.annotate));

  const warningsTotal = results.reduce((n, r) => n + r.warningCount, 0);
  // --quiet reports errors only (warnings still count for --max-warnings, as in ESLint)
  const shown = o.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 })) : results;
  // (stylish prints nothing for results without messages: stdout, a stream built on first use, is asked only when it prints)
  const color = !o.output && (o['no-color'] ? false : o.color ? true : shown.some((r) => r.messages.length > 0) && stdoutIsTTY() && !process.env.NO_COLOR && !process.env.CI);
  // the JSON of a large run is written as it is made (jsonPieces), the other formats as one text
  if (format === 'json' && !o.output) outPieces(jsonPieces(shown));
  else {
    const ruleList = format === 'sarif' ? loadBundledRules(x.rulesDir).packs.flatMap((p) => p.rules) : [];
    const text = format === 'json' ? json(shown)
      : format === 'json-compact' ? jsonCompact(shown)
      : format === 'sarif' ? sarif(shown, ruleList, { cwd, version: VERSION })
      : format === 'junit' ? junit(shown, { cwd })
      : format === 'github' ? github(shown, { cwd })
      : format === 'html' ? htmlReport(shown, { version: VERSION, ...packsStamp(x.rulesDir), date: new Date(), cwd })
      : stylish(shown, { cwd, color, locale: locale as Locale });
    if (o.output) {
      const target = path.resolve(cwd, o.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(`${target}.tmp`, text.endsWith('\n') || !text ? text : `${text}\n`);
      fs.renameSync(`${target}.tmp`, target);
    } else out(text);
  }
  // (a name with a line break or another control character in it is shown escaped: one refused file, one line)
  // the same error on many files (an invalid config governs them all) is one report naming how many files it stopped
  const fatal = new Map<string, string[]>();
  for (const r of results) for (const m of r.messages) if (m.fatal) fatal.set(m.message, [...(fatal.get(m.message) ?? []), shownName(path.relative(cwd, r.filePath) || r.filePath)]);
  for (const [message, names] of fatal) err(`xiaobao: ${names[0]}${names.length > 1 ? ` 等 ${names.length} 个文件（and ${names.length - 1} more file${names.length > 2 ? 's' : ''}）` : ''}: ${message}`);
  if (unmatched.length || results.some((r) => r.fatalErrorCount)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  if (failOn === 'warn' && warningsTotal > 0) return 1;
  if (maxWarnings >= 0 && warningsTotal > maxWarnings) {
    err(`xiaobao: 警告数 ${warningsTotal} 超过 --max-warnings ${maxWarnings}（too many warnings）`);
    return 1;
  }
  return 0;
}

function writeFixes(results: LintResult[]) {
  for (const r of results) {
    if (r.output === undefined || r.output === r.source) continue;
    const original = fs.readFileSync(r.filePath);
    // keep the file's own encoding and BOM
    const d = decodeText(original);
    const bytes = encodeText(r.output, d);
    const tmp = path.join(path.dirname(r.filePath), tempName(path.basename(r.filePath)));
    try {
      const mode = fs.statSync(r.filePath).mode;
      fs.writeFileSync(tmp, bytes, { mode });
      fs.renameSync(tmp, r.filePath);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      r.messages.push({ ruleId: null, fatal: true, severity: 2, message: `无法写入修复结果（cannot write the fixed file）: ${(e as Error).message}`, line: 1, column: 1 });
      r.fatalErrorCount++;
    }
  }
}

function packsStamp(rulesDir: string) {
  const index = JSON.parse(fs.readFileSync(path.join(rulesDir, 'index.json'), 'utf8'));
  return { packsVersion: String(index.version ?? '0'), packsHash: packsHash(rulesDir) };
}

async function annotate(results: LintResult[], dir: string) {
  for (const r of results.filter((x) => x.format === 'docx' && !x.fatalErrorCount)) {
    try { await writeReviewedDocx(r, dir); }
    catch (e) { err(`xiaobao: ${r.filePath}: ${(e as Error).message}`); }
  }
}
