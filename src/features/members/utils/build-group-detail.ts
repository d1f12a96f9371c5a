import type { TileModel } from '../../../data/kpi';
import type { Source } from '../../../data/schema';
import type { GroupRow, Groups } from './build-groups';
import { sortGroups } from './group-sort';

export interface GroupDetail {
  row: GroupRow;
  /** Rank among the groups (1 = largest); null for the computed row. */
  rankFirms: number | null;
  rankEmployees: number | null;
  groupCount: number;
  /** For the computed row: the two figures it is the difference of. */
  derivation: { totalFirms: number | null; tableFirms: number | null; totalEmployees: number | null; tableEmployees: number | null } | null;
  sources: TileModel['source'][];
}

/** The selected group's figures, ranks and provenance; null when the key is not among the rows. */
export function buildGroupDetail(groups: Groups, key: string | null, sources: ReadonlyMap<string, Source>): GroupDetail | null {
  const row = groups.rows.find((r) => r.key === key);
  if (!row) return null;
  const rankIn = (metric: 'firms' | 'employees') => {
    if (row.derived || row[metric] === null) return null;
    return sortGroups(groups.rows, metric, 'value').findIndex((r) => r.key === row.key) + 1;
  };
  return {
    row,
    rankFirms: rankIn('firms'),
    rankEmployees: rankIn('employees'),
    groupCount: groups.rows.filter((r) => !r.derived).length,
    derivation: row.derived
      ? { totalFirms: groups.totalFirms, tableFirms: groups.tableFirms, totalEmployees: groups.totalEmployees, tableEmployees: groups.tableEmployees }
      : null,
    sources: row.facts.map((f) => {
      const src = sources.get(f.sourceId);
      return { id: f.id, title: src?.title ?? f.sourceId, publisher: src?.publisher ?? '', section: f.provenance.section, label: f.provenance.label };
    }),
  };
}
