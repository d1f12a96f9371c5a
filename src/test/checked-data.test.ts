// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkedDataDigests } from '../../scripts/checked-data';

const bundled = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as { datasets: [{ file: string }, ...{ file: string }[]] };

/** A data folder holding the bundled manifest and one of its datasets, as given. */
function folder(datasetText: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'checked-'));
  const file = bundled.datasets[0].file;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...bundled, datasets: [bundled.datasets[0]] }));
  writeFileSync(join(dir, file), datasetText);
  return dir;
}

describe('checkedDataDigests (the build checks the bundled data once)', () => {
  it('records every bundled file: all of them are in the form data:import writes', () => {
    const warn = vi.fn();
    const digests = checkedDataDigests('public/data', warn);
    expect(warn).not.toHaveBeenCalled();
    expect(Object.keys(digests).sort()).toEqual(['manifest.json', ...bundled.datasets.map((d) => d.file)].sort());
    const file = bundled.datasets[0].file;
    expect(digests[file]).toBe(createHash('sha256').update(readFileSync(join('public/data', file), 'utf8')).digest('base64'));
  });

  it('leaves out, with a warning, a valid file the schema would complete (the browser checks it)', () => {
    const dataset = JSON.parse(readFileSync(join('public/data', bundled.datasets[0].file), 'utf8')) as Record<string, unknown>;
    delete dataset.excerpts;
    const warn = vi.fn();
    const digests = checkedDataDigests(folder(JSON.stringify(dataset)), warn);
    expect(Object.keys(digests)).toEqual(['manifest.json']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(bundled.datasets[0].file));
  });

  it('stops the build on a file its schema rejects, naming it', () => {
    expect(() => checkedDataDigests(folder(JSON.stringify({ schemaVersion: 1, id: 'x' })))).toThrow(bundled.datasets[0].file);
  });
});
