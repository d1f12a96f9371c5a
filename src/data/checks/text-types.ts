import type { Indicator } from '../schema';
import type { CheckCommon, SpecCommon } from './types';

/**
 * Checks of what the source's words say, not of how its figures add up: a second reading, line by
 * line, finds places where the document contradicts itself, can be read two ways, or skips a number.
 */
export type TextCheckKind =
  | 'repeated-code' // one indicator code used for different indicators
  | 'unstated-outcome' // an indicator without "raggiunto" / "non raggiunto"
  | 'stated-year' // a year given for the report's tables that is not the report's year
  | 'frequency-mismatch' // an indicator that counts one kind of periodic report and reports another
  | 'repeated-item' // the same entry twice in the list a result enumerates
  | 'named-not-reported' // a channel the indicator names that its result never mentions
  | 'measured-after-year' // a result dated after the end of the year it reports
  | 'ratio-called-growth' // a formula that divides year t by year t−1, for a result called an increase
  | 'numbering-gap' // an objective whose indicators skip a number
  | 'class-gap'; // size classes whose bounds leave some sizes out

/** How serious the oddity is: two statements that cannot both hold, a reading left open, a missing number. */
export type Severity = 'contradiction' | 'ambiguity' | 'numbering-gap';
export const SEVERITIES: readonly Severity[] = ['contradiction', 'ambiguity', 'numbering-gap'];

/** One place where the source is odd. The view words it; the check only records what it found. */
export interface Finding {
  /** Stable within the check: an indicator id, a code, an excerpt id. */
  key: string;
  /** What the finding is about, as the source names it: "1.1.5", "PIRA 6.1.1", "3.3", "Target 2018". */
  subject: string;
  /** Lines of the source's text file, ascending. */
  lines: number[];
  /** The section or table the lines belong to, as the source heads it (one only). */
  section?: string;
  /** The source's own short words at issue, as printed: codes, labels, dates, bounds. */
  quoted: string[];
  /** The odd part, as short values: missing codes, uncovered sizes, a year, a table key. */
  odd: (string | number)[];
  /** Indicators the finding is about (the Performance view links their badges here). */
  indicatorIds: string[];
}

export interface FindingNumbers {
  severity: Severity;
  /** The source's text file the lines refer to. */
  file: string;
  /** The source's reference year (a year stated for its tables is compared with it). */
  reportYear: number;
  findings: Finding[];
  /** Places of the same kind that are in order, quoted for comparison (e.g. the twin table's heading). */
  agreeing: Finding[];
}

export type TextCheckResult = CheckCommon & { kind: TextCheckKind; numbers?: FindingNumbers };

interface TextSpecCommon extends SpecCommon {
  severity: Severity;
}

export type TextSpec = TextSpecCommon &
  (
    | { kind: 'repeated-code' | 'unstated-outcome' | 'measured-after-year' }
    /** Excerpts of `excerptKind` each give a year (the first four-digit number in their words). */
    | { kind: 'stated-year'; excerptKind: string }
    /** Excerpts of `excerptKind` tied to one indicator are the entries of its result's list. */
    | { kind: 'repeated-item'; excerptKind: string }
    /** Reporting periods and the (Italian) word stems that name them, e.g. { quarterly: 'trimestral' }. */
    | { kind: 'frequency-mismatch'; periods: Record<string, string> }
    /** Names of channels that an indicator may list (as printed). */
    | { kind: 'named-not-reported'; channels: string[] }
    /** Word stem of a name or result that calls the figure an increase, e.g. "increment". */
    | { kind: 'ratio-called-growth'; growthStem: string }
    | { kind: 'numbering-gap'; table: Indicator['table'] }
    /** Facts of `metric` split by `dimension`, whose value labels carry the class bounds. */
    | { kind: 'class-gap'; metric: string; dimension: string }
  );
