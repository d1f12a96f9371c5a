import type { SourcedFact } from '../../../data/facts';
import type { Locale } from '../../../lib/locale';
import { dimensionKeys, dimensionLabel, findFact, type DimensionLabels, type MembersScope } from './select-members';
import { perFirm, shareOf } from './shares';

/** Key of the computed row of members outside any group (also its value in the URL). */
export const OUTSIDE_KEY = 'fuori';
/** Key of the group table's own total row in the data. */
export const TABLE_TOTAL_KEY = 'total';

export interface GroupRow {
  key: string;
  label: string;
  /** True for the members outside any group: computed, not printed in the source. */
  derived: boolean;
  firms: number | null;
  employees: number | null;
  perFirm: number | null;
  /** Shares of the total members (firms of all firms, employees of all employees), in percent. */
  firmsShare: number | null;
  employeesShare: number | null;
  facts: SourcedFact[];
}

export interface Groups {
  year: number;
  /** The industry groups in the dataset's order, then the members outside any group when there are some. */
  rows: GroupRow[];
  /** Stated member totals (the denominators of every share). */
  totalFirms: number | null;
  totalEmployees: number | null;
  /** The group table's own total row (or, lacking it, the sum of the groups). */
  tableFirms: number | null;
  tableEmployees: number | null;
  tableTotalFrom: 'stated' | 'sum';
  /** The table's total exceeds the member total: nothing can be said about members outside the groups. */
  inconsistent: boolean;
}

const sumOf = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null);
const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * The twelve industry groups with employees per firm and shares of the total members, plus the members
 * outside any group: total members minus the group table's own total row, labelled as computed.
 */
export function buildGroups(scope: MembersScope, dims: DimensionLabels, locale: Locale, outsideLabel: string): Groups | null {
  const keys = dimensionKeys(dims, 'group').filter((k) => k !== TABLE_TOTAL_KEY);
  const found = keys.map((key) => ({
    key,
    firms: findFact(scope.facts, 'members.firms', { group: key }),
    employees: findFact(scope.facts, 'members.employees', { group: key }),
  }));
  const present = found.filter((g) => g.firms || g.employees);
  if (scope.year === null || present.length === 0) return null;

  const totalFirmsFact = findFact(scope.facts, 'members.firms');
  const totalEmployeesFact = findFact(scope.facts, 'members.employees');
  const totalFirms = totalFirmsFact?.value ?? null;
  const totalEmployees = totalEmployeesFact?.value ?? null;
  const tableFirmsFact = findFact(scope.facts, 'members.firms', { group: TABLE_TOTAL_KEY });
  const tableEmployeesFact = findFact(scope.facts, 'members.employees', { group: TABLE_TOTAL_KEY });
  const tableFirms = tableFirmsFact?.value ?? sumOf(present.map((g) => g.firms?.value ?? null));
  const tableEmployees = tableEmployeesFact?.value ?? sumOf(present.map((g) => g.employees?.value ?? null));

  const row = (key: string, label: string, firms: number | null, employees: number | null, derived: boolean, facts: (SourcedFact | undefined)[]): GroupRow => ({
    key,
    label,
    derived,
    firms,
    employees,
    perFirm: perFirm(employees, firms),
    firmsShare: shareOf(firms, totalFirms),
    employeesShare: shareOf(employees, totalEmployees),
    facts: facts.filter((f): f is SourcedFact => f !== undefined),
  });
  const rows = present.map((g) =>
    row(g.key, dimensionLabel(dims, 'group', g.key, locale), g.firms?.value ?? null, g.employees?.value ?? null, false, [g.firms, g.employees]),
  );

  const outFirms = diff(totalFirms, tableFirms);
  const outEmployees = diff(totalEmployees, tableEmployees);
  const inconsistent = (outFirms ?? 0) < 0 || (outEmployees ?? 0) < 0;
  if (!inconsistent && ((outFirms ?? 0) > 0 || (outEmployees ?? 0) > 0)) {
    rows.push(row(OUTSIDE_KEY, outsideLabel, outFirms, outEmployees, true, [totalFirmsFact, tableFirmsFact, totalEmployeesFact, tableEmployeesFact]));
  }
  return {
    year: scope.year,
    rows,
    totalFirms,
    totalEmployees,
    tableFirms,
    tableEmployees,
    tableTotalFrom: tableFirmsFact || tableEmployeesFact ? 'stated' : 'sum',
    inconsistent,
  };
}
