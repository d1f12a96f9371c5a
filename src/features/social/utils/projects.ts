import type { SourcedFact } from '../../../data/facts';
import type { Qualifier, Unit } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { DimensionLabels } from './labels';
import { compareText } from '../../../lib/compare';

const PREFIX = 'project.';
/** Reach first, then the other measures; measures not listed here follow in alphabetical order. */
export const MEASURE_ORDER = ['views', 'interactions', 'participants', 'spectators', 'episodes', 'minutes', 'hours', 'sources', 'museums', 'authors'];

export interface ChannelValue {
  /** Channel key, or null when the source names none. */
  channel: string | null;
  value: number;
  qualifier: Qualifier;
}

export interface ProjectEntry {
  project: string;
  label: string;
  year: number;
  /** Sum over the channels of the same measure. */
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  channels: ChannelValue[];
  notes: string[];
}

export interface ProjectRanking {
  measure: string;
  unit: Unit | null;
  ranked: ProjectEntry[];
  /** Projects in scope with no figure for this measure. */
  without: { project: string; label: string }[];
  /** Channels that appear in the ranked entries (for the table's split columns). */
  channels: string[];
}

const projectFacts = (facts: readonly SourcedFact[]) => facts.filter((f) => f.metric.startsWith(PREFIX) && f.dimensions?.project !== undefined);
export const measureOf = (f: SourcedFact) => f.metric.slice(PREFIX.length);

/** The measures the project facts offer, in a stable order. */
export function availableMeasures(facts: readonly SourcedFact[]): string[] {
  const found = [...new Set(projectFacts(facts).map(measureOf))];
  const rank = (m: string) => (MEASURE_ORDER.includes(m) ? MEASURE_ORDER.indexOf(m) : MEASURE_ORDER.length);
  return found.sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}

/** A sum is exact only if every part is; "more than" parts make it "more than"; anything else makes it approximate. */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  if (qualifiers.every((q) => q === 'exact')) return 'exact';
  if (qualifiers.every((q) => q === 'exact' || q === 'more_than' || q === 'at_least')) return qualifiers.includes('more_than') ? 'more_than' : 'at_least';
  return 'about';
}

/**
 * Projects and events ranked by one measure. A project's channels are summed only within the same measure and year
 * (a project with figures in two years appears once per year); the split by channel stays in `channels`.
 */
export function buildProjectRanking(facts: readonly SourcedFact[], measure: string, labels: DimensionLabels, locale: Locale): ProjectRanking {
  const all = projectFacts(facts);
  const mine = all.filter((f) => measureOf(f) === measure);
  const groups = new Map<string, SourcedFact[]>();
  for (const f of mine) {
    const key = `${f.dimensions!.project}|${f.year}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const ranked: ProjectEntry[] = [...groups.values()].map((list) => {
    const first = list[0]!;
    return {
      project: first.dimensions!.project!,
      label: labels('project', first.dimensions!.project!),
      year: first.year,
      value: list.reduce((s, f) => s + f.value, 0),
      qualifier: combineQualifiers(list.map((f) => f.qualifier)),
      unit: first.unit,
      channels: list.map((f) => ({ channel: f.dimensions!.channel ?? null, value: f.value, qualifier: f.qualifier })),
      notes: [...new Set(list.flatMap((f) => (f.note ? [f.note[locale]] : [])))],
    };
  });
  ranked.sort((a, b) => b.value - a.value || compareText(a.label, b.label));
  const withMeasure = new Set(ranked.map((e) => e.project));
  const without = [...new Set(all.map((f) => f.dimensions!.project!))]
    .filter((p) => !withMeasure.has(p))
    .map((project) => ({ project, label: labels('project', project) }))
    .sort((a, b) => compareText(a.label, b.label));
  const channels = [...new Set(ranked.flatMap((e) => e.channels.flatMap((c) => (c.channel ? [c.channel] : []))))];
  return { measure, unit: ranked[0]?.unit ?? null, ranked, without, channels };
}
