import type { ReactNode } from 'react';
import { shellMessages } from '../../lib/shell-messages';
import type { DataLoadError } from '../../data/fetch-json';
import { useMessages } from '../../lib/i18n';
import { DataErrors } from './data-errors';
import { PanelList, type PanelDef } from './panel';

interface Props {
  id: string;
  title: string;
  lead: string;
  errors: readonly DataLoadError[];
  isLoading: boolean;
  /** Shown above the panels when the filters leave the whole view empty. */
  empty?: ReactNode;
  panels: readonly PanelDef[];
  /** False when the view has nothing to draw them from (its empty state stands alone). */
  showPanels?: boolean;
  className?: string;
  /** After the panels: what the view adds to them (a dialog). */
  children?: ReactNode;
}

/** What every view is: a titled section, its data errors, its loading or empty state, then its panels. */
export function ViewFrame({ id, title, lead, errors, isLoading, empty, panels, showPanels = true, className, children }: Props) {
  const s = useMessages(shellMessages);
  return (
    <section aria-labelledby={`${id}-title`} className={`view ${className ?? ''}`.trim()}>
      <h1 id={`${id}-title`}>{title}</h1>
      <p className="lead" id={`${id}-lead`}>{lead}</p>
      <DataErrors errors={errors} />
      {/* Panels wait for the data: drawn empty first and then full, they would push the page about. */}
      {isLoading ? <p role="status">{s.loading}</p> : <>{empty}{showPanels && <PanelList panels={panels} />}</>}
      {children}
    </section>
  );
}
