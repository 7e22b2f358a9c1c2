// A progress line on an interactive terminal only: shown under a pseudo-terminal, never when piped or in CI.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
const hasScript = spawnSync('which', ['script']).status === 0;
const env = { ...process.env, XIAOBAO_PROGRESS_AFTER_MS: '0' };
delete (env as Record<string, string | undefined>).CI;

describe('progress', () => {
  it.skipIf(!hasScript)('is shown on a terminal', () => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} lint fixtures/wealth fixtures/fund --format json > /dev/null`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.stdout).toMatch(/检查中 \d+\/\d+/);
  });
  it('is not shown when stderr is piped, nor in CI', () => {
    const piped = spawnSync(process.execPath, [BIN, 'lint', 'fixtures/wealth', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env });
    expect(piped.stderr).toBe('');
    if (hasScript) {
      const ci = spawnSync('script', ['-qec', `${process.execPath} ${BIN} lint fixtures/wealth --format json > /dev/null`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...env, CI: 'true' } });
      expect(ci.stdout).not.toContain('检查中');
    }
  });
});
