import type { ComponentType } from 'react';
import { PanelBoundary } from './panel-boundary';

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

export function PanelList({ panels }: { panels: readonly PanelDef[] }) {
  return (
    <>
      {panels.map(({ id, title, Component }) => (
        <div key={id} data-panel={id} className="panel-slot">
          <PanelBoundary name={title.it}>
            <Component />
          </PanelBoundary>
        </div>
      ))}
    </>
  );
}
