import { describe, expect, it } from 'vitest';
import { parsePlatformMetric, parseRankingMeasure, platformMetricParam, rankingMeasureParam } from '../params';

describe('parsePlatformMetric (?metrica=)', () => {
  it.each([
    [undefined, 'views', null],
    ['', 'views', null],
    ['visualizzazioni', 'views', null],
    ['interazioni', 'interactions', null],
    ['follower', 'followers', null],
    ['coinvolgimento', 'engagement', null],
    ['engagement', 'views', 'engagement'],
    ['INTERAZIONI', 'views', 'INTERAZIONI'],
    ['<script>', 'views', '<script>'],
  ])('%j → %s (rejected %j)', (raw, value, rejected) => {
    expect(parsePlatformMetric(raw)).toEqual({ value, rejected });
  });

  it.each([['views', null], ['interactions', 'interazioni'], ['engagement', 'coinvolgimento']] as const)('writes %s as %j', (metric, param) => {
    expect(platformMetricParam(metric)).toBe(param);
  });

  it('round-trips every metric', () => {
    for (const m of ['views', 'interactions', 'followers', 'engagement'] as const) expect(parsePlatformMetric(platformMetricParam(m) ?? undefined).value).toBe(m);
  });
});

describe('parseRankingMeasure (?ordine=)', () => {
  const all = ['views', 'interactions', 'participants', 'spectators'];
  it.each([
    [undefined, all, 'views', null],
    ['partecipanti', all, 'participants', null],
    ['spettatori', all, 'spectators', null],
    ['spettatori', ['views', 'interactions'], 'views', 'spettatori'],
    ['participants', all, 'views', 'participants'],
    ['xyz', all, 'views', 'xyz'],
    [undefined, [], null, null],
    ['partecipanti', [], null, 'partecipanti'],
    ['customkey', ['customkey'], 'customkey', null],
  ])('%j among %j → %j (rejected %j)', (raw, available, value, rejected) => {
    expect(parseRankingMeasure(raw, available)).toEqual({ value, rejected });
  });

  it.each([['views', null], ['participants', 'partecipanti'], ['museums', 'musei']])('writes %s as %j', (measure, param) => {
    expect(rankingMeasureParam(measure, ['views', 'participants', 'museums'])).toBe(param);
  });
});
