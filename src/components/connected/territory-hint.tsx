import { shellMessages } from '../../lib/shell-messages';
import type { Territory } from '../../data/schema';
import { useMessages } from '../../lib/i18n';
import { useFiltersStore } from '../../store/filters-store';
import { panelMessages } from '../ui/panel-messages';

/** Next to an empty state: the wider territories whose figures include the chosen one (without a breakdown). */
export function TerritoryHint({ territory, wider }: { territory: Territory | null; wider: readonly Territory[] }) {
  const t = useMessages(panelMessages);
  const s = useMessages(shellMessages);
  const setTerritory = useFiltersStore((st) => st.setTerritory);
  if (!territory || wider.length === 0) return null;
  return (
    <div className="territory-hint">
      <p>{t.widerHint(s.territories[territory], wider.map((w) => s.territories[w]).join(', '))}</p>
      <p className="empty-actions">
        {wider.map((w) => (
          <button key={w} type="button" onClick={() => setTerritory(w)}>
            {t.showTerritory(s.territories[w])}
          </button>
        ))}
      </p>
    </div>
  );
}
