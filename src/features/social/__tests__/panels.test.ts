import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../../tests/fixtures/invent-year';
import { panelSlides } from '../../../components/ui/panel';
import { NO_FILTERS } from '../../../data/facts';
import { loadDataset } from '../../../data/__tests__/dataset-fixtures';
import { socialPanels } from '../panels';

// INVENTED later years (tests/fixtures): the real 2020 report, then 2021 and 2022 made from it.
const y2020 = loadDataset('assolombarda-2020.json');
const y2021 = inventYear(y2020, 2021);
const y2022 = inventYear(y2021, 2022, [y2020, y2021]);
const slideIds = (panels: typeof socialPanels, datasets: (typeof y2020)[], year: number | null = null) =>
  panels.flatMap((p) => panelSlides(p, { datasets, filters: { ...NO_FILTERS, year }, kind: 'view' }).map((s) => s.id));

describe('decks with several years', () => {
  it('bundled data: the deck is as before, one slide per panel', () => {
    expect(slideIds(socialPanels, [y2020])).toEqual(['platforms', 'website', 'web-tiles', 'press', 'campaigns', 'projects', 'followers']);
  });

  it('several years: the website figures’ chart by year follows the tiles on a slide of its own', () => {
    expect(slideIds(socialPanels, [y2020, y2021, y2022])).toEqual(['platforms', 'website', 'web-tiles', 'web-years', 'press', 'campaigns', 'projects', 'followers']);
  });

  it('the year cycle at the first year: one year, no chart by year', () => {
    expect(slideIds(socialPanels, [y2020, y2021, y2022], 2020)).not.toContain('web-years');
  });
});
