import type { Dataset } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';

/** Label of a dimension value, read from the datasets (first dataset that names it wins); the key otherwise. */
export type DimensionLabels = (dimension: string, key: string) => string;

export function dimensionLabels(datasets: readonly Pick<Dataset, 'dimensions'>[], locale: Locale): DimensionLabels {
  return (dimension, key) => {
    for (const d of datasets) {
      const text = d.dimensions[dimension]?.[key];
      if (text) return text[locale];
    }
    return key;
  };
}

export function organizationLabel(datasets: readonly Pick<Dataset, 'organizations'>[], key: string, locale: Locale): string {
  return datasets.map((d) => d.organizations[key]).find(Boolean)?.[locale] ?? key;
}
