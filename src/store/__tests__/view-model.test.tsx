// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../data/facts';
import type { DataState } from '../../data/use-datasets';
import type { Dataset } from '../../data/schema';
import { loadDataset } from '../../data/__tests__/dataset-fixtures';
import { createViewModel } from '../view-model';

const datasets: Dataset[] = ['assolombarda-2020.json', 'lavoro-milano-2018.json'].map(loadDataset);

function counted() {
  const prepare = vi.fn((ds: readonly Dataset[]) => ({ ids: ds.map((d) => d.id) }));
  const build = vi.fn((p: { ids: string[] }, filters: typeof NO_FILTERS, locale: 'it' | 'en') => ({ ids: p.ids, year: filters.year, locale }));
  return { prepare, build };
}

describe('createViewModel: the memoised selector', () => {
  it('prepares once per set of datasets and builds once per filters and language', () => {
    const spec = counted();
    const vm = createViewModel(spec);
    const a = vm.select(datasets, NO_FILTERS, 'it');
    // Another array of the same datasets, another object of the same filters: the same model.
    expect(vm.select([...datasets], { ...NO_FILTERS }, 'it')).toBe(a);
    expect(spec.prepare).toHaveBeenCalledTimes(1);
    expect(spec.build).toHaveBeenCalledTimes(1);
    const y = vm.select(datasets, { ...NO_FILTERS, year: 2020 }, 'it');
    expect(y).toMatchObject({ year: 2020 });
    expect(vm.select(datasets, NO_FILTERS, 'en')).toMatchObject({ locale: 'en' });
    expect(spec.prepare).toHaveBeenCalledTimes(1);
    expect(spec.build).toHaveBeenCalledTimes(3);
    // A deck asks for the Italian model while the page shows English: both stay.
    expect(vm.select(datasets, NO_FILTERS, 'it')).toBe(a);
    expect(spec.build).toHaveBeenCalledTimes(3);
  });

  it('prepares again when the data changes', () => {
    const spec = counted();
    const vm = createViewModel(spec);
    vm.select(datasets, NO_FILTERS, 'it');
    expect(vm.select(datasets.slice(0, 1), NO_FILTERS, 'it').ids).toEqual(['assolombarda-2020']);
    expect(spec.prepare).toHaveBeenCalledTimes(2);
  });

  it("keeps to the view's report series", () => {
    const vm = createViewModel({ ...counted(), datasets: ['lavoro-milano-2018'] });
    expect(vm.select(datasets, NO_FILTERS, 'it').ids).toEqual(['lavoro-milano-2018']);
  });
});

describe('createViewModel: panels', () => {
  const vm = createViewModel({ prepare: () => null, build: (_p, filters) => ({ year: filters.year }) });
  const value = { datasets, errors: [], isLoading: false, model: { year: 2019 } } satisfies DataState & { model: { year: number | null } };
  function YearPanel({ suffix }: { suffix: string }) {
    return <p>{`${vm.use().model.year}${suffix}`}</p>;
  }
  const Wrapped = vm.withModel(YearPanel);

  it('reads the model its view provides (and its own props)', () => {
    render(<vm.Provider value={value}><Wrapped suffix="!" /></vm.Provider>);
    expect(screen.getByText('2019!')).toBeInTheDocument();
  });

  it('says what is missing when drawn without its view and unwrapped', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<YearPanel suffix="" />)).toThrow(/view model/);
  });
});
