import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import type { Dataset } from '../../../../data/schema';
import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import { buildOverviewModel } from '../overview-model';
import { overviewPanels } from '../../panels';
import { packAreaSlides, TILES_PER_SLIDE } from '../area-slides';
import { buildOutcomeTiles } from '../outcome-tile';

const datasets: Dataset[] = ['assolombarda-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json', 'sviluppo-pmi-2020.json'].map(loadDataset);
const model = (filters: Partial<FactFilters> = {}) => buildOverviewModel(datasets, { ...NO_FILTERS, ...filters }, 'it');
const text = { label: 'raggiunti', section: 'indicatori', note: (a: number, b: number, c: number) => `${a}/${b}/${c}` };

describe('the chamber’s indicators achieved', () => {
  it('counts the report’s stated outcomes: 62 achieved of 76', () => {
    const [t] = buildOutcomeTiles(datasets, NO_FILTERS, text, 'it');
    // The report: 76 indicators, 62 achieved, 13 missed, one whose outcome it does not state.
    expect([t?.value, t?.unit, t?.year, t?.note]).toEqual([62, 'indicators', 2019, '76/13/1']);
    expect(t?.source.title).toBe('Relazione sulla Performance 2019');
  });

  it.each([
    ['another year', { year: 2020 }],
    ['another area', { area: 'members' as const }],
    ['another organisation', { organization: 'assolombarda' }],
  ])('is left out for %s', (_, filters) => {
    expect(buildOutcomeTiles(datasets, { ...NO_FILTERS, ...filters }, text, 'it')).toEqual([]);
  });

  it('is the second lead figure of the overview, after the members', () => {
    expect(model().lead.map((x) => x.tile.unit).slice(0, 2)).toEqual(['firms', 'indicators']);
  });
});

describe('the overview as slides', () => {
  it('keeps each area whole and puts thin areas together, at most four tiles a slide', () => {
    const rest = model().rest;
    const slides = packAreaSlides(rest);
    expect(slides.flat()).toEqual([...new Set(rest.map((x) => x.area))]);
    for (const areas of slides) {
      const n = rest.filter((x) => areas.includes(x.area)).length;
      expect(n <= TILES_PER_SLIDE || areas.length === 1).toBe(true);
    }
    // Thin areas do share: fewer slides than areas.
    expect(slides.length).toBeLessThan(slides.flat().length);
  });

  it('is the summary alone in the meeting deck and on the lobby screen, with the areas in its own deck', () => {
    const [panel] = overviewPanels;
    const slides = (kind: 'view' | 'meeting' | 'screen') => panel!.slides!({ datasets, filters: NO_FILTERS, kind }).map((s) => s.id);
    expect(slides('meeting')).toEqual(['sintesi']);
    expect(slides('screen')).toEqual(['sintesi']);
    expect(slides('view')).toEqual(['sintesi', ...packAreaSlides(model().rest).map((a) => `aree-${a.join('-')}`)]);
  });
});
