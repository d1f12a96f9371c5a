import type { Locale } from '../lib/locale';
import type { Dataset } from './schema';

/**
 * An organization's name from the datasets that declare it, never its key: the short form when
 * asked and declared ("Camera di commercio"), else the full name. A key no dataset declares
 * reads as itself only when no data has loaded (there is then nothing better to say).
 */
export function organizationName(datasets: readonly Pick<Dataset, 'organizations'>[], key: string, locale: Locale, short = false): string {
  const org = datasets.map((d) => d.organizations[key]).find(Boolean);
  if (!org) return key;
  return (short ? org.short?.[locale] : undefined) ?? org[locale];
}

/**
 * The publisher as the reader's language names it: the organization's name when the source's publisher
 * is that organization ("Milan Monza Brianza Lodi Chamber of Commerce"), else as printed (a list of promoters).
 */
export function publisherName(source: Pick<Dataset['source'], 'publisher' | 'organization'>, organizations: Dataset['organizations'], locale: Locale): string {
  const org = organizations[source.organization];
  return org && org.it === source.publisher ? org[locale] : source.publisher;
}
