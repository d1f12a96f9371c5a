import { seriesKey, type SourcedFact } from '../facts';
import type { Dataset } from '../schema';
import type { Location } from './assemble';
import type { Problem } from './problems';
import type { Row } from './read-table';
import * as S from './sheets';

type Locate = (path: string, columnPath?: string) => Pick<Problem, 'sheet' | 'row' | 'column'>;

/** A function that turns a JSON path and a field into the sheet, row and column an analyst sees. */
export function locator(locations: ReadonlyMap<string, Location>): Locate {
  return (path, columnPath) => {
    const loc = locations.get(path);
    if (!loc) return {};
    const column = columnPath === undefined ? undefined : loc.sheet.columns.find((c) => c.path === columnPath || columnPath.startsWith(`${c.path}.`));
    return { sheet: loc.sheet.name, row: loc.row, column: column?.header };
  };
}

const rows = (x: unknown): Row[] => (Array.isArray(x) ? (x as Row[]) : []);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/** Checks across rows and sheets: unique ids, labelled dimensions, references that resolve. */
export function crossChecks(draft: Row, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Pick<Problem, 'sheet' | 'row'>>();
  const unique = (id: unknown, path: string, column = 'id', scope = '') => {
    if (typeof id !== 'string' || !id) return;
    const first = seen.get(scope + id);
    const here = locate(path, column);
    if (first) problems.push({ kind: 'duplicate_id', ...here, params: { value: id, firstRow: first.row ?? '?', firstSheet: first.sheet ?? '' } });
    else seen.set(scope + id, here);
  };
  for (const key of ['facts', 'indicators', 'lists', 'records']) rows(draft[key]).forEach((r, i) => unique(r.id, `${key}.${i}`));
  rows(draft.lists).forEach((l, i) => rows(l.items).forEach((item, j) => unique(item.id, `lists.${i}.items.${j}`, 'id', `list:${str(l.id)}:`)));
  rows(draft.strategicAreas).forEach((a, i) => unique(a.code, `strategicAreas.${i}`, 'code', 'area:'));

  const dims = (draft.dimensions ?? {}) as Record<string, Record<string, unknown>>;
  const orgs = (draft.organizations ?? {}) as Record<string, unknown>;
  const factIds = new Set(rows(draft.facts).map((f) => f.id));
  const unresolved = (value: unknown, path: string, column: string, target: string) =>
    problems.push({ kind: 'unresolved_reference', ...locate(path, column), params: { value: String(value), target } });

  rows(draft.facts).forEach((f, i) => {
    for (const [key, value] of Object.entries((f.dimensions ?? {}) as Record<string, string>)) {
      if (!dims[key]?.[value]) problems.push({ kind: 'dimension_without_label', ...locate(`facts.${i}`, 'dimensions'), params: { value: `${key}=${value}`, dimension: key, dimensionValue: value } });
    }
    if (f.organization !== undefined && !(str(f.organization) in orgs)) unresolved(f.organization, `facts.${i}`, 'organization', S.ORGANIZATIONS.name);
  });
  const source = (draft.source ?? {}) as Row;
  if (source.organization !== undefined && !(str(source.organization) in orgs)) unresolved(source.organization, '', 'source.organization', S.ORGANIZATIONS.name);
  rows(draft.lists).forEach((l, i) =>
    rows(l.items).forEach((item, j) => rows(item.factIds).forEach((id) => factIds.has(id) || unresolved(id, `lists.${i}.items.${j}`, 'factIds', S.FACTS.name))),
  );
  rows(draft.records).forEach((r, i) => rows(r.factIds).forEach((id) => factIds.has(id) || unresolved(id, `records.${i}`, 'factIds', S.FACTS.name)));
  return problems;
}

/**
 * A comparison figure ("anno scorso 11.130") that another dataset of the same organisation states
 * differently for the same year: one of the two is wrong, and the dashboard cannot show both.
 */
export function contradictions(d: Dataset, others: readonly Dataset[], locate: Locate): Problem[] {
  const known = new Map<string, { value: number; dataset: string; id: string }>();
  for (const o of others) {
    if (o.id === d.id) continue;
    for (const f of o.facts) known.set(`${f.year}|${seriesKey(sourced(f, o))}`, { value: f.value, dataset: o.id, id: f.id });
  }
  return d.facts.flatMap((f, i) => {
    const other = known.get(`${f.year}|${seriesKey(sourced(f, d))}`);
    if (!other || other.value === f.value) return [];
    return [{ kind: 'contradiction' as const, ...locate(`facts.${i}`, 'value'), params: { value: f.value, year: f.year, otherValue: other.value, otherDataset: other.dataset, otherId: other.id } }];
  });
}

function sourced(f: Dataset['facts'][number], d: Dataset): SourcedFact {
  return { ...f, sourceId: d.source.id, organization: f.organization ?? d.source.organization, publisher: d.source.organization };
}
