/** Build-time values that wxt.config.ts defines (Vite's `define`). */
interface ImportMetaEnv {
  /** True only in the benchmark's builds: the user-timing entries it reads (lib/page/timing.ts). */
  readonly SST_TIMING: boolean;
}

/** The bundled terms' index, compiled when the extension is built (build/bundled-terms-plugin.ts). */
declare module 'virtual:sst-bundled-terms' {
  const source: import('./lib/match/term-index').TermIndexSource;
  export default source;
}

/** The bundled terms' detector for the first look, compiled when the extension is built. */
declare module 'virtual:sst-term-detector' {
  const source: string;
  export default source;
}
