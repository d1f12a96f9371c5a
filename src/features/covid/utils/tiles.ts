import type { TileSpec } from '../../../data/kpi';
import type { Area } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { ScopedList } from './context';

export const TASK_FORCE_TILES: readonly TileSpec[] = [
  { metric: 'covid.consultations' },
  { metric: 'covid.disputes.individual' },
  { metric: 'covid.disputes.collective' },
  { metric: 'covid.disputes.collective.workers' },
];

export const OUTREACH_TILES: readonly TileSpec[] = [
  { metric: 'covid.webinars' },
  { metric: 'covid.webinars.participants' },
  { metric: 'covid.control_center.views' },
];

export const SERVICES_TILES: readonly TileSpec[] = [
  { metric: 'services.firms_supported' },
  { metric: 'services.firms_supported.multi_service_share' },
  { metric: 'services.events', dimensions: { format: 'in_person' } },
  { metric: 'services.events', dimensions: { format: 'webinar' } },
  { metric: 'services.revenue' },
];

export interface ListModel {
  id: string;
  title: string;
  items: { id: string; label: string }[];
}

/** The visible lists of one kind within one area (the same kind exists for Covid and for the services company). */
export function listsOf(lists: readonly ScopedList[], kind: string, area: Area, locale: Locale): ListModel[] {
  return lists
    .filter((l) => l.kind === kind && l.area === area)
    .map((l) => ({ id: l.id, title: l.title[locale], items: l.items.map((i) => ({ id: i.id, label: i.label[locale] })) }));
}
