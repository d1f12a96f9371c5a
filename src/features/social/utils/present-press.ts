import type { TableModel } from '../../../components/ui/table-model';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { SocialMessages } from '../messages';
import type { BarRow } from './bar-row';
import type { PartsAndTotal } from './parts';

export interface PressView {
  title: string;
  summary: string;
  rows: BarRow[];
  table: TableModel;
}

/** Press items by channel against the stated total; a gap between them is its own computed bar. */
export function presentPress(model: PartsAndTotal, t: SocialMessages, locale: Locale): PressView {
  const share = (v: number | null) => (v === null ? '' : formatPercent(v, locale, 1));
  const rows: BarRow[] = model.parts.map((p) => ({ key: p.key, label: p.label, value: p.value, display: `${formatNumber(p.value, locale)} (${share(p.share)})` }));
  if (model.rest !== null && model.rest !== 0) rows.push({ key: 'rest', label: t.unattributed, value: model.rest, display: formatNumber(model.rest, locale), computed: true });
  const top = model.parts[0];
  const total = model.total?.value ?? model.sum;
  const title = top ? t.pressTitle(top.label, share(top.share), formatNumber(total, locale), String(model.year)) : t.noData;
  const check = model.rest === null ? '' : model.rest === 0 ? t.partsMatch : t.partsRest(formatNumber(model.rest, locale));
  const summary = [model.parts.map((p) => `${p.label}: ${formatNumber(p.value, locale)} (${share(p.share)})`).join('; ') + '.', check].filter(Boolean).join(' ');
  const table: TableModel = {
    columns: [{ key: 'channel', label: t.channel }, { key: 'value', label: t.total, unit: 'number' }, { key: 'share', label: t.share, unit: 'percent' }],
    rows: [
      ...model.parts.map((p) => ({ channel: p.label, value: p.value, share: p.share })),
      ...(model.rest !== null && model.rest !== 0 ? [{ channel: t.unattributed, value: model.rest, share: null }] : []),
      ...(model.total ? [{ channel: t.statedTotal, value: model.total.value, share: 100 }] : []),
    ],
  };
  return { title, summary, rows, table };
}
