#!/usr/bin/env node
// Generates docs/rules/<family>/<name>.md from the rule packs and docs/config.md from the config schema.
//   node scripts/gen-docs.mjs          write the pages
//   node scripts/gen-docs.mjs --check  exit 1 if a committed page differs from what the packs say
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES = path.join(ROOT, 'rules');
const check = process.argv.includes('--check');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const packs = index.packs.map((p) => JSON.parse(fs.readFileSync(path.join(RULES, p), 'utf8')));
const pages = new Map();
const ex = (e) => (typeof e === 'string' ? e : e.text + (e.product ? `（${e.product}${e.kind ? ` / ${e.kind}` : ''}）` : ''));
const block = (s) => s.split('\n').map((l) => `> ${l}`).join('\n');

for (const pack of packs) for (const r of pack.rules) {
  const [family, name] = r.id.split('/');
  const terms = (r.terms ?? []).flatMap((t) => (typeof t === 'string' ? [t] : [t.text, ...(t.variants ?? [])]));
  pages.set(`docs/rules/${family}/${name}.md`, `# ${r.id}

**${r.title.zh}** — ${r.title.en}

| | |
|---|---|
| 级别 severity | ${r.severity}${r.strict ? '（仅 xiaobao:strict）' : ''} |
| 引擎 engine | ${r.engine} |
| 适用产品 products | ${r.appliesTo.products.join(', ')} |
| 适用文档 kinds | ${r.appliesTo.kinds.join(', ')} |
${r.since ? `| 生效 since | ${r.since} |\n` : ''}
## 说明 Message

${r.message.zh}

${r.message.en}

## 应当怎样写 What to write instead

${r.suggestion.zh}

${r.suggestion.en}

## 依据 Basis

${r.basis.map((b) => `- ${b.instrument}${b.article ?? ''}（可信度 ${b.confidence}）`).join('\n')}

${terms.length ? `## 词条 Terms\n\n${terms.join('、')}\n\n` : ''}${r.patterns?.length ? `## 模式 Patterns\n\n${r.patterns.map((p) => `- \`${p}\``).join('\n')}\n\n` : ''}${r.exceptions?.length ? `## 例外 Exceptions\n\n${r.exceptions.join('、')}\n\n` : ''}${r.cues?.length ? `## 提示词 Cues\n\n${r.cues.join('、')}\n\n` : ''}${r.require ? `## 必须出现 Required (每组其一)\n\n${r.require.all.map((g) => `- ${g.join(' / ')}`).join('\n')}\n\n` : ''}${r.rates ? `## 选项 Options\n\n\`\`\`json\n${JSON.stringify(r.rates, null, 2)}\n\`\`\`\n\n` : ''}## 示例 Examples

违规 invalid:

${r.examples.invalid.map((e) => block(`✗ ${ex(e)}`)).join('\n\n')}

合规 valid:

${r.examples.valid.length ? r.examples.valid.map((e) => block(`✓ ${ex(e)}`)).join('\n\n') : '（无）'}

## 配置 Configuration

\`\`\`json
{ "rules": { "${r.id}": "off" } }
\`\`\`
`);
}

const list = [...pages.keys()].sort().map((p) => `- [${p.replace('docs/rules/', '').replace(/\.md$/, '')}](${p.replace('docs/rules/', '')})`).join('\n');
pages.set('docs/rules/README.md', `# 规则 Rules\n\n由 \`scripts/gen-docs.mjs\` 从 \`rules/*.json\` 生成，请勿手改。Generated from the packs.\n\n${list}\n`);

const schema = JSON.parse(fs.readFileSync(path.join(RULES, 'schema/config.schema.json'), 'utf8'));
const rows = Object.entries(schema.properties).map(([k, v]) => {
  const d = v.description ?? (v.$ref ? schema.$defs[v.$ref.split('/').pop()]?.description : '') ?? '';
  const type = v.enum ? v.enum.map((x) => `\`${x}\``).join(' \\| ') : v.type ?? (v.$ref ? v.$ref.split('/').pop() : v.oneOf ? 'string \\| array' : '');
  return `| \`${k}\` | ${type} | ${String(d).replace(/\|/g, '\\|')} |`;
}).join('\n');
pages.set('docs/config.md', `# 配置参考 Configuration reference\n\n由 \`scripts/gen-docs.mjs\` 从 \`rules/schema/config.schema.json\` 生成。Files: \`xiaobao.config.json\`, \`.xiaobaorc.json\`, or the \`xiaobao\` key of \`package.json\`, found by walking up from each file.\n\n| key | type | meaning |\n|---|---|---|\n${rows}\n\nRule levels: \`off\`, \`warn\`, \`error\`, or \`[level, options]\`, by rule id or by family. Presets: \`xiaobao:recommended\`, \`xiaobao:strict\`.\n`);

let stale = 0;
for (const [rel, text] of pages) {
  const file = path.join(ROOT, rel);
  if (check) { if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) { console.error(`out of date: ${rel}`); stale++; } continue; }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
// a page left behind by a rule that was renamed or removed is not documentation of any rule: reported, and removed on write
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
for (const file of walk(path.join(ROOT, 'docs/rules'))) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (pages.has(rel)) continue;
  if (check) { console.error(`no such rule: ${rel}`); stale++; continue; }
  fs.rmSync(file);
  const dir = path.dirname(file);
  if (!fs.readdirSync(dir).length) fs.rmdirSync(dir);
}
if (check && stale) { console.error('run: node scripts/gen-docs.mjs'); process.exit(1); }
console.log(check ? `docs up to date (${pages.size} pages)` : `wrote ${pages.size} pages`);
