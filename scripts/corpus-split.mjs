#!/usr/bin/env node
// Splits a batch of newly collected corpus documents at random into tune (two thirds) and check (one third),
// before anyone labels them or runs the linter on them.
//
//   node scripts/corpus-split.mjs corpus/contracts [corpus/marketing ...] BATCH
//
// Reads DIR/incoming-BATCH/ (documents .md .txt .html .docx, plus SOURCES.tsv: name<TAB>source URL<TAB>note, and an
// optional fourth column naming the issuer), shuffles with crypto randomness, moves about two thirds into DIR/tune/ and
// the rest into DIR/check/, appends the sources to DIR/SOURCES.tsv and records the draw in DIR/SPLIT.md. Refuses a name
// that exists, and a document whose bytes are those of a document already in the corpus (any split of DIR or of its
// sibling folders, e.g. corpus/contracts beside corpus/marketing) or of another in the batch: the same page is often kept
// in several repositories, and a second copy would be measured as new text — or sit in check and tune at once.
//
// Documents whose SOURCES.tsv rows name the same issuer go to the same side together, across every DIR given in one
// call: texts of one issuer share templates and wording, and one half of them in tune would make check measure what was
// tuned. A row without an issuer is a group of its own. Each DIR is a stratum (a group belongs to the DIR of its first
// document): its groups are drawn in a random order and each goes to check while the stratum's check holds fewer than its
// share — a third of its documents, rounded at random (n = 4 gives 1, or 2 one time in three) so that a draw of one or
// two documents reaches check as often as a third of the time, and contracts and marketing each send a third to check.
// (Until session 44 one share was rounded for the whole call: a one-document draw always went to tune, and a mixed
// draw could send every check place to one DIR — 15 contract-side documents of b153–b156 all drew tune.)
// A group whose repository (github.com/OWNER/REPO in a source URL) or issuer is already on one side of an earlier draw
// (any corpus folder beside DIR) follows it there without a draw, and counts toward its stratum's share: a later batch
// that takes the open slots of an issuer must not put it on both sides (b239 did, and its three documents were moved
// by hand to their issuers' sides before any engine read them). A repository already on both sides is drawn as usual.
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomInt } from 'node:crypto';

const args = process.argv.slice(2);
const batch = args.length >= 2 ? args.pop() : undefined;
if (!args.length || !batch) { console.error('usage: corpus-split.mjs DIR [DIR ...] BATCH'); process.exit(2); }

const batches = args.map((dirArg) => {
  const dir = path.resolve(dirArg);
  const incoming = path.join(dir, `incoming-${batch}`);
  if (!fs.existsSync(incoming)) return undefined;
  const docs = fs.readdirSync(incoming).filter((f) => /\.(md|txt|html|docx)$/.test(f)).sort();
  const sourcesFile = path.join(incoming, 'SOURCES.tsv');
  const rows = fs.existsSync(sourcesFile) ? fs.readFileSync(sourcesFile, 'utf8').split('\n').filter((l) => l.trim()) : [];
  const byName = new Map(rows.map((l) => [l.split('\t')[0], l.split('\t')]));
  const missing = docs.filter((d) => !byName.has(d));
  if (missing.length) { console.error(`no source in ${incoming}/SOURCES.tsv for: ${missing.join(', ')}`); process.exit(2); }
  const clash = docs.filter((d) => ['tune', 'check'].some((s) => fs.existsSync(path.join(dir, s, d))));
  if (clash.length) { console.error(`already split: ${clash.join(', ')}`); process.exit(2); }
  return { dir, incoming, sourcesFile, docs, byName };
}).filter(Boolean);
// A document already in the corpus (or twice in the batch), by its bytes: the corpus folders beside each DIR, tune and check.
const digest = (f) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const known = new Map();
for (const root of new Set(batches.map((b) => path.dirname(b.dir)))) {
  for (const corpus of fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const sub of ['tune', 'check']) {
      const d = path.join(root, corpus.name, sub);
      if (!fs.existsSync(d)) continue;
      for (const f of fs.readdirSync(d).filter((n) => /\.(md|txt|html|docx)$/.test(n))) known.set(digest(path.join(d, f)), path.join(corpus.name, sub, f));
    }
  }
}
const twins = [];
for (const b of batches) for (const d of b.docs) {
  const h = digest(path.join(b.incoming, d));
  if (known.has(h)) twins.push(`${d} = ${known.get(h)}`);
  else known.set(h, path.join(path.basename(b.dir), `incoming-${batch}`, d));
}
if (twins.length) { console.error(`already in the corpus, byte for byte (drop the new copy): ${twins.join('; ')}`); process.exit(2); }
const total = batches.reduce((n, b) => n + b.docs.length, 0);
if (!total) { console.error(`no documents in incoming-${batch} of ${args.join(', ')}`); process.exit(2); }

// Groups: one per issuer named in a fourth column, else one per document.
const groups = new Map();
for (const b of batches) for (const d of b.docs) {
  const issuer = (b.byName.get(d)[3] ?? '').trim();
  const key = issuer ? `issuer:${issuer}` : `doc:${b.dir}/${d}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push({ b, d });
}
// Where earlier draws put each repository and issuer: SOURCES.tsv rows give the repository of every document, the
// split folder gives its side, SPLIT.md's issuer lines give its issuer.
const repoOf = (url) => (/github\.com\/([^/\s]+\/[^/\s]+)\//.exec(url ?? '') ?? [])[1]?.toLowerCase();
const earlier = new Map(); // 'repo:owner/name' | 'issuer:NAME' -> Set of sides
const note = (key, side) => { if (!earlier.has(key)) earlier.set(key, new Set()); earlier.get(key).add(side); };
for (const root of new Set(batches.map((b) => path.dirname(b.dir)))) {
  for (const corpus of fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = path.join(root, corpus.name);
    const sideOf = (name) => ['tune', 'check'].find((s) => fs.existsSync(path.join(dir, s, name)));
    const src = path.join(dir, 'SOURCES.tsv');
    if (fs.existsSync(src)) for (const l of fs.readFileSync(src, 'utf8').split('\n')) {
      const [name, url] = l.split('\t'); const side = name && sideOf(name); const repo = repoOf(url);
      if (side && repo) note(`repo:${repo}`, side);
    }
    const split = path.join(dir, 'SPLIT.md');
    if (fs.existsSync(split)) for (const l of fs.readFileSync(split, 'utf8').split('\n').filter((x) => x.startsWith('- issuers: '))) {
      for (const pair of l.slice(11).split('; ')) {
        const i = pair.indexOf(' = '); const side = i > 0 && sideOf(pair.slice(0, i)); const issuer = pair.slice(i + 3).trim();
        if (side && issuer && issuer !== '(none)') note(`issuer:${issuer}`, side);
      }
    }
  }
}
const sideBefore = (g) => {
  const sides = new Set();
  for (const { b, d } of g) {
    const row = b.byName.get(d); const repo = repoOf(row[1]); const issuer = (row[3] ?? '').trim();
    for (const key of [repo && `repo:${repo}`, issuer && `issuer:${issuer}`]) for (const s of earlier.get(key) ?? []) sides.add(s);
  }
  return sides.size === 1 ? [...sides][0] : undefined;
};
// Fisher–Yates with crypto randomness: the draw is not chosen by anyone.
const order = [...groups.values()];
for (let i = order.length - 1; i > 0; i--) { const j = randomInt(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
const strata = new Map();
for (const g of order) { const k = g[0].b.dir; if (!strata.has(k)) strata.set(k, []); strata.get(k).push(g); }
const check = new Set();
for (const gs of strata.values()) {
  const n = gs.reduce((a, g) => a + g.length, 0);
  const nCheck = Math.floor(n / 3) + (randomInt(3) < n % 3 ? 1 : 0); // expected n / 3 exactly
  let inCheck = 0;
  for (const g of gs) if (sideBefore(g) === 'check') { for (const m of g) check.add(`${m.b.dir}/${m.d}`); inCheck += g.length; }
  for (const g of gs) if (!sideBefore(g) && inCheck < nCheck && inCheck + g.length <= nCheck + Math.floor(g.length / 2)) {
    for (const m of g) check.add(`${m.b.dir}/${m.d}`);
    inCheck += g.length;
  }
}

const when = new Date().toISOString();
for (const b of batches) {
  for (const sub of ['tune', 'check']) fs.mkdirSync(path.join(b.dir, sub), { recursive: true });
  const isCheck = (d) => check.has(`${b.dir}/${d}`);
  for (const d of b.docs) fs.renameSync(path.join(b.incoming, d), path.join(b.dir, isCheck(d) ? 'check' : 'tune', d));
  // SOURCES.tsv keeps its three columns; the issuer goes into SPLIT.md with the draw.
  fs.appendFileSync(path.join(b.dir, 'SOURCES.tsv'), b.docs.map((d) => b.byName.get(d).slice(0, 3).join('\t') + '\n').join(''));
  fs.rmSync(b.sourcesFile, { force: true });
  if (!fs.readdirSync(b.incoming).length) fs.rmdirSync(b.incoming);
  const issuers = [...new Set(b.docs.map((d) => (b.byName.get(d)[3] ?? '').trim()).filter(Boolean))];
  const lines = [`\n## ${batch} — split ${when} (crypto.randomInt Fisher–Yates${issuers.length ? ', by issuer' : ''}), ${b.docs.length} documents`,
    `- check (${b.docs.filter(isCheck).length}): ${b.docs.filter(isCheck).join(', ')}`,
    `- tune (${b.docs.filter((d) => !isCheck(d)).length}): ${b.docs.filter((d) => !isCheck(d)).join(', ')}`];
  if (issuers.length) lines.push(`- issuers: ${b.docs.map((d) => `${d} = ${(b.byName.get(d)[3] ?? '').trim() || '(none)'}`).join('; ')}`);
  lines.push('');
  if (!fs.existsSync(path.join(b.dir, 'SPLIT.md'))) fs.writeFileSync(path.join(b.dir, 'SPLIT.md'), '# Random splits (made before labelling)\n');
  fs.appendFileSync(path.join(b.dir, 'SPLIT.md'), lines.join('\n'));
  console.log(`${path.relative(process.cwd(), b.dir)}:${lines.join('\n')}`);
}
