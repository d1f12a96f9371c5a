import { yearsOf } from '../../../data/facts';
import type { Dataset } from '../../../data/schema';
import { formatProblem, type Problem } from '../../../data/workbook/problems';
import { downloadBlob } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFiltersStore } from '../../../store/filters-store';
import { dataMessages } from '../messages';

const SHOWN = 100;

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const t = useMessages(dataMessages);
  const locale = useLocale();
  return (
    <div role="alert" className="import-problems">
      <p><strong>{t.problems(problems.length)}</strong></p>
      <ol>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{formatProblem(p, locale)}</li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>{t.more(problems.length - SHOWN)}</p>}
    </div>
  );
}

export function AddedDataset({ dataset }: { dataset: Dataset }) {
  const t = useMessages(dataMessages);
  const locale = useLocale();
  const years = yearsOf(dataset.facts);
  const latest = years.at(-1) ?? dataset.source.year;
  const show = () => {
    const { setYear, setView } = useFiltersStore.getState();
    setYear(latest);
    setView('overview');
    window.scrollTo({ top: 0 });
  };
  const download = () => downloadBlob(new Blob([JSON.stringify(dataset, null, 2) + '\n'], { type: 'application/json' }), `${dataset.id}.json`);
  return (
    <div role="status" className="import-added">
      <p><strong>{t.added(dataset.source.title)}</strong> {t.summary(formatNumber(dataset.facts.length, locale), years.join(', '))}</p>
      <p className="import-actions">
        <button type="button" onClick={show}>{t.show(latest)}</button>
        <button type="button" onClick={download}>{t.download}</button>
      </p>
      <p>{t.manifest} <code>{`{ "id": "${dataset.id}", "file": "${dataset.id}.json" }`}</code></p>
    </div>
  );
}
