import { useLocale, useMessages } from '../../../lib/i18n';
import { presentationMessages } from '../messages';

export interface TitleSlideProps {
  /** "Riunione" or the view's name. */
  deckName: string;
  organisations: readonly string[];
  /** The filters in force, in words. */
  filtersSummary: string;
  /** The data's date, formatted, when the manifest gives one. */
  updated?: string;
}

/** The first slide of every deck: what the room is about to see, whose figures, under which filters. */
export function TitleSlide({ deckName, organisations, filtersSummary, updated }: TitleSlideProps) {
  const t = useMessages(presentationMessages);
  const locale = useLocale();
  return (
    <section className="title-slide" aria-labelledby="title-slide-name" lang={locale}>
      <p className="title-slide-product">{t.product}</p>
      <h2 id="title-slide-name">{deckName}</h2>
      <ul className="title-slide-orgs" aria-label={t.organisations}>
        {organisations.map((o) => <li key={o}>{o}</li>)}
      </ul>
      <p className="title-slide-filters">{filtersSummary || t.noFilters}</p>
      {updated && <p className="title-slide-date">{t.dataAsOf(updated)}</p>}
    </section>
  );
}
