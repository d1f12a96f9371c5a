import { factsByDimension, queryFacts, type SourcedFact } from '../../../data/facts';
import type { TableModel } from '../../../components/ui/table-model';
import type { Locale } from '../../../lib/locale';
import { dimensionLabel, type DimensionLabels } from './context';

export const GENERATION_METRIC = 'labour.employed.change_since_2008';

export interface AgeBand {
  key: string;
  label: string;
  value: number;
  year: number;
}

export interface AgeBandSeries {
  bands: AgeBand[];
  /** Sum of the bands. */
  sum: number;
  /** The total change the source states for the same metric (no dimension), if visible. */
  total?: number;
  /** The Sources view's check of the bands against that total (its result id). */
  checkResultId?: string;
  /** True when the bands add up to the stated total (or no total is given). */
  consistent: boolean;
  /** Stated total minus the sum of the bands. */
  gap: number;
  /** Provenance of the bands, for the chart's source line. */
  sourceId?: string;
  section?: string;
}

/** The declared check of the bands against their total (src/data/checks/specs.ts); its results are `<id>@<total fact id>`. */
export const AGE_BANDS_CHECK = 'labour.employed.change.age-bands';

/** The change in employment by age band (a diverging series), with the check of the bands against the stated total. */
export function buildAgeBands(visible: readonly SourcedFact[], dims: DimensionLabels, locale: Locale): AgeBandSeries | null {
  const facts = factsByDimension(visible, GENERATION_METRIC, 'ageBand');
  if (facts.length === 0) return null;
  const bands = facts.map((f) => ({
    key: f.dimensions!.ageBand!,
    label: dimensionLabel(dims, 'ageBand', f.dimensions!.ageBand!)[locale],
    value: f.value,
    year: f.year,
  }));
  const sum = bands.reduce((acc, b) => acc + b.value, 0);
  const years = new Set(bands.map((b) => b.year));
  const totalFact = queryFacts(visible, { metric: GENERATION_METRIC }).find((f) => years.has(f.year));
  const total = totalFact?.value;
  const gap = total === undefined ? 0 : total - sum;
  const checkResultId = totalFact && `${AGE_BANDS_CHECK}@${totalFact.id}`;
  return { bands, sum, total, checkResultId, consistent: gap === 0, gap, sourceId: facts[0]!.sourceId, section: facts[0]!.provenance.section };
}

export interface AgeBandTableLabels {
  band: string;
  change: string;
  sum: string;
  total: string;
}

/** The table alternative: one row per band, then the sum of the bands and the stated total. */
export function ageBandTable(series: AgeBandSeries, labels: AgeBandTableLabels): TableModel {
  const rows = series.bands.map((b) => ({ band: b.label, change: b.value }));
  rows.push({ band: labels.sum, change: series.sum });
  if (series.total !== undefined) rows.push({ band: labels.total, change: series.total });
  return { columns: [{ key: 'band', label: labels.band }, { key: 'change', label: labels.change, unit: 'people' }], rows };
}

/** A symmetric axis around zero with round ticks (e.g. ±74.000 → −100.000 … 100.000 in steps of 50.000). */
export function symmetricScale(values: readonly number[]): { max: number; ticks: number[] } {
  const extent = Math.max(...values.map(Math.abs), 0);
  if (extent === 0) return { max: 1, ticks: [-1, -0.5, 0, 0.5, 1] };
  const magnitude = 10 ** Math.floor(Math.log10(extent));
  const max = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((m) => m >= extent * 1.05) ?? 10 * magnitude;
  return { max, ticks: [-max, -max / 2, 0, max / 2, max] };
}
