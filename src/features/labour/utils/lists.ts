import { matchesFilters, type FactFilters, type SourcedFact } from '../../../data/facts';
import type { DataList, Qualifier, Unit } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { Scoped } from './context';

/** The four lists of the strengths/weaknesses/opportunities/risks panel, in reading order. */
export const SWOT_KINDS = ['strengths', 'weaknesses', 'opportunities', 'risks'] as const;

export interface LinkedFigure {
  id: string;
  label: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  year: number;
}

export interface ListItemModel {
  id: string;
  label: string;
  detail?: string;
  /** Figures the item points at (e.g. the EU estimate behind a risk). */
  figures: LinkedFigure[];
}

export interface ListGroup {
  kind: string;
  id: string;
  title: string;
  year: number;
  items: ListItemModel[];
}

/**
 * The lists of the given kinds, one group per kind in the order asked (lists of the same kind from several
 * years or sources are merged in data order). An item shows when its list passes the filters, or when a
 * figure it points at does (territory «ue» shows the risk quoting the EU estimate); empty kinds are left out.
 */
export function groupLists(
  lists: readonly Scoped<DataList>[],
  kinds: readonly string[],
  all: readonly SourcedFact[],
  filters: FactFilters,
  locale: Locale,
): ListGroup[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  return kinds.flatMap((kind) => {
    const ofKind = lists.filter((l) => l.kind === kind);
    const items = ofKind.flatMap((l) => {
      const listVisible = matchesFilters(l, filters);
      return l.items.flatMap((item) => {
        const facts = (item.factIds ?? []).flatMap((id) => byId.get(id) ?? []);
        if (!listVisible && !facts.some((f) => matchesFilters(f, filters))) return [];
        const figures = facts.map((f) => ({ id: f.id, label: f.label[locale], value: f.value, unit: f.unit, qualifier: f.qualifier, year: f.year }));
        return [{ id: item.id, label: item.label[locale], detail: item.detail?.[locale], figures }];
      });
    });
    const first = ofKind[0];
    return first && items.length > 0 ? [{ kind, id: first.id, title: first.title[locale], year: first.year, items }] : [];
  });
}
