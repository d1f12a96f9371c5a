import { describe, expect, it } from 'vitest';
import { inventYear } from '../../../../../tests/fixtures/invent-year';
import { flattenFacts, NO_FILTERS } from '../../../../data/facts';
import type { Dataset } from '../../../../data/schema';
import { isCommunicationFact } from '../../view-scope';
import { compareParam, parseCompare, parseSeries as parseSlug, seriesParam as slugParam } from '../../../../lib/year-choices';
import { WEB_SLUGS } from '../params';

const parseSeries = (raw: string | undefined, available: readonly WebMetric[]) => parseSlug(raw, available, WEB_SLUGS);
const seriesParam = (metric: WebMetric, available: readonly WebMetric[]) => slugParam(metric, available, WEB_SLUGS);
import { yearColumns, yearRowOf as webRow } from '../../../../data/years';
import { yearsTable } from '../../../../components/ui/years-table';
import { buildPlatformYears, buildWebYears, platformChartData, platformYearsTable, webWithYears, type WebMetric } from '../years-view';
import { all as bundled, datasets, labels } from './fixtures';

// INVENTED later years (tests/fixtures): the real 2020 report, then 2021 and 2022 made from it.
const [y2020, cciaa] = datasets as [Dataset, Dataset];
const y2021 = inventYear(y2020, 2021);
const y2022 = inventYear(y2021, 2022, [y2020, y2021]);
const three = flattenFacts([y2020, cciaa, y2021, y2022]).filter(isCommunicationFact);
/** A figure as the report of its year states it, read from the dataset itself. */
const stated = (d: Dataset, metric: string, dimensions?: Record<string, string>) =>
  d.facts.find((f) => f.metric === metric && f.year === d.source.year && JSON.stringify(f.dimensions) === JSON.stringify(dimensions))!.value;

describe('website, newsletter and magazine over the years', () => {
  it('bundled data (one year of each): no year-on-year chart', () => {
    expect(buildWebYears(bundled, NO_FILTERS, 'it')).toBeNull();
  });

  it('page views and newsletter subscriptions in 2020, 2021 and 2022', () => {
    const table = buildWebYears(three, NO_FILTERS, 'it')!;
    expect(table.years).toEqual([2020, 2021, 2022]);
    expect(webWithYears(table)).toEqual(['web.page_views', 'web.registered_users', 'newsletter.subscriptions', 'magazine.views', 'magazine.new_users']);
    // 7,105,489 page views and 65,563 subscriptions in 2020 (Relazione 2020, section 3).
    expect(yearColumns(webRow(table, 'web.page_views')!)).toEqual([
      { key: '2020', value: 7105489 },
      { key: '2021', value: stated(y2021, 'web.page_views') },
      { key: '2022', value: stated(y2022, 'web.page_views') },
    ]);
    const subs = yearsTable(table, { series: 'Serie', change: 'Ultimo anno sul precedente' }).rows.find((r) => r.series === webRow(table, 'newsletter.subscriptions')!.label)!;
    const [a, b] = [stated(y2021, 'newsletter.subscriptions'), stated(y2022, 'newsletter.subscriptions')];
    expect(subs).toEqual({ series: subs.series, 2020: 65563, 2021: a, 2022: b, change: ((b - a) / a) * 100 });
  });

  it('under the year filter 2021: the years up to it', () => {
    expect(buildWebYears(three, { ...NO_FILTERS, year: 2021 }, 'it')!.years).toEqual([2020, 2021]);
  });
});

describe('platforms year on year', () => {
  it('bundled data: one year of platform figures, nothing to compare', () => {
    expect(buildPlatformYears(bundled, NO_FILTERS, labels, 'views')).toBeNull();
  });

  it('views per platform in each year, ranked by the latest year', () => {
    const model = buildPlatformYears(three, NO_FILTERS, labels, 'views')!;
    expect(model.organization).toBe('assolombarda');
    expect(model.years).toEqual([2020, 2021, 2022]);
    const keys = ['facebook', 'twitter', 'linkedin', 'youtube', 'instagram'];
    const latest = [...keys].sort((p, q) => stated(y2022, 'social.views', { platform: q }) - stated(y2022, 'social.views', { platform: p }));
    expect(model.rows.map((r) => r.key)).toEqual(latest);
    // Facebook: 8,452,299 views in 2020 (Relazione 2020, "3 | Social").
    expect(model.rows.find((r) => r.key === 'facebook')!.values).toEqual({ 2020: 8452299, 2021: stated(y2021, 'social.views', { platform: 'facebook' }), 2022: stated(y2022, 'social.views', { platform: 'facebook' }) });
    const data = platformChartData(model).find((r) => r.key === 'instagram')!;
    expect(data['2020']).toBe(1683104);
  });

  it('engagement computed for each year; YouTube has no interactions in any year (n.d., never 0)', () => {
    const model = buildPlatformYears(three, NO_FILTERS, labels, 'engagement')!;
    const fb = model.rows.find((r) => r.key === 'facebook')!;
    expect(fb.values[2020]).toBeCloseTo((166362 / 8452299) * 1000, 9);
    expect(fb.values[2022]).toBeCloseTo((stated(y2022, 'social.interactions', { platform: 'facebook' }) / stated(y2022, 'social.views', { platform: 'facebook' })) * 1000, 9);
    expect(model.rows.find((r) => r.key === 'youtube')!.values).toEqual({ 2020: null, 2021: null, 2022: null });
    expect(platformYearsTable(model, 'Piattaforma', 'n.d.').rows.find((r) => r.platform === 'YouTube')).toEqual({ platform: 'YouTube', 2020: 'n.d.', 2021: 'n.d.', 2022: 'n.d.' });
  });

  it('as a table: a row per platform, a column per year', () => {
    const table = platformYearsTable(buildPlatformYears(three, NO_FILTERS, labels, 'followers')!, 'Piattaforma', 'n.d.');
    expect(table.columns.map((c) => c.label)).toEqual(['Piattaforma', '2020', '2021', '2022']);
    expect(table.rows.find((r) => r.platform === 'Twitter')).toEqual({ platform: 'Twitter', 2020: 22300, 2021: stated(y2021, 'social.followers', { platform: 'twitter' }), 2022: stated(y2022, 'social.followers', { platform: 'twitter' }) });
  });

  it('the chamber filtered in: its followers have no platform values, nothing to compare', () => {
    expect(buildPlatformYears(three, { ...NO_FILTERS, organization: 'cciaa-mi-mb-lo' }, labels, 'followers')).toBeNull();
  });
});

describe('URL choices', () => {
  it.each([['anni', 'years'], [undefined, 'year'], ['x', 'year']] as const)('confronto=%s → %s', (raw, mode) => {
    expect(parseCompare(raw)).toBe(mode);
    expect(compareParam(mode)).toBe(mode === 'years' ? 'anni' : null);
  });

  const available: WebMetric[] = ['web.page_views', 'newsletter.subscriptions'];
  it.each([
    ['iscrizioni-newsletter', 'newsletter.subscriptions', null],
    [undefined, 'web.page_views', null],
    ['nuovi-utenti-magazine', 'web.page_views', 'nuovi-utenti-magazine'],
  ] as const)('serie=%s → %s', (raw, value, rejected) => {
    expect(parseSeries(raw, available)).toEqual({ value, rejected });
  });

  it('the first series is the default and stays out of the URL', () => {
    expect(seriesParam('web.page_views', available)).toBeNull();
    expect(seriesParam('newsletter.subscriptions', available)).toBe('iscrizioni-newsletter');
  });
});
