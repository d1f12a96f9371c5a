import { datasetSchema, type Dataset } from '../schema';
import { assemble } from './assemble';
import type { Table } from './cells';
import { contradictions, crossChecks, locator } from './checks';
import type { Problem } from './problems';

export type WorkbookResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * The one validation of a workbook, for the command line and the browser alike: cells, then
 * rows across sheets, then the dataset schema, then the other datasets (a comparison figure
 * that contradicts them). Every problem is found before anything is returned.
 */
export function validateTables(tables: readonly Table[], others: readonly Dataset[] = []): WorkbookResult {
  const problems: Problem[] = [];
  const { draft, locations } = assemble(tables, problems);
  const locate = locator(locations);
  problems.push(...crossChecks(draft, locate));
  if (problems.length) return { ok: false, problems };

  const parsed = datasetSchema.safeParse(draft);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ kind: 'invalid', ...locateIssue(issue.path, locate), params: { detail: issue.message } })),
    };
  }
  const against = contradictions(parsed.data, others, locate);
  return against.length ? { ok: false, problems: against } : { ok: true, dataset: parsed.data };
}

/** A schema issue's path (["facts", 3, "label", "it"]) as the deepest row that holds it and the rest as its column. */
function locateIssue(path: readonly PropertyKey[], locate: ReturnType<typeof locator>): Pick<Problem, 'sheet' | 'row' | 'column'> {
  const keys = path.map(String);
  for (let n = keys.length; n >= 0; n--) {
    const found = locate(keys.slice(0, n).join('.'), keys.slice(n).join('.'));
    if (found.sheet) return found;
  }
  return {};
}
