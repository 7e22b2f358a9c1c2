// The one document model every parser produces and every rule reads.
// Rules never see a file format: only text, blocks, emphasis marks, and a map back to the source.

export type BlockType = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'blockquote' | 'code' | 'footnote' | 'other';

export interface Block {
  type: BlockType;
  /** range in LintDocument.text, end exclusive */
  start: number;
  end: number;
  /** heading depth, table row/col, etc. */
  depth?: number;
  row?: number;
  col?: number;
  /** a list item whose whole text is one link's (a menu entry, an article's title in a list of them): it names another page
   * (…or a heading that is one link to another page: an article's headline over its teaser) */
  link?: boolean;
  /** …and that link goes to another page (a real target, not #, an empty href or a script): the words are that page's
   * title, whatever they say — a link that goes nowhere is a tile of this page, its words this page's own */
  away?: boolean;
}

export type MarkKind = 'bold' | 'heading' | 'larger' | 'color' | 'underline' | 'highlight' | 'italic' | 'smaller';

/** marks that make text stand out (italic and smaller do not) */
export const EMPHASIS_KINDS: ReadonlySet<MarkKind> = new Set(['bold', 'heading', 'larger', 'color', 'underline', 'highlight']);

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
}

/** A position in the source file, 1-based line and column (ESLint convention). */
export interface SourcePosition {
  line: number;
  column: number;
  /** 0-based offset in the decoded source text, where one exists (not for .docx) */
  offset?: number;
}

export interface SourceMap {
  /** map an offset of LintDocument.text (0..text.length) to the source */
  toSource(offset: number): SourcePosition;
  /** readable location for messages, e.g. 第12段 / 表格第2行; optional */
  describe?(offset: number): string | undefined;
}

export type SourceFormat = 'markdown' | 'text' | 'docx' | 'html';

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** rule ids or family prefixes; empty = all */
  rules: string[];
  /** source line the directive is on */
  line: number;
  reason?: string;
}

export interface LintDocument {
  text: string;
  blocks: Block[];
  marks: Mark[];
  map: SourceMap;
  format: SourceFormat;
  /** inline directives found in comments (Markdown/HTML comments, text lines) */
  directives: Directive[];
  /**
   * the document's name where its format keeps one apart from the text it shows (an HTML page's <title>): it tells
   * what the document is (its kind, its product), and is not linted
   */
  title?: string;
  /** where the title's words stand in the source (offsets into `source`, end exclusive) */
  titleSpan?: [number, number];
  /**
   * the part of `text` read from the document's metadata rather than its body (an HTML page's meta description, the copy a
   * search engine shows), [start, end): read after the body; a claim there that the title makes too is the title's
   */
  metadata?: [number, number];
  /** the words of links to other pages (an HTML page's <a href> to another page), [start, end) in `text`, in order: they name
   * those pages — a menu's 网站公告, a ticker's 更多公告 — not this one */
  links?: [number, number][];
  /**
   * The text of another view of this same document that it is read as — its kind and its product (a Markdown file's tree
   * is read as its source view was, when that view was asked whether the tree is needed): one reading per document
   */
  readAs?: string;
  /** the decoded source text, for formats where fixes are text edits (markdown, text, html) */
  source?: string;
  /**
   * For a cheap view built before the full parse: true when [start, end) certainly carries no emphasis
   * (no emphasis syntax on its lines), so no rule needs the full structure to judge its prominence.
   */
  plainSpan?(start: number, end: number): boolean;
  /**
   * false when text appended at the end of the source would not be read (a Markdown file ending inside an unclosed
   * fence, raw HTML block or comment): a fix that appends a missing statement is then not offered
   */
  readsEnd?: boolean;
  /** a source edit that emphasises document text [start, end) in this format (Markdown: **…**) */
  emphasize?(start: number, end: number): { range: [number, number]; text: string } | undefined;
}

/** Line-start table for a source string: offset → {line, column}. */
export class LineIndex {
  private starts: number[];
  constructor(readonly source: string) {
    const starts = [0];
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
    this.starts = starts;
  }
  position(offset: number): SourcePosition {
    const s = this.starts;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1, offset };
  }
  lineCount(): number { return this.starts.length; }
  lineStart(line: number): number { return this.starts[line - 1] ?? this.source.length; }
}

/**
 * Piecewise map from document text to source offsets: a sorted list of segments,
 * each mapping text[tStart, tStart+len) to source[sStart, sStart+len) one to one
 * (exact) or collapsing onto sStart (inexact: entities, escapes).
 */
export class SegmentMap implements SourceMap {
  private tStarts: number[] = [];
  private sStarts: number[] = [];
  private lens: number[] = [];
  private exact: boolean[] = [];
  constructor(private lines: LineIndex) {}
  add(tStart: number, sStart: number, len: number, exact = true): void {
    this.tStarts.push(tStart); this.sStarts.push(sStart); this.lens.push(len); this.exact.push(exact);
  }
  sourceOffset(offset: number): number {
    const t = this.tStarts;
    if (t.length === 0) return 0;
    let lo = 0, hi = t.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    const d = offset - t[lo];
    if (d < 0) return this.sStarts[lo];
    if (!this.exact[lo]) return d >= this.lens[lo] ? this.sStarts[lo] + this.lens[lo] : this.sStarts[lo];
    return this.sStarts[lo] + Math.min(d, this.lens[lo]);
  }
  toSource(offset: number): SourcePosition {
    return this.lines.position(this.sourceOffset(offset));
  }
}

/** Identity map: the document text is the source (plain text). */
export class IdentityMap implements SourceMap {
  constructor(private lines: LineIndex) {}
  toSource(offset: number): SourcePosition { return this.lines.position(offset); }
}
