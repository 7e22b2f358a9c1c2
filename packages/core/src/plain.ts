// A LintDocument for text that is already decoded: one block per non-empty line, no emphasis.
// Used for plain-text files (after decoding), the API's lintText on text, and rule examples.
import { IdentityMap, LineIndex, type Block, type Directive, type LintDocument } from './model.js';
import { parseDirective } from './lint.js';

export function plainTextDocument(text: string): LintDocument {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  let start = 0, lineNo = 1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      const line = text.slice(start, end);
      if (line.includes('xiaobao-')) {
        const d = parseDirective(line.replace(/^\s*(?:#|\/\/|<!--)\s*/, ''), lineNo);
        if (d) directives.push(d);
      }
      if (line.trim()) blocks.push({ type: 'paragraph', start, end });
      start = i + 1;
      lineNo++;
    }
  }
  return { text, blocks, marks: [], map: new IdentityMap(lines), format: 'text', directives, source: text };
}
