import type { IndicatorStatus } from '../../../data/schema';
import { useMessages } from '../../../lib/i18n';
import { scorecardMessages } from '../messages';

/** A shape per outcome (tick, cross, question mark), so the status never rests on colour alone. */
export function StatusIcon({ status }: { status: IndicatorStatus }) {
  return (
    <svg className="sc-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7.5" fill="currentColor" />
      {status === 'achieved' && <path d="M4.2 8.3l2.4 2.4 5-5.2" fill="none" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />}
      {status === 'not_achieved' && <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" fill="none" stroke="var(--surface)" strokeWidth="2" strokeLinecap="round" />}
      {status === 'not_stated' && (
        <>
          <path d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.3v.4" fill="none" stroke="var(--surface)" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12" r="1" fill="var(--surface)" />
        </>
      )}
    </svg>
  );
}

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const t = useMessages(scorecardMessages);
  return (
    <span className={`sc-status sc-status-${status}`}>
      <StatusIcon status={status} />
      {t.status[status]}
    </span>
  );
}
