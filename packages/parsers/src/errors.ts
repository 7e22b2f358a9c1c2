/** A problem with an input file that the user can act on: reported as one readable line, exit code 2. */
export class InputError extends Error {
  constructor(message: string, readonly code: string = 'input') {
    super(message);
    this.name = 'InputError';
  }
}
