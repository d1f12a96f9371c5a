import { useFilterSummary } from '../../../store/use-filter-summary';
import { formatDate } from '../../../lib/format';
import { useClientValue } from '../../../lib/use-client-value';
import { useLocale, useMessages } from '../../../lib/i18n';
import { exportMessages } from '../messages';

/** Shown only on paper: what this report is, with which filters, printed when. */
export function PrintHeader({ title }: { title: string }) {
  const t = useMessages(exportMessages);
  const locale = useLocale();
  const filters = useFilterSummary();
  const today = useClientValue(() => new Date().toISOString().slice(0, 10), '');
  return (
    <div className="print-only print-header">
      <p className="print-title">Cruscotto — {title}</p>
      <p>
        {t.filters}: {filters.length ? filters.join(' · ') : t.noFilters}
        {today && ` · ${t.printedOn(formatDate(today, locale))}`}
      </p>
    </div>
  );
}
