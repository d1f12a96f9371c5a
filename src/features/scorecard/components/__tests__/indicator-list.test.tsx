// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mountAllDeferred } from '../../../../components/ui/progressive-mount';
import { scorecardMessages } from '../../messages';
import { groupIndicators } from '../../utils/group-indicators';
import { areas, indicators } from '../../utils/__tests__/fixtures';
import { IndicatorList } from '../indicator-list';

const t = scorecardMessages.it;
const groups = groupIndicators(indicators, areas, 'it', { area: t.areaFallback, objective: t.objectiveFallback, notInPlan: t.notInPlan });

describe('IndicatorList', () => {
  it('makes each strategic area a region of its own name, and each objective a group inside it', () => {
    render(<IndicatorList groups={groups} />);
    act(() => mountAllDeferred());
    const regions = screen.getAllByRole('region');
    expect(regions).toHaveLength(groups.length);
    const names = regions.map((r) => r.getAttribute('aria-labelledby')).map((id) => document.getElementById(id!)!.textContent);
    expect(new Set(names).size).toBe(names.length);
    // Areas 1 and 6 both close with the PIRA indicators outside the plan: a group in each, not two regions of one name.
    const notInPlan = regions.filter((r) => within(r).queryByRole('group', { name: t.notInPlan }));
    expect(notInPlan.map((r) => groups[regions.indexOf(r)]!.code)).toEqual(['1', '6']);
    expect(within(regions[0]!).getAllByRole('group')).toHaveLength(groups[0]!.objectives.length);
  });
});
