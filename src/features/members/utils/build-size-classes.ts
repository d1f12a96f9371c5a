import type { SourcedFact } from '../../../data/facts';
import type { Locale } from '../../../lib/locale';
import { dimensionKeys, dimensionLabel, findFact, type DimensionLabels, type MembersScope } from './select-members';
import { perFirm, shareOf } from './shares';

export interface SizeClassRow {
  key: string;
  /** The class with its range as the source prints it (from dataset.dimensions.sizeClass). */
  label: string;
  firms: number | null;
  employees: number | null;
  /** Shares of the total members, in percent. */
  firmsShare: number | null;
  employeesShare: number | null;
  perFirm: number | null;
  facts: SourcedFact[];
}

export interface SizeClasses {
  rows: SizeClassRow[];
  totalFirms: number | null;
  totalEmployees: number | null;
  /** Whether the shares are of the stated totals or, lacking them, of the classes' sum. */
  totalsFrom: 'stated' | 'sum';
}

/** Firms and employees per size class, with their shares of the member totals. */
export function buildSizeClasses(scope: MembersScope, dims: DimensionLabels, locale: Locale): SizeClasses | null {
  const keys = dimensionKeys(dims, 'sizeClass');
  const found = keys.map((key) => ({
    key,
    firms: findFact(scope.facts, 'members.firms', { sizeClass: key }),
    employees: findFact(scope.facts, 'members.employees', { sizeClass: key }),
  }));
  const present = found.filter((c) => c.firms || c.employees);
  if (present.length === 0) return null;

  const statedFirms = findFact(scope.facts, 'members.firms')?.value;
  const statedEmployees = findFact(scope.facts, 'members.employees')?.value;
  const sum = (vals: (number | undefined)[]) => (vals.some((v) => v !== undefined) ? vals.reduce<number>((s, v) => s + (v ?? 0), 0) : null);
  const totalFirms = statedFirms ?? sum(present.map((c) => c.firms?.value));
  const totalEmployees = statedEmployees ?? sum(present.map((c) => c.employees?.value));

  const rows = present.map(({ key, firms, employees }) => ({
    key,
    label: dimensionLabel(dims, 'sizeClass', key, locale),
    firms: firms?.value ?? null,
    employees: employees?.value ?? null,
    firmsShare: shareOf(firms?.value, totalFirms),
    employeesShare: shareOf(employees?.value, totalEmployees),
    perFirm: perFirm(employees?.value, firms?.value),
    facts: [firms, employees].filter((f): f is SourcedFact => f !== undefined),
  }));
  return { rows, totalFirms, totalEmployees, totalsFrom: statedFirms !== undefined && statedEmployees !== undefined ? 'stated' : 'sum' };
}
