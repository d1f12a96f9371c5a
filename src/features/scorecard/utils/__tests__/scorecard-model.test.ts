import { describe, expect, it, vi } from 'vitest';
import { indicatorCheckAnchors, runChecks } from '../../../../data/checks';
import { runChecksNow, type RunChecks } from '../../../../data/checks/slices';
import { TEXT_CHECK_SPECS } from '../../../../data/checks/text-specs';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildScorecardModel, prepareScorecard } from '../scorecard-model';
import { indicatorsForFilters } from '../scorecard-data';
import { datasets, indicators } from './fixtures';

const model = (f: Partial<FactFilters> = {}) => buildScorecardModel(datasets, { ...NO_FILTERS, ...f }, 'it');

describe('buildScorecardModel', () => {
  it('holds the 76 indicators of the 2019 report, 62 achieved', () => {
    const m = model();
    expect(m.indicators).toHaveLength(76);
    expect(m.indicators.filter((i) => i.status === 'achieved')).toHaveLength(62);
    expect(m.empty).toBe(false);
  });

  it.each([
    ['2019', { year: 2019 }],
    ['2020', { year: 2020 }],
    ['the performance area', { area: 'performance' as const }],
    ['the members area', { area: 'members' as const }],
  ])('with %s keeps the indicators the global filters keep', (_, f) => {
    expect(model(f).indicators).toEqual(indicatorsForFilters(indicators, { ...NO_FILTERS, ...f }));
  });

  it('is one empty view when neither indicators nor staff figures pass', () => {
    expect(model({ year: 2020 })).toMatchObject({ indicators: [], staff: null, empty: true });
  });

  it('starts the badges’ text checks on first use, once, through the runner it is given', async () => {
    const run = vi.fn<RunChecks>(runChecksNow);
    const prepared = prepareScorecard(datasets, run);
    expect(run).not.toHaveBeenCalled();
    const first = prepared.checkAnchors();
    expect(prepared.checkAnchors()).toBe(first);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(datasets, TEXT_CHECK_SPECS);
    await expect(first).resolves.toEqual(indicatorCheckAnchors(runChecks(datasets, TEXT_CHECK_SPECS)));
    // The 2019 report uses code 6.1.1 twice: its rows get the badge.
    expect((await first).get(indicators.find((i) => i.code === '6.1.1')!.id)).toHaveProperty('repeated-code');
  });
});
