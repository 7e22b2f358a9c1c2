/** A configuration or rule-pack problem: readable lines naming the file and key; exit code 2. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
    this.name = 'ConfigError';
  }
}
