import { useMemo, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shellMessages } from '../../../lib/shell-messages';
import { useDatasets } from '../../../data/use-datasets';
import type { Area, Dataset, Territory } from '../../../data/schema';
import { useMessages, useLocale } from '../../../lib/i18n';
import { LOCALES, type Locale } from '../../../lib/locale';
import { useFiltersStore } from '../../../store/filters-store';
import { PARAM, THEMES, type Theme } from '../../../store/url-state';
import type { ViewId } from '../../../lib/views';
import { buildFilterOptions } from '../../../data/filter-options';
import { organizationName } from '../../../data/organizations';
import { buildYearOptions, type Covered } from '../utils/year-options';

/** What a view can show (the app composes it from the views' own declarations). */
export type CoverageOf = (view: ViewId, datasets: readonly Dataset[]) => readonly Covered[];

export function FilterBar({ coverageOf }: { coverageOf: CoverageOf }) {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  const { datasets } = useDatasets();
  const options = useMemo(() => buildFilterOptions(datasets), [datasets]);
  const f = useFiltersStore(useShallow((s) => ({ year: s.year, area: s.area, territory: s.territory, organization: s.organization, lang: s.lang, theme: s.theme })));
  const view = useFiltersStore((s) => s.view);
  const covered = useMemo(() => coverageOf(view, datasets), [coverageOf, view, datasets]);
  // Each year says whose figures this view holds for it under the other filters; a year with none is disabled.
  const years = useMemo(
    () => buildYearOptions(options.years, covered, { year: f.year, area: f.area, territory: f.territory, organization: f.organization }, locale),
    [options.years, covered, f.year, f.area, f.territory, f.organization, locale],
  );
  const set = useFiltersStore(useShallow((s) => ({ setYear: s.setYear, setArea: s.setArea, setTerritory: s.setTerritory, setOrganization: s.setOrganization, setLang: s.setLang, setTheme: s.setTheme, reset: s.resetFilters })));
  const id = useId();
  const [open, setOpen] = useState(false);
  const activeCount = [f.year, f.area, f.territory, f.organization].filter((v) => v !== null).length;
  const active = activeCount > 0;

  return (
    <>
      {/* On phones the filters fold into a panel behind this button; on wider screens it is hidden. */}
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={`${id}-filters`} onClick={() => setOpen((o) => !o)}>
        {t.filters}
        {activeCount > 0 ? ` (${activeCount})` : ''} {open ? '▲' : '▼'}
      </button>
      <form id={`${id}-filters`} className={`filter-bar${open ? '' : ' collapsed'}`} aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t.year}</label>
          <select id={`${id}-year`} name={PARAM.year} value={f.year ?? ''} onChange={(e) => set.setYear(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t.allYears}</option>
            {years.map((y) => (
              <option key={y.year} value={y.year} disabled={y.disabled}>{y.label}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-area`}>{t.area}</label>
          <select id={`${id}-area`} name={PARAM.area} value={f.area ?? ''} onChange={(e) => set.setArea((e.target.value || null) as Area | null)}>
            <option value="">{t.allAreas}</option>
            {options.areas.map((a) => (
              <option key={a} value={a}>{t.areas[a]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-territory`}>{t.territory}</label>
          <select id={`${id}-territory`} name={PARAM.territory} value={f.territory ?? ''} onChange={(e) => set.setTerritory((e.target.value || null) as Territory | null)}>
            <option value="">{t.allTerritories}</option>
            {options.territories.map((x) => (
              <option key={x} value={x}>{t.territories[x]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t.organization}</label>
          <select id={`${id}-org`} name={PARAM.organization} value={f.organization ?? ''} onChange={(e) => set.setOrganization(e.target.value || null)}>
            <option value="">{t.allOrganizations}</option>
            {/* Once chosen, an organization reads by its short name, so the closed select shows it whole. */}
            {options.organizations.map((o) => (
              <option key={o} value={o}>{organizationName(datasets, o, locale, o === f.organization)}</option>
            ))}
          </select>
        </div>
        {/* Always there, so choosing a filter never moves the page; with nothing to clear it says so and keeps its focus. */}
        <button type="button" className="reset" aria-disabled={!active} onClick={active ? set.reset : undefined}>{t.resetFilters}</button>
        <div className="field field-prefs">
          <label htmlFor={`${id}-lang`}>{t.language}</label>
          <select id={`${id}-lang`} name={PARAM.lang} value={f.lang} onChange={(e) => set.setLang(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>{l === 'it' ? 'Italiano' : 'English'}</option>
            ))}
          </select>
        </div>
        <div className="field field-prefs">
          <label htmlFor={`${id}-theme`}>{t.theme}</label>
          <select id={`${id}-theme`} name={PARAM.theme} value={f.theme} onChange={(e) => set.setTheme(e.target.value as Theme)}>
            {THEMES.map((th) => (
              <option key={th} value={th}>{t.themes[th]}</option>
            ))}
          </select>
        </div>
      </form>
    </>
  );
}
