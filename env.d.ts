/** Build-time values that wxt.config.ts defines (Vite's `define`). */
interface ImportMetaEnv {
  /** True only in the benchmark's builds: the user-timing entries it reads (lib/page/timing.ts). */
  readonly SST_TIMING: boolean;
}
