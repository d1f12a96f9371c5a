import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildCovidModel, widerTerritoriesForCovid } from '../covid-model';
import { buildCovidViewModel } from '../covid-view-model';
import { covidDatasets, ctxFor } from './fixtures';

describe('buildCovidViewModel', () => {
  it.each([
    ['no filters', {}],
    ['2020', { year: 2020 }],
    ['2018', { year: 2018 }],
    ['a territory without figures', { territory: 'lodi' as const }],
  ])('with %s: the context, every panel model and the wider territories of an empty view', (_, f: Partial<FactFilters>) => {
    const filters = { ...NO_FILTERS, ...f };
    const vm = buildCovidViewModel(covidDatasets, filters, 'it');
    expect(vm.ctx).toEqual(ctxFor(f));
    expect(vm.model).toEqual(buildCovidModel(ctxFor(f), 'it'));
    expect(vm.wider).toEqual(vm.model.empty ? widerTerritoriesForCovid(covidDatasets, filters, 'it') : []);
  });
});
