import { describe, expect, it } from 'vitest';
import { buildPlatformComparison, engagementRate, platformRows, unattributedPart } from '../platforms';
import { fact, labels, visible } from './fixtures';

// Relazione dell'attività 2020, "3 | Social (1)" and "(3)": totals 14.726.633 views, 244.556 interactions, 74.936 followers.
const PLATFORMS = {
  facebook: { views: 8452299, interactions: 166362, followers: 19137 },
  twitter: { views: 1531300, interactions: 15564, followers: 22300 },
  linkedin: { views: 1016966, interactions: 37264, followers: 21031 },
  youtube: { views: 1394848, interactions: null, followers: 5398 },
  instagram: { views: 1683104, interactions: 5106, followers: 3493 },
};

describe('engagementRate (interactions per 1,000 views)', () => {
  it.each([
    ['Facebook', 166362, 8452299, (166362 / 8452299) * 1000],
    ['Twitter', 15564, 1531300, (15564 / 1531300) * 1000],
    ['LinkedIn', 37264, 1016966, (37264 / 1016966) * 1000],
    ['Instagram', 5106, 1683104, (5106 / 1683104) * 1000],
    ['all platforms (stated totals)', 244556, 14726633, (244556 / 14726633) * 1000],
  ])('%s', (_name, interactions, views, expected) => {
    expect(engagementRate(interactions, views)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['YouTube: interactions not given', null, 1394848],
    ['views not given', 10, null],
    ['no views', 10, 0],
  ])('is null (never 0) when %s', (_name, interactions, views) => {
    expect(engagementRate(interactions, views)).toBeNull();
  });
});

describe('unattributedPart', () => {
  it.each([
    ['views', 14726633, Object.values(PLATFORMS).map((p) => p.views), 648116],
    ['interactions (YouTube not given)', 244556, Object.values(PLATFORMS).map((p) => p.interactions), 20260],
    ['followers', 74936, Object.values(PLATFORMS).map((p) => p.followers), 3577],
    ['no parts', 100, [], 100],
    ['parts exceed the total', 100, [60, 50], -10],
  ])('%s', (_name, total, parts, expected) => {
    expect(unattributedPart(total, parts)).toBe(expected);
  });

  it('is null without a stated total', () => {
    expect(unattributedPart(null, [1, 2])).toBeNull();
  });
});

describe('buildPlatformComparison', () => {
  it.each([['no filter', {}], ['year 2020', { year: 2020 }], ['area social', { area: 'social' as const }], ['Assolombarda', { organization: 'assolombarda' }]])(
    'compares the five platforms of Assolombarda in 2020 (%s)',
    (_name, filters) => {
      const model = buildPlatformComparison(visible(filters), labels)!;
      expect(model.organization).toBe('assolombarda');
      expect(model.year).toBe(2020);
      expect(model.platforms.map((p) => p.label).sort()).toEqual(['Facebook', 'Instagram', 'LinkedIn', 'Twitter', 'YouTube']);
      for (const p of model.platforms) {
        const expected = PLATFORMS[p.key as keyof typeof PLATFORMS];
        expect({ views: p.views, interactions: p.interactions, followers: p.followers }).toEqual(expected);
      }
      expect(model.platforms.find((p) => p.key === 'youtube')!.engagement).toBeNull();
      expect(model.unattributed).toMatchObject({ views: 648116, interactions: 20260, followers: 3577 });
      expect(model.unattributed!.engagement).toBeCloseTo((20260 / 648116) * 1000, 9);
      expect(model.total).toMatchObject({ views: 14726633, interactions: 244556, followers: 74936 });
      expect(model.platformSum).toEqual({ views: 14078517, interactions: 224296, followers: 71359 });
    },
  );

  it.each([
    ['year 2019 (no platform figures)', { year: 2019 }],
    ['year 2018', { year: 2018 }],
    ['the chamber only', { organization: 'cciaa-mi-mb-lo' }],
    ['area projects', { area: 'projects' as const }],
  ])('is null for %s', (_name, filters) => {
    expect(buildPlatformComparison(visible(filters), labels)).toBeNull();
  });

  it('is null for no facts, and has no unattributed row when parts match the total', () => {
    expect(buildPlatformComparison([], labels)).toBeNull();
    const exact = [fact('social.views', 10, { dimensions: { platform: 'a' } }), fact('social.views', 5, { dimensions: { platform: 'b' } }), fact('social.views', 15)];
    const model = buildPlatformComparison(exact, labels)!;
    expect(model.unattributed).toBeNull();
    expect(model.total!.views).toBe(15);
  });

  it('ranks platforms by the chosen metric, missing values last, the unattributed part at the end', () => {
    const model = buildPlatformComparison(visible(), labels)!;
    expect(platformRows(model, 'views').map((r) => r.key)).toEqual(['facebook', 'instagram', 'twitter', 'youtube', 'linkedin', 'unattributed']);
    expect(platformRows(model, 'interactions').map((r) => r.key)).toEqual(['facebook', 'linkedin', 'twitter', 'instagram', 'youtube', 'unattributed']);
    expect(platformRows(model, 'followers').map((r) => r.key)).toEqual(['twitter', 'linkedin', 'facebook', 'youtube', 'instagram', 'unattributed']);
    expect(platformRows(model, 'engagement').map((r) => r.key)).toEqual(['linkedin', 'facebook', 'twitter', 'instagram', 'youtube', 'unattributed']);
  });
});
