import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../data/checks';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { countChecks, filterChecks } from '../check-models';
import { buildSourceModels } from '../source-models';
import { buildSourcesModel } from '../sources-model';
import { realDatasets } from './fixtures';

const checks = runChecks(realDatasets);

describe('buildSourcesModel', () => {
  it.each([
    ['no filters', {}],
    ['2019', { year: 2019 }],
    ['the members area', { area: 'members' as const }],
  ])('with %s: the checks under the filters, their counts and the four sources', (_, f: Partial<FactFilters>) => {
    const filters = { ...NO_FILTERS, ...f };
    const m = buildSourcesModel(realDatasets, filters, 'it');
    expect(m.checks).toEqual(filterChecks(checks, filters));
    expect(m.counts).toEqual(countChecks(m.checks));
    expect(m.sources).toEqual(buildSourceModels(realDatasets, filters, m.checks, 'it'));
  });
});
