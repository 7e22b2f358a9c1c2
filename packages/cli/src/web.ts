// `xiaobao web [--port N]`: serves the browser version (packages/web, shipped in this package as web/) on this
// computer only (127.0.0.1) and prints its address. Static files, nothing else: the page lints in the browser.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

/** the built site: web/ in this package (copied there by the build), else packages/web/dist in this repository */
export function webRoot(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path.resolve(here, '../web'), path.resolve(here, '../../web/dist')]) if (fs.existsSync(path.join(dir, 'index.html'))) return dir;
  return undefined;
}

export function serveWeb(root: string, port: number, host = '127.0.0.1'): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let rel: string;
    try { rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    const file = path.join(root, path.normalize(rel.endsWith('/') ? `${rel}index.html` : rel));
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { Allow: 'GET, HEAD' }).end(); return; }
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 未找到（not found）\n'); return; }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // the page and the service worker are checked on every load; everything else is versioned by the service worker
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': fs.statSync(file).size, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
    if (req.method === 'HEAD') { res.end(); return; }
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(server); });
  });
}

/** run until interrupted; returns the exit code */
export async function web(portArg: string | undefined, locale: 'zh' | 'en', err: (s: string) => void, out: (s: string) => void): Promise<number> {
  const zh = locale === 'zh';
  if (portArg !== undefined && (!/^\d{1,5}$/.test(portArg) || Number(portArg) > 65535)) {
    err(`xiaobao: --port 的取值应为 0–65535 的整数，收到 “${portArg}”（invalid --port）`);
    return 2;
  }
  const root = webRoot();
  if (!root) { err('xiaobao: 找不到网页版文件（web/index.html），请先运行 pnpm build（the web build is missing: run pnpm build）'); return 2; }
  let server: http.Server;
  try { server = await serveWeb(root, portArg === undefined ? 8780 : Number(portArg)); }
  catch (e: any) {
    err(e?.code === 'EADDRINUSE' ? `xiaobao: 端口 ${portArg ?? 8780} 已被占用，请用 --port 指定其他端口（port in use: try --port N）` : `xiaobao: 无法启动网页服务（cannot start the server）: ${e?.message ?? e}`);
    return 2;
  }
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/`;
  out(zh ? `xiaobao 网页版：${url}\n在浏览器中打开即可检查文案；内容只在浏览器中处理，不会上传。按 Ctrl+C 停止。` : `xiaobao web: ${url}\nOpen it in a browser; everything is checked in the browser, nothing is uploaded. Ctrl+C stops.`);
  await new Promise<void>((resolve) => {
    const stop = () => { server.close(() => resolve()); server.closeAllConnections(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
