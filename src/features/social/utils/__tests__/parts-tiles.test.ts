import { describe, expect, it } from 'vitest';
import { sourcesById } from '../../../../data/kpi';
import { buildPartsAndTotal } from '../parts';
import { isCommunicationFact } from '../../view-scope';
import { pickYear } from '../scope';
import { buildCampaigns, buildMetricTiles, sourceLine, WEB_TILE_METRICS } from '../tiles';
import { all, datasets, fact, labels, visible } from './fixtures';

const sources = sourcesById(datasets);

describe('buildPartsAndTotal: press items by channel', () => {
  it.each([['no filter', {}], ['year 2020', { year: 2020 }], ['area communication', { area: 'communication' as const }]])('%s', (_name, filters) => {
    const m = buildPartsAndTotal(visible(filters), 'press.items', 'channel', labels)!;
    expect(m.parts.map((p) => [p.label, p.value])).toEqual([['Quotidiani, periodici e online', 5102], ['Radio e TV', 758]]);
    expect(m.total!.value).toBe(5860);
    expect(m.sum).toBe(5860);
    expect(m.rest).toBe(0);
    expect(m.parts[0]!.share).toBeCloseTo((5102 / 5860) * 100, 9);
  });

  it.each([['year 2019', { year: 2019 }], ['area social', { area: 'social' as const }]])('is null for %s', (_name, filters) => {
    expect(buildPartsAndTotal(visible(filters), 'press.items', 'channel', labels)).toBeNull();
  });

  it('reports a gap, and shares of the parts sum when no total is stated', () => {
    const gap = buildPartsAndTotal([fact('press.items', 10, { dimensions: { channel: 'a' } }), fact('press.items', 12)], 'press.items', 'channel', labels)!;
    expect(gap.rest).toBe(2);
    const noTotal = buildPartsAndTotal([fact('press.items', 1, { dimensions: { channel: 'a' } }), fact('press.items', 3, { dimensions: { channel: 'b' } })], 'press.items', 'channel', labels)!;
    expect(noTotal.rest).toBeNull();
    expect(noTotal.parts.map((p) => p.share)).toEqual([75, 25]);
  });
});

describe('buildMetricTiles: website, newsletter, web magazine', () => {
  it.each([['no filter', {}], ['year 2020', { year: 2020 }]])('%s', (_name, filters) => {
    const tiles = buildMetricTiles(visible(filters), all, WEB_TILE_METRICS, sources, 'it');
    expect(tiles.map((t) => t.value)).toEqual([7105489, 16574, 65563, 162000, 62000]);
    expect(tiles[1]!.asOf).toBe('2020-12-31');
    expect(tiles[0]!.source.title).toBe("Relazione dell'attività 2020");
  });

  it.each([['year 2019', { year: 2019 }], ['area social', { area: 'social' as const }]])('is empty for %s', (_name, filters) => {
    expect(buildMetricTiles(visible(filters), all, WEB_TILE_METRICS, sources, 'it')).toEqual([]);
  });
});

describe('buildCampaigns', () => {
  it('keeps each campaign with views then interactions, their qualifiers and the two-weeks note', () => {
    const groups = buildCampaigns(visible(), all, sources, 'it');
    expect(groups.map((g) => g.campaign)).toEqual(['vuotanonserve', 'siamonellenostremani']);
    expect(groups[0]!.tiles.map((t) => [t.value, t.qualifier])).toEqual([[300000, 'exact'], [15000, 'exact']]);
    expect(groups[1]!.tiles.map((t) => [t.value, t.qualifier])).toEqual([[165000, 'more_than'], [8000, 'more_than']]);
    expect(groups[1]!.tiles[1]!.source.label).toMatch(/^Più di/);
    expect(groups[1]!.tiles.every((t) => /due settimane/.test(t.note ?? ''))).toBe(true);
  });

  it.each([['year 2019', { year: 2019 }], ['area projects', { area: 'projects' as const }]])('is empty for %s', (_name, filters) => {
    expect(buildCampaigns(visible(filters), all, sources, 'it')).toEqual([]);
  });
});

describe('scope', () => {
  it.each([
    ['web.users', true], ['social.followers.growth', true], ['project.views', true], ['press.items', true],
    ['media.mentions', false], ['members.firms', false], ['staff.filled', false],
  ])('%s is a communication metric: %s', (metric, expected) => {
    expect(isCommunicationFact({ metric })).toBe(expected);
  });

  it.each([
    [[2019, 2020], null, 2020],
    [[2019, 2020], 2019, 2019],
    [[2019, 2020], 2017, undefined],
    [[], null, undefined],
  ])('pickYear(%j, %j) = %j', (years, year, expected) => {
    expect(pickYear(years.map((y) => ({ year: y })), { year })).toBe(expected);
  });

  it('names source and sections in one line', () => {
    const line = sourceLine(visible({ year: 2019, organization: 'cciaa-mi-mb-lo' }), sources, { source: 'Fonte', section: 'sezione' });
    expect(line).toMatch(/^Fonte: Relazione sulla Performance 2019 \(Camera di Commercio/);
  });
});
