import { z } from 'zod';

// Our Content-Security-Policy forbids eval: keep zod off its `new Function` fast path.
z.config({ jitless: true });

/**
 * The one shape of every dataset file under public/data/.
 * Each zod schema is also the TypeScript type (z.infer), so the data and the code cannot drift.
 *
 * Design notes (why this shape):
 * - The source is stated once per dataset; facts reference it implicitly. Selectors flatten
 *   facts with their dataset's source id, so no figure loses its provenance.
 * - A comparison value ("anno scorso 11.130") is its own fact for its own year. Deltas are
 *   derived by looking up the same metric + dimensions + territory in the previous year.
 * - Category names (industry groups, platforms…) live in `dimensions`, not in components.
 */

export const i18nTextSchema = z.object({ it: z.string().min(1), en: z.string().min(1) });
export type I18nText = z.infer<typeof i18nTextSchema>;

export const AREAS = [
  'members', // association members, groups, size classes, supply chains
  'covid', // Covid-19 task force, webinars, Control Center
  'services', // Assolombarda Servizi
  'communication', // website, newsletter, web magazine, press
  'social', // social totals, platforms, campaigns, followers
  'projects', // projects and events with their reach
  'performance', // chamber of commerce performance report (indicators, narrative figures)
  'staff', // chamber of commerce staff
  'labour', // labour market
  'policy', // programmes, initiatives, policies and their budgets
] as const;
export const areaSchema = z.enum(AREAS);
export type Area = z.infer<typeof areaSchema>;

export const TERRITORIES = [
  'milano',
  'monza-brianza',
  'lodi',
  'pavia',
  'lombardia',
  'italia',
  'ue',
  'assolombarda-area', // Milano, Monza Brianza, Lodi, Pavia (the association's whole area)
  'cciaa-area', // Milano, Monza Brianza, Lodi (the chamber of commerce's whole area)
] as const;
export const territorySchema = z.enum(TERRITORIES);
export type Territory = z.infer<typeof territorySchema>;

export const UNITS = [
  'count', 'firms', 'employees', 'people', 'workers', 'members',
  'views', 'interactions', 'followers', 'users', 'page_views', 'subscriptions',
  'press_items', 'consultations', 'disputes', 'webinars', 'events', 'episodes',
  'sources', 'museums', 'spectators', 'participants', 'posts', 'offers', 'meetings',
  'visitors_per_day', 'jobs', 'contracts', 'municipalities', 'companies_assessed',
  'minutes', 'hours', 'days', 'months', 'years', 'eur', 'percent', 'percentage_points',
] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

/** "Oltre", "più di" → more_than; "circa" → about; "almeno" → at_least. */
export const qualifierSchema = z.enum(['exact', 'more_than', 'about', 'at_least', 'less_than']);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const provenanceSchema = z.object({
  /** Section of the source, e.g. "1 | Gli associati" or "3.1 – INNOVAZIONE". */
  section: z.string().min(1),
  /** The original Italian label next to the figure (short: a label, never a sentence). */
  label: z.string().min(1),
  /** Line in the source text file, when known. */
  line: z.number().int().positive().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lowercase a-z, 0-9, ".", "_" or "-"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const factSchema = z.object({
  id: idSchema,
  year: z.number().int().min(1990).max(2100),
  area: areaSchema,
  territory: territorySchema,
  /** Organization key (see dataset.organizations); defaults to the source's organization. */
  organization: z.string().optional(),
  /** Dotted metric name, e.g. "members.firms", "social.views", "covid.disputes.individual". */
  metric: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/),
  /** Dimension key → value key, e.g. { group: "A" } or { platform: "facebook" }. */
  dimensions: z.record(z.string(), z.string()).optional(),
  value: z.number().finite(),
  unit: unitSchema,
  qualifier: qualifierSchema.default('exact'),
  /** Reference date when the source gives one (e.g. "2020-12-31", "2021-04-28"). */
  asOf: isoDate.optional(),
  label: i18nTextSchema,
  /** Extra context in our own words (e.g. "first two weeks only"). */
  note: i18nTextSchema.optional(),
  provenance: provenanceSchema,
});
export type Fact = z.infer<typeof factSchema>;

/** How a target is compared with its result, where one can be read from the source. */
export const directionSchema = z.enum(['gte', 'lte', 'eq', 'yes_no', 'by_date']);

export const indicatorStatusSchema = z.enum(['achieved', 'not_achieved', 'not_stated']);
export type IndicatorStatus = z.infer<typeof indicatorStatusSchema>;

export const indicatorSchema = z.object({
  /** Unique; codes repeat across the report's tables, ids never do. */
  id: idSchema,
  /** Code as printed, e.g. "1.1.1". */
  code: z.string().min(1),
  /** Which table: the performance plan, or the budget indicators (PIRA) not in the plan. */
  table: z.enum(['performance-plan', 'pira-not-in-plan']),
  year: z.number().int(),
  territory: territorySchema,
  /** Strategic area code ("1".."6") and objective code ("1.1"). */
  areaCode: z.string().min(1),
  objectiveCode: z.string().min(1),
  /** The indicator's name as printed (a label, kept in Italian) and an English rendering. */
  name: i18nTextSchema,
  /** Tipologia as printed: efficacia, efficienza, risultato, qualità erogata… */
  type: z.string().min(1),
  /** Algoritmo di calcolo as printed. */
  formula: z.string().min(1),
  /** Unit of measure column, where the table has one. */
  measureUnit: z.string().optional(),
  target: z.object({
    stated: z.string().min(1),
    value: z.number().finite().optional(),
    unit: unitSchema.optional(),
    direction: directionSchema.optional(),
  }),
  result: z.object({
    stated: z.string().min(1),
    value: z.number().finite().optional(),
    unit: unitSchema.optional(),
    /** "Percentuale di raggiungimento" where printed (0–100+). */
    attainmentPct: z.number().finite().optional(),
  }),
  status: indicatorStatusSchema,
  responsibleUnits: z.array(z.string().min(1)),
  tags: z.array(z.enum(['PIRA', 'PPCT', 'Kronos', 'Pareto'])),
  provenance: provenanceSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const strategicAreaSchema = z.object({
  code: z.string().min(1),
  name: i18nTextSchema,
  objectives: z.array(
    z.object({ code: z.string().min(1), name: i18nTextSchema, summary: i18nTextSchema.optional() }),
  ),
});
export type StrategicArea = z.infer<typeof strategicAreaSchema>;

/**
 * Non-numeric content kept as structured lists: SWOT items, programme areas, method principles,
 * policies, an initiative's promoters. Items may point at facts (e.g. a policy's budget).
 */
export const listSchema = z.object({
  id: idSchema,
  kind: z.string().regex(/^[a-z0-9_-]+$/),
  year: z.number().int(),
  area: areaSchema,
  territory: territorySchema,
  title: i18nTextSchema,
  items: z.array(
    z.object({
      id: idSchema,
      label: i18nTextSchema,
      detail: i18nTextSchema.optional(),
      factIds: z.array(idSchema).optional(),
    }),
  ),
  provenance: provenanceSchema,
});
export type DataList = z.infer<typeof listSchema>;

/** A single thing described by named fields (e.g. the Sviluppo PMI initiative). */
export const recordSchema = z.object({
  id: idSchema,
  kind: z.string().regex(/^[a-z0-9_-]+$/),
  year: z.number().int(),
  area: areaSchema,
  territory: territorySchema,
  title: i18nTextSchema,
  date: isoDate.optional(),
  fields: z.array(z.object({ key: z.string().min(1), label: i18nTextSchema, value: i18nTextSchema })),
  factIds: z.array(idSchema).optional(),
  provenance: provenanceSchema,
});
export type DataRecord = z.infer<typeof recordSchema>;

export const sourceSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Organization key of the publisher (see dataset.organizations). */
  organization: z.string().min(1),
  kind: z.enum(['annual-report', 'press-release', 'performance-report', 'presentation']),
  /** Main reference year, and every year the document gives figures for. */
  year: z.number().int(),
  years: z.array(z.number().int()).min(1),
  published: isoDate.optional(),
  /** Name of the original text file the figures were read from. */
  file: z.string().min(1),
  description: i18nTextSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  id: idSchema,
  source: sourceSchema,
  organizations: z.record(z.string(), i18nTextSchema),
  /** Labels of dimension values: { group: { A: { it: "A - Meccatronici", en: "A - Mechatronics" } } }. */
  dimensions: z.record(z.string(), z.record(z.string(), i18nTextSchema)).default({}),
  facts: z.array(factSchema),
  indicators: z.array(indicatorSchema).default([]),
  strategicAreas: z.array(strategicAreaSchema).default([]),
  lists: z.array(listSchema).default([]),
  records: z.array(recordSchema).default([]),
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  /** Date the data was last curated (shown as the data's as-of date). */
  updated: isoDate,
  datasets: z.array(z.object({ id: idSchema, file: z.string().regex(/^[a-z0-9._-]+\.json$/) })).min(1),
});
export type Manifest = z.infer<typeof manifestSchema>;
