import type { Area, I18nText, Territory, Unit } from '../schema';
import type { TextCheckKind, TextCheckResult, TextSpec } from './text-types';

export type CheckKind = 'parts-vs-total' | 'stated-vs-computed-growth' | 'outside-groups' | 'target-vs-result' | TextCheckKind;
export type CheckOutcome = 'pass' | 'warning' | 'not-applicable';

/**
 * Rounding allowed between a stated percentage and the one computed from its two values, in
 * percentage points: a source that prints one decimal ("+29,5%") is right if the exact growth
 * rounds to it, i.e. lies within ±0,05 points.
 */
export const GROWTH_TOLERANCE_POINTS = 0.05;
/** Parts of a total are counts: they must add up exactly. */
export const PARTS_TOLERANCE = 0;
/** Room for binary floating point only (0,1 + 0,2 ≠ 0,3), never for the data. */
export const FLOAT_EPSILON = 1e-9;

/** Why a check ended the way it did: the view turns the key and the numbers into a sentence. */
export type ExplanationKey =
  | 'parts-match' // the parts add up to the total
  | 'parts-below-total' // part of the total is not attributed to any part
  | 'parts-above-total' // the parts add up to more than the total
  | 'none-outside' // the subset table covers the whole total
  | 'outside' // some of the total sits outside the subset (e.g. members outside any group)
  | 'subset-above-total'
  | 'growth-within-tolerance'
  | 'growth-off'
  | 'status-agrees'
  | 'status-disagrees'
  | 'source-odd' // a second reading of the source's words finds something odd (see the findings)
  | 'source-clean' // the same reading finds nothing odd
  | 'dataset-missing' // no dataset of the publisher is loaded
  | 'facts-missing'; // the dataset is loaded but lacks the facts the check needs

/** Where the checked facts sit, so the dashboard's filters apply to checks as to facts. */
export interface CheckScope {
  year?: number;
  area?: Area;
  territory?: Territory;
  organization: string;
}

export interface CheckPart {
  key: string;
  label: I18nText;
  value: number;
  factId: string;
}

export interface PartsNumbers {
  unit: Unit;
  parts: CheckPart[];
  sum: number;
  total: number;
  totalFactId: string;
  totalLabel: I18nText;
  /** total − sum: what the parts leave unattributed (negative when they exceed the total). */
  difference: number;
}

export interface GrowthNumbers {
  /** The growth as the source states it, in percent. */
  stated: number;
  /** The growth computed from the two values, in percent (unrounded). */
  computed: number;
  /** stated − computed, in percentage points. */
  difference: number;
  tolerance: number;
  unit: Unit;
  from: { year: number; value: number; factId: string };
  to: { year: number; value: number; factId: string };
  statedFactId: string;
  /** Which statement, when the source states the growth more than once (e.g. text and highlight box). */
  statement?: { key: string; label: I18nText };
}

export type NumericDirection = 'gte' | 'lte' | 'eq';
export type StatedStatus = 'achieved' | 'not_achieved';

export interface IndicatorComparison {
  id: string;
  code: string;
  table: 'performance-plan' | 'pira-not-in-plan';
  name: I18nText;
  direction: NumericDirection;
  target: number;
  /** The result in the target's unit or, where the report gives only that, the attainment percentage. */
  result: number;
  /** 'attainment': the report gives no result value, only "Percentuale di raggiungimento" (met at 100). */
  basis: 'numbers' | 'attainment';
  unit?: Unit;
  status: StatedStatus;
  /** What the numbers alone say. */
  numbersSay: StatedStatus;
  agrees: boolean;
}

export interface TargetNumbers {
  /**
   * Indicators with a stated status, a numeric target with a numeric direction, and a result in the
   * target's unit or an attainment percentage.
   */
  compared: number;
  agreeing: number;
  /** Indicators that could not be compared (no numbers, a yes/no or date target, different units). */
  notComparable: number;
  disagreements: IndicatorComparison[];
  comparisons: IndicatorComparison[];
}

export interface CheckCommon {
  /** Unique across results (a check may run once per total, statement or year). */
  id: string;
  /** The declared check this result comes from. */
  checkId: string;
  title: I18nText;
  outcome: CheckOutcome;
  explanation: ExplanationKey;
  /** Datasets (source ids) whose figures were checked; empty when none was loaded. */
  sourceIds: string[];
  scope: CheckScope;
}

export type PartsCheckResult = CheckCommon & { kind: 'parts-vs-total' | 'outside-groups'; numbers?: PartsNumbers };
export type GrowthCheckResult = CheckCommon & { kind: 'stated-vs-computed-growth'; numbers?: GrowthNumbers };
export type TargetCheckResult = CheckCommon & { kind: 'target-vs-result'; numbers?: TargetNumbers };
export type CheckResult = PartsCheckResult | GrowthCheckResult | TargetCheckResult | TextCheckResult;

/** What every declared check says about itself. */
export interface SpecCommon {
  id: string;
  title: I18nText;
  /** Publisher (source.organization) whose datasets the check runs over. */
  organization: string;
  /** Area shown when the facts are missing (otherwise the facts' own area is used). */
  area: Area;
}

/** Facts of `metric` split by `partDimension` against their total (same other dimensions, year, territory). */
export interface PartsSpec extends SpecCommon {
  kind: 'parts-vs-total';
  metric: string;
  partDimension: string;
  /** Values of the part dimension that are not parts (e.g. a table's own total row). */
  exclude?: string[];
  /** Where the total sits when it is a row of the part dimension itself, e.g. { group: 'total' }. */
  totalDimensions?: Record<string, string>;
}

/** A table's total (facts of `metric` with `subset` dimensions) against the whole (no dimensions). */
export interface OutsideSpec extends SpecCommon {
  kind: 'outside-groups';
  metric: string;
  subset: Record<string, string>;
}

/** Stated growth (`growthMetric`, percent) against the growth of `metric` from its previous year. */
export interface GrowthSpec extends SpecCommon {
  kind: 'stated-vs-computed-growth';
  metric: string;
  growthMetric: string;
  /** Dimension that only tells apart repeated statements of the same growth. */
  statementDimension?: string;
}

/** Stated status of every indicator against its numeric target and result. */
export interface TargetSpec extends SpecCommon {
  kind: 'target-vs-result';
}

export type CheckSpec = PartsSpec | OutsideSpec | GrowthSpec | TargetSpec | TextSpec;
