// node:fs / node:os in the browser build: only reached by the nodejieba backend, which the page never selects.
export default {};
