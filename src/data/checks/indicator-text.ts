import type { Indicator } from '../schema';
import type { Finding } from './text-types';

/** The code as a reader finds it: PIRA-only indicators carry "PIRA" beside their code. */
export function codeLabel(i: Indicator): string {
  return i.table === 'pira-not-in-plan' ? `PIRA ${i.code}` : i.code;
}

function finding(i: Indicator, quoted: string[], odd: Finding['odd'], key = i.id): Finding {
  return {
    key, subject: codeLabel(i), lines: i.provenance.line ? [i.provenance.line] : [], section: i.provenance.section,
    quoted, odd, indicatorIds: [i.id],
  };
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = map.get(k);
    if (group) group.push(t);
    else map.set(k, [t]);
  }
  return map;
}

const linesOf = (list: readonly Indicator[]) => list.flatMap((i) => (i.provenance.line ? [i.provenance.line] : [])).sort((a, b) => a - b);

/** Codes given to more than one indicator (e.g. once in the plan, once in the PIRA tables). */
export function repeatedCodes(indicators: readonly Indicator[]): Finding[] {
  const byCode = groupBy(indicators, (i) => i.code);
  return [...byCode].flatMap(([code, list]): Finding[] =>
    list.length < 2 ? [] : [{
      key: code, subject: code, lines: linesOf(list), quoted: [code], odd: list.map((i) => i.table), indicatorIds: list.map((i) => i.id),
    }],
  );
}

/** Indicators whose table states neither "achieved" nor "not achieved". */
export function unstatedOutcomes(indicators: readonly Indicator[]): Finding[] {
  return indicators.filter((i) => i.status === 'not_stated').map((i) => finding(i, [i.target.stated], []));
}

/** The spec's word stems as patterns (whole words, any ending), built once per reading, not per text. */
function periodPatterns(periods: Record<string, string>): [period: string, pattern: RegExp][] {
  return Object.entries(periods).map(([period, stem]) => [period, new RegExp(`\\b${stem}\\p{L}*`, 'iu')]);
}

/** The reporting periods a text names. */
function periodsIn(text: string, patterns: readonly [string, RegExp][]): { period: string; word: string }[] {
  return patterns.flatMap(([period, pattern]) => {
    const word = pattern.exec(text)?.[0];
    return word ? [{ period, word }] : [];
  });
}

/** An indicator named after one kind of periodic report whose result reports another kind. */
export function frequencyMismatches(indicators: readonly Indicator[], periods: Record<string, string>): Finding[] {
  const patterns = periodPatterns(periods);
  return indicators.flatMap((i) => {
    const named = periodsIn(i.name.it, patterns);
    const reported = periodsIn(i.result.stated, patterns);
    if (named.length === 0 || reported.length === 0 || reported.some((r) => named.some((n) => n.period === r.period))) return [];
    return [finding(i, [...named, ...reported].map((p) => p.word), [...named, ...reported].map((p) => p.period))];
  });
}

/** Channels listed in an indicator's name that its result never mentions. */
export function namedNotReported(indicators: readonly Indicator[], channels: readonly string[]): Finding[] {
  // As printed: "Linkedin" in the name stays "Linkedin", in the order the name lists them.
  const printed = (text: string, channel: string) => {
    const at = text.toLowerCase().indexOf(channel.toLowerCase());
    return at < 0 ? undefined : { at, word: text.slice(at, at + channel.length) };
  };
  return indicators.flatMap((i) => {
    const named = channels.flatMap((c) => printed(i.name.it, c) ?? []).sort((a, b) => a.at - b.at).map((n) => n.word);
    const missing = named.filter((c) => !printed(i.result.stated, c));
    return named.length < 2 || missing.length === 0 ? [] : [finding(i, named, missing)];
  });
}

/** Results that carry a date (dd.mm.yyyy or dd/mm/yyyy) after the end of the year they report. */
export function measuredAfterYear(indicators: readonly Indicator[]): Finding[] {
  return indicators.flatMap((i) => {
    const later = [...i.result.stated.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g)].filter((m) => Number(m[3]) > i.year);
    return later.length === 0 ? [] : [finding(i, later.map((m) => m[0]), [i.year])];
  });
}

const YEAR_T = /\banno\s*t\b(?!\s*[-–−]\s*1)/i;
const YEAR_T_1 = /\banno\s*t\s*[-–−]\s*1\b/i;

/**
 * A formula that divides year t by year t−1 (a ratio: 100% means no change) for an indicator whose
 * name or result calls the figure an increase. A growth formula subtracts t−1 in its numerator.
 */
export function ratiosCalledGrowth(indicators: readonly Indicator[], growthStem: string): Finding[] {
  const growth = new RegExp(`\\b${growthStem}\\p{L}*(\\s+percentual\\p{L}*)?`, 'iu');
  return indicators.flatMap((i) => {
    const [numerator = '', denominator = ''] = i.formula.split('/');
    const ratio = YEAR_T.test(numerator) && !YEAR_T_1.test(numerator) && YEAR_T_1.test(denominator);
    const called = growth.exec(i.name.it)?.[0] ?? growth.exec(i.result.stated)?.[0];
    if (!ratio || !called) return [];
    const { value } = i.result;
    const target = i.target.value;
    const percents = value !== undefined && target !== undefined && i.result.unit === 'percent' && i.target.unit === 'percent';
    return [finding(i, [called], percents ? [value, target] : [])];
  });
}

/** Objectives whose indicators (in one table) skip a number: 3.3.1, 3.3.2, 3.3.4. */
export function numberingGaps(indicators: readonly Indicator[], table: Indicator['table']): Finding[] {
  const byObjective = groupBy(indicators.filter((i) => i.table === table), (i) => i.objectiveCode);
  return [...byObjective].flatMap(([objective, list]): Finding[] => {
    const numbered = list.map((i) => ({ i, n: Number(i.code.split('.').at(-1)) })).sort((a, b) => a.n - b.n);
    if (numbered.some(({ n }) => !Number.isInteger(n))) return [];
    const numbers = numbered.map(({ n }) => n);
    const missing = Array.from({ length: Math.max(...numbers) }, (_, k) => k + 1).filter((n) => !numbers.includes(n));
    if (missing.length === 0) return [];
    const codes = numbered.map(({ i }) => i.code);
    return [{
      key: objective, subject: objective, lines: linesOf(list), section: list[0]?.provenance.section, quoted: codes,
      odd: missing.map((n) => `${objective}.${n}`), indicatorIds: list.map((i) => i.id),
    }];
  });
}
