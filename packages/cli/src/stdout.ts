// The CLI's standard output.
import fs from 'node:fs';

let gone = false;
let pause: Int32Array | undefined;

/** What a run prints goes to descriptor 1 directly: process.stdout is a stream Node builds on first use (its stream
 * modules, and net's for a pipe: ~3 ms of a one-file run), and on Linux and macOS its writes to a file, a pipe or a
 * terminal are synchronous anyway. On Windows the stream is kept (a console takes UTF-16, not these bytes). A reader
 * that has gone (`xiaobao lint | head`) ends the output quietly. */
export function writeOut(s: string): void {
  if (process.platform === 'win32') { process.stdout.write(s); return; }
  if (gone) return;
  const b = Buffer.from(s);
  for (let at = 0; at < b.length;) {
    try { at += fs.writeSync(1, b, at); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // a non-blocking pipe that is full: wait 2 ms and write the rest
      if (code === 'EAGAIN') { Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 2); continue; }
      if (code === 'EPIPE' || code === 'EBADF') { gone = true; return; }
      throw e;
    }
  }
}

/** whether descriptor 1 is a terminal, without building process.stdout for a file or a pipe */
export function stdoutIsTTY(): boolean {
  try { return (process.platform === 'win32' || fs.fstatSync(1).isCharacterDevice()) && !!process.stdout.isTTY; } catch { return false; }
}
