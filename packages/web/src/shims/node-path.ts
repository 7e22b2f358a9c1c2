// The little of node:path the formatters use (file names in a report), for the browser build: POSIX, relative to ''.
export function relative(from: string, to: string): string {
  return from && to.startsWith(`${from.replace(/\/$/, '')}/`) ? to.slice(from.replace(/\/$/, '').length + 1) : to;
}
export const basename = (p: string) => p.replace(/\/+$/, '').replace(/^.*\//, '');
export const dirname = (p: string) => (p.includes('/') ? p.replace(/\/[^/]*$/, '') || '/' : '.');
export const join = (...ps: string[]) => ps.filter(Boolean).join('/').replace(/\/{2,}/g, '/');
export const resolve = join;
export const sep = '/';
export default { relative, basename, dirname, join, resolve, sep };
