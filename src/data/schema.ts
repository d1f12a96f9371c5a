import { z } from 'zod/mini';
// vite.config.ts loads this file: its imports name their extension, as the config loader asks.
import { AREAS, INDICATOR_STATUSES, INDICATOR_TAGS, TERRITORIES, UNITS } from './vocab.ts';

export { AREAS, INDICATOR_STATUSES, INDICATOR_TAGS, TERRITORIES, UNITS };

// Our Content-Security-Policy forbids eval: keep zod off its `new Function` fast path.
z.config({ jitless: true });

/**
 * The one shape of every dataset file under public/data/.
 * Each zod schema is also the TypeScript type (z.infer), so the data and the code cannot drift.
 * zod/mini (the tree-shakeable, functional API) keeps the validator small on the first screen.
 *
 * Design notes (why this shape):
 * - The source is stated once per dataset; facts reference it implicitly. Selectors flatten
 *   facts with their dataset's source id, so no figure loses its provenance.
 * - A comparison value ("anno scorso 11.130") is its own fact for its own year. Deltas are
 *   derived by looking up the same metric + dimensions + territory in the previous year.
 * - Category names (industry groups, platforms…) live in `dimensions`, not in components.
 */

const text = () => z.string().check(z.minLength(1));
const pattern = (re: RegExp, message?: string) => z.string().check(z.regex(re, message));
const int = () => z.int();

export const i18nTextSchema = z.object({ it: text(), en: text() });
export type I18nText = z.infer<typeof i18nTextSchema>;

export const areaSchema = z.enum(AREAS);
export type Area = z.infer<typeof areaSchema>;

export const territorySchema = z.enum(TERRITORIES);
export type Territory = z.infer<typeof territorySchema>;

export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

/** "Oltre", "più di" → more_than; "circa" → about; "almeno" → at_least. */
export const qualifierSchema = z.enum(['exact', 'more_than', 'about', 'at_least', 'less_than']);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const provenanceSchema = z.object({
  /** Section of the source, e.g. "1 | Gli associati" or "3.1 – INNOVAZIONE". */
  section: text(),
  /** The original Italian label next to the figure (short: a label, never a sentence). */
  label: text(),
  /** Line in the source text file, when known. */
  line: z.optional(int().check(z.positive())),
});
export type Provenance = z.infer<typeof provenanceSchema>;

const idSchema = pattern(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lowercase a-z, 0-9, ".", "_" or "-"');
const isoDate = pattern(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const factSchema = z.object({
  id: idSchema,
  year: int().check(z.gte(1990), z.lte(2100)),
  area: areaSchema,
  territory: territorySchema,
  /** Organization key (see dataset.organizations); defaults to the source's organization. */
  organization: z.optional(z.string()),
  /** Dotted metric name, e.g. "members.firms", "social.views", "covid.disputes.individual". */
  metric: pattern(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/),
  /** Dimension key → value key, e.g. { group: "A" } or { platform: "facebook" }. */
  dimensions: z.optional(z.record(z.string(), z.string())),
  value: z.number(),
  unit: unitSchema,
  qualifier: z._default(qualifierSchema, 'exact'),
  /** Reference date when the source gives one (e.g. "2020-12-31", "2021-04-28"). */
  asOf: z.optional(isoDate),
  label: i18nTextSchema,
  /** Extra context in our own words (e.g. "first two weeks only"). */
  note: z.optional(i18nTextSchema),
  provenance: provenanceSchema,
});
export type Fact = z.infer<typeof factSchema>;

/** How a target is compared with its result, where one can be read from the source. */
export const directionSchema = z.enum(['gte', 'lte', 'eq', 'yes_no', 'by_date']);

export const indicatorStatusSchema = z.enum(INDICATOR_STATUSES);
export type IndicatorStatus = z.infer<typeof indicatorStatusSchema>;

export const indicatorSchema = z.object({
  /** Unique; codes repeat across the report's tables, ids never do. */
  id: idSchema,
  /** Code as printed, e.g. "1.1.1". */
  code: text(),
  /** Which table: the performance plan, or the budget indicators (PIRA) not in the plan. */
  table: z.enum(['performance-plan', 'pira-not-in-plan']),
  year: int(),
  territory: territorySchema,
  /** Strategic area code ("1".."6") and objective code ("1.1"). */
  areaCode: text(),
  objectiveCode: text(),
  /** The indicator's name as printed (a label, kept in Italian) and an English rendering. */
  name: i18nTextSchema,
  /** What the indicator measures, in our own words, where the table has a description column. */
  description: z.optional(i18nTextSchema),
  /** Tipologia as printed: efficacia, efficienza, risultato, qualità erogata… */
  type: text(),
  /** Algoritmo di calcolo as printed. */
  formula: text(),
  /** Unit of measure column, where the table has one. */
  measureUnit: z.optional(z.string()),
  target: z.object({
    stated: text(),
    value: z.optional(z.number()),
    unit: z.optional(unitSchema),
    direction: z.optional(directionSchema),
  }),
  result: z.object({
    stated: text(),
    value: z.optional(z.number()),
    unit: z.optional(unitSchema),
    /** "Percentuale di raggiungimento" where printed (0–100+). */
    attainmentPct: z.optional(z.number()),
  }),
  status: indicatorStatusSchema,
  responsibleUnits: z.array(text()),
  tags: z.array(z.enum(INDICATOR_TAGS)),
  provenance: provenanceSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const strategicAreaSchema = z.object({
  code: text(),
  name: i18nTextSchema,
  objectives: z.array(z.object({ code: text(), name: i18nTextSchema, summary: z.optional(i18nTextSchema) })),
});
export type StrategicArea = z.infer<typeof strategicAreaSchema>;

/**
 * Non-numeric content kept as structured lists: SWOT items, programme areas, method principles,
 * policies, an initiative's promoters. Items may point at facts (e.g. a policy's budget).
 */
export const listSchema = z.object({
  id: idSchema,
  kind: pattern(/^[a-z0-9_-]+$/),
  year: int(),
  area: areaSchema,
  territory: territorySchema,
  title: i18nTextSchema,
  items: z.array(
    z.object({
      id: idSchema,
      label: i18nTextSchema,
      detail: z.optional(i18nTextSchema),
      factIds: z.optional(z.array(idSchema)),
    }),
  ),
  provenance: provenanceSchema,
});
export type DataList = z.infer<typeof listSchema>;

/** A single thing described by named fields (e.g. the Sviluppo PMI initiative). */
export const recordSchema = z.object({
  id: idSchema,
  kind: pattern(/^[a-z0-9_-]+$/),
  year: int(),
  area: areaSchema,
  territory: territorySchema,
  title: i18nTextSchema,
  date: z.optional(isoDate),
  fields: z.array(z.object({ key: text(), label: i18nTextSchema, value: i18nTextSchema })),
  factIds: z.optional(z.array(idSchema)),
  provenance: provenanceSchema,
});
export type DataRecord = z.infer<typeof recordSchema>;

/**
 * A few words of the source that are no figure but that a consistency check reads: a heading of
 * a table, a phrase of the text, one entry of a list the source prints. Quoted as printed.
 */
export const excerptSchema = z.object({
  id: idSchema,
  /** What the words are, e.g. "tables-year" (a year the text gives its tables) or "result-item". */
  kind: pattern(/^[a-z0-9_-]+$/),
  text: text(),
  /** The indicator the words belong to, if any. */
  indicatorId: z.optional(idSchema),
  provenance: provenanceSchema,
});
export type Excerpt = z.infer<typeof excerptSchema>;

export const sourceSchema = z.object({
  id: idSchema,
  title: text(),
  publisher: text(),
  /** Organization key of the publisher (see dataset.organizations). */
  organization: text(),
  kind: z.enum(['annual-report', 'press-release', 'performance-report', 'presentation']),
  /** Main reference year, and every year the document gives figures for. */
  year: int(),
  years: z.array(int()).check(z.minLength(1)),
  published: z.optional(isoDate),
  /** Name of the original text file the figures were read from. */
  file: text(),
  description: i18nTextSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** An organization's name, and the short form every figure is labelled with ("Camera di commercio"). */
export const organizationSchema = z.object({
  it: text(),
  en: text(),
  /**
   * Short name shown beside each figure. An organization without one is only cited by the source
   * (e.g. the authors of a report the publisher quotes): its figures are shown under the publisher.
   */
  short: z.optional(i18nTextSchema),
});
export type Organization = z.infer<typeof organizationSchema>;

/** Whether a rise of a metric is good news, bad news, or neither (colours follow it, never the direction). */
export const polaritySchema = z.enum(['higher_better', 'lower_better', 'neutral']);
export type Polarity = z.infer<typeof polaritySchema>;

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  id: idSchema,
  source: sourceSchema,
  organizations: z.record(z.string(), organizationSchema),
  /** Metric → polarity; a metric not listed is neutral. */
  polarity: z._default(z.record(z.string(), polaritySchema), {}),
  /**
   * English renderings of the Italian text the source states (an indicator's target, result, type,
   * formula, responsible units), keyed by that text: the Italian stays as printed, the English is ours.
   */
  translations: z._default(z.object({ en: z._default(z.record(z.string(), text()), {}) }), { en: {} }),
  /** Labels of dimension values: { group: { A: { it: "A - Meccatronici", en: "A - Mechatronics" } } }. */
  dimensions: z._default(z.record(z.string(), z.record(z.string(), i18nTextSchema)), {}),
  facts: z.array(factSchema),
  indicators: z._default(z.array(indicatorSchema), []),
  strategicAreas: z._default(z.array(strategicAreaSchema), []),
  lists: z._default(z.array(listSchema), []),
  records: z._default(z.array(recordSchema), []),
  excerpts: z._default(z.array(excerptSchema), []),
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  /** Date the data was last curated (shown as the data's as-of date). */
  updated: isoDate,
  datasets: z.array(z.object({ id: idSchema, file: pattern(/^[a-z0-9._-]+\.json$/) })).check(z.minLength(1)),
});
export type Manifest = z.infer<typeof manifestSchema>;
