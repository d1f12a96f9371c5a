import type { Indicator } from '../../../data/schema';
import { useLocale } from '../../../lib/i18n';
import { useFiltersStore } from '../../../store/filters-store';
import { DETAIL_PARAM } from '../utils/params';

/** Opens an indicator's detail (its own URL: ?indicatore=<id>); the dialog returns focus here. */
export function IndicatorButton({ indicator }: { indicator: Indicator }) {
  const locale = useLocale();
  const setExtra = useFiltersStore((s) => s.setExtra);
  return (
    <button type="button" className="sc-open" aria-haspopup="dialog" data-indicator-id={indicator.id} onClick={() => setExtra(DETAIL_PARAM, indicator.id)}>
      <span className="sc-code">{indicator.code}</span> <span className="sc-name">{indicator.name[locale]}</span>
    </button>
  );
}
