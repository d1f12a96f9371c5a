import type { Dataset, Territory } from '../schema';
import { classGaps } from './class-gap';
import { repeatedItems, statedYears } from './excerpt-text';
import {
  frequencyMismatches, measuredAfterYear, namedNotReported, numberingGaps, ratiosCalledGrowth, repeatedCodes, unstatedOutcomes,
} from './indicator-text';
import type { Finding, TextCheckResult, TextSpec } from './text-types';

/** What a reading found, and the places in order beside it; undefined when there was nothing to read. */
type Reading = { findings: Finding[]; agreeing: Finding[] } | undefined;

function read(spec: TextSpec, dataset: Dataset): Reading {
  const ind = dataset.indicators;
  const only = (findings: Finding[] | undefined): Reading => (findings ? { findings, agreeing: [] } : undefined);
  const indicators = (findings: () => Finding[]): Reading => (ind.length === 0 ? undefined : only(findings()));
  switch (spec.kind) {
    case 'repeated-code': return indicators(() => repeatedCodes(ind));
    case 'unstated-outcome': return indicators(() => unstatedOutcomes(ind));
    case 'frequency-mismatch': return indicators(() => frequencyMismatches(ind, spec.periods));
    case 'named-not-reported': return indicators(() => namedNotReported(ind, spec.channels));
    case 'measured-after-year': return indicators(() => measuredAfterYear(ind));
    case 'ratio-called-growth': return indicators(() => ratiosCalledGrowth(ind, spec.growthStem));
    case 'numbering-gap': return indicators(() => numberingGaps(ind, spec.table));
    case 'stated-year': return statedYears(dataset, spec.excerptKind);
    case 'repeated-item': return only(repeatedItems(dataset, spec.excerptKind));
    case 'class-gap': return only(classGaps(dataset, spec.metric, spec.dimension));
  }
}

/**
 * Where the findings are, so the territory filter applies: the territory of the indicators they are
 * about (of the facts, for classes; of the whole report, when they name none), or the most frequent.
 */
function territoryOf(spec: TextSpec, dataset: Dataset, findings: readonly Finding[]): Territory | undefined {
  const ids = new Set(findings.flatMap((f) => f.indicatorIds));
  const territories =
    spec.kind === 'class-gap' ? dataset.facts.filter((f) => f.metric === spec.metric).map((f) => f.territory)
    : dataset.indicators.filter((i) => ids.size === 0 || ids.has(i.id)).map((i) => i.territory);
  const counts = new Map<Territory, number>();
  for (const t of territories) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * One result per dataset: a warning that lists what the reading found, or a pass when it found
 * nothing. A dataset without the indicators, excerpts or labels the reading needs yields no result
 * (runChecks then says the facts are missing).
 */
export function runTextCheck(spec: TextSpec, dataset: Dataset): TextCheckResult[] {
  const reading = read(spec, dataset);
  if (!reading) return [];
  const { findings, agreeing } = reading;
  return [{
    id: `${spec.id}@${dataset.id}`,
    checkId: spec.id,
    kind: spec.kind,
    title: spec.title,
    outcome: findings.length === 0 ? 'pass' : 'warning',
    explanation: findings.length === 0 ? 'source-clean' : 'source-odd',
    sourceIds: [dataset.source.id],
    scope: { year: dataset.source.year, area: spec.area, territory: territoryOf(spec, dataset, findings), organization: dataset.source.organization },
    numbers: { severity: spec.severity, file: dataset.source.file, reportYear: dataset.source.year, findings, agreeing },
  }];
}
