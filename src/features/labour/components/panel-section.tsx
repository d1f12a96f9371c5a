import type { ReactNode } from 'react';

/** A panel of the view: its own h2 (presentation mode shows it alone), an optional lead, then the content. */
export function PanelSection({ id, title, lead, children, className }: { id: string; title: string; lead?: string; children: ReactNode; className?: string }) {
  return (
    <section className={`panel lab-panel ${className ?? ''}`} aria-labelledby={`lab-${id}-title`}>
      <h2 id={`lab-${id}-title`}>{title}</h2>
      {lead && <p className="lab-lead">{lead}</p>}
      {children}
    </section>
  );
}
