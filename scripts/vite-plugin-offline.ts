import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Emits /sw.js, the service worker of scripts/service-worker.js, which precaches the whole build (code, styles, data), so the
 * dashboard opens offline after the first visit. Its cache name is a hash of everything it caches:
 * a new build installs a new worker, which waits until the user accepts the update (never forced
 * mid-presentation). Hand-written instead of workbox: ~40 lines against a large build dependency.
 */
export function offline(): Plugin {
  return {
    name: 'cruscotto-offline',
    apply: 'build',
    // After every other plugin has written its files (the prerendered pages too), so the list and the hash are final.
    writeBundle: {
      sequential: true,
      order: 'post',
      handler(options) {
        const outDir = options.dir ?? 'dist';
        const walk = (dir: string, prefix = ''): string[] =>
          readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
        // The spreadsheet library serves the Dati page's analysts only: not precached for every reader.
        const built = walk(outDir).filter((f) => !['sw.js', 'index.html', 'robots.txt'].includes(f) && !/^assets\/exceljs/.test(f) && !/^docs\//.test(f)).sort();
        const hash = createHash('sha256');
        for (const f of [...built, 'index.html']) hash.update(f).update(readFileSync(join(outDir, f)));
        const version = hash.digest('hex').slice(0, 12);
        const files = ['/', ...built.map((f) => `/${f}`)];
        const code = readFileSync(join(process.cwd(), 'scripts/service-worker.js'), 'utf8');
        writeFileSync(join(outDir, 'sw.js'), `const CACHE = 'cruscotto-${version}';\nconst FILES = ${JSON.stringify(files)};\n${code}`);
      },
    },
  };
}
