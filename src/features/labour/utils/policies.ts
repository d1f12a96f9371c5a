import { matchesFilters, type FactFilters, type SourcedFact } from '../../../data/facts';
import type { Qualifier, Territory, Unit } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { Scoped } from './context';
import type { DataList } from '../../../data/schema';

export const POLICY_LIST_KIND = 'policies';
export const BUDGET_METRIC = 'policy.budget';

export interface PolicyBudget {
  factId: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  year: number;
  territory: Territory;
  section: string;
  label: string;
}

export interface PolicyRow {
  id: string;
  label: string;
  detail?: string;
  /** Absent when the source gives no amount for this policy. */
  budget?: PolicyBudget;
}

/**
 * The complementary policies joined with their budgets (the facts an item points at).
 * A policy shows when its list passes the filters, or when its budget does (e.g. territory «italia»
 * shows the national plan); the budget itself is the policy's attribute, read from all facts.
 */
export function joinPolicyBudgets(lists: readonly Scoped<DataList>[], all: readonly SourcedFact[], filters: FactFilters, locale: Locale): PolicyRow[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  return lists
    .filter((l) => l.kind === POLICY_LIST_KIND)
    .flatMap((list) => {
      const listVisible = matchesFilters(list, filters);
      return list.items.flatMap((item) => {
        const fact = (item.factIds ?? []).map((id) => byId.get(id)).find((f) => f?.metric === BUDGET_METRIC);
        if (!listVisible && !(fact && matchesFilters(fact, filters))) return [];
        const row: PolicyRow = { id: item.id, label: item.label[locale], detail: item.detail?.[locale] };
        if (fact) {
          row.budget = {
            factId: fact.id, value: fact.value, unit: fact.unit, qualifier: fact.qualifier, year: fact.year,
            territory: fact.territory, section: fact.provenance.section, label: fact.provenance.label,
          };
        }
        return [row];
      });
    });
}
