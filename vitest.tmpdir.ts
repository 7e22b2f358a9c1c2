// Every temporary file the tests make (fs.mkdtempSync(os.tmpdir()…), the processes they spawn, npm's pack and install
// of the packaging test, a browser's profile) goes under one directory for the run, removed when the run ends: a test
// run leaves nothing behind in the system's temporary directory (it left ~130 MB a run, the packed install the most).
// os.tmpdir() reads TMPDIR (TMP, TEMP on Windows) when called, and the test processes, forked after this setup, and
// whatever they spawn inherit the environment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-test-'));
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  for (const k of Object.keys(saved)) process.env[k] = root;
  return () => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
