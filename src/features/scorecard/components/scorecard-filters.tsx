import { useId } from 'react';
import { useMessages } from '../../../lib/i18n';
import { useFiltersStore } from '../../../store/filters-store';
import { scorecardMessages } from '../messages';
import { STATUSES, TAGS, type FilterOptions, type Option, type ScorecardFilters, type ScorecardParam } from '../utils/params';

interface Props {
  filters: ScorecardFilters;
  options: FilterOptions;
  /** The search box shows what was typed; the filter uses the trimmed text. */
  rawQuery: string;
}

/** The scorecard's own filters; every value lives in the URL (sa, stato, tipo, tag, unita, q). */
export function ScorecardFiltersForm({ filters, options, rawQuery }: Props) {
  const t = useMessages(scorecardMessages);
  const setExtra = useFiltersStore((s) => s.setExtra);
  const id = useId();
  const select = (name: Exclude<ScorecardParam, 'q'>, list: readonly Option[]) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t.filter[name]}</label>
      <select id={`${id}-${name}`} value={filters[name] ?? ''} onChange={(e) => setExtra(name, e.target.value || null)}>
        <option value="">{t.all[name]}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="sc-filters" aria-label={t.filtersLabel} role="search" onSubmit={(e) => e.preventDefault()}>
      {select('sa', options.areas)}
      {select('stato', STATUSES.map((s) => ({ value: s, label: t.status[s] })))}
      {select('tipo', options.types)}
      {select('tag', TAGS.map((tag) => ({ value: tag, label: tag })))}
      {select('unita', options.units)}
      <div className="field sc-search">
        <label htmlFor={`${id}-q`}>{t.filter.q}</label>
        <input id={`${id}-q`} type="search" value={rawQuery} maxLength={100} autoComplete="off" onChange={(e) => setExtra('q', e.target.value || null)} />
      </div>
    </form>
  );
}

/** Clears the six scorecard parameters in one step (one history entry, not six). */
export function clearScorecardFilters() {
  useFiltersStore.getState().patchExtra({ sa: null, stato: null, tipo: null, tag: null, unita: null, q: null });
}
