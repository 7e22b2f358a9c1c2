// Where text appended to a Markdown source would land: a small module, so the cheap view can ask without loading remark.
/**
 * True when the end of a Markdown source lies inside an unclosed fence, HTML comment or raw HTML block of the kinds
 * CommonMark runs to their closing tag (<script>, <pre>, <style>, <textarea>): text appended there is not read.
 */
export function endsInsideRawBlock(source: string): boolean {
  // the cheap view and the tree of one source both ask (the editor, each keystroke)
  if (last?.source === source) return last.inside;
  const inside = scanRawBlocks(source);
  last = { source, inside };
  return inside;
}
let last: { source: string; inside: boolean } | undefined;

function scanRawBlocks(source: string): boolean {
  // (every opening below starts with one of these: most pages hold none, and their patterns are not compiled)
  if (!source.includes('<') && !source.includes('`') && !source.includes('~')) return false;
  let fence: string | undefined, close: RegExp | undefined;
  for (const line of source.split('\n')) {
    if (fence) { if (new RegExp(`^[ \\t]{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined; continue; }
    if (close) { if (close.test(line)) close = undefined; continue; }
    const f = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) { fence = f[1]; continue; }
    const raw = /^[ \t]{0,3}<(script|pre|style|textarea)\b/i.exec(line);
    if (raw) { close = new RegExp(`</${raw[1]}>`, 'i'); if (close.test(line.slice(raw[0].length))) close = undefined; continue; }
    if (/^[ \t]{0,3}<!--/.test(line) && !line.includes('-->')) close = /-->/;
  }
  return !!(fence || close);
}

