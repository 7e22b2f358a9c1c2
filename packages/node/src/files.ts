// Expanding the CLI's files, directories and globs into the files to lint. The glob library is loaded only for a
// pattern that names no existing file or directory: a run over files and directories never evaluates it.
import fs from 'node:fs';
import path from 'node:path';
import { formatOf } from '@xiaobao/parsers';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.xiaobao-cache']);

function walk(dir: string, out: string[]) {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p, out); }
    else if (e.isFile() && formatOf(e.name)) out.push(p);
  }
}

export interface Expanded { files: string[]; unmatched: string[] }

export async function expandPatterns(patterns: string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const p of patterns) {
    const abs = path.resolve(cwd, p);
    let st: fs.Stats | undefined;
    try { st = fs.statSync(abs); } catch { st = undefined; }
    if (st?.isDirectory()) { const before = files.length; walk(abs, files); if (files.length === before) unmatched.push(p); continue; }
    if (st) { files.push(abs); continue; }
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(p)) {
      const hits = await glob(p, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true });
      const ok = hits.filter((h) => formatOf(h)).sort();
      if (ok.length) for (const h of ok) files.push(path.resolve(h)); else unmatched.push(p);
      continue;
    }
    unmatched.push(p);
  }
  return { files: [...new Set(files)], unmatched };
}
