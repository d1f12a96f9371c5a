import { directionSchema, indicatorSchema, polaritySchema, qualifierSchema, sourceSchema, AREAS, INDICATOR_STATUSES, INDICATOR_TAGS, TERRITORIES, UNITS } from '../schema';
import { col, i18n, many, req, type Column } from './columns';

/**
 * One declarative table per sheet: which objects of the dataset become its rows, and which
 * column holds which field. Fields a table has no column for travel in the "Altro (JSON)" column,
 * so a field added to schema.ts survives a round trip before anyone adds its line here.
 */
export interface SheetDef {
  name: string;
  /** What the sheet holds, in Italian (the Notes sheet). */
  about: string;
  columns: Column[];
  /** Fields of the row's object that other sheets carry. */
  omit?: string[];
}

const SOURCE_KINDS = sourceSchema.shape.kind.options;
const TABLES = indicatorSchema.shape.table.options;

const provenance: Column[] = [
  req('Sezione della fonte', 'provenance.section', 'text', 'Sezione o capitolo del documento da cui viene il dato.'),
  req('Etichetta originale', 'provenance.label', 'text', 'L’etichetta accanto al numero nel documento, breve.'),
  col('Riga del testo', 'provenance.line', 'int', 'Riga nel file di testo della fonte, se nota. Facoltativa.'),
];

const scope = (yearNote: string): Column[] => [
  req('Anno', 'year', 'int', yearNote),
  req('Area', 'area', 'vocab', 'Tema del dato: scegliere dall’elenco.', AREAS),
  req('Territorio', 'territory', 'vocab', 'Territorio a cui si riferisce: scegliere dall’elenco.', TERRITORIES),
];

export const SOURCE: SheetDef = {
  name: 'Fonte',
  about: 'Il documento da cui vengono i dati: una sola riga.',
  omit: ['schemaVersion', 'organizations', 'polarity', 'translations', 'excerpts', 'dimensions', 'facts', 'indicators', 'strategicAreas', 'lists', 'records'],
  columns: [
    req('Id dataset', 'id', 'text', 'Nome del file senza .json, es. assolombarda-2021: minuscole, cifre e trattini.'),
    req('Id fonte', 'source.id', 'text', 'Di solito uguale all’id del dataset.'),
    req('Titolo', 'source.title', 'text', 'Titolo del documento.'),
    req('Editore', 'source.publisher', 'text', 'Chi lo pubblica.'),
    req('Organizzazione', 'source.organization', 'text', 'Chiave dell’organizzazione editrice (foglio Organizzazioni).'),
    req('Tipo di documento', 'source.kind', 'vocab', 'Scegliere dall’elenco.', SOURCE_KINDS),
    req('Anno', 'source.year', 'int', 'Anno di riferimento principale.'),
    req('Anni con dati', 'source.years', 'int-list', 'Tutti gli anni di cui il documento dà cifre, separati da ";" (es. 2020; 2021).'),
    col('Pubblicato il', 'source.published', 'date', 'Data di pubblicazione AAAA-MM-GG. Facoltativa.'),
    req('File', 'source.file', 'text', 'Nome del file di testo o PDF da cui sono state lette le cifre.'),
    ...i18n('Descrizione', 'source.description', 'Che cos’è il documento, con parole nostre.'),
  ],
};

export const ORGANIZATIONS: SheetDef = {
  name: 'Organizzazioni',
  about: 'Le organizzazioni citate dai dati: una chiave breve, il nome e la forma breve che firma ogni cifra.',
  columns: [
    req('Chiave', 'key', 'text', 'Chiave breve, es. assolombarda.'),
    ...i18n('Nome', '', 'Nome dell’organizzazione.').map(stripDot),
    ...i18n('Nome breve', 'short', 'Come il cruscotto firma le sue cifre, es. Camera di commercio. Facoltativo: senza, le cifre portano il nome breve dell’editore.', false),
  ],
};

export const POLARITY: SheetDef = {
  name: 'Polarità',
  about: 'Per ogni metrica, se un aumento è una buona notizia: decide il colore delle variazioni.',
  columns: [
    req('Metrica', 'metric', 'text', 'Nome della serie come nel foglio Fatti, es. members.firms.'),
    req('Polarità', 'polarity', 'vocab', 'higher_better (più è meglio), lower_better (meno è meglio), neutral. Una metrica assente è neutra.', polaritySchema.options),
  ],
};

export const DIMENSIONS: SheetDef = {
  name: 'Etichette dimensioni',
  about: 'I nomi dei valori delle dimensioni (gruppi, classi, piattaforme…) usati nel foglio Fatti.',
  columns: [
    req('Dimensione', 'dimension', 'text', 'Nome della dimensione, es. group, platform.'),
    req('Valore', 'value', 'text', 'Valore come scritto nel foglio Fatti, es. A, facebook.'),
    ...i18n('Etichetta', '', 'Nome mostrato nel cruscotto.').map(stripDot),
  ],
};

export const FACTS: SheetDef = {
  name: 'Fatti',
  about: 'Ogni cifra del documento: una riga per numero. Un valore di confronto ("anno scorso") è una riga del suo anno.',
  columns: [
    req('Id', 'id', 'text', 'Identificativo unico: minuscole, cifre, ".", "_" o "-". Per un anno nuovo, cambiare l’anno nell’id.'),
    ...scope('Anno a cui si riferisce la cifra (una consistenza al 1° gennaio è dell’anno prima).'),
    col('Organizzazione', 'organization', 'text', 'Chiave dell’organizzazione, se non è l’editore della fonte. Facoltativa.'),
    req('Metrica', 'metric', 'text', 'Nome della serie, es. members.firms: uguale negli anni, così il cruscotto calcola le variazioni.'),
    col('Dimensioni', 'dimensions', 'dims', 'Coppie dimensione=valore separate da ";", es. group=A. Ogni valore va nel foglio Etichette dimensioni.'),
    req('Valore', 'value', 'number', 'Il numero, senza separatore delle migliaia; decimali con la virgola.'),
    req('Unità', 'unit', 'vocab', 'Unità di misura: scegliere dall’elenco.', UNITS),
    col('Qualificatore', 'qualifier', 'vocab', 'exact (esatto), more_than ("oltre"), about ("circa"), at_least, less_than. Vuoto = exact.', qualifierSchema.options),
    col('Data di riferimento', 'asOf', 'date', 'Data AAAA-MM-GG se il documento la dà. Facoltativa.'),
    ...i18n('Etichetta', 'label', 'Nome breve della cifra, con parole nostre.'),
    ...i18n('Nota', 'note', 'Contesto utile, con parole nostre. Facoltativa.', false),
    ...provenance,
  ],
};

export const INDICATORS: SheetDef = {
  name: 'Indicatori',
  about: 'Gli indicatori di performance: target e risultato, esito, unità responsabili.',
  columns: [
    req('Id', 'id', 'text', 'Identificativo unico (i codici si ripetono tra le tabelle, gli id no).'),
    req('Codice', 'code', 'text', 'Codice come stampato, es. 1.1.1.'),
    req('Tabella', 'table', 'vocab', 'performance-plan (piano) o pira-not-in-plan.', TABLES),
    req('Anno', 'year', 'int', 'Anno dell’indicatore.'),
    req('Territorio', 'territory', 'vocab', 'Scegliere dall’elenco.', TERRITORIES),
    req('Area strategica', 'areaCode', 'text', 'Codice dell’area strategica (foglio Aree strategiche).'),
    req('Obiettivo', 'objectiveCode', 'text', 'Codice dell’obiettivo (foglio Obiettivi).'),
    ...i18n('Nome', 'name', 'Nome dell’indicatore.'),
    ...i18n('Descrizione', 'description', 'Che cosa misura, con parole nostre. Facoltativa.', false),
    req('Tipologia', 'type', 'text', 'Come stampata: efficacia, efficienza…'),
    req('Algoritmo', 'formula', 'text', 'Algoritmo di calcolo come stampato.'),
    col('Unità di misura', 'measureUnit', 'text', 'Come stampata. Facoltativa.'),
    req('Target (testo)', 'target.stated', 'text', 'Il target come scritto.'),
    col('Target (numero)', 'target.value', 'number', 'Il target come numero, se si può leggere.'),
    col('Target (unità)', 'target.unit', 'vocab', 'Unità del target numerico.', UNITS),
    col('Confronto', 'target.direction', 'vocab', 'gte (almeno), lte (al massimo), eq, yes_no, by_date.', directionSchema.options),
    req('Risultato (testo)', 'result.stated', 'text', 'Il risultato come scritto.'),
    col('Risultato (numero)', 'result.value', 'number', 'Il risultato come numero, se si può leggere.'),
    col('Risultato (unità)', 'result.unit', 'vocab', 'Unità del risultato numerico.', UNITS),
    col('Raggiungimento %', 'result.attainmentPct', 'number', 'Percentuale di raggiungimento, se stampata.'),
    req('Esito', 'status', 'vocab', 'achieved (raggiunto), not_achieved, not_stated.', INDICATOR_STATUSES),
    many('Unità responsabili', 'responsibleUnits', 'list', 'Separate da ";".'),
    many('Tag', 'tags', 'vocab-list', 'PIRA, PPCT, Kronos, Pareto, separati da ";".', INDICATOR_TAGS),
    ...provenance,
  ],
};

export const TRANSLATIONS: SheetDef = {
  name: 'Traduzioni',
  about: 'Il testo italiano degli indicatori (target, risultato, tipologia, algoritmo, unità responsabili) reso in inglese: una riga per testo.',
  columns: [
    req('Testo (it)', 'it', 'text', 'Il testo come scritto nel foglio Indicatori, identico.'),
    req('Testo (en)', 'en', 'text', 'La resa inglese, con parole nostre. Senza, la versione inglese mostra l’italiano.'),
  ],
};

export const STRATEGIC_AREAS: SheetDef = {
  name: 'Aree strategiche',
  about: 'Le aree strategiche del piano della performance.',
  omit: ['objectives'],
  columns: [req('Codice', 'code', 'text', 'Codice dell’area, es. 1.'), ...i18n('Nome', 'name', 'Nome dell’area.')],
};

export const OBJECTIVES: SheetDef = {
  name: 'Obiettivi',
  about: 'Gli obiettivi di ogni area strategica.',
  columns: [
    req('Area strategica', 'area', 'text', 'Codice dell’area (foglio Aree strategiche).'),
    req('Codice', 'code', 'text', 'Codice dell’obiettivo, es. 1.1.'),
    ...i18n('Nome', 'name', 'Nome dell’obiettivo.'),
    ...i18n('Sintesi', 'summary', 'Sintesi con parole nostre. Facoltativa.', false),
  ],
};

const headerOf = (what: string): Column[] => [
  req('Id', 'id', 'text', `Identificativo unico ${what}.`),
  req('Tipo', 'kind', 'text', 'Tipo, es. swot-strengths, policies: minuscole e trattini.'),
  ...scope('Anno di riferimento.'),
  ...i18n('Titolo', 'title', 'Titolo.'),
];

export const LISTS: SheetDef = {
  name: 'Elenchi',
  about: 'Contenuti non numerici in forma di elenco (punti di forza, aree di un programma…). Le voci sono nel foglio Voci elenchi.',
  omit: ['items'],
  columns: [...headerOf('dell’elenco'), ...provenance],
};

export const LIST_ITEMS: SheetDef = {
  name: 'Voci elenchi',
  about: 'Le voci di ogni elenco, nell’ordine in cui vanno mostrate.',
  columns: [
    req('Elenco', 'list', 'text', 'Id dell’elenco (foglio Elenchi).'),
    req('Id', 'id', 'text', 'Identificativo della voce.'),
    ...i18n('Etichetta', 'label', 'Testo della voce.'),
    ...i18n('Dettaglio', 'detail', 'Spiegazione. Facoltativa.', false),
    col('Fatti collegati', 'factIds', 'list', 'Id di fatti del foglio Fatti, separati da ";". Facoltativa.'),
  ],
};

export const RECORDS: SheetDef = {
  name: 'Schede',
  about: 'Una cosa descritta da campi (es. un’iniziativa). I campi sono nel foglio Campi schede.',
  omit: ['fields'],
  columns: [
    ...headerOf('della scheda'),
    col('Data', 'date', 'date', 'Data AAAA-MM-GG. Facoltativa.'),
    col('Fatti collegati', 'factIds', 'list', 'Id di fatti del foglio Fatti, separati da ";". Facoltativa.'),
    ...provenance,
  ],
};

export const RECORD_FIELDS: SheetDef = {
  name: 'Campi schede',
  about: 'I campi di ogni scheda, nell’ordine in cui vanno mostrati.',
  columns: [
    req('Scheda', 'record', 'text', 'Id della scheda (foglio Schede).'),
    req('Chiave', 'key', 'text', 'Nome breve del campo.'),
    ...i18n('Etichetta', 'label', 'Nome del campo.'),
    ...i18n('Valore', 'value', 'Contenuto del campo.'),
  ],
};

export const EXCERPTS: SheetDef = {
  name: 'Estratti',
  about: 'Le poche parole del documento che i controlli leggono e che non sono cifre (l’intestazione di una tabella, le voci di un risultato), citate come stampate.',
  columns: [
    req('Id', 'id', 'text', 'Identificativo unico dell’estratto.'),
    req('Tipo', 'kind', 'text', 'Che cosa sono le parole, es. tables-year, result-item: minuscole, cifre, "_" o "-".'),
    req('Testo', 'text', 'text', 'Le parole come stampate.'),
    col('Indicatore', 'indicatorId', 'text', 'Id dell’indicatore (foglio Indicatori) a cui appartengono, se c’è.'),
    ...provenance,
  ],
};

export const SHEETS: readonly SheetDef[] = [
  SOURCE,
  ORGANIZATIONS,
  DIMENSIONS,
  FACTS,
  POLARITY,
  INDICATORS,
  TRANSLATIONS,
  STRATEGIC_AREAS,
  OBJECTIVES,
  LISTS,
  LIST_ITEMS,
  RECORDS,
  RECORD_FIELDS,
  EXCERPTS,
];

function stripDot(c: Column): Column {
  return { ...c, path: c.path.replace(/^\./, '') };
}
