import type { LintDocument, SourcePosition } from './model.js';

export const PRODUCTS = ['wealth', 'fund', 'insurance', 'deposit', 'loan', 'credit-card', 'payment', 'general'] as const;
export type Product = (typeof PRODUCTS)[number];
export const KINDS = ['marketing', 'contract', 'product-doc', 'notice'] as const;
export type DocKind = (typeof KINDS)[number];
export type Locale = 'zh' | 'en';
export type Severity = 'error' | 'warn';
export type RuleLevel = Severity | 'off';

export interface Localized { zh: string; en: string }

export interface Basis {
  /** the instrument's name, e.g. 《中华人民共和国广告法》 */
  instrument: string;
  /** only where regulations.md marks the article A or B */
  article?: string;
  confidence: 'A' | 'B' | 'C';
  source?: string;
}

export interface Example { text: string; product?: Product; kind?: DocKind; note?: string }

export interface TermSpec {
  text: string;
  /** other surface forms of the same wording (高回报, 高投资回报 for 高收益): each matched as a term of its own, with this
   * term's exceptions, guards and settings (reported with its own text) */
  variants?: string[];
  /** what to write instead; used for the fix when it is a plain replacement */
  replace?: string;
  negatable?: boolean;
  wordBoundary?: 'auto' | 'always' | 'never';
  exceptions?: string[];
  /** regex source: skip the hit when the normalised text right after it matches (e.g. 最高 + a number is a limit) */
  notFollowedBy?: string;
  /** regex source: skip the hit when the normalised text right before it matches (anchored at its end) */
  notPrecededBy?: string;
  /** regex source: the names of the other grades of a scale the term is one grade of (低风险 among 极低风险, 中等风险, 高风险): the
   * hit is a grade in a list or table of the scale — a field's value, not a claim — where two different names of the scale stand
   * within 80 characters of it, on either side */
  scale?: string;
  /** reported only in its rule's claimContext (a bare 最高 or 第一 mostly states a fact or a limit) */
  claim?: boolean;
  /** YYYY-MM-DD: the term's basis takes effect then (the 2026 online-marketing words); not checked as of an earlier date */
  since?: string;
}

export interface RuleEntry {
  id: string;
  engine: 'terms' | 'requires' | 'emphasis' | 'rates';
  severity: Severity;
  title: Localized;
  /** may use {text} for the matched text */
  message: Localized;
  /** what to write instead */
  suggestion: Localized;
  basis: Basis[];
  appliesTo: { products: (Product | 'any')[]; kinds: (DocKind | 'any')[] };
  /** only enabled by the xiaobao:strict preset */
  strict?: boolean;
  /** effective date (YYYY-MM-DD) of the rule's basis */
  since?: string;
  examples: { valid: (string | Example)[]; invalid: (string | Example)[] };
  // terms engine
  terms?: (string | TermSpec)[];
  /** regular expressions (JS source, matched on the normalised text) for wording terms cannot list */
  patterns?: string[];
  exceptions?: string[];
  negatable?: boolean;
  wordBoundary?: 'auto' | 'always' | 'never';
  /** regex for the text right before any of the rule's terms that silences it (as well as a term's own notPrecededBy) */
  notPrecededBy?: string;
  /** where a term marked `claim` is a claim: a scope or the rated attribute right before it (全国, 收益), or the rated
   * attribute or the end of the sentence right after it (…的理财产品, 收益最高！) — regex sources */
  claimContext?: { before: string; after: string;
    /** right after the term: people it qualifies (专家, 嘉宾) — a superlative of persons, not a claim for the offering */
    people?: string };
  /** a promise about the product itself (return, safety, approval): made in the institution's own help page, it makes the page promotional */
  promise?: boolean;
  /** wording that sells the product to the reader (pressure or ease of gain, a ticker of others buying): on a page taken to
   * name its product only in passing or to say nothing of its own (Detection.quietPage), it makes the page sell, as a promise does */
  sells?: boolean;
  /** a rule on what the reader pays (a fee, a penalty): on an investment page (a P2P lender's), a sentence that names the
   * loan behind it speaks of the borrower's costs, not the reader's — the rule does not reach it */
  burden?: boolean;
  /** a rule on a fee named without its standard: on a margin loan's page (配资, Detection.marginLoan) the fees it names (管理费,
   * 资金利息) are the loan's price, which the rate rules judge (a price missing, a rate not annualised) — the rule does not reach it */
  notOnMarginLoan?: boolean;
  /** regex over the sentence a term or pattern is found in that silences it: the sentence is of a kind the rule is not
   * about (a reward's terms of use explained, not the reward offered) */
  notInSentence?: string;
  /** regex over the sentence a hit is in that brings the rule to a document of another product (the sentence is of the
   * kind the rule is about whatever the product: a reward offered for opening, topping up or investing, on a payment or
   * lending page) — as a sentence that names one of the rule's products does */
  reachSentence?: string;
  // requires engine
  /** only required where one of these words appears (with `figure`: followed by a figure, 近一年收益率12.5% — a performance shown, not named) */
  trigger?: { any: string[]; figure?: boolean };
  require?: {
    all: string[][];
    /** where the document is of this other sort (one of `when` appears, or none of `unless` does), its own
     * required statements satisfy the rule instead (a P2P lending page or an investment platform's: 市场有风险，出借需谨慎
     * rather than a bank wealth product's 理财非存款, which a page showing 业绩比较基准 owes) */
    otherwise?: { when?: string[]; unless?: string[]; all: string[][] };
  };
  /** text a fix appends when the statement is missing */
  insert?: Localized;
  // emphasis engine
  cues?: string[];
  /** clause shapes with gaps (对…不承担任何责任), regular expressions over the normalised text, each named for the message */
  shapes?: { name: string; nameEn?: string; pattern: string }[];
  /** phrases in the same sentence that make the clause harmless (e.g. 不收取任何费用) */
  skipIf?: string[];
  // rates engine
  rates?: { check: string; [k: string]: unknown };
  /** rule options (user-overridable) */
  options?: Record<string, unknown>;
}

export interface RulePack {
  $schema?: string;
  name: string;
  version: string;
  description?: string;
  /** exceptions applied to every terms rule of this pack (regulations.md §10) */
  exceptions?: string[];
  /** negation words that scope over a following negatable term */
  negations?: string[];
  rules: RuleEntry[];
}

export interface Fix { range: [number, number]; text: string }
export interface Suggestion { desc: string; fix: Fix }

/** What an engine reports: offsets in LintDocument.text. */
export interface RawFinding {
  rule: RuleEntry;
  start: number;
  end: number;
  /** values for the message template */
  data?: Record<string, string>;
  /** replacement for text [start, end) (document text offsets); mapped to source by the engine */
  replacement?: string;
  /** text inserted at the end of the document (requires engine) */
  append?: string;
  /** about the whole document (a statement or a price missing altogether), anchored where it fits best */
  documentLevel?: boolean;
  /** message override (already localised) */
  message?: string;
  /** a suggested edit of document text [start, end) (e.g. inserting the computed APR) */
  suggest?: { start: number; end: number; text: string; desc: Localized };
  /** findings on the same words folded into this one (a high-APR review on a rate whose APR is missing): their messages follow its own */
  also?: RawFinding[];
  /** where the finding is shown when that is not where its words were read (a meta description's claim that the page's
   * title makes: shown on the title, which the linter does not read as text) — source positions of its start and end */
  shownAt?: [SourcePosition, SourcePosition];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** the quoted source text */
  text: string;
  /** readable location (docx: 第12段) */
  location?: string;
  basis: Basis[];
  suggestion?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** document-level (a missing statement) */
  documentLevel?: boolean;
  /** stable identity for waivers: rule + normalised matched text + its sentence (no line numbers) */
  fingerprint: string;
  /** other rules this finding also reports (one finding per sentence and family: its message says each, after 另：) */
  also?: { ruleId: string; text: string }[];
  /** offsets in the document text */
  start: number;
  end: number;
}

export interface DocContext {
  product: Product;
  products: Product[];
  kind: DocKind;
  locale: Locale;
}

export interface EngineInput {
  doc: LintDocument;
  ctx: DocContext;
  rules: RuleEntry[];
}
