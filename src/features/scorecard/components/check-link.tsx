import type { ReactNode } from 'react';
import { ViewLink } from '../../../components/ui/view-link';
import { useMessages } from '../../../lib/i18n';
import { scorecardMessages } from '../messages';

/** A badge that opens the consistency check about it on the Sources view, keeping the filters. */
export function CheckLink({ anchor, children }: { anchor: string; children: ReactNode }) {
  const t = useMessages(scorecardMessages);
  return (
    <ViewLink view="sources" hash={anchor} className="sc-check-link">
      {children}
      <span className="sr-only"> — {t.seeCheck}</span>
    </ViewLink>
  );
}
