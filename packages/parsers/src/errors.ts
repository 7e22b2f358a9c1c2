/** A problem with an input file that the user can act on: reported as one readable line, exit code 2. */
export class InputError extends Error {
  constructor(message: string, readonly code: string = 'input') {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * The parsers build and walk their trees by recursion (remark, parse5/hast, mammoth): thousands of nested block quotes,
 * lists, elements or emphasis exhaust the call stack (found by fuzzing: a line of 10,000 >, 2,000 nested <div>s). Such a
 * file is refused in one line, as a damaged one is; anything else is rethrown.
 */
export function refuseTooDeep(e: unknown, format: 'Markdown' | 'HTML' | '.docx'): never {
  if (e instanceof RangeError && /call stack/i.test(e.message)) throw tooDeep(format);
  throw e;
}
export const tooDeep = (format: 'Markdown' | 'HTML' | '.docx', levels = '数千层') => new InputError(`${format} 的嵌套层级过深（${levels}），无法解析；请检查文件是否损坏（${format} nested too deeply to parse）`, 'nesting');
