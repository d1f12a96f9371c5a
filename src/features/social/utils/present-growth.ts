import type { SourcedFact } from '../../../data/facts';
import type { TableModel } from '../../../components/ui/table-model';
import { formatDate, formatNumber, formatSignedPercent } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { SocialMessages } from '../messages';
import type { BarRow } from './bar-row';
import { statedDecimals } from './growth';
import type { YearOnYear } from './year-on-year';

export interface CheckItem {
  key: string;
  label: string;
  value: string;
  /** Present for stated figures the consistency checks looked at: the check's id on the Sources view, and its outcome. */
  check?: { resultId: string; agrees: boolean };
}

export interface GrowthView {
  /** The two values (earlier first), as bars. */
  values: BarRow[];
  /** The growths the source states, each with a marker to its check (the computation stays on the Sources view). */
  checks: CheckItem[];
  /** One sentence: the stated growths agree, disagree, or cannot be checked. */
  verdict: string;
  computedText: string | null;
}

/** "1 gennaio 2019" where the source dates the figure, else the year. */
export const whenOf = (f: SourcedFact, locale: Locale) => (f.asOf ? formatDate(f.asOf, locale) : String(f.year));
const pct = (v: number, locale: Locale, decimals = 2) => formatSignedPercent(v, locale, decimals);

/** Values, computed growth and each stated growth with its verdict, ready to render. */
export function presentGrowth(model: YearOnYear, t: SocialMessages, locale: Locale): GrowthView {
  const { current, previous, computed } = model;
  const values = [previous, current].flatMap((f) => (f ? [{ key: f.id, label: whenOf(f, locale), value: f.value, display: formatNumber(f.value, locale) }] : []));
  const computedText = computed === null ? null : pct(computed, locale);
  const checks: CheckItem[] = model.stated.map((s) => ({
    key: s.fact.id,
    label: s.statement ? t.statedIn(s.statement.toLowerCase()) : t.statedGrowth,
    value: pct(s.fact.value, locale, statedDecimals(s.fact.value)),
    // The Sources view's check result for this statement: `<growth metric>@<stated fact id>` (src/data/checks/growth.ts).
    check: s.check ? { resultId: `${s.fact.metric}@${s.fact.id}`, agrees: s.check.agrees } : undefined,
  }));
  let verdict = t.noPrevious;
  if (computedText) {
    const differ = new Set(model.stated.map((s) => s.fact.value)).size > 1 || model.stated.some((s) => s.check && !s.check.agrees);
    const list = model.stated.map((s) => `${pct(s.fact.value, locale, statedDecimals(s.fact.value))}${s.statement ? ` ${s.statement.toLowerCase()}` : ''}`).join(', ');
    verdict = model.stated.length === 0 ? '' : differ ? t.disagreement(list, computedText) : t.agreement;
  }
  return { values, checks, verdict, computedText };
}

/** The growth a title gives: the source's own (its first statement), else the one computed from the two values. */
function titleGrowth(view: GrowthView, t: SocialMessages): string | null {
  return view.checks[0]?.value ?? (view.computedText ? t.computedValue(view.computedText) : null);
}

export function websiteTitle(model: YearOnYear, view: GrowthView, t: SocialMessages, locale: Locale): string {
  const { current, previous } = model;
  const growth = titleGrowth(view, t);
  if (!previous || !growth) return t.websiteOnly(formatNumber(current.value, locale), String(current.year));
  return t.websiteTitle(formatNumber(previous.value, locale), String(previous.year), formatNumber(current.value, locale), String(current.year), growth);
}

/** The platform growth bars, then the total the source states (the total computed from the two values is the Sources view's). */
export function followerBars(model: YearOnYear, view: GrowthView, t: SocialMessages, locale: Locale): BarRow[] {
  const rows: BarRow[] = model.platforms.map((p) => ({ key: p.key, label: p.label, value: p.stated, display: pct(p.stated, locale, statedDecimals(p.stated)) }));
  if (model.stated.length === 0 && model.computed !== null) rows.push({ key: 'total-computed', label: t.totalComputed, value: model.computed, display: view.computedText!, computed: true });
  for (const s of model.stated) rows.push({ key: `total-${s.fact.id}`, label: t.totalStated, value: s.fact.value, display: pct(s.fact.value, locale, statedDecimals(s.fact.value)) });
  return rows;
}

export function followersTitle(model: YearOnYear, view: GrowthView, org: string, t: SocialMessages, locale: Locale): string {
  const { current, previous } = model;
  if (!previous) return t.followersOnly(org, formatNumber(current.value, locale), whenOf(current, locale));
  const growth = titleGrowth(view, t) ?? t.notGiven;
  const from = formatNumber(previous.value, locale);
  const top = model.platforms[0];
  return top
    ? t.followersTitle(org, from, formatNumber(current.value, locale), growth, top.label, pct(top.stated, locale, statedDecimals(top.stated)))
    : t.followersTitleNoPlatforms(org, from, formatNumber(current.value, locale), growth);
}

/** A two-column table of bars (label, value as displayed and raw). */
export function barsTable(rows: readonly BarRow[], first: string, second: string, unit: 'number' | 'percent'): TableModel {
  return {
    columns: [{ key: 'label', label: first }, { key: 'value', label: second, unit }],
    rows: rows.map((r) => ({ label: r.label, value: r.value })),
  };
}
