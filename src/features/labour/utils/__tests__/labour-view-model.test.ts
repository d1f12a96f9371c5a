import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildLabourModel, widerTerritoriesForLabour } from '../labour-model';
import { buildLabourViewModel } from '../labour-view-model';
import { ctxFor, labourDatasets } from './fixtures';

describe('buildLabourViewModel', () => {
  it.each([
    ['no filters', {}],
    ['2018', { year: 2018 }],
    ['2020', { year: 2020 }],
    ['a territory without figures', { territory: 'lodi' as const }],
  ])('with %s: the context, every panel model and the wider territories of an empty view', (_, f: Partial<FactFilters>) => {
    const filters = { ...NO_FILTERS, ...f };
    const vm = buildLabourViewModel(labourDatasets, filters, 'it');
    expect(vm.ctx).toEqual(ctxFor(f));
    expect(vm.model).toEqual(buildLabourModel(ctxFor(f), 'it'));
    expect(vm.wider).toEqual(vm.model.empty ? widerTerritoriesForLabour(labourDatasets, filters, 'it') : []);
  });
});
