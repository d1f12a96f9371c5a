import type { SourcedFact } from '../../../data/facts';
import type { Source } from '../../../data/schema';

export interface SourceRef {
  title: string;
  publisher: string;
  /** Sections of the source the facts come from, in order of first appearance. */
  sections: string[];
}

/** Where a chart's facts come from, one entry per source document. */
export function sourcesOf(facts: readonly SourcedFact[], sources: ReadonlyMap<string, Source>): SourceRef[] {
  const byId = new Map<string, SourceRef>();
  for (const f of facts) {
    const src = sources.get(f.sourceId);
    const ref = byId.get(f.sourceId) ?? { title: src?.title ?? f.sourceId, publisher: src?.publisher ?? '', sections: [] };
    if (!ref.sections.includes(f.provenance.section)) ref.sections.push(f.provenance.section);
    byId.set(f.sourceId, ref);
  }
  return [...byId.values()];
}
