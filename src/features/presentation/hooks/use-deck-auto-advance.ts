import type { Area } from '../../../data/schema';
import { useFiltersStore } from '../../../store/filters-store';
import { autoStep } from '../utils/navigation';
import { useAutoAdvance } from './use-auto-advance';
import { usePresentation } from './use-presentation';

/** Auto-advance of a deck (with its cycle through years or areas), as the presentation runs it. */
export function useDeckAutoAdvance(total: number, slideNo: number, cycleValues: { anno: readonly number[]; area: readonly Area[] }, enabled = true): void {
  const { state, update } = usePresentation();
  const year = useFiltersStore((s) => s.year);
  const area = useFiltersStore((s) => s.area);
  const setYear = useFiltersStore((s) => s.setYear);
  const setArea = useFiltersStore((s) => s.setArea);
  useAutoAdvance(enabled && state.auto && total > 0, state.interval * 1000, () => {
    const values = state.cycle === 'anno' ? cycleValues.anno : state.cycle === 'area' ? cycleValues.area : null;
    const now = state.cycle === 'anno' ? year : state.cycle === 'area' ? area : null;
    const step = autoStep<number | string>(slideNo, total, values, now);
    if (step.cycleTo !== undefined && step.cycleTo !== null) {
      if (state.cycle === 'anno') setYear(step.cycleTo as number);
      else setArea(step.cycleTo as Area);
    }
    update({ slide: step.slide });
  });
}
