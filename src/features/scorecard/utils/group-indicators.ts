import type { Indicator, StrategicArea } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import { compareIndicators } from './scorecard-data';
import { compareCodes } from './text';

export interface ObjectiveGroup<I> {
  /** Objective code, or "pira" for the area's budget indicators that are not in the performance plan. */
  key: string;
  code: string | null;
  name: string;
  summary?: string;
  notInPlan: boolean;
  indicators: I[];
}

export interface AreaGroup<I> {
  code: string;
  name: string;
  objectives: ObjectiveGroup<I>[];
  count: number;
}

export interface GroupLabels {
  area: (code: string) => string;
  objective: (code: string) => string;
  notInPlan: string;
}

/**
 * Area → objective, in the report's order. Plan indicators sit under their objective; the PIRA indicators
 * that are not in the plan (some with an objective such as "6.0" that the plan does not have) close their area
 * under their own heading.
 */
export function groupIndicators<I extends Indicator>(indicators: readonly I[], areas: readonly StrategicArea[], locale: Locale, l: GroupLabels): AreaGroup<I>[] {
  const areaCodes = [...new Set(indicators.map((i) => i.areaCode))].sort(compareCodes);
  return areaCodes.map((code) => {
    const area = areas.find((a) => a.code === code);
    const mine = indicators.filter((i) => i.areaCode === code);
    const plan = mine.filter((i) => i.table === 'performance-plan');
    const objectiveCodes = [...new Set(plan.map((i) => i.objectiveCode))].sort(compareCodes);
    const objectives: ObjectiveGroup<I>[] = objectiveCodes.map((oc) => {
      const o = area?.objectives.find((x) => x.code === oc);
      return {
        key: oc,
        code: oc,
        name: o?.name[locale] ?? l.objective(oc),
        summary: o?.summary?.[locale],
        notInPlan: false,
        indicators: plan.filter((i) => i.objectiveCode === oc).sort(compareIndicators),
      };
    });
    const pira = mine.filter((i) => i.table !== 'performance-plan').sort(compareIndicators);
    if (pira.length > 0) objectives.push({ key: 'pira', code: null, name: l.notInPlan, notInPlan: true, indicators: pira });
    return { code, name: area?.name[locale] ?? l.area(code), objectives, count: mine.length };
  });
}
