import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../data/checks';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildChecksModel } from '../check-models';
import type { RunChecks, Thenable } from '../../../../data/checks/slices';
import { buildSourceModels } from '../source-models';
import { buildSourcesModel, prepareSources, sourcesModelOf } from '../sources-model';
import { realDatasets } from './fixtures';

const checks = runChecks(realDatasets);

describe('buildSourcesModel', () => {
  it.each([
    ['no filters', {}],
    ['2019', { year: 2019 }],
    ['the members area', { area: 'members' as const }],
  ])('with %s: the four sources and, at once, the checks under the filters', (_, f: Partial<FactFilters>) => {
    const filters = { ...NO_FILTERS, ...f };
    const m = buildSourcesModel(realDatasets, filters, 'it');
    expect(m.sources).toEqual(buildSourceModels(realDatasets, filters, 'it'));
    // Settled: React's `use` reads it in the same render (the build-time page holds the checks).
    expect(m.checks.status).toBe('fulfilled');
    expect(m.checks.status === 'fulfilled' && m.checks.value).toEqual(buildChecksModel(checks, realDatasets, filters));
  });
});

describe('a model whose checks run later', () => {
  it('has its sources at once and its checks when they have run', async () => {
    let finish: (all: typeof checks) => void = () => {};
    const later: RunChecks = () => Object.assign(new Promise<typeof checks>((resolve) => (finish = resolve)), { status: 'pending' as const });
    const m = sourcesModelOf(prepareSources(realDatasets, later), NO_FILTERS, 'en');
    expect(m.sources.map((s) => s.id)).toEqual(realDatasets.map((d) => d.id));
    expect(m.checks.status).toBe('pending');
    finish(checks);
    await expect(m.checks as Thenable<unknown>).resolves.toEqual(buildChecksModel(checks, realDatasets, NO_FILTERS));
    expect(m.checks.status).toBe('fulfilled');
  });
});
