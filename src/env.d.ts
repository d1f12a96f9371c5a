/** The data files every first visit loads (vite.config.ts reads them from the manifest at build time). */
declare const __FIRST_SCREEN_DATA__: readonly string[];

/** SHA-256 (base64) of each bundled data file the build checked against its schema (scripts/checked-data.ts). */
declare const __CHECKED_DATA__: Readonly<Record<string, string>>;
