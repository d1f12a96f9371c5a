import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import { family } from '../data/family';
import type { FactFilters } from '../data/facts';
import type { Dataset } from '../data/schema';
import { useDatasets, type DataState } from '../data/use-datasets';
import { useLocale } from '../lib/i18n';
import type { Locale } from '../lib/locale';
import { useFactFilters } from './filters-store';

/**
 * How a view's model is made, in two pure steps: what depends on the data alone (facts flattened and
 * indexed, checks run), then the model for the filters and language. `build(prepare(datasets), filters,
 * locale)` is the view's `build<View>Model(datasets, filters, locale)`.
 */
export interface ViewModelSpec<P, M> {
  /** The report series the view reads (every dataset when absent). */
  datasets?: readonly string[];
  prepare: (datasets: readonly Dataset[]) => P;
  build: (prepared: P, filters: FactFilters, locale: Locale) => M;
}

/** What a view and its panels read: the load state of the view's datasets and the model. */
export type ViewData<M> = DataState & { model: M };

export interface ViewModel<M> {
  /** The memoised selector: the model for these inputs, built once per change of (datasets, filters, locale). */
  select: (datasets: readonly Dataset[], filters: FactFilters, locale: Locale) => M;
  /** For the view component: its data and model, under the current filters and language. */
  useView: () => ViewData<M>;
  /** For a panel: what the view (or the slide's wrapper) provides. */
  use: () => ViewData<M>;
  Provider: ComponentType<{ value: ViewData<M>; children: ReactNode }>;
  /** A panel that gets its model where it is drawn: from its view, else (on a slide) from the same selector. */
  withModel: <Props extends object>(Panel: ComponentType<Props>) => ComponentType<Props>;
}

/** Models kept per view: one per language and filters a deck or a presenter may ask for at once. */
const KEPT = 4;

const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameFilters = (a: FactFilters, b: FactFilters) => a.year === b.year && a.area === b.area && a.territory === b.territory && a.organization === b.organization;

/**
 * One view's memoised model. The view calls `useView()` once and provides the result; its panels read
 * it with `use()`. A panel drawn on a slide has no view above it: `withModel` calls the same selector,
 * so the slides of a view share one computation.
 */
export function createViewModel<P, M>(spec: ViewModelSpec<P, M>): ViewModel<M> {
  let prepared: { datasets: readonly Dataset[]; value: P } | null = null;
  let built: { filters: FactFilters; locale: Locale; model: M }[] = [];

  const select = (all: readonly Dataset[], filters: FactFilters, locale: Locale): M => {
    const families = spec.datasets?.map(family);
    const datasets = families ? all.filter((d) => families.includes(family(d.id))) : all;
    if (!prepared || !sameList(prepared.datasets, datasets)) {
      prepared = { datasets, value: spec.prepare(datasets) };
      built = [];
    }
    const hit = built.find((b) => b.locale === locale && sameFilters(b.filters, filters));
    if (hit) return hit.model;
    const model = spec.build(prepared.value, filters, locale);
    built = [{ filters, locale, model }, ...built].slice(0, KEPT);
    return model;
  };

  const useView = (): ViewData<M> => {
    const data = useDatasets(spec.datasets);
    const filters = useFactFilters();
    const locale = useLocale();
    const model = select(data.datasets, filters, locale);
    return useMemo(() => ({ ...data, model }), [data, model]);
  };

  const Context = createContext<ViewData<M> | null>(null);
  const use = (): ViewData<M> => {
    const value = useContext(Context);
    if (!value) throw new Error('A panel needs its view model: render it inside its view, or wrap it with withModel');
    return value;
  };
  const Provider = ({ value, children }: { value: ViewData<M>; children: ReactNode }) => <Context value={value}>{children}</Context>;
  const Own = ({ children }: { children: ReactNode }) => <Context value={useView()}>{children}</Context>;

  const withModel = <Props extends object>(Panel: ComponentType<Props>): ComponentType<Props> => {
    const WithModel = (props: Props) => {
      const provided = useContext(Context);
      return provided ? <Panel {...props} /> : <Own><Panel {...props} /></Own>;
    };
    WithModel.displayName = `WithModel(${Panel.displayName ?? Panel.name})`;
    return WithModel;
  };

  return { select, useView, use, Provider, withModel };
}
