import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildCommunicationModel } from '../communication-model';
import { buildPlatformComparison } from '../platforms';
import { buildYearOnYear, FOLLOWERS, WEBSITE_USERS } from '../year-on-year';
import { all, datasets, labels, visible } from './fixtures';

const model = (f: Partial<FactFilters> = {}) => buildCommunicationModel(datasets, { ...NO_FILTERS, ...f }, 'it');

describe('buildCommunicationModel', () => {
  it.each([
    ['no filters', {}],
    ['2020', { year: 2020 }],
    ['2019', { year: 2019 }],
    ['the social area', { area: 'social' as const }],
  ])('with %s gives each panel the slice of the facts under the filters', (_, f) => {
    const m = model(f);
    expect(m.all).toEqual(all);
    expect(m.visible).toEqual(visible(f));
    expect(m.platforms).toEqual(buildPlatformComparison(visible(f), labels));
    expect(m.website).toEqual(buildYearOnYear(visible(f), all, WEBSITE_USERS, labels));
    expect(m.followers).toEqual(buildYearOnYear(visible(f), all, FOLLOWERS, labels));
    expect(m.viewEmpty).toBe(visible(f).length === 0);
  });

  it('reads the website users of 2020 against 2019 (2.867.204 and 1.042.043)', () => {
    const w = model().website;
    expect([w?.current.value, w?.previous?.value]).toEqual([2867204, 1042043]);
  });

  it('is one empty view for a year without communication figures', () => {
    const m = model({ year: 2010 });
    expect([m.viewEmpty, m.webTiles.length, m.campaigns.length, m.platforms]).toEqual([true, 0, 0, null]);
  });
});
