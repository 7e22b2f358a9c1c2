// Clause and sentence boundaries used by every engine.
const CLAUSE_STOPS = new Set([...'。！？!?；;，,：:\n']);
const SENTENCE_STOPS = new Set([...'。！？!?；;\n']);

export const isClauseStop = (ch: string) => CLAUSE_STOPS.has(ch);
export const isSentenceStop = (ch: string) => SENTENCE_STOPS.has(ch);

/** [start, end) of the clause (or sentence) around [s, e), bounded to `max` chars each side */
export function spanAround(text: string, s: number, e: number, stops: Set<string> | ((c: string) => boolean), max = 40): [number, number] {
  const stop = typeof stops === 'function' ? stops : (c: string) => stops.has(c);
  let a = s;
  while (a > 0 && s - a < max && !stop(text[a - 1])) a--;
  let b = e;
  while (b < text.length && b - e < max && !stop(text[b])) b++;
  return [a, b];
}
export const clauseAround = (text: string, s: number, e: number, max = 40) => spanAround(text, s, e, CLAUSE_STOPS, max);
export const sentenceAround = (text: string, s: number, e: number, max = 200) => spanAround(text, s, e, SENTENCE_STOPS, max);

/** fill a template: {text}, {name} */
export function fill(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in data ? data[k] : m));
}
