import type { Dataset, Indicator } from '../schema';
import { within } from './common';
import type { IndicatorComparison, NumericDirection, StatedStatus, TargetCheckResult, TargetSpec } from './types';

const NUMERIC: readonly string[] = ['gte', 'lte', 'eq'] satisfies NumericDirection[];

/** What a numeric target and result say on their own. */
export function numbersSay(direction: NumericDirection, target: number, result: number): StatedStatus {
  const met = direction === 'gte' ? result >= target : direction === 'lte' ? result <= target : within(result - target, 0);
  return met ? 'achieved' : 'not_achieved';
}

/**
 * An indicator is comparable when the report states achieved or not and gives a numeric target
 * with a numeric direction (yes/no and date targets are not), and either a result in the target's
 * unit or, where it prints only that, a "Percentuale di raggiungimento" (the target is met at 100).
 */
export function compareIndicator(i: Indicator): IndicatorComparison | undefined {
  const { target, result, status } = i;
  if (status === 'not_stated' || target.value === undefined) return undefined;
  if (!target.direction || !NUMERIC.includes(target.direction)) return undefined;
  const direction = target.direction as NumericDirection;
  const common = { id: i.id, code: i.code, table: i.table, name: i.name, direction, target: target.value, status };
  if (result.value !== undefined && target.unit === result.unit) {
    const say = numbersSay(direction, target.value, result.value);
    return { ...common, result: result.value, basis: 'numbers', unit: result.unit, numbersSay: say, agrees: say === status };
  }
  if (result.value === undefined && result.attainmentPct !== undefined) {
    const say = numbersSay('gte', 100, result.attainmentPct);
    return { ...common, result: result.attainmentPct, basis: 'attainment', unit: target.unit, numbersSay: say, agrees: say === status };
  }
  return undefined;
}

/** One result per year of the dataset's indicators: do the stated statuses agree with the numbers? */
export function runTargetCheck(spec: TargetSpec, dataset: Dataset): TargetCheckResult[] {
  const years = [...new Set(dataset.indicators.map((i) => i.year))].sort((a, b) => a - b);
  return years.flatMap((year): TargetCheckResult[] => {
    const indicators = dataset.indicators.filter((i) => i.year === year);
    const comparisons = indicators.flatMap((i) => compareIndicator(i) ?? []);
    if (comparisons.length === 0) return [];
    const disagreements = comparisons.filter((c) => !c.agrees);
    return [{
      id: `${spec.id}@${dataset.id}.${year}`,
      checkId: spec.id,
      kind: spec.kind,
      title: spec.title,
      outcome: disagreements.length === 0 ? 'pass' : 'warning',
      explanation: disagreements.length === 0 ? 'status-agrees' : 'status-disagrees',
      sourceIds: [dataset.source.id],
      scope: { year, area: 'performance', territory: indicators[0]?.territory, organization: dataset.source.organization },
      numbers: {
        compared: comparisons.length,
        agreeing: comparisons.length - disagreements.length,
        notComparable: indicators.length - comparisons.length,
        disagreements,
        comparisons,
      },
    }];
  });
}
