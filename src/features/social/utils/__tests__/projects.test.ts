import { describe, expect, it } from 'vitest';
import { availableMeasures, buildProjectRanking, combineQualifiers } from '../projects';
import { labels, visible } from './fixtures';

const rank = (filters: Parameters<typeof visible>[0], measure: string) =>
  buildProjectRanking(visible(filters), measure, labels, 'it').ranked.map((e) => [e.project, e.year, e.value, e.qualifier]);

describe('availableMeasures', () => {
  it.each([
    ['no filter', {}, ['views', 'interactions', 'participants', 'spectators', 'episodes', 'minutes', 'hours', 'sources', 'museums', 'authors']],
    ['year 2021', { year: 2021 }, ['views', 'interactions', 'participants', 'spectators', 'museums']],
    ['year 2019', { year: 2019 }, []],
  ])('%s', (_name, filters, expected) => {
    expect(availableMeasures(visible(filters))).toEqual(expected);
  });
});

describe('buildProjectRanking', () => {
  // Relazione dell'attività 2020, section 4: reach of each project and event.
  it.each([
    ['views, all years', {}, 'views', [
      ['nel-tempo-di-una-storia', 2021, 2327035, 'exact'],
      ['miniserie-qui-ogni-impresa', 2020, 1314254 + 940033, 'exact'],
      ['assemblea-generale-2020', 2020, 2077436, 'exact'],
      ['your-next-milano', 2021, 350784, 'exact'],
      ['il-futuro-della-fabbrica', 2020, 39577 + 84583, 'exact'],
      ['top500-monza-brianza-lodi', 2020, 58782, 'exact'],
      ['pavia-verso-il-futuro', 2020, 38658, 'exact'],
    ]],
    ['participants, all years', {}, 'participants', [
      ['assemblea-generale-2020', 2020, 1000, 'more_than'],
      ['your-next-milano', 2021, 600, 'more_than'],
      ['italia-2030', 2020, 450, 'exact'],
      ['il-futuro-della-formazione', 2020, 156, 'exact'],
    ]],
    ['interactions, 2020 only', { year: 2020 }, 'interactions', [
      ['miniserie-qui-ogni-impresa', 2020, 40966, 'exact'],
      ['assemblea-generale-2020', 2020, 24702, 'exact'],
      ['il-futuro-della-fabbrica', 2020, 362 + 1924, 'exact'],
      ['pavia-verso-il-futuro', 2020, 1407, 'exact'],
      ['top500-monza-brianza-lodi', 2020, 1366, 'exact'],
    ]],
    ['spectators (2021 only)', {}, 'spectators', [['miniserie-qui-ogni-impresa', 2021, 173176, 'exact']]],
    ['spectators in 2020 (none)', { year: 2020 }, 'spectators', []],
    ['sources of the podcast', {}, 'sources', [['podcast-piccola-industria', 2020, 25, 'more_than']]],
    ['views in 2019 (no data)', { year: 2019 }, 'views', []],
  ])('%s', (_name, filters, measure, expected) => {
    expect(rank(filters, measure)).toEqual(expected);
  });

  it('keeps the split by channel and lists the projects without the measure', () => {
    const r = buildProjectRanking(visible(), 'views', labels, 'it');
    const miniserie = r.ranked.find((e) => e.project === 'miniserie-qui-ogni-impresa')!;
    expect(miniserie.channels).toEqual([
      { channel: 'youtube', value: 1314254, qualifier: 'exact' },
      { channel: 'social', value: 940033, qualifier: 'exact' },
    ]);
    expect(r.channels.sort()).toEqual(['ansa-streaming', 'social', 'youtube']);
    expect(r.without.map((w) => w.project).sort()).toEqual(['il-futuro-della-formazione', 'italia-2030', 'podcast-piccola-industria']);
    expect(r.unit).toBe('views');
  });

  it('is empty for no facts', () => {
    expect(buildProjectRanking([], 'views', labels, 'it')).toEqual({ measure: 'views', unit: null, ranked: [], without: [], channels: [] });
  });
});

describe('combineQualifiers', () => {
  it.each([
    [['exact', 'exact'], 'exact'],
    [['exact', 'more_than'], 'more_than'],
    [['at_least', 'exact'], 'at_least'],
    [['about', 'exact'], 'about'],
    [['more_than', 'less_than'], 'about'],
    [[], 'exact'],
  ] as const)('%j → %s', (qs, expected) => {
    expect(combineQualifiers(qs)).toBe(expected);
  });
});
