import type { Indicator } from '../../../data/schema';
import { usePresenting } from '../../../components/ui/presenting';
import { useLocale, useMessages } from '../../../lib/i18n';
import { scorecardMessages } from '../messages';
import { useFiltersStore } from '../../../store/filters-store';
import { DETAIL_PARAM } from '../utils/params';

/**
 * Opens an indicator's detail (its own URL: ?indicatore=<id>); the dialog returns focus here. A code two
 * tables share says its table ("1.1.5 · PIRA"). On a slide, its name only.
 */
export function IndicatorButton({ indicator }: { indicator: Indicator & { sharedCode?: boolean } }) {
  const locale = useLocale();
  const t = useMessages(scorecardMessages);
  const code = indicator.sharedCode ? `${indicator.code} · ${t.tableTag[indicator.table]}` : indicator.code;
  const setExtra = useFiltersStore((s) => s.setExtra);
  // A slide names the indicator; its detail opens from the page, not in front of the room.
  if (usePresenting()) {
    return (
      <span className="sc-open">
        <span className="sc-code">{code}</span> <span className="sc-name">{indicator.name[locale]}</span>
      </span>
    );
  }
  return (
    <button type="button" className="sc-open" aria-haspopup="dialog" data-indicator-id={indicator.id} onClick={() => setExtra(DETAIL_PARAM, indicator.id)}>
      <span className="sc-code">{code}</span> <span className="sc-name">{indicator.name[locale]}</span>
    </button>
  );
}
