import type { TableModel } from '../../../components/ui/table-model';
import type { Qualifier } from '../../../data/schema';
import { formatNumber, qualifierWord } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { SocialMessages } from '../messages';
import type { BarRow } from './bar-row';
import type { DimensionLabels } from './labels';
import type { ProjectRanking } from './projects';

/** "oltre 1.000" — the number with the source's qualifier. */
export function qualifiedNumber(value: number, qualifier: Qualifier, locale: Locale): string {
  const word = qualifierWord(qualifier, locale);
  return word ? `${word} ${formatNumber(value, locale)}` : formatNumber(value, locale);
}

export const measureName = (measure: string, t: SocialMessages) => t.measures[measure] ?? measure;

export interface RankingView {
  title: string;
  summary: string;
  details: string;
  rows: BarRow[];
  table: TableModel;
}

export function presentRanking(ranking: ProjectRanking, t: SocialMessages, labels: DimensionLabels, locale: Locale): RankingView {
  const multiYear = new Set(ranking.ranked.map((e) => e.year)).size > 1;
  const rows: BarRow[] = ranking.ranked.map((e) => ({
    key: `${e.project}|${e.year}`,
    label: multiYear ? `${e.label} (${e.year})` : e.label,
    value: e.value,
    display: qualifiedNumber(e.value, e.qualifier, locale),
  }));
  const name = measureName(ranking.measure, t).toLowerCase();
  const top = rows[0];
  const title = top ? t.rankingTitle(top.label, top.display, name, formatNumber(rows.length, locale)) : t.noData;
  // One sentence under the title; the ranking in words for screen readers (the data table shows it to everyone).
  const notes = [...(ranking.ranked.some((e) => e.channels.length > 1) ? [t.sumNote] : []), ...(ranking.without.length > 0 ? [t.withoutMeasure(ranking.without.map((w) => w.label).join(', '))] : [])];
  const [summary = t.rankingLead, ...more] = notes;
  const details = [t.rankingSummary(rows.map((r, i) => `${i + 1}. ${r.label} ${r.display}`).join('; ')), ...more].join(' ');

  const mixed = ranking.ranked.some((e) => e.channels.length > 1 && e.channels.some((c) => c.channel === null));
  const channelCols = [...ranking.channels.map((c) => ({ key: `ch:${c}`, label: labels('channel', c), unit: 'number' as const })), ...(mixed ? [{ key: 'ch:', label: t.noChannel, unit: 'number' as const }] : [])];
  const table: TableModel = {
    columns: [
      { key: 'project', label: t.project },
      { key: 'year', label: t.year },
      { key: 'total', label: `${t.total} (${name})`, unit: 'number' },
      ...channelCols,
      { key: 'precision', label: t.precision },
      { key: 'notes', label: t.notes },
    ],
    rows: [
      ...ranking.ranked.map((e) => ({
        project: e.label,
        year: String(e.year),
        total: e.value,
        ...Object.fromEntries(e.channels.filter((c) => c.channel !== null || mixed).map((c) => [`ch:${c.channel ?? ''}`, c.value])),
        precision: qualifierWord(e.qualifier, locale),
        notes: e.notes.join(' '),
      })),
      ...ranking.without.map((w) => ({ project: w.label, year: '', total: t.notGiven, precision: '', notes: '' })),
    ],
  };
  return { title, summary, details, rows, table };
}
