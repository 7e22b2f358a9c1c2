// One worker of the pool (pool.ts): lints the files it is sent with its own Xiaobao instance.
import { parentPort, workerData } from 'node:worker_threads';
import { Xiaobao } from './engine.js';

const x = new Xiaobao(workerData.options);
parentPort!.on('message', async (m: { i: number; file: string }) => {
  const result = await x.lintFile(m.file);
  // the source text and document offsets only matter for --fix and annotating .docx; skip cloning them
  if (!workerData.options.fix && result.format !== 'docx') { delete result.source; delete result.findings; }
  parentPort!.postMessage({ i: m.i, result });
});
parentPort!.postMessage({ ready: true });
