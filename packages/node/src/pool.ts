// A worker-thread pool for many files: each worker builds its own Xiaobao (packs, segmenter) once and
// lints files handed to it one at a time from a shared queue, so slow files do not hold up a fixed share.
// Results come back in input order, identical to an in-process run.
import fs from 'node:fs';
import os from 'node:os';
import type { LintResult, XiaobaoOptions } from './engine.js';

export type Concurrency = number | 'auto' | 'off';

/** how many workers to use for n files: 'auto' uses the cores when there is enough work to pay for start-up */
export function workerCount(c: Concurrency | undefined, files: number): number {
  if (c === undefined || c === 'off') return 1;
  const cores = Math.max(1, (os.availableParallelism?.() ?? os.cpus().length));
  if (c === 'auto') return files >= 40 ? Math.min(cores, 4) : 1;
  return Math.max(1, Math.min(c, files));
}

const AHEAD = 4;

export async function lintInWorkers(files: string[], options: XiaobaoOptions, n: number, onProgress?: (done: number, total: number) => void, local?: (file: string) => Promise<LintResult>): Promise<LintResult[]> {
  const { Worker } = await import('node:worker_threads'); // only a run with workers loads them
  const results: LintResult[] = new Array(files.length);
  let next = 0, done = 0;
  // the main thread takes files from the same queue: n lanes = n - 1 worker threads + this thread
  const mainLane = async () => {
    if (!local) return;
    while (next < files.length) { const i = next++; results[i] = await local(files[i]); onProgress?.(++done, files.length); await new Promise((r) => setImmediate(r)); }
  };
  // dist/worker.js next to the bundle (or, when running from source in tests, the built one)
  const url = [new URL('./worker.js', import.meta.url), new URL('../dist/worker.js', import.meta.url)].find((u) => fs.existsSync(u))!;
  const { concurrency: _c, ...workerOptions } = options as XiaobaoOptions & { concurrency?: Concurrency };
  await Promise.all([mainLane(), ...Array.from({ length: local ? n - 1 : n }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(url, { workerData: { options: workerOptions } });
    // a few files in flight per worker, so that it never waits while the main thread takes in a result
    let inFlight = 0;
    const feed = () => {
      while (inFlight < AHEAD && next < files.length) { const i = next++; inFlight++; w.postMessage({ i, file: files[i] }); }
      if (inFlight === 0) { void w.terminate(); resolve(); }
    };
    w.on('message', (m: { i: number; result: LintResult } | { ready: true }) => {
      if ('i' in m) { inFlight--; results[m.i] = m.result; onProgress?.(++done, files.length); }
      feed();
    });
    w.on('error', reject);
    w.on('exit', (code) => { if (code !== 0 && code !== 1 && next < files.length) reject(new Error(`worker exited with ${code}`)); });
  }))]);
  return results;
}
