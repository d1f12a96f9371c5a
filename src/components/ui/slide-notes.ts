import { runChecks, type CheckResult } from '../../data/checks';
import type { TileModel } from '../../data/kpi';
import type { Dataset } from '../../data/schema';
import { formatDate, formatNumber, formatQualified, formatSignedNumber, formatSignedPercent } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { notesMessages } from './notes-messages';
import type { SlideNotes } from './panel';

/**
 * Pure builders of speaker notes: what a presenter reads beside a slide, as plain text. Figures are
 * exact (never compact), each with its year and organisation, its change against the year before and
 * its source; warnings are the consistency checks that did not pass on the figures shown.
 */

/** The value as a tile reads it: with its sign when it is itself a change. */
function tileValue(tile: TileModel, locale: Locale): string {
  const text = formatQualified(tile.value, tile.unit, tile.qualifier, locale);
  return tile.signed && tile.value > 0 ? `+${text}` : text;
}

/** "Imprese associate: 6.796 imprese (2020, Assolombarda); +2,1% rispetto al 2019 (6.655 imprese)". */
export function tileFigure(tile: TileModel, locale: Locale): string {
  const t = notesMessages[locale];
  const year = tile.asOf ? `${tile.year}, ${t.asOf(formatDate(tile.asOf, locale))}` : String(tile.year);
  const figure = t.figure(tile.label, tileValue(tile, locale), year, tile.organization);
  const d = tile.delta;
  if (!d) return figure;
  const change = d.pct !== null ? `${formatSignedNumber(d.change, locale)} (${formatSignedPercent(d.pct, locale)})` : formatSignedNumber(d.change, locale);
  const before = formatQualified(d.fromValue, tile.unit, 'exact', locale);
  return `${figure}; ${t.change(change, String(d.fromYear), before)}`;
}

/** "Relazione dell'attività 2020 (Assolombarda), sezione «Associati»". */
export function tileSource(tile: TileModel, locale: Locale): string {
  return notesMessages[locale].source(tile.source.title, tile.source.publisher, tile.source.section);
}

/** Each line once, in order of first appearance. */
export function unique(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

/** The facts and indicators a check result looked at. */
export function checkedIds(result: CheckResult): string[] {
  const n = result.numbers;
  if (!n) return [];
  if ('parts' in n) return [n.totalFactId, ...n.parts.map((p) => p.factId)];
  if ('statedFactId' in n) return [n.statedFactId, n.from.factId, n.to.factId];
  if ('disagreements' in n) return n.disagreements.map((c) => c.id);
  if ('findings' in n) return n.findings.flatMap((f) => f.indicatorIds);
  return [];
}

/** The warnings among the checks that looked at any of these facts or indicators, by title. */
export function warningsOn(checks: readonly CheckResult[], ids: ReadonlySet<string>, locale: Locale): string[] {
  const t = notesMessages[locale];
  return unique(checks.filter((c) => c.outcome === 'warning' && checkedIds(c).some((id) => ids.has(id))).map((c) => t.warning(c.title[locale])));
}

/** Checks run once per datasets array: every slide's notes read the same results. */
let cached: { datasets: readonly Dataset[]; checks: CheckResult[] } | null = null;
export function checksOf(datasets: readonly Dataset[]): CheckResult[] {
  if (cached?.datasets !== datasets) cached = { datasets, checks: runChecks(datasets) };
  return cached.checks;
}

/** Notes for a slide of tiles: its first figure as the finding, every figure, their sources and warnings. */
export function tilesNotes(tiles: readonly TileModel[], datasets: readonly Dataset[], locale: Locale, finding?: string): SlideNotes {
  const t = notesMessages[locale];
  const figures = tiles.map((tile) => tileFigure(tile, locale));
  const first = figures[0];
  const lead = finding ?? (first === undefined ? t.noFigures : tiles.length > 1 ? t.tilesFinding(first, formatNumber(tiles.length, locale)) : t.tilesFindingOne(first));
  return {
    finding: lead,
    figures,
    sources: unique(tiles.map((tile) => tileSource(tile, locale))),
    warnings: warningsOn(checksOf(datasets), new Set(tiles.map((tile) => tile.id)), locale),
  };
}
