import type { SourcedFact } from '../../../data/facts';
import type { Locale } from '../../../lib/locale';
import { dimensionKeys, dimensionLabel, findFact, type DimensionLabels, type MembersScope } from './select-members';

export type StepKind = 'increase' | 'decrease' | 'net';

/** One bar of the waterfall: an invisible `base` with a visible `size` stacked on it. */
export interface WaterfallStep {
  key: string;
  label: string;
  /** Signed change (new members +, cancellations −; the net is the sum of the others). */
  value: number;
  start: number;
  end: number;
  base: number;
  size: number;
  kind: StepKind;
  /** Computed here rather than stated in the source. */
  derived: boolean;
  facts: SourcedFact[];
}

export interface Movement {
  year: number;
  steps: WaterfallStep[];
  newFirms: number;
  cancelledFirms: number;
  net: number;
  /** Employees of the firms that joined and left, when stated (no reasons are given for them). */
  employees: { new?: number; cancelled?: number; net?: number };
}

export interface MovementLabels {
  net: string;
  cancelled: string;
  otherCancelled: string;
  /** "Cancellate: motivi oggettivi" from the reason's label in the data. */
  reason: (reasonLabel: string) => string;
}

function step(key: string, label: string, start: number, value: number, kind: StepKind, derived: boolean, facts: SourcedFact[]): WaterfallStep {
  const end = kind === 'net' ? value : start + value;
  const from = kind === 'net' ? 0 : start;
  return { key, label, value, start: from, end, base: Math.min(from, end), size: Math.abs(end - from), kind, derived, facts };
}

/**
 * The year's movement of member firms: new members, cancellations (split by reason where the source does),
 * and the net change. The source states no start-of-year stock, so the waterfall starts at zero: it is the
 * movement only, never a reconstruction of the stock.
 */
export function buildMovement(scope: MembersScope, dims: DimensionLabels, locale: Locale, labels: MovementLabels): Movement | null {
  const added = findFact(scope.facts, 'members.new.firms');
  const cancelled = findFact(scope.facts, 'members.cancelled.firms');
  if (scope.year === null || (!added && !cancelled)) return null;

  const steps: WaterfallStep[] = [];
  let running = 0;
  const push = (s: WaterfallStep) => {
    steps.push(s);
    running = s.end;
  };
  if (added) push(step('new', added.label[locale], running, added.value, 'increase', false, [added]));

  const reasons = dimensionKeys(dims, 'reason').flatMap((r) => {
    const f = findFact(scope.facts, 'members.cancelled.firms', { reason: r });
    return f ? [f] : [];
  });
  const byReasons = reasons.reduce((sum, f) => sum + f.value, 0);
  const cancelledTotal = cancelled?.value ?? byReasons;
  if (reasons.length === 0 && cancelled) {
    push(step('cancelled', labels.cancelled, running, -cancelled.value, 'decrease', false, [cancelled]));
  } else {
    for (const f of reasons) {
      push(step(`cancelled-${f.dimensions?.reason}`, labels.reason(dimensionLabel(dims, 'reason', f.dimensions?.reason ?? '', locale)), running, -f.value, 'decrease', false, [f]));
    }
    // Reasons that do not add up to the stated total: the rest is shown, and marked as computed.
    const rest = cancelledTotal - byReasons;
    if (rest !== 0 && cancelled) push(step('cancelled-other', labels.otherCancelled, running, -rest, 'decrease', true, [cancelled, ...reasons]));
  }

  const net = (added?.value ?? 0) - cancelledTotal;
  steps.push(step('net', labels.net, 0, net, 'net', true, [...new Set(steps.flatMap((s) => s.facts))]));

  const newEmp = findFact(scope.facts, 'members.new.employees')?.value;
  const cancelledEmp = findFact(scope.facts, 'members.cancelled.employees')?.value;
  return {
    year: scope.year,
    steps,
    newFirms: added?.value ?? 0,
    cancelledFirms: cancelledTotal,
    net,
    employees: {
      new: newEmp,
      cancelled: cancelledEmp,
      net: newEmp !== undefined && cancelledEmp !== undefined ? newEmp - cancelledEmp : undefined,
    },
  };
}
