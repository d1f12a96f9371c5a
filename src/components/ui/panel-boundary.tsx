import type { ReactNode } from 'react';
import { useMessages } from '../../lib/i18n';
import { ErrorBoundary } from './error-boundary';
import { uiMessages } from './messages';

/** Wrap every panel: an error inside shows a message and a retry button in place of the panel only. */
export function PanelBoundary({ children, name }: { children: ReactNode; name?: string }) {
  const t = useMessages(uiMessages);
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div role="alert" className="panel panel-error">
          <p>
            <strong>{name ? `${name}: ` : ''}</strong>
            {t.panelError}
          </p>
          <p className="muted">{error.message}</p>
          <button type="button" onClick={retry}>
            {t.retry}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
