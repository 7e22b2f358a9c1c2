// The scorer's JSON (`../shared/eval/score.mjs --json FILE`), read for the corpus scripts (corpus-halves, corpus-ci): its
// per-document list, or one readable line and exit 2 naming the file and what is wrong with it.
import fs from 'node:fs';

/** the perDocument list of the scorer's JSON in `file`; refuses in one line as `xiaobao PROG: …`, exit 2 */
export function readPerDocument(file, prog) {
  const fail = (msg) => { console.error(`xiaobao ${prog}: ${msg}`); process.exit(2); };
  let j;
  try { j = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { fail(`${file} is not the scorer's JSON (${e.code === 'ENOENT' ? 'no such file' : e.message})`); }
  if (!Array.isArray(j?.perDocument)) fail(`${file} has no perDocument list (write it with score.mjs --json)`);
  return j.perDocument;
}

/** the family of a scored item: a false positive's own, a true positive's label's or finding's, a false negative's */
export const familyOf = (x) => x.family ?? x.label?.family ?? x.finding?.family ?? '?';
