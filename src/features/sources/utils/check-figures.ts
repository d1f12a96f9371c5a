import type { CheckResult } from '../../../data/checks';
import type { TableModel } from '../../../components/ui/table-model';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { Territory } from '../../../data/schema';
import { sourcesMessages } from '../messages';
import { findingMessages } from '../finding-messages';
import { amount, plusMinusPoints, points } from './amount';
import { describeDisagreement, isSigned } from './explain-check';

export interface Figure {
  key: string;
  label: string;
  /** Already formatted with lib/format. */
  value: string;
}

/** The check's key numbers as label/value pairs, formatted for the reader. */
export function checkFigures(r: CheckResult, locale: Locale): Figure[] {
  const t = sourcesMessages[locale].numbers;
  if (!r.numbers) return [];
  switch (r.kind) {
    case 'parts-vs-total':
    case 'outside-groups': {
      const n = r.numbers;
      const signed = isSigned(n);
      const outside = r.kind === 'outside-groups';
      return [
        { key: 'sum', label: outside ? t.subset : t.sum, value: amount(n.sum, n.unit, locale, signed) },
        { key: 'total', label: outside ? n.totalLabel[locale] : t.total, value: amount(n.total, n.unit, locale, signed) },
        { key: 'difference', label: outside ? t.outside : t.difference, value: amount(n.difference, n.unit, locale, n.difference !== 0) },
      ];
    }
    case 'stated-vs-computed-growth': {
      const n = r.numbers;
      return [
        { key: 'stated', label: t.stated, value: formatPercent(n.stated, locale) },
        { key: 'computed', label: t.computed, value: formatPercent(n.computed, locale) },
        { key: 'difference', label: t.growthDiff, value: points(n.difference, locale) },
        { key: 'tolerance', label: t.tolerance, value: plusMinusPoints(n.tolerance, locale) },
      ];
    }
    case 'target-vs-result': {
      const n = r.numbers;
      return [
        { key: 'compared', label: t.compared, value: formatNumber(n.compared, locale) },
        { key: 'agreeing', label: t.agreeing, value: formatNumber(n.agreeing, locale) },
        { key: 'disagreeing', label: t.disagreeing, value: formatNumber(n.disagreements.length, locale) },
        { key: 'notComparable', label: t.notComparable, value: formatNumber(n.notComparable, locale) },
      ];
    }
    default: {
      const f = findingMessages[locale];
      return [{ key: 'document', label: f.field.document, value: r.numbers.file }];
    }
  }
}

/** The parts of a parts-vs-total check as a table (raw numbers; the table formats them). */
export function partsTable(r: CheckResult, locale: Locale): TableModel | undefined {
  if ((r.kind !== 'parts-vs-total' && r.kind !== 'outside-groups') || !r.numbers) return undefined;
  const t = sourcesMessages[locale];
  const n = r.numbers;
  return {
    columns: [{ key: 'part', label: t.part }, { key: 'value', label: t.value, unit: n.unit }],
    rows: [
      ...n.parts.map((p) => ({ part: p.label[locale], value: p.value })),
      ...(r.kind === 'parts-vs-total' ? [{ part: t.numbers.sum, value: n.sum }] : []),
      { part: r.kind === 'outside-groups' ? n.totalLabel[locale] : t.numbers.total, value: n.total },
    ],
  };
}

/** One line per indicator whose stated status disagrees with its numbers. */
export function disagreementLines(r: CheckResult, locale: Locale): { id: string; name: string; text: string }[] {
  if (r.kind !== 'target-vs-result' || !r.numbers) return [];
  return r.numbers.disagreements.map((d) => ({ id: d.id, name: d.name[locale], text: describeDisagreement(d, locale) }));
}

/** Where the check applies: the total it checks (for parts), the territory and the year. */
export function checkContext(r: CheckResult, locale: Locale, territoryLabel: (t: Territory) => string): string {
  const bits: string[] = [];
  if ((r.kind === 'parts-vs-total') && r.numbers) bits.push(r.numbers.totalLabel[locale]);
  if (r.scope.territory) bits.push(territoryLabel(r.scope.territory));
  if (r.scope.year !== undefined) bits.push(String(r.scope.year));
  return bits.join(' · ');
}
