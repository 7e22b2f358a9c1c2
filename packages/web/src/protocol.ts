// Messages between the page and the engine's Web Worker.
import type { DocKind, Locale, Product } from '../../core/src/types.js';
import type { SourceFormat } from '../../core/src/model.js';
import type { LintMessage } from '../../node/src/result.js';

export type Request =
  | { op: 'init'; strict: boolean }
  /** text typed or pasted (format given), or a dropped file's bytes (format from its name) */
  | { op: 'lint'; name: string; format?: SourceFormat; text?: string; bytes?: Uint8Array; product?: Product; kind?: DocKind; locale: Locale }
  /** the HTML report (the CLI's html formatter) of the last lint */
  | { op: 'report' }
  /** the reviewed .docx (comments at each finding, as `xiaobao lint --annotate`) of the last .docx linted */
  | { op: 'annotate' }
  | { op: 'info' }
  /** word boundaries as the engine sees them (its segmenter and dictionary): for tests */
  | { op: 'cut'; texts: string[] };

export interface WebResult {
  name: string;
  format?: SourceFormat;
  messages: LintMessage[];
  /** per message: the span in `text` (the document text; for .docx what the page shows) */
  spans: { start: number; end: number; documentLevel: boolean }[];
  errorCount: number;
  warningCount: number;
  fatal: boolean;
  /** decoded source (Markdown, text, HTML): what the editor holds */
  source?: string;
  /** the document text (for .docx: paragraphs joined by newlines) */
  text: string;
  product?: Product;
  kind?: DocKind;
  /** every product the detector saw */
  products?: Product[];
  segmenterLoaded: boolean;
  ms: number;
}

export interface Info { version: string; packsVersion: string; packsHash: string; rules: number; asOf: string }
