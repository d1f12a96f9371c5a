import { describe, expect, it } from 'vitest';
import type { FactFilters } from '../../../../data/facts';
import { groupLists, SWOT_KINDS } from '../lists';
import { ctxFor } from './fixtures';

// Counted on the slides of the presentation (003): 24 strengths, 24 weaknesses, 4 opportunities, 4 risks;
// the second risk quotes the EU estimate of "circa 8 milioni di posti di lavoro".
describe('groupLists: strengths, weaknesses, opportunities and risks', () => {
  it.each<[string, Partial<FactFilters>, [string, number][]]>([
    ['no filters', {}, [['strengths', 24], ['weaknesses', 24], ['opportunities', 4], ['risks', 4]]],
    ['year 2018', { year: 2018 }, [['strengths', 24], ['weaknesses', 24], ['opportunities', 4], ['risks', 4]]],
    ['territory milano', { territory: 'milano' }, [['strengths', 24], ['weaknesses', 24], ['opportunities', 4], ['risks', 4]]],
    ['year 2017 (the EU estimate behind a risk)', { year: 2017 }, [['risks', 1]]],
    ['territory ue (the EU estimate behind a risk)', { territory: 'ue' }, [['risks', 1]]],
    ['year 2020', { year: 2020 }, []],
    ['territory lodi', { territory: 'lodi' }, []],
    ['area labour', { area: 'labour' }, []],
  ])('with %s groups %j', (_, filters, expected) => {
    const ctx = ctxFor(filters);
    expect(groupLists(ctx.allLists, SWOT_KINDS, ctx.all, ctx.filters, 'it').map((g) => [g.kind, g.items.length])).toEqual(expected);
  });

  it('keeps the order asked and leaves out kinds the data lacks', () => {
    const ctx = ctxFor();
    expect(groupLists(ctx.allLists, ['risks', 'no-such-kind', 'strengths'], ctx.all, ctx.filters, 'it').map((g) => g.kind)).toEqual(['risks', 'strengths']);
  });

  it('attaches the figure a risk points at', () => {
    const ctx = ctxFor();
    const risks = groupLists(ctx.allLists, ['risks'], ctx.all, ctx.filters, 'it')[0]!;
    const figures = risks.items.flatMap((i) => i.figures);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: 8_000_000, unit: 'jobs', qualifier: 'about', year: 2017 });
  });

  it.each([
    ['it', 'Punti di forza', 'Peso settore manifatturiero'],
    ['en', 'Strengths', undefined],
  ] as const)('titles and labels come from the data (%s)', (locale, title, firstItem) => {
    const ctx = ctxFor();
    const strengths = groupLists(ctx.allLists, ['strengths'], ctx.all, ctx.filters, locale)[0]!;
    expect(strengths.title).toBe(title);
    if (firstItem) expect(strengths.items[0]!.label).toBe(firstItem);
  });
});
