import type { SegmentMap } from '@xiaobao/core';

/**
 * Map a parsed text value (text[tStart…]) back onto its source span [s, e). Equal strings map one to one;
 * otherwise (escapes, entities, collapsed whitespace, continuation-line prefixes such as "> ") the value is
 * aligned greedily character by character, runs merged into exact segments.
 */
const ENTITY = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?/;

export function alignToSource(map: SegmentMap, source: string, value: string, tStart: number, s: number | undefined, e: number | undefined): void {
  if (s === undefined || e === undefined) { map.add(tStart, 0, value.length, false); return; }
  if (source.slice(s, e) === value) { map.add(tStart, s, value.length); return; }
  let j = s, runT = tStart, runS = s, runLen = 0;
  const flush = () => { if (runLen) map.add(runT, runS, runLen); runLen = 0; };
  const ws = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u3000';
  for (let i = 0; i < value.length; i++) {
    // a space the parser made of a whitespace run (a line break and the next line's indentation) stands for the whole run
    // …unless the value kept the run (a run without a line break, blanked template code): then one to one
    if (ws(value[i]) && ws(source[j]) && j < e) {
      let k = j + 1;
      while (k < e && ws(source[k])) k++;
      let v = i + 1;
      while (v < value.length && ws(value[v])) v++;
      flush();
      if (v - i >= k - j) {
        map.add(tStart + i, j, k - j);
        for (let x = i + (k - j); x < v; x++) map.add(tStart + x, k, 1, false);
        i = v - 1;
      } else map.add(tStart + i, j, 1);
      j = k;
      continue;
    }
    let k = j;
    while (k < e && source[k] !== value[i] && k - j < 12) k++;
    if (k < e && source[k] === value[i]) {
      if (runLen && k === runS + runLen && tStart + i === runT + runLen) runLen++;
      else { flush(); runT = tStart + i; runS = k; runLen = 1; }
      j = k + 1;
      continue;
    }
    flush();
    // a character an entity stands for (&nbsp;, &#12290;, &amp;): the entity is its source, and what follows it follows
    // it (a run of &nbsp; used as an indent is longer than the window above: everything after it would otherwise map
    // to where the run starts)
    const entity = source[j] === '&' ? ENTITY.exec(source.slice(j, Math.min(e, j + 12))) : null;
    if (entity) { map.add(tStart + i, j, 1, false); j += entity[0].length; continue; }
    map.add(tStart + i, Math.min(j, e), 1, false);
  }
  flush();
}
