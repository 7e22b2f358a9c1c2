import type { LintDocument, SourceFormat } from '@xiaobao/core';
import { InputError, refuseTooDeep } from './errors.js';
import { decodeText } from './decode.js';
import { parseMarkdownLexical } from './markdown-lexical.js';

export { InputError } from './errors.js';
export { decodeText, encodeText, type DecodedText } from './decode.js';

/** .docx tools (annotate), loaded on demand */
export async function loadDocxTools(): Promise<any> { return import('./docx/index.js'); }

export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export function formatOf(filePath: string): SourceFormat | undefined {
  // (the s flag: a name may hold a line break)
  const ext = filePath.toLowerCase().replace(/^.*(\.[^./\\]+)$/s, '$1');
  switch (ext) {
    case '.md': case '.markdown': case '.mdx': return 'markdown';
    case '.txt': case '.text': return 'text';
    case '.docx': return 'docx';
    case '.html': case '.htm': return 'html';
    default: return undefined;
  }
}

/**
 * Parse a file's bytes into the one document model. Throws InputError for bad input.
 * With `lazy`, Markdown comes back as a cheap source view with `full()` to build the tree when a rule needs it.
 */
export async function parseBuffer(buf: Uint8Array, filePath: string, format = formatOf(filePath), lazy = false): Promise<LintDocument & { full?: () => Promise<LintDocument> }> {
  if (!format) throw new InputError(`不支持的文件类型（unsupported file type）`, 'unsupported');
  if (buf.byteLength > MAX_INPUT_BYTES && format !== 'docx') throw new InputError(`文件过大：${(buf.byteLength / 1048576).toFixed(1)} MB，上限 100 MB（file too large, limit 100 MB）`, 'too-large');
  switch (format) {
    case 'markdown': {
      const text = decodeText(buf).text;
      if (lazy) return parseMarkdownLexical(text);
      return (await import('./markdown.js')).parseMarkdownAsync(text);
    }
    case 'text': return asText(decodeText(buf));
    case 'docx': {
      const mod = await import('./docx/index.js').catch(() => undefined);
      if (!mod) throw new InputError('暂不支持 .docx（.docx is not supported yet）', 'unsupported');
      return mod.parseDocx(buf).catch((e) => refuseTooDeep(e, '.docx'));
    }
    case 'html': {
      const d = decodeText(buf);
      // an Android layout saved as .html (<?xml …?><RelativeLayout xmlns:android=…>): what the screen shows is in its
      // attributes (android:text="立即借款"), which an HTML reading drops; read as text, as a layout kept in a .txt is
      if (ANDROID_LAYOUT.test(d.text.slice(0, 2000))) return asText(d);
      const mod = await import('./html.js').catch(() => undefined);
      if (!mod) throw new InputError('暂不支持 HTML（HTML is not supported yet）', 'unsupported');
      return guardHtml(() => mod.parseHtml(d.text));
    }
  }
}
const ANDROID_LAYOUT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?<[\w.]+\s[^>]*?xmlns:android=/;

/** decoded text read as text (decoded once; the text or the HTML reading chosen where a decoded string's is), with the
 * encoding kept for --fix */
async function asText(d: ReturnType<typeof decodeText>): Promise<LintDocument> {
  return Object.assign(await parseString(d.text, 'text'), { encoding: d.encoding, bom: d.bom });
}

async function guardHtml<T>(parse: () => T | Promise<T>): Promise<T> {
  try { return await parse(); } catch (e) { return refuseTooDeep(e, 'HTML'); }
}

/** Parse text that is already decoded (editor buffers, lintText). */
export async function parseString(text: string, format: SourceFormat, lazy = false): Promise<LintDocument & { full?: () => Promise<LintDocument> }> {
  switch (format) {
    case 'markdown': return lazy ? parseMarkdownLexical(text) : (await import('./markdown.js')).parseMarkdownAsync(text);
    case 'html': { const { parseHtml } = await import('./html.js'); return guardHtml(() => parseHtml(text)); }
    case 'text': { const { textDocument, carriesMarkup } = await import('./text.js'); return carriesMarkup(text) ? parseString(text, 'html') : textDocument(text); }
    default: throw new InputError(`不能从文本解析 ${format}（cannot parse ${format} from a string）`, 'unsupported');
  }
}
