import type { Locale } from '../../lib/locale';

/** What can be wrong with a workbook, each kind with its own wording and its own fix. */
export type ProblemKind =
  | 'unreadable'
  | 'missing_sheet'
  | 'missing_column'
  | 'unknown_column'
  | 'missing_value'
  | 'missing_label'
  | 'wrong_type'
  | 'unknown_value'
  | 'duplicate_id'
  | 'dimension_without_label'
  | 'unresolved_reference'
  | 'contradiction'
  | 'invalid';

export interface Problem {
  kind: ProblemKind;
  sheet?: string;
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row?: number;
  column?: string;
  /** What the message quotes: the value found, what was expected, the other dataset… */
  params?: Record<string, string | number>;
}

type Params = Record<string, string | number>;
type Wording = (p: Params) => string;

const IT: Record<ProblemKind, Wording> = {
  unreadable: (p) => `il file non si legge come cartella di lavoro (${p.detail}). Salvarlo da Excel come .xlsx, oppure come CSV UTF-8 con ";".`,
  missing_sheet: () => 'il foglio manca. Ripartire dalla cartella esportata con npm run data:export, che li contiene tutti.',
  missing_column: () => 'la colonna manca dall’intestazione (riga 1). Rimetterla con questo nome esatto.',
  unknown_column: (p) => `la colonna «${p.value}» non è prevista. Rinominarla come una colonna del foglio Note, o eliminarla.`,
  missing_value: () => 'la cella è vuota ma è obbligatoria. Inserire un valore (il foglio Note spiega che cosa).',
  missing_label: () => 'manca l’etichetta. Scrivere un nome breve, in italiano e in inglese.',
  wrong_type: (p) => `«${p.value}» non è ${TYPE_IT[p.expected as string] ?? p.expected}. Correggere la cella.`,
  unknown_value: (p) => `«${p.value}» non è tra i valori ammessi. Sceglierne uno dall’elenco a discesa (${p.allowed}).`,
  duplicate_id: (p) => `l’id «${p.value}» è già usato alla riga ${p.firstRow} del foglio «${p.firstSheet}». Dare a questa riga un id diverso.`,
  dimension_without_label: (p) => `la dimensione ${p.value} non ha un’etichetta. Aggiungere una riga al foglio «Etichette dimensioni» con dimensione «${p.dimension}» e valore «${p.dimensionValue}».`,
  unresolved_reference: (p) => `«${p.value}» non esiste nel foglio «${p.target}». Correggere il riferimento o aggiungere la riga mancante.`,
  contradiction: (p) => `il valore ${p.value} per il ${p.year} contraddice ${p.otherValue}, lo stesso dato nel dataset «${p.otherDataset}» (fatto «${p.otherId}»). Controllare il documento e correggere l’uno o l’altro.`,
  invalid: (p) => `valore non valido (${p.detail}). Correggere la cella seguendo il foglio Note.`,
};

const EN: Record<ProblemKind, Wording> = {
  unreadable: (p) => `the file cannot be read as a workbook (${p.detail}). Save it from Excel as .xlsx, or as UTF-8 CSV with ";".`,
  missing_sheet: () => 'the sheet is missing. Start again from the workbook written by npm run data:export, which has them all.',
  missing_column: () => 'the column is missing from the header (row 1). Put it back with exactly this name.',
  unknown_column: (p) => `the column «${p.value}» is not expected. Rename it as a column of the Note sheet, or delete it.`,
  missing_value: () => 'the cell is empty but required. Fill it in (the Note sheet says with what).',
  missing_label: () => 'the label is missing. Write a short name, in Italian and in English.',
  wrong_type: (p) => `«${p.value}» is not ${TYPE_EN[p.expected as string] ?? p.expected}. Correct the cell.`,
  unknown_value: (p) => `«${p.value}» is not an allowed value. Pick one from the drop-down list (${p.allowed}).`,
  duplicate_id: (p) => `the id «${p.value}» is already used on row ${p.firstRow} of sheet «${p.firstSheet}». Give this row another id.`,
  dimension_without_label: (p) => `the dimension ${p.value} has no label. Add a row to sheet «Etichette dimensioni» with dimension «${p.dimension}» and value «${p.dimensionValue}».`,
  unresolved_reference: (p) => `«${p.value}» does not exist in sheet «${p.target}». Correct the reference or add the missing row.`,
  contradiction: (p) => `the value ${p.value} for ${p.year} contradicts ${p.otherValue}, the same figure in dataset «${p.otherDataset}» (fact «${p.otherId}»). Check the document and correct one or the other.`,
  invalid: (p) => `invalid value (${p.detail}). Correct the cell as the Note sheet says.`,
};

const TYPE_IT: Record<string, string> = {
  int: 'un numero intero',
  number: 'un numero (decimali con la virgola)',
  date: 'una data AAAA-MM-GG',
  json: 'JSON valido',
  dims: 'un elenco di coppie dimensione=valore separate da ";"',
  text: 'un testo',
};
const TYPE_EN: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  date: 'a date YYYY-MM-DD',
  json: 'valid JSON',
  dims: 'a list of dimension=value pairs separated by ";"',
  text: 'a text',
};

/** "Foglio «Fatti», riga 12, colonna «Unità»: …" — where first, then what is wrong and what to do. */
export function formatProblem(p: Problem, locale: Locale): string {
  const it = locale === 'it';
  const where = [
    p.sheet && (it ? `Foglio «${p.sheet}»` : `Sheet «${p.sheet}»`),
    p.row !== undefined && (it ? `riga ${p.row}` : `row ${p.row}`),
    p.column && (it ? `colonna «${p.column}»` : `column «${p.column}»`),
  ].filter(Boolean);
  const what = (it ? IT : EN)[p.kind](p.params ?? {});
  return where.length ? `${where.join(', ')}: ${what}` : capitalise(what);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
