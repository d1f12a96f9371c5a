/** The data files every first visit loads (vite.config.ts reads them from the manifest at build time). */
declare const __FIRST_SCREEN_DATA__: readonly string[];
