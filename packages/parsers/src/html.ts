// HTML → LintDocument with rehype-parse: block structure, headings, emphasis from <b>/<strong>, bold or larger
// inline styles (and simple class rules), hidden text ignored; positions are line/column in the HTML source.
import { LineIndex, SegmentMap, parseDirective, type Directive, type LintDocument } from '@xiaobao/core';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { classStylesOf, walkHtml, type HNode } from './html-walk.js';

let processor: ReturnType<typeof make> | undefined;
function make() { return unified().use(rehypeParse, { fragment: false }); }

export function parseHtml(source: string): LintDocument {
  processor ??= make();
  const tree = processor.parse(source) as unknown as HNode;
  const lines = new LineIndex(source);
  const map = new SegmentMap(lines);
  const onText = (value: string, node: HNode, tStart: number) => {
    const s = node.position?.start.offset, e = node.position?.end.offset;
    if (s === undefined || e === undefined) { map.add(tStart, 0, value.length, false); return; }
    if (source.slice(s, e) === value) { map.add(tStart, s, value.length); return; }
    // entities and collapsed whitespace: align character by character
    let j = s, runT = tStart, runS = s, runLen = 0;
    const flush = () => { if (runLen) map.add(runT, runS, runLen); runLen = 0; };
    for (let i = 0; i < value.length; i++) {
      let k = j;
      while (k < e && source[k] !== value[i] && k - j < 10) k++;
      if (k < e && source[k] === value[i]) {
        if (runLen && k === runS + runLen && tStart + i === runT + runLen) runLen++;
        else { flush(); runT = tStart + i; runS = k; runLen = 1; }
        j = k + 1;
      } else { flush(); map.add(tStart + i, Math.min(j, e), 1, false); }
    }
    flush();
  };
  const out = walkHtml(tree, onText, classStylesOf(tree));
  if (!out.text.length) map.add(0, 0, 0);
  const directives: Directive[] = [];
  for (const c of out.comments) {
    if (!c.value.includes('xiaobao-')) continue;
    const line = c.offset === undefined ? 0 : lines.position(c.offset).line;
    const d = parseDirective(c.value, line);
    if (!d) continue;
    if (d.kind === 'disable-next-line') {
      let l = line;
      while (l < lines.lineCount() && !source.slice(lines.lineStart(l + 1), lines.lineStart(l + 2)).trim()) l++;
      d.line = l;
    }
    directives.push(d);
  }
  return {
    text: out.text, blocks: out.blocks, marks: out.marks, map, format: 'html', directives, source,
    emphasize(start: number, end: number) {
      const s = map.sourceOffset(start), e = map.sourceOffset(end);
      const slice = source.slice(s, e);
      if (slice !== out.text.slice(start, end) || !slice.trim()) return undefined;
      return { range: [s, e], text: `<strong>${slice}</strong>` };
    },
  };
}
