import { mountAllCharts } from '../../../components/ui/deferred-mount';
import { useMessages } from '../../../lib/i18n';
import { exportMessages } from '../messages';

/** Charts far down the page mount on scroll, and their code is loaded on first use: mount them
 * all, wait until every chart body has drawn (at most a few seconds), then open the dialog. */
async function printAll() {
  mountAllCharts();
  const deadline = performance.now() + 4000;
  const drawn = () => [...document.querySelectorAll('.chart-body')].every((body) => body.querySelector('svg'));
  while (!drawn() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.print();
}

export function PrintButton() {
  const t = useMessages(exportMessages);
  return (
    <button type="button" onClick={() => void printAll()}>
      {t.print}
    </button>
  );
}
