import { useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ChartExport } from './chart-export';
import { ChartLegendSlot } from './chart-legend';
import { useDeferredMount } from './deferred-mount';
import { useMessages } from '../../lib/i18n';
import { DataTable } from './data-table';
import { panelMessages } from './panel-messages';
import { PanelBoundary } from './panel-boundary';
import { usePresenting } from './presenting';
import type { TableModel } from './table-model';

export interface ChartFrameProps {
  /** States the finding ("Meccatronici e ICT raccolgono metà degli associati"). */
  title: string;
  /** What the chart shows, in one sentence, for everyone (the title states the finding). */
  summary: string;
  /** Every figure the chart draws, in words, for screen readers (the data table shows them to everyone). */
  details?: string;
  /** "Fonte: … · sezione …" */
  source: string;
  table: TableModel;
  /** Fixed height of the chart area, so nothing shifts when it renders; optionally another on
   * phone-sized screens (set by the stylesheet, so the prerendered page has it too). In pixels at the
   * default type size: it grows with the type (projector theme, large screens), like the labels in it. */
  height: number | { wide: number; narrow: number };
  /** Controls above the chart (metric switch, sort…). */
  toolbar?: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
}

/**
 * Every chart sits in one: title, summary, fixed-height body, table alternative, source; errors stay inside.
 * On a slide: the title, the chart filling the slide and the source, without controls.
 */
export function ChartFrame({ title, summary, details, source, table, height, toolbar, children, headingLevel = 2 }: ChartFrameProps) {
  const t = useMessages(panelMessages);
  const presenting = usePresenting();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const [legend, setLegend] = useState<HTMLDivElement | null>(null);
  const mounted = useDeferredMount(body);
  const Heading = `h${headingLevel}` as const;
  const { wide, narrow } = typeof height === 'number' ? { wide: height, narrow: height } : height;
  const size = { '--chart-height': `${wide / 16}rem`, '--chart-height-narrow': `${narrow / 16}rem` } as CSSProperties;
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`} data-chart={title} style={{ margin: undefined }}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {/* On a slide the title states the finding; the summary stays for screen readers. */}
      <p className={presenting ? 'sr-only' : 'chart-summary'} id={`${id}-summary`}>{summary}</p>
      {details && <p className="sr-only">{details}</p>}
      {!presenting && (
        <div className="chart-toolbar">
          {toolbar}
          <button type="button" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable((v) => !v)}>
            {showTable ? t.hideTable : t.showTable}
          </button>
          <ChartExport title={title} source={source} table={table} chartBody={body} />
        </div>
      )}
      <PanelBoundary name={title}>
        <div className="chart-body" style={size} aria-hidden="true" ref={body}>
          {/* The chart's legend, if it has one (chart-legend.ts), then its drawing in the rest of the body. */}
          <div className="chart-legend" ref={setLegend} />
          <div className="chart-plot">
            {/* Chart components are lazy chunks (lazyChart: recharts stays off the first screen); the body keeps their space. */}
            {mounted && legend && <ChartLegendSlot.Provider value={legend}>{children}</ChartLegendSlot.Provider>}
          </div>
        </div>
      </PanelBoundary>
      <div id={`${id}-table`} hidden={!showTable}>
        {showTable && <DataTable table={table} caption={title} />}
      </div>
      <figcaption className="chart-source">{source}</figcaption>
    </figure>
  );
}
