/**
 * Alphabetical order for labels and keys, as Italian collation sorts them: accents and case are
 * ignored first ("Qualità" sits with "qualita"), spaces and punctuation come before digits and
 * digits before letters; then unaccented before accented, lower case before upper case.
 * One Intl.Collator, built on first use.
 */
let collator: Intl.Collator | undefined;

export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('it');
  return collator.compare(a, b);
}
