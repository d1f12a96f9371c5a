import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/__tests__/dataset-fixtures';
import { flattenFacts, NO_FILTERS, type FactFilters } from '../../data/facts';
import { buildFilterOptions } from '../../data/filter-options';
import { buildYearOptions } from '../../features/filters/utils/year-options';
import { buildOverviewModel } from '../../features/overview/hooks/use-overview';
import { tileCount } from '../../features/overview/utils/build-overview';
import { VIEW_IDS, type ViewId } from '../../lib/views';
import { viewCoverage } from '../views';

const datasets = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);
const facts = flattenFacts(datasets);
const years = buildFilterOptions(datasets).years;
const options = (view: ViewId, filters: Partial<FactFilters> = {}, locale: 'it' | 'en' = 'it') =>
  buildYearOptions(years, viewCoverage(view, datasets), { ...NO_FILTERS, ...filters }, locale);
const enabled = (view: ViewId, filters: Partial<FactFilters> = {}) => options(view, filters).filter((o) => !o.disabled).map((o) => o.year);

describe('year options', () => {
  it.each([{}, { area: 'social' as const }, { area: 'covid' as const }, { organization: 'comune-milano' }, { territory: 'milano' as const }])(
    'every enabled year leads, on the overview, to at least one figure (%o)',
    (filters) => {
      const all = options('overview', filters);
      expect(all.map((o) => o.year)).toEqual(years);
      for (const o of all) {
        const model = buildOverviewModel(datasets, facts, { ...NO_FILTERS, ...filters, year: o.year }, 'it');
        expect(tileCount(model) > 0).toBe(!o.disabled);
      }
    },
  );

  it('disables 2017 and 2021 on the overview (none of its figures), not on the views that show them', () => {
    expect(enabled('overview')).toEqual([2020, 2019, 2018]);
    expect(enabled('communication')).toContain(2021);
    expect(enabled('labour')).toContain(2017);
    expect(enabled('scorecard')).toEqual([2019]);
  });

  it.each([
    ['overview', {}, 2019, '2019 · Assolombarda, Camera di commercio'],
    ['overview', {}, 2018, '2018 · Camera di commercio, Comune di Milano'],
    ['overview', { area: 'social' as const }, 2019, '2019 · Camera di commercio'],
    ['communication', { area: 'social' as const }, 2019, '2019 · Camera di commercio'],
    ['members', {}, 2020, '2020 · Assolombarda'],
    ['members', {}, 2019, '2019'],
  ] as const)('on %s with %o, year %s reads «%s»', (view, filters, year, label) => {
    expect(options(view, filters).find((o) => o.year === year)?.label).toBe(label);
  });

  it('says whose figures in English too', () => {
    expect(options('scorecard', {}, 'en').find((o) => o.year === 2019)?.label).toBe('2019 · Chamber of commerce');
  });

  it('names the chosen year alone, so the closed select shows it whole; the other years still say whose', () => {
    const o = options('overview', { year: 2019 });
    expect(o.find((x) => x.year === 2019)?.label).toBe('2019');
    expect(o.find((x) => x.year === 2018)?.label).toBe('2018 · Camera di commercio, Comune di Milano');
  });

  it('keeps a year the URL chose selectable, even one the data does not have', () => {
    const o = options('overview', { year: 2015 });
    expect(o.find((x) => x.year === 2015)).toEqual({ year: 2015, label: '2015', disabled: false });
    expect(options('overview', { year: 2017 }).find((x) => x.year === 2017)?.disabled).toBe(false);
  });

  it.each(VIEW_IDS)('has something for %s', (view) => {
    expect(viewCoverage(view, datasets).length).toBeGreaterThan(0);
  });
});
