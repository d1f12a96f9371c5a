import { SourceBadge } from '../../../components/ui/source-badge';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { membersMessages } from '../messages';
import type { GroupDetail } from '../utils/build-group-detail';
import { usePresenting } from '../../../components/ui/presenting';

/** The selected group's figures, shares, rank and provenance, next to the chart. */
export function GroupDetailCard({ detail, onClear }: { detail: GroupDetail | null; onClear: () => void }) {
  const t = useMessages(membersMessages).detail;
  const locale = useLocale();
  const presenting = usePresenting();
  // On a slide the hint is a control's prompt: the chart stands alone until a group is chosen.
  if (!detail && presenting) return null;
  if (!detail) {
    return (
      <aside className="members-detail" aria-label={t.region}>
        <p className="muted">{t.hint}</p>
      </aside>
    );
  }
  const { row, derivation } = detail;
  const num = (v: number | null, digits = 0) => (v === null ? '—' : formatNumber(v, locale, digits));
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale, 1));
  const items: [string, string][] = [
    [t.firms, num(row.firms)],
    [t.employees, num(row.employees)],
    [t.perFirm, num(row.perFirm, 1)],
    [t.firmsShare, pct(row.firmsShare)],
    [t.employeesShare, pct(row.employeesShare)],
  ];
  return (
    <aside className="members-detail" aria-labelledby="members-detail-title" aria-live="polite">
      <h3 id="members-detail-title">{t.heading(row.label)}</h3>
      <dl className="members-detail-figures">
        {items.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {detail.rankFirms !== null && detail.rankEmployees !== null && (
        <p>{t.rank(String(detail.rankFirms), String(detail.rankEmployees), String(detail.groupCount))}</p>
      )}
      {derivation && (
        <p>{t.derivation(num(derivation.totalFirms), num(derivation.tableFirms), num(derivation.totalEmployees), num(derivation.tableEmployees))}</p>
      )}
      <h4 className="members-detail-sources">{t.sources}</h4>
      <ul className="members-detail-sourcelist">
        {detail.sources.map((s) => (
          <li key={s.id}>
            {presenting ? <span>{s.title}</span> : <SourceBadge source={s} />}
            <span className="muted"> «{s.label}»</span>
          </li>
        ))}
      </ul>
      {!presenting && <button type="button" onClick={onClear}>{t.clear}</button>}
    </aside>
  );
}
