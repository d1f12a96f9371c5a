import { useContext, useState, type RefObject } from 'react';
import { chartToPng } from '../../lib/chart-png';
import { readThemeColours } from '../../lib/colours';
import { buildCsv, exportFileName } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { useLocale, useMessages } from '../../lib/i18n';
import { FilterSummaryContext } from './filter-summary';
import { panelMessages } from './panel-messages';
import { PanelNameContext } from './panel-name';
import type { TableModel } from './table-model';

interface Props {
  title: string;
  source: string;
  table: TableModel;
  chartBody: RefObject<HTMLDivElement | null>;
}

/** CSV of the data behind a chart (header first, metadata in trailing lines) and PNG of the chart, both saying where they came from. */
export function ChartExport({ title, source, table, chartBody }: Props) {
  const t = useMessages(panelMessages);
  const locale = useLocale();
  const filters = useContext(FilterSummaryContext);
  // Files are named after the panel's short name ("cruscotto_vertenze_anno-2020.csv"), not the chart's finding.
  const name = useContext(PanelNameContext)?.[locale] ?? title;
  const [error, setError] = useState<string | null>(null);
  const filterLine = `${t.filters}: ${filters.length ? filters.join(' · ') : t.noFilters}`;
  const today = formatDate(new Date().toISOString().slice(0, 10), locale);

  const csv = () => {
    const text = buildCsv(table, locale, [title, source, filterLine, t.exportedOn(today)]);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), exportFileName(name, filters, 'csv'));
  };

  const png = async () => {
    setError(null);
    // The drawing, not its legend's icons (the legend is a row of HTML above it: chart-legend.ts).
    const plot = chartBody.current?.querySelector('.chart-plot');
    const svg = plot?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? plot?.querySelector('svg');
    if (!svg) return setError(t.exportFailed);
    const legend = [...(chartBody.current?.querySelectorAll('.chart-legend .recharts-legend-item') ?? [])].flatMap((item) => {
      const icon = item.querySelector('svg');
      return icon ? [{ icon, label: item.textContent?.trim() ?? '' }] : [];
    });
    try {
      const c = readThemeColours();
      const blob = await chartToPng(svg, { title, footer: [filterLine, source, t.exportedOn(today)], background: c.surface, text: c.text, muted: c.muted, legend });
      downloadBlob(blob, exportFileName(name, filters, 'png'));
    } catch (e) {
      setError(`${t.exportFailed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <button type="button" onClick={csv} aria-label={t.downloadLabel(t.downloadCsv, title)}>{t.downloadCsv}</button>
      <button type="button" onClick={() => void png()} aria-label={t.downloadLabel(t.downloadPng, title)}>{t.downloadPng}</button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
