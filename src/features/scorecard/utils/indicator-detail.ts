import type { Source, StrategicArea } from '../../../data/schema';
import { formatNumber, formatPercent, formatValue } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { ScorecardMessages } from '../messages';
import type { ScorecardIndicator } from './scorecard-data';
import { computeShortfall, isInconsistent } from './shortfall';
import { shortfallText } from './shortfall-text';
import { localText } from './localize';

export interface DetailField {
  key: string;
  label: string;
  value: string | string[];
  /** Set when the value is the document's Italian text shown in an English interface. */
  lang?: 'it';
}

export interface IndicatorDetail {
  title: string;
  fields: DetailField[];
  /** The stated outcome contradicts target and result: said, not hidden. */
  inconsistency?: string;
}

const num = (value: number | undefined, unit: ScorecardIndicator['target']['unit'], locale: Locale, none: string) =>
  value === undefined ? none : unit ? formatValue(value, unit, locale) : formatNumber(value, locale);

/** Every field of one indicator, labelled and formatted, in reading order. */
export function buildIndicatorDetail(i: ScorecardIndicator, areas: readonly StrategicArea[], source: Source | undefined, t: ScorecardMessages, locale: Locale): IndicatorDetail {
  const d = t.detail;
  const it = locale === 'it' ? undefined : ('it' as const);
  const local = (key: string, label: string, text: string): DetailField => {
    const l = localText(text, i.translations, locale);
    return { key, label, value: l.text, lang: l.lang };
  };
  const units = i.responsibleUnits.map((u) => localText(u, i.translations, locale));
  const area = areas.find((a) => a.code === i.areaCode);
  const objective = area?.objectives.find((o) => o.code === i.objectiveCode);
  const targetNum = num(i.target.value, i.target.unit, locale, d.none);
  const resultNum = num(i.result.value, i.result.unit, locale, d.none);
  const fields: (DetailField | false)[] = [
    { key: 'code', label: d.code, value: i.code },
    { key: 'table', label: d.table, value: t.tables[i.table] },
    { key: 'area', label: d.area, value: `${i.areaCode} · ${area?.name[locale] ?? t.areaFallback(i.areaCode)}` },
    { key: 'objective', label: d.objective, value: `${i.objectiveCode} · ${objective?.name[locale] ?? t.objectiveFallback(i.objectiveCode)}` },
    locale !== 'it' && { key: 'originalName', label: d.originalName, value: i.name.it, lang: 'it' },
    !!i.description && { key: 'description', label: d.description, value: i.description?.[locale] ?? '' },
    local('formula', d.formula, i.formula),
    local('type', d.type, i.type),
    !!i.measureUnit && local('measureUnit', d.measureUnit, i.measureUnit ?? ''),
    local('targetStated', d.targetStated, i.target.stated),
    { key: 'targetNumber', label: d.targetNumber, value: targetNum },
    { key: 'direction', label: d.direction, value: i.target.direction ? t.direction[i.target.direction] : d.none },
    local('resultStated', d.resultStated, i.result.stated),
    { key: 'resultNumber', label: d.resultNumber, value: resultNum },
    { key: 'status', label: d.status, value: t.status[i.status] },
    { key: 'attainment', label: d.attainment, value: i.result.attainmentPct === undefined ? d.none : formatPercent(i.result.attainmentPct, locale, 1) },
    i.status === 'not_achieved' && { key: 'shortfall', label: d.shortfall, value: shortfallText(computeShortfall(i), i, t, locale) },
    { key: 'units', label: d.units, value: units.map((u) => u.text), lang: units.some((u) => u.lang) ? it : undefined },
    { key: 'tags', label: d.tags, value: i.tags.length ? i.tags : d.noTags },
    { key: 'source', label: d.source, value: source ? `${source.title} — ${source.publisher}` : i.sourceId },
    { key: 'section', label: d.section, value: i.provenance.section, lang: it },
    { key: 'line', label: d.line, value: i.provenance.line === undefined ? d.none : String(i.provenance.line) },
  ];
  return {
    title: `${i.code} · ${i.name[locale]}`,
    fields: fields.filter((f): f is DetailField => f !== false),
    inconsistency: isInconsistent(i) ? t.inconsistent(t.status[i.status], resultNum, targetNum) : undefined,
  };
}
