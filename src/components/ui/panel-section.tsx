import type { ReactNode } from 'react';

interface Props {
  /** The view's class prefix ("lab", "cov"): its panel, title id and lead classes. */
  prefix: string;
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
  className?: string;
}

/** A panel of a view: its own h2 (presentation mode shows it alone), an optional lead, then the content. */
export function PanelSection({ prefix, id, title, lead, children, className }: Props) {
  return (
    <section className={`panel ${prefix}-panel ${className ?? ''}`} aria-labelledby={`${prefix}-${id}-title`}>
      <h2 id={`${prefix}-${id}-title`}>{title}</h2>
      {lead && <p className={`${prefix}-lead`}>{lead}</p>}
      {children}
    </section>
  );
}
