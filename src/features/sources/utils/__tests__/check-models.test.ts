import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../data/checks';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildChecksModel, countChecks, countWords, filterChecks, groupChecksBySource, matchesScope, PENDING_WORDS } from '../check-models';
import { sourcesMessages } from '../../messages';
import { realDatasets } from './fixtures';

const checks = runChecks(realDatasets);
const f = (partial: Partial<FactFilters>): FactFilters => ({ ...NO_FILTERS, ...partial });

describe('filterChecks follows the global filters', () => {
  it.each<[label: string, filters: FactFilters, sources: string[]]>([
    ['no filter', NO_FILTERS, ['assolombarda-2020', 'cciaa-performance-2019', 'lavoro-milano-2018']],
    ['year 2020', f({ year: 2020 }), ['assolombarda-2020']],
    ['year 2019', f({ year: 2019 }), ['cciaa-performance-2019']],
    ['year 2018', f({ year: 2018 }), ['lavoro-milano-2018']],
    ['year 2015 (no data)', f({ year: 2015 }), []],
    ['organization: the chamber', f({ organization: 'cciaa-mi-mb-lo' }), ['cciaa-performance-2019']],
    ['area: labour', f({ area: 'labour' }), ['lavoro-milano-2018']],
    ['area: policy (nothing to check)', f({ area: 'policy' }), []],
    ['territory: Lombardy', f({ territory: 'lombardia' }), ['cciaa-performance-2019']],
  ])('%s', (_label, filters, sources) => {
    expect([...new Set(filterChecks(checks, filters).map((c) => c.sourceIds[0]))]).toEqual(sources);
  });

  it('keeps the social checks (Assolombarda platforms, chamber follower growth) under the social area, and only those', () => {
    const ids = filterChecks(checks, f({ area: 'social' })).map((c) => c.checkId);
    expect(ids.slice(0, 3)).toEqual(['social.platforms.views', 'social.platforms.interactions', 'social.platforms.followers']);
    expect(ids.length).toBe(4);
    expect(filterChecks(checks, f({ area: 'social', organization: 'assolombarda' })).map((c) => c.checkId)).toEqual([
      'social.platforms.views', 'social.platforms.interactions', 'social.platforms.followers',
    ]);
  });

  it('does not hide a not-applicable check for a year it cannot know', () => {
    expect(matchesScope({ area: 'members', organization: 'assolombarda' }, f({ year: 2019 }))).toBe(true);
    expect(matchesScope({ area: 'members', organization: 'assolombarda' }, f({ organization: 'cciaa-mi-mb-lo' }))).toBe(false);
  });
});

describe('counts and groups', () => {
  it('counts outcomes (the four sources: 18 warnings)', () => {
    // Warnings: 2 members outside groups, web growth box, 3 social platform totals, indicator PIRA 6.1.2, labour age bands;
    // and the ten readings of the words (9 in the chamber's report, the size classes' bounds in Assolombarda's).
    const c = countChecks(checks);
    expect(c.warning).toBe(18);
    expect(c['not-applicable']).toBe(0);
    expect(c.total).toBe(c.pass + c.warning);
  });

  it('counts nothing on an empty list', () => {
    expect(countChecks([])).toEqual({ total: 0, pass: 0, warning: 0, 'not-applicable': 0 });
  });

  it.each<[n: number, text: string]>([
    [0, 'nessun controllo su queste cifre'],
    [1, '1 superato · 1 avviso · 1 non applicabile'],
    [2, '2 superati · 2 avvisi · 2 non applicabili'],
    [1000, '1.000 superati · 1.000 avvisi · 1.000 non applicabili'],
  ])('words the counts in the right number (%i each)', (n, text) => {
    expect(sourcesMessages.it.checkCounts(countWords({ total: 3 * n, pass: n, warning: n, 'not-applicable': n }, 'it'))).toBe(text);
  });

  it('says the summary line in English too', () => {
    expect(sourcesMessages.en.summaryLine(countWords(countChecks(checks), 'en'))).toMatch(/^\d+ checks: \d+ passed, 18 warnings, 0 not applicable\.$/);
  });

  it('groups by source in dataset order, sources without checks left out', () => {
    expect(groupChecksBySource(checks, realDatasets).map((g) => g.sourceId)).toEqual(['assolombarda-2020', 'cciaa-performance-2019', 'lavoro-milano-2018']);
  });

  it('puts checks whose source did not load in a last group of their own', () => {
    const loaded = realDatasets.filter((d) => d.id !== 'lavoro-milano-2018');
    const groups = groupChecksBySource(runChecks(loaded), loaded);
    expect(groups.at(-1)).toMatchObject({ sourceId: null, counts: { 'not-applicable': 1, total: 1 } });
  });
});

describe('buildChecksModel', () => {
  it('counts the checks that read each source, under the filters', () => {
    const { bySource } = buildChecksModel(checks, realDatasets, NO_FILTERS);
    // 6 of the figures, and the size classes' bounds (firms of exactly 100 or 500 employees).
    expect(bySource['assolombarda-2020']).toMatchObject({ warning: 7, 'not-applicable': 0 });
    expect(bySource['sviluppo-pmi-2020']).toEqual(countChecks([]));
    expect(buildChecksModel(checks, realDatasets, f({ area: 'social' })).bySource['assolombarda-2020']).toMatchObject({ total: 3, warning: 3 });
  });

  it.each<[label: string, filters: FactFilters]>([['no filter', NO_FILTERS], ['2019', f({ year: 2019 })], ['the members area', f({ area: 'members' })]])(
    'with %s: the checks under the filters, their counts and groups',
    (_label, filters) => {
      const m = buildChecksModel(checks, realDatasets, filters);
      expect(m.checks).toEqual(filterChecks(checks, filters));
      expect(m.counts).toEqual(countChecks(m.checks));
      expect(m.groups).toEqual(groupChecksBySource(m.checks, realDatasets));
    },
  );
});

describe('the words of counts still pending', () => {
  it.each([['it', '… superati · … avvisi · … non applicabili'], ['en', '… passed · … warnings · … not applicable']] as const)('%s: %s', (locale, text) => {
    expect(sourcesMessages[locale].checkCounts(PENDING_WORDS)).toBe(text);
  });
});
