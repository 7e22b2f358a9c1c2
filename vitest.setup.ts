// After each test, one turn of the event loop. A file of long synchronous tests (the property tests, the corpus-wide
// ones) otherwise keeps the worker from reading the runner's replies for minutes on a loaded machine, and vitest then
// fails the run with "[vitest-worker]: Timeout calling onTaskUpdate" although every test passed (vitest discussion
// 6511; fast-check's own suite does the same).
import { afterEach } from 'vitest';

afterEach(async () => {
  await new Promise((resolve) => setImmediate(resolve));
});
