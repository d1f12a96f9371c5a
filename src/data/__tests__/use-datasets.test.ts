import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../fetch-json';
import type { Dataset } from '../schema';
import { selectDatasets, type AllData } from '../use-datasets';

const dataset = (id: string) => ({ id, facts: [] }) as unknown as Dataset;
const all: AllData = {
  pending: false,
  updated: '2021-06-30',
  files: [
    { id: 'a', data: dataset('a') },
    { id: 'b', error: new DataLoadError('http', 'b.json', 'HTTP 404', { status: 404 }) },
  ],
};

describe('selectDatasets', () => {
  it('keeps only the listed files: their data and their errors', () => {
    expect(selectDatasets(all, ['a'])).toMatchObject({ datasets: [all.files[0]!.data], errors: [], isLoading: false, updated: '2021-06-30' });
    expect(selectDatasets(all, ['a', 'b']).errors.map((e) => e.url)).toEqual(['b.json']);
  });

  it('without a list, takes every file', () => {
    const state = selectDatasets(all);
    expect(state.datasets).toHaveLength(1);
    expect(state.errors).toHaveLength(1);
    expect(state.isLoading).toBe(false);
  });

  it('puts a manifest error first, and is loading while the data is', () => {
    const manifestError = new DataLoadError('network', 'manifest.json', 'offline');
    expect(selectDatasets({ ...all, manifestError }, ['b']).errors[0]).toBe(manifestError);
    expect(selectDatasets({ pending: true, files: [] }, ['a']).isLoading).toBe(true);
  });

  it('hands on the loaded datasets themselves, so a view model sees the same data as long as nothing loads', () => {
    const a = selectDatasets(all, ['a', 'b']);
    const b = selectDatasets({ ...all }, ['a', 'b']);
    expect(b.datasets).toEqual(a.datasets);
    expect(b.datasets.every((d, i) => d === a.datasets[i])).toBe(true);
  });

  it('a listed dataset brings the other years of its report series, and previews are marked', () => {
    const years: AllData = {
      pending: false,
      files: [
        { id: 'assolombarda-2020', data: dataset('assolombarda-2020') },
        { id: 'assolombarda-2021', data: dataset('assolombarda-2021'), preview: true },
        { id: 'assolombarda-servizi-2021', data: dataset('assolombarda-servizi-2021') },
      ],
    };
    const state = selectDatasets(years, ['assolombarda-2020']);
    expect(state.datasets.map((d) => d.id)).toEqual(['assolombarda-2020', 'assolombarda-2021']);
    expect(state.previewIds).toEqual(['assolombarda-2021']);
  });
});
