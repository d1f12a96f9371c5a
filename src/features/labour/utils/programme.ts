import type { FactFilters, SourcedFact } from '../../../data/facts';
import type { DataList, DataRecord } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { Scoped } from './context';
import { groupLists, type ListGroup } from './lists';

export const PROGRAMME_ID = 'manifattura-milano';
/** Which stated count each list of the programme should match. */
const COUNTED: Record<string, string> = {
  'programme-areas': 'policy.manifattura_milano.areas',
  'method-principles': 'policy.manifattura_milano.principles',
};

export interface ProgrammeModel {
  title: string;
  goal?: { label: string; text: string };
  aims?: ListGroup;
  areas?: ListGroup;
  principles?: ListGroup;
  /** Lists whose length differs from the count the source states. */
  mismatches: { kind: string; stated: number; listed: number }[];
  section?: string;
}

/** The Manifattura Milano programme: goal, aims, intervention areas with their detail, method principles (lists: all, filtered here). */
export function buildProgramme(
  records: readonly Scoped<DataRecord>[],
  lists: readonly Scoped<DataList>[],
  all: readonly SourcedFact[],
  filters: FactFilters,
  locale: Locale,
): ProgrammeModel | null {
  const record = records.find((r) => r.id === PROGRAMME_ID);
  const [aims, areas, principles] = ['programme-goals', 'programme-areas', 'method-principles'].map(
    (kind) => groupLists(lists, [kind], all, filters, locale)[0],
  );
  if (!record && !aims && !areas && !principles) return null;
  const goalField = record?.fields.find((f) => f.key === 'goal');
  const mismatches = [areas, principles].flatMap((group) => {
    const metric = group && COUNTED[group.kind];
    const stated = metric ? all.find((f) => f.metric === metric && f.year === group.year) : undefined;
    return group && stated && stated.value !== group.items.length ? [{ kind: group.kind, stated: stated.value, listed: group.items.length }] : [];
  });
  return {
    title: record?.title[locale] ?? areas?.title ?? aims?.title ?? principles!.title,
    goal: goalField ? { label: goalField.label[locale], text: goalField.value[locale] } : undefined,
    aims,
    areas,
    principles,
    mismatches,
    section: record?.provenance.section,
  };
}
