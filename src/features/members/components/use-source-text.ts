import type { SourcedFact } from '../../../data/facts';
import type { Source } from '../../../data/schema';
import { useMessages } from '../../../lib/i18n';
import { membersMessages } from '../messages';
import { sourcesOf } from '../utils/source-line';

/** The chart's source line: "Fonte: Assolombarda, «Relazione…» · 1 | Gli associati". */
export function useSourceText(facts: readonly SourcedFact[], sources: ReadonlyMap<string, Source>): string {
  const t = useMessages(membersMessages);
  return sourcesOf(facts, sources)
    .map((s) => t.source(s.publisher, s.title, s.sections.join('; ')))
    .join(' — ');
}
