import { compareIndicator } from '../../../data/checks/targets';
import type { Indicator, IndicatorStatus, StrategicArea } from '../../../data/schema';
import type { TableModel } from '../../../components/ui/table-model';
import type { Locale } from '../../../lib/locale';
import { compareCodes } from './text';

export interface StatusCounts {
  achieved: number;
  not_achieved: number;
  not_stated: number;
  total: number;
  /** Indicators with a stated outcome (achieved + not achieved): the rate's denominator. */
  stated: number;
  /** achieved ÷ stated × 100, or null when no outcome is stated. */
  rate: number | null;
}

export function countStatuses(indicators: readonly Pick<Indicator, 'status'>[]): StatusCounts {
  const c: Record<IndicatorStatus, number> = { achieved: 0, not_achieved: 0, not_stated: 0 };
  for (const i of indicators) c[i.status] += 1;
  const stated = c.achieved + c.not_achieved;
  return { ...c, total: indicators.length, stated, rate: stated === 0 ? null : (c.achieved / stated) * 100 };
}

export interface ComparedCounts {
  /** Indicators with a numeric target. */
  numeric: number;
  /** Those whose stated outcome the numbers can check (a result in the target's unit, or an attainment percentage). */
  compared: number;
  /** Those whose stated outcome agrees with what the numbers say. */
  agreeing: number;
}

/** How many indicators with a numeric target are compared with their result, and agree with it. */
export function countCompared(indicators: readonly Indicator[]): ComparedCounts {
  const comparisons = indicators.flatMap((i) => compareIndicator(i) ?? []);
  return {
    numeric: indicators.filter((i) => i.target.value !== undefined).length,
    compared: comparisons.length,
    agreeing: comparisons.filter((c) => c.agrees).length,
  };
}

export interface AreaCounts extends StatusCounts {
  code: string;
  name: string;
}

/** Counts per strategic area, in code order; areas without indicators are left out. */
export function countByArea(
  indicators: readonly Pick<Indicator, 'status' | 'areaCode'>[],
  areas: readonly StrategicArea[],
  locale: Locale,
  fallback: (code: string) => string,
): AreaCounts[] {
  const codes = [...new Set(indicators.map((i) => i.areaCode))].sort(compareCodes);
  return codes.map((code) => ({
    code,
    name: areas.find((a) => a.code === code)?.name[locale] ?? fallback(code),
    ...countStatuses(indicators.filter((i) => i.areaCode === code)),
  }));
}

/** Highest and lowest rate among areas with a stated outcome (ties: the first in code order). */
export function rateExtremes(rows: readonly AreaCounts[]): { best: AreaCounts; worst: AreaCounts } | null {
  const rated = rows.filter((r) => r.rate !== null);
  if (rated.length === 0) return null;
  let best = rated[0]!;
  let worst = rated[0]!;
  for (const r of rated) {
    if (r.rate! > best.rate!) best = r;
    if (r.rate! < worst.rate!) worst = r;
  }
  return { best, worst };
}

export interface AreaTableLabels {
  area: string;
  achieved: string;
  not_achieved: string;
  not_stated: string;
  total: string;
  rate: string;
  totalRow: string;
}

export function areaTable(rows: readonly AreaCounts[], overall: StatusCounts, l: AreaTableLabels): TableModel {
  const row = (label: string, c: StatusCounts) => ({
    area: label, achieved: c.achieved, not_achieved: c.not_achieved, not_stated: c.not_stated, total: c.total, rate: c.rate,
  });
  return {
    columns: [
      { key: 'area', label: l.area },
      { key: 'achieved', label: l.achieved, unit: 'number' },
      { key: 'not_achieved', label: l.not_achieved, unit: 'number' },
      { key: 'not_stated', label: l.not_stated, unit: 'number' },
      { key: 'total', label: l.total, unit: 'number' },
      { key: 'rate', label: l.rate, unit: 'percent' },
    ],
    rows: [...rows.map((r) => row(`${r.code} · ${r.name}`, r)), row(l.totalRow, overall)],
  };
}
