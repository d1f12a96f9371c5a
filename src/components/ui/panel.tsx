import { useState, type ComponentType } from 'react';
import { EmptyPanels, EmptyPanelsContext } from './empty-panels';
import { useProgressiveCount } from './deferred-mount';
import { PanelBoundary } from './panel-boundary';
import { PanelNameContext } from './panel-name';

/**
 * A view is an ordered list of panels (tile rows, charts, tables). The view renders them all;
 * presentation mode renders one per slide. Each panel reads its own data and filters through hooks.
 */
export interface PanelDef {
  /** Stable id, unique within its view (used in slide URLs and tests). */
  id: string;
  /** Short bilingual title for the slide list and the presenter's overview. */
  title: { it: string; en: string };
  Component: ComponentType;
}

/** Panels rendered with the data; the rest follow one per frame (useProgressiveCount). */
const FIRST_PANELS = 2;

export function PanelList({ panels }: { panels: readonly PanelDef[] }) {
  const shown = useProgressiveCount(panels.length, FIRST_PANELS);
  // The view's panels with nothing to show fold into one line (see EmptyPanelLine).
  const [empties] = useState(() => new EmptyPanels());
  return (
    <EmptyPanelsContext value={empties}>
      {panels.slice(0, shown).map(({ id, title, Component }) => (
        <div key={id} data-panel={id} className="panel-slot">
          <PanelBoundary name={title.it}>
            <PanelNameContext value={title}>
              <Component />
            </PanelNameContext>
          </PanelBoundary>
        </div>
      ))}
    </EmptyPanelsContext>
  );
}
