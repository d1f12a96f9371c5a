import type { Dataset, Excerpt } from '../schema';
import type { Finding } from './text-types';

function finding(e: Excerpt, quoted: string[], odd: Finding['odd'], lines = e.provenance.line ? [e.provenance.line] : []): Finding {
  return { key: e.id, subject: e.text, lines, section: e.provenance.section, quoted, odd, indicatorIds: e.indicatorId ? [e.indicatorId] : [] };
}

/** The year the words give: the first four-digit number from 1900 to 2099. */
export function yearIn(text: string): number | undefined {
  const m = /\b(19|20)\d{2}\b/.exec(text);
  return m ? Number(m[0]) : undefined;
}

/**
 * Years the text gives its tables (a column heading "Target 2018", "per il 2018" in the reading
 * guide) against the report's own year: those that differ are findings, those that match are
 * kept to be quoted beside them. Undefined when the dataset has no such excerpt.
 */
export function statedYears(dataset: Dataset, excerptKind: string): { findings: Finding[]; agreeing: Finding[] } | undefined {
  const year = dataset.source.year;
  const stated = dataset.excerpts.flatMap((e) => {
    const y = e.kind === excerptKind ? yearIn(e.text) : undefined;
    return y === undefined ? [] : [{ e, y }];
  });
  if (stated.length === 0) return undefined;
  return {
    findings: stated.filter(({ y }) => y !== year).map(({ e, y }) => finding(e, [e.text], [y, year])),
    agreeing: stated.filter(({ y }) => y === year).map(({ e, y }) => finding(e, [e.text], [y])),
  };
}

/** Entry text without the list's own punctuation and spacing: "Bando X 2019;" is "bando x 2019". */
const normal = (text: string) => text.replace(/[\s;,.:–-]+$/u, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The same entry more than once in the list of one indicator's result. Undefined without such lists. */
export function repeatedItems(dataset: Dataset, excerptKind: string): Finding[] | undefined {
  const items = dataset.excerpts.filter((e) => e.kind === excerptKind && e.indicatorId);
  if (items.length === 0) return undefined;
  const lists = new Map<string, Excerpt[]>();
  for (const e of items) lists.set(e.indicatorId!, [...(lists.get(e.indicatorId!) ?? []), e]);
  return [...lists].flatMap(([indicatorId, list]) => {
    const indicator = dataset.indicators.find((i) => i.id === indicatorId);
    const distinct = new Set(list.map((e) => normal(e.text)));
    return [...distinct].flatMap((text): Finding[] => {
      const same = list.filter((e) => normal(e.text) === text);
      if (same.length < 2) return [];
      const lines = same.flatMap((e) => (e.provenance.line ? [e.provenance.line] : []));
      const f = finding(same[0]!, [same[0]!.text], [list.length, distinct.size, same.length], lines);
      return [{ ...f, key: `${indicatorId}:${text}`, subject: indicator?.code ?? same[0]!.provenance.label }];
    });
  });
}
