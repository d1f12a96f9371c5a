import { useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFiltersStore } from '../../../store/filters-store';
import { useScorecard } from '../hooks/use-scorecard';
import { scorecardMessages } from '../messages';
import { buildIndicatorDetail } from '../utils/indicator-detail';
import { DETAIL_PARAM } from '../utils/params';
import { StatusBadge } from './status-badge';

/**
 * An indicator's detail as a native modal dialog driven by the URL (?indicatore=<id>): a deep link opens it,
 * Esc or "Chiudi" close it and clear the parameter, and focus goes back to the button that opened it
 * (after a deep link: the indicator's row).
 */
export function IndicatorDialog() {
  const t = useMessages(scorecardMessages);
  const locale = useLocale();
  const { indicators, areas, sources } = useScorecard();
  const wanted = useFiltersStore((s) => s.extra[DETAIL_PARAM]);
  const setExtra = useFiltersStore((s) => s.setExtra);
  const indicator = wanted ? indicators.find((i) => i.id === wanted) : undefined;
  const detail = useMemo(() => (indicator ? buildIndicatorDetail(indicator, areas, sources.get(indicator.sourceId), t, locale) : null), [indicator, areas, sources, t, locale]);
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const lastId = useRef<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (indicator && !dialog.open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body && !dialog.contains(active) ? active : null;
      lastId.current = indicator.id;
      dialog.showModal();
    } else if (!indicator && dialog.open) dialog.close();
  }, [indicator]);

  const onClose = () => {
    if (useFiltersStore.getState().extra[DETAIL_PARAM]) setExtra(DETAIL_PARAM, null);
    const row = lastId.current ? document.querySelector<HTMLElement>(`[data-indicator-id="${CSS.escape(lastId.current)}"]`) : null;
    const target = opener.current?.isConnected ? opener.current : (row ?? document.getElementById('main'));
    target?.focus();
    opener.current = null;
  };
  // A click on the backdrop (the dialog box itself, outside its content) closes it too.
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) e.currentTarget.close();
  };

  return (
    <dialog ref={ref} className="sc-dialog" aria-labelledby={titleId} onClose={onClose} onClick={onClick}>
      {detail && indicator && (
        <div className="sc-dialog-body">
          <header className="sc-dialog-head">
            <h2 id={titleId}>{detail.title}</h2>
            <button type="button" onClick={() => ref.current?.close()}>{t.close}</button>
          </header>
          {detail.inconsistency && <p className="sc-warning">{detail.inconsistency}</p>}
          <dl className="sc-detail">
            {detail.fields.map((f) => (
              <div key={f.key} className={`sc-detail-${f.key}`}>
                <dt>{f.label}</dt>
                <dd lang={f.lang}>
                  {f.key === 'status' ? <StatusBadge status={indicator.status} /> : Array.isArray(f.value) ? f.value.join(' · ') : f.value}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </dialog>
  );
}
