import { mountAllDeferred } from '../../../components/ui/progressive-mount';
import { useMessages } from '../../../lib/i18n';
import { exportMessages } from '../messages';

/** Panels mount one per frame and charts far down the page on scroll, and chart code is loaded on
 * first use: mount them all, wait until every chart body has drawn (at most a few seconds), then open the dialog. */
async function printAll() {
  const deadline = performance.now() + 4000;
  const drawn = () => [...document.querySelectorAll('.chart-body')].every((body) => body.querySelector('svg'));
  // Panels mounted now may hold charts that wait in turn: mount again on every check.
  for (;;) {
    mountAllDeferred();
    if (drawn() || performance.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
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
