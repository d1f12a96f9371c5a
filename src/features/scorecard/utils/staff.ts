import { factsByDimension, filterFacts, queryFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import type { Dataset } from '../../../data/schema';
import type { TableModel } from '../../../components/ui/table-model';
import type { Locale } from '../../../lib/locale';

export interface StaffRow {
  key: string;
  label: string;
  posts: number;
  filled: number;
  vacant: number;
}

export interface StaffModel {
  rows: StaffRow[];
  /** Totals as the document states them (the sum of the rows when it states none). */
  posts: number;
  filled: number;
  /** The rows add up to the stated totals. */
  sumsMatch: boolean;
  year: number;
  asOf?: string;
  sourceId: string;
  section: string;
  /** The category with the most vacant posts (first in the document's order on a tie). */
  mostVacant?: StaffRow;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Posts and filled posts per staff category, under the global filters; null when the filters leave none. */
export function buildStaff(facts: readonly SourcedFact[], datasets: readonly Dataset[], filters: FactFilters, locale: Locale): StaffModel | null {
  const visible = filterFacts(facts, filters);
  const posts = factsByDimension(visible, 'staff.posts', 'category');
  if (posts.length === 0) return null;
  const year = Math.max(...posts.map((f) => f.year));
  const org = posts.find((f) => f.year === year)!.organization;
  const sameSeries = (f: SourcedFact) => f.year === year && f.organization === org;
  const filled = factsByDimension(visible, 'staff.filled', 'category').filter(sameSeries);
  const labels = Object.assign({}, ...datasets.map((d) => d.dimensions.category ?? {})) as Record<string, { it: string; en: string }>;
  const rows = posts.filter(sameSeries).map((p) => {
    const key = p.dimensions!.category!;
    const f = filled.find((x) => x.dimensions?.category === key)?.value ?? 0;
    return { key, label: labels[key]?.[locale] ?? key, posts: p.value, filled: f, vacant: p.value - f };
  });
  const totalPosts = queryFacts(visible, { metric: 'staff.posts', year, organization: org })[0];
  const totalFilled = queryFacts(visible, { metric: 'staff.filled', year, organization: org })[0];
  const sumPosts = sum(rows.map((r) => r.posts));
  const sumFilled = sum(rows.map((r) => r.filled));
  const first = posts.find(sameSeries)!;
  const mostVacant = rows.reduce<StaffRow | undefined>((m, r) => (!m || r.vacant > m.vacant ? r : m), undefined);
  return {
    rows,
    posts: totalPosts?.value ?? sumPosts,
    filled: totalFilled?.value ?? sumFilled,
    sumsMatch: (totalPosts?.value ?? sumPosts) === sumPosts && (totalFilled?.value ?? sumFilled) === sumFilled,
    year,
    asOf: first.asOf,
    sourceId: first.sourceId,
    section: first.provenance.section,
    mostVacant,
  };
}

export interface StaffTableLabels {
  category: string;
  posts: string;
  filled: string;
  vacant: string;
  total: string;
}

export function staffTable(model: StaffModel, l: StaffTableLabels): TableModel {
  return {
    columns: [
      { key: 'category', label: l.category },
      { key: 'posts', label: l.posts, unit: 'number' },
      { key: 'filled', label: l.filled, unit: 'number' },
      { key: 'vacant', label: l.vacant, unit: 'number' },
    ],
    rows: [
      ...model.rows.map((r) => ({ category: r.label, posts: r.posts, filled: r.filled, vacant: r.vacant })),
      { category: l.total, posts: model.posts, filled: model.filled, vacant: model.posts - model.filled },
    ],
  };
}
