import { lazy, Suspense } from 'react';
import type { TileModel } from '../../data/kpi';
import { formatDate, formatQualified, formatSignedNumber, formatSignedPercent } from '../../lib/format';
import { useLocale, useMessages } from '../../lib/i18n';
import { ViewLink } from './view-link';
import { SourceBadge } from './source-badge';
import { WholeWords } from './whole-words';
import { uiMessages } from './messages';
import { usePresenting } from './presenting';

const COMPACT_FROM = 1_000_000;

/** Few series have three years yet: the trend line's code loads with the first tile that draws one, in a slot of its size. */
const Sparkline = lazy(() => import('./sparkline').then((m) => ({ default: m.Sparkline })));

interface KpiTileProps {
  tile: TileModel;
  size?: 'normal' | 'small';
  /** A word above the label (the tile's area, where tiles of several areas share a grid). */
  eyebrow?: string;
  /** The number of the tile's source in a list of sources below (slides and print show it instead of the badge). */
  footnote?: number;
}

/**
 * One figure: whose and which year, value, unit, qualifier, change (coloured by its meaning) and source. Renders a ready model only.
 * On a slide it has no controls: the label is plain text and the source is written out (or its footnote).
 */
export function KpiTile({ tile, size = 'normal', eyebrow, footnote }: KpiTileProps) {
  const t = useMessages(uiMessages);
  const presenting = usePresenting();
  const locale = useLocale();
  const sign = tile.signed && tile.value > 0 ? '+' : '';
  const exact = sign + formatQualified(tile.value, tile.unit, tile.qualifier, locale);
  const compact = size === 'small' && Math.abs(tile.value) >= COMPACT_FROM;
  const shown = compact ? sign + formatQualified(tile.value, tile.unit, tile.qualifier, locale, { compact: true }) : exact;
  const d = tile.delta;
  const dir = d ? (d.change > 0 ? 'up' : d.change < 0 ? 'down' : 'flat') : undefined;
  const arrow = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '▶';

  return (
    <article className={`kpi kpi-${size}`} aria-labelledby={`kpi-${tile.id}`}>
      {eyebrow && <p className="kpi-eyebrow">{eyebrow}</p>}
      <h3 className="kpi-label" id={`kpi-${tile.id}`}>
        {tile.view && !presenting ? <ViewLink view={tile.view}><WholeWords text={tile.label} /></ViewLink> : <WholeWords text={tile.label} />}
      </h3>
      <p className="kpi-value" tabIndex={compact ? 0 : undefined} title={compact ? exact : undefined}>
        {compact ? (
          <>
            <span aria-hidden="true">{shown}</span>
            <span className="sr-only">{exact}</span>
            <span className="kpi-exact" aria-hidden="true">{t.exactValue}: {exact}</span>
          </>
        ) : (
          shown
        )}
      </p>
      {d && dir && (
        <p className={`kpi-delta kpi-delta-${dir} kpi-tone-${d.tone}`}>
          <span aria-hidden="true">{arrow} </span>
          <span className="sr-only">{d.tone === 'neutral' ? `${t[dir]}: ` : `${t[dir]}, ${t.tone[d.tone]}: `}</span>
          {`${d.pct !== null ? formatSignedPercent(d.pct, locale) : formatSignedNumber(d.change, locale)} ${t.vsPrevious(String(d.fromYear))}`}
        </p>
      )}
      {tile.trend && (
        <Suspense fallback={<span className="sparkline sparkline-slot" aria-hidden="true" />}>
          <Sparkline points={tile.trend} />
        </Suspense>
      )}
      <div className="kpi-meta">
        <span className="kpi-year">{`${tile.organization} · ${tile.year}${tile.asOf ? ` · ${formatDate(tile.asOf, locale)}` : ''}`}</span>
        {footnote !== undefined && (
          // "Fonte [1]": a slide, short of room, keeps the word for screen readers only.
          <span className="kpi-footnote">
            <span className="kpi-footnote-word">{t.source}</span> [{footnote}]
          </span>
        )}
        {presenting ? (
          footnote === undefined && <span className="kpi-source">{`${t.source}: ${tile.source.title}`}</span>
        ) : (
          <SourceBadge source={tile.source} />
        )}
      </div>
      {tile.note && <p className="kpi-note">{tile.note}</p>}
    </article>
  );
}
