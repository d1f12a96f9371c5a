import { useId } from 'react';
import type { Area } from '../../../data/schema';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFiltersStore } from '../../../store/filters-store';
import type { Slide } from '../utils/deck';
import { presenterMessages } from '../presenter-messages';

export interface FilterOptions {
  years: readonly number[];
  areas: readonly { value: Area; label: string }[];
}

/** Year and area: the store (and so the URL, and so the audience window) changes with them. */
export function PresenterFilters({ options }: { options: FilterOptions }) {
  const t = useMessages(presenterMessages);
  const id = useId();
  const year = useFiltersStore((s) => s.year);
  const area = useFiltersStore((s) => s.area);
  const setYear = useFiltersStore((s) => s.setYear);
  const setArea = useFiltersStore((s) => s.setArea);
  return (
    <fieldset className="presenter-filters">
      <legend>{t.filters}</legend>
      <label htmlFor={`${id}-year`}>{t.year}</label>
      <select id={`${id}-year`} value={year ?? ''} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{t.allYears}</option>
        {options.years.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
      <label htmlFor={`${id}-area`}>{t.area}</label>
      <select id={`${id}-area`} value={area ?? ''} onChange={(e) => setArea((e.target.value || null) as Area | null)}>
        <option value="">{t.allAreas}</option>
        {options.areas.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
      </select>
    </fieldset>
  );
}

/** The deck's slides, each a button that shows it in both windows. */
export function SlideList({ slides, current, onGo }: { slides: readonly Slide[]; current: number; onGo: (n: number) => void }) {
  const t = useMessages(presenterMessages);
  const locale = useLocale();
  // Pages of one panel share its title: "(2/3)" tells them apart, for the eye and for a screen reader.
  const titles = slides.map((s) => s.slide.title[locale]);
  const label = (i: number) => {
    const same = titles.flatMap((x, j) => (x === titles[i] ? [j] : []));
    return same.length > 1 ? `${titles[i]} (${same.indexOf(i) + 1}/${same.length})` : titles[i]!;
  };
  return (
    <nav className="presenter-slide-list" aria-label={t.slides}>
      <ol>
        {slides.map((s, i) => (
          <li key={`${s.view}-${s.slide.id}`}>
            <button type="button" aria-current={i + 1 === current ? 'step' : undefined} onClick={() => onGo(i + 1)}>
              {t.goTo(String(i + 1), label(i))}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
