import type { SourcedFact } from '../../../data/facts';
import type { DataRecord, Qualifier, Unit } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { Scoped } from './context';

export const INITIATIVE_ID = 'sviluppo-pmi';
/** Record fields whose figure is a fact (shown formatted, with its unit). */
const FIELD_METRICS: Record<string, string> = {
  target: 'policy.sviluppo_pmi.target_firms',
  duration: 'policy.sviluppo_pmi.duration',
};

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  year: number;
}

export interface InitiativeModel {
  title: string;
  date?: string;
  /** Headline figures: the record's fields backed by facts (target, duration). */
  figures: (Figure & { field: string })[];
  fields: { key: string; label: string; value: string }[];
  /** The record's other facts: the context the source gives. */
  context: Figure[];
  sourceId: string;
  section: string;
}

const toFigure = (f: SourcedFact, locale: Locale): Figure => ({
  id: f.id, label: f.label[locale], value: f.value, unit: f.unit, qualifier: f.qualifier, year: f.year,
});

/** The Sviluppo PMI initiative as a card: its fields, and the figures its facts give. */
export function buildInitiative(records: readonly Scoped<DataRecord>[], all: readonly SourcedFact[], locale: Locale): InitiativeModel | null {
  const record = records.find((r) => r.id === INITIATIVE_ID);
  if (!record) return null;
  const facts = (record.factIds ?? []).flatMap((id) => all.filter((f) => f.id === id));
  const figures = Object.entries(FIELD_METRICS).flatMap(([field, metric]) => {
    const fact = facts.find((f) => f.metric === metric);
    const label = record.fields.find((f) => f.key === field)?.label[locale];
    return fact ? [{ ...toFigure(fact, locale), label: label ?? fact.label[locale], field }] : [];
  });
  const used = new Set(figures.map((f) => f.id));
  return {
    title: record.title[locale],
    date: record.date,
    figures,
    fields: record.fields.map((f) => ({ key: f.key, label: f.label[locale], value: f.value[locale] })),
    context: facts.filter((f) => !used.has(f.id)).map((f) => toFigure(f, locale)),
    sourceId: record.sourceId,
    section: record.provenance.section,
  };
}
