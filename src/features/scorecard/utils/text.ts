import { compareText } from '../../../lib/compare';

/** Case-, accent- and apostrophe-insensitive form of a text, for searching ("Qualità" → "qualita"). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short URL-safe key for a label of the data ("Qualità erogata" → "qualita-erogata"). */
export function slugify(text: string): string {
  return normalizeText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Natural order of dotted codes: "1.1.2" < "1.1.10" < "1.2". */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').filter(Boolean).map(Number);
  const pb = b.split('.').filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (Number.isNaN(x) || Number.isNaN(y)) return compareText(a, b);
    if (x !== y) return x - y;
  }
  return 0;
}
