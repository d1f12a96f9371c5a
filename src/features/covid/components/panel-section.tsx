import type { ReactNode } from 'react';

/** A panel of the view: its own h2 (presentation mode shows it alone), an optional lead, then the content. */
export function PanelSection({ id, title, lead, children, className }: { id: string; title: string; lead?: string; children: ReactNode; className?: string }) {
  return (
    <section className={`panel cov-panel ${className ?? ''}`} aria-labelledby={`cov-${id}-title`}>
      <h2 id={`cov-${id}-title`}>{title}</h2>
      {lead && <p className="cov-lead">{lead}</p>}
      {children}
    </section>
  );
}
