/**
 * Text whose compound words ("15-24enni", "Covid-19", "Genio&Impresa") never break at the hyphen, "&" or "/": a narrow tile
 * or a slide wraps between words, not inside one. The text itself (and its accessible name) is unchanged.
 */
export function WholeWords({ text }: { text: string }) {
  const parts = text.split(/(\S+[-&/]\S+)/);
  return <>{parts.map((p, k) => (k % 2 === 1 ? <span key={k} className="nowrap">{p}</span> : p))}</>;
}
