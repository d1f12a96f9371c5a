import type { CheckResult } from '../../../data/checks';
import type { Finding, FindingNumbers, TextCheckKind } from '../../../data/checks/text-types';
import { formatNumber, formatPercent, formatSignedPercent } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import { findingMessages, type FindingParams } from '../finding-messages';

export interface FindingLine {
  key: string;
  /** The section or table as the source heads it (Italian), if one. */
  section?: string;
  /** "righe 525 e 779". */
  lines: string;
  stated: string;
  odd: string;
}

/** The words that join a list's last two items, by language and kind (CLDR's list patterns). */
const LAST_JOIN: Record<Locale, Record<'conjunction' | 'disjunction', string>> = {
  it: { conjunction: ' e ', disjunction: ' o ' },
  en: { conjunction: ' and ', disjunction: ' or ' },
};

/**
 * "a, b e c" / "a, b, and c": what Intl.ListFormat writes (the tests compare them), written out
 * because the page's first Intl.ListFormat loads ICU's locale data, a task of 60–70 ms at 4× CPU in
 * the middle of drawing the checks (the same reason lib/format.ts writes numbers itself).
 */
export function joinList(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = LAST_JOIN[locale][type];
  if (items.length === 2) return `${items[0]}${last}${items[1]}`;
  // English puts a comma before the last "and"/"or" of three or more (as CLDR does).
  const head = items.slice(0, -1).join(', ');
  return `${head}${locale === 'en' ? ',' : ''}${last}${items[items.length - 1]}`;
}

/** Source lines are positions in a file, not quantities: never grouped ("riga 2944"). */
export function linesText(lines: readonly number[], locale: Locale): string {
  return findingMessages[locale].lines(joinList(lines.map(String), locale), lines.length);
}

function oddValues(kind: TextCheckKind, f: Finding, locale: Locale): string[] {
  const t = findingMessages[locale];
  switch (kind) {
    case 'repeated-code': return f.odd.map((v) => t.tables[String(v)] ?? String(v));
    case 'frequency-mismatch': return f.odd.map((v) => t.periods[String(v)] ?? String(v));
    case 'repeated-item': return f.odd.map((v) => formatNumber(Number(v), locale));
    case 'ratio-called-growth': return f.odd.length === 2 ? [formatPercent(Number(f.odd[0]), locale), formatSignedPercent(Number(f.odd[1]), locale)] : [];
    default: return f.odd.map(String);
  }
}

/** A ratio r% of year t to t−1 is a change of r − 100 points; does it meet the target where r as an increase does? */
function ratioReading(f: Finding, locale: Locale): Pick<FindingParams, 'change' | 'verdictsDiffer'> {
  if (f.odd.length !== 2) return {};
  const [ratio, target] = f.odd.map(Number) as [number, number];
  const change = ratio - 100;
  return { change: findingMessages[locale].change(formatPercent(Math.abs(change), locale), change >= 0), verdictsDiffer: change >= target !== ratio >= target };
}

function params(kind: TextCheckKind, f: Finding, n: FindingNumbers, locale: Locale): FindingParams {
  const t = findingMessages[locale];
  const q = f.quoted.map(t.quote);
  const odd = oddValues(kind, f, locale);
  const missing = new Set(f.odd.map(String));
  const rest = f.quoted.filter((w) => !missing.has(w)).map(t.quote);
  const agreeing = n.agreeing.map((a) => `${t.quote(a.subject)} (${linesText(a.lines, locale)})`);
  return {
    subject: kind === 'class-gap' ? (t.dimension[f.subject] ?? f.subject) : f.subject,
    q, qList: joinList(q, locale), odd, oddN: odd.length,
    oddList: joinList(kind === 'named-not-reported' ? odd.map(t.quote) : odd, locale, kind === 'class-gap' ? 'disjunction' : 'conjunction'),
    rest: joinList(rest, locale), lines: linesText(f.lines, locale), reportYear: String(n.reportYear),
    agreeing: joinList(agreeing, locale),
    ...(kind === 'ratio-called-growth' ? ratioReading(f, locale) : {}),
  };
}

/** One line per finding of a reading of the source's words: where, what it says, what is odd. */
export function findingLines(r: CheckResult, locale: Locale): FindingLine[] {
  if (!r.numbers || !('findings' in r.numbers)) return [];
  const n = r.numbers;
  const text = findingMessages[locale].kinds[r.kind as TextCheckKind];
  return n.findings.map((f) => {
    const p = params(r.kind as TextCheckKind, f, n, locale);
    return { key: f.key, section: f.section, lines: p.lines, stated: text.stated(p), odd: text.odd(p) };
  });
}

/** The severity of a reading of the source's words (undefined for checks of figures). */
export function severityLabel(r: CheckResult, locale: Locale): string | undefined {
  return r.numbers && 'severity' in r.numbers ? findingMessages[locale].severity[r.numbers.severity] : undefined;
}

/** The sentence of a reading that found nothing odd. */
export function cleanSentence(kind: TextCheckKind, locale: Locale): string {
  return findingMessages[locale].kinds[kind].clean;
}
