// The global `Buffer` the parsers (and mammoth) use, for the browser build (esbuild `inject`).
export { Buffer } from 'buffer';
