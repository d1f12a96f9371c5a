import type { Locale } from '../lib/locale';
import type { ViewId } from '../lib/views';
import { factsOfMetric } from './fact-index';
import { publisherName } from './organizations';
import { historyOf, previousOf, queryFacts, queryVisible, seriesKey, type FactFilters, type SourcedFact } from './facts';
import type { Dataset, Organization, Polarity, Qualifier, Source, Unit } from './schema';

export interface TileDelta {
  fromYear: number;
  fromValue: number;
  /** Absolute change in the fact's unit. */
  change: number;
  /** Relative change in percent, or null when the earlier value is zero. */
  pct: number | null;
  /** Good or bad news by the metric's declared polarity (a rise of disputes is bad); colours follow it. */
  tone: Tone;
}

export type Tone = 'good' | 'bad' | 'neutral';

/** What a change means under a polarity: a rise is good when more is better, bad when less is. */
export function toneOf(change: number, polarity: Polarity): Tone {
  if (change === 0 || polarity === 'neutral') return 'neutral';
  return (change > 0) === (polarity === 'higher_better') ? 'good' : 'bad';
}

export interface TileModel {
  id: string;
  /** The series and document the figure belongs to, the same whatever its year: a list's key, so a tile is updated in place when a filter changes its year. */
  series: string;
  label: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  year: number;
  /** Whose figure, in short ("Camera di commercio"): shown beside the year on every tile. */
  organization: string;
  asOf?: string;
  note?: string;
  delta?: TileDelta;
  /** The series year by year up to this one, when it has three years or more (drawn as a trend line). */
  trend?: TrendPoint[];
  /** The value is itself a change (growth, variation): shown with its sign. */
  signed: boolean;
  source: { id: string; title: string; publisher: string; section: string; label: string };
  view?: ViewId;
}

export interface TrendPoint {
  year: number;
  value: number;
}

/** Years needed before a tile draws its trend: with two, the change against the previous year says it all. */
export const TREND_MIN_YEARS = 3;

export function trendOf(all: readonly SourcedFact[], fact: SourcedFact): TrendPoint[] | undefined {
  const history = historyOf(all, fact);
  return history.length >= TREND_MIN_YEARS ? history.map((f) => ({ year: f.year, value: f.value })) : undefined;
}

export function computeDelta(value: number, fromValue: number, fromYear: number, polarity: Polarity = 'neutral'): TileDelta {
  const change = value - fromValue;
  return { fromYear, fromValue, change, pct: fromValue === 0 ? null : (change / Math.abs(fromValue)) * 100, tone: toneOf(change, polarity) };
}

/** A source with what its dataset declares about names and metrics. */
export interface SourceInfo extends Source {
  organizations: Readonly<Record<string, Organization>>;
  polarity: Readonly<Record<string, Polarity>>;
}

/**
 * Whose figure, in short: the fact's organization when the dataset gives it a short name, else the
 * publisher's (an organization without one is only cited by the document). Never a raw key.
 */
export function organizationShort(info: SourceInfo | undefined, organization: string, locale: Locale): string {
  const own = info?.organizations[organization];
  const publisher = info ? info.organizations[info.organization] : undefined;
  return own?.short?.[locale] ?? publisher?.short?.[locale] ?? publisher?.[locale] ?? info?.publisher ?? '';
}

/** A tile for one fact: its value, its change against the same series' previous year, its source. */
export function buildTile(fact: SourcedFact, all: readonly SourcedFact[], sources: ReadonlyMap<string, SourceInfo>, locale: Locale, view?: ViewId): TileModel {
  const prev = previousOf(all, fact);
  const source = sources.get(fact.sourceId);
  return {
    id: fact.id,
    series: `${fact.sourceId}|${seriesKey(fact)}`,
    label: fact.label[locale],
    value: fact.value,
    unit: fact.unit,
    qualifier: fact.qualifier,
    year: fact.year,
    organization: organizationShort(source, fact.organization, locale),
    asOf: fact.asOf,
    note: fact.note?.[locale],
    delta: prev ? computeDelta(fact.value, prev.value, prev.year, source?.polarity[fact.metric]) : undefined,
    trend: trendOf(all, fact),
    signed: isChangeMetric(fact.metric),
    source: {
      id: fact.sourceId,
      title: source?.title ?? fact.sourceId,
      publisher: source?.publisher ?? '',
      section: fact.provenance.section,
      label: fact.provenance.label,
    },
    view,
  };
}

/** Metrics whose value is a change ("labour.employed.change_since_2008", "web.users.growth"). */
export function isChangeMetric(metric: string): boolean {
  return /(^|\.)(change|growth)(_|\.|$)/.test(metric);
}

/** Each source with its dataset's names and polarities; its publisher named in the reader's language ("Milan … Chamber of Commerce"). */
export function sourcesById(datasets: readonly Pick<Dataset, 'source' | 'organizations' | 'polarity'>[], locale: Locale = 'it'): Map<string, SourceInfo> {
  return new Map(
    datasets.map((d) => [
      d.source.id,
      { ...d.source, publisher: publisherName(d.source, d.organizations, locale), organizations: d.organizations, polarity: d.polarity },
    ]),
  );
}

/** Which series a tile shows: declared by metric (and dimensions, organization), never a typed figure. */
export interface TileSpec {
  metric: string;
  dimensions?: Record<string, string>;
  organization?: string;
}

/**
 * The facts of the declared series among the visible ones, in the order declared. Without a year
 * filter each series shows its latest year (its change is then against the year before). Each spec
 * reads its own metric's facts, grouped once per `visible` array (views call this several times with one).
 */
export function selectLatest(visible: readonly SourcedFact[], specs: readonly TileSpec[], yearFilter: number | null): SourcedFact[] {
  return specs.flatMap((spec) => latestUnlessYear(queryFacts(factsOfMetric(visible, spec.metric), spec), yearFilter));
}

/**
 * What `selectLatest(filterFacts(all, filters), specs, filters.year)` returns, without a pass over
 * every fact: each spec reads only its own metric's facts (indexed once per facts array).
 */
export function selectLatestVisible(all: readonly SourcedFact[], specs: readonly TileSpec[], filters: FactFilters): SourcedFact[] {
  return specs.flatMap((spec) => latestUnlessYear(queryVisible(all, filters, spec), filters.year));
}

/** A series' facts as a tile shows them: all of them under a year filter, else those of its latest year. */
function latestUnlessYear(matches: SourcedFact[], yearFilter: number | null): SourcedFact[] {
  if (yearFilter !== null) return matches;
  const latest = Math.max(...matches.map((f) => f.year));
  return matches.filter((f) => f.year === latest);
}

export function buildTiles(
  visible: readonly SourcedFact[],
  all: readonly SourcedFact[],
  specs: readonly TileSpec[],
  yearFilter: number | null,
  sources: ReadonlyMap<string, SourceInfo>,
  locale: Locale,
): TileModel[] {
  return selectLatest(visible, specs, yearFilter).map((f) => buildTile(f, all, sources, locale));
}
