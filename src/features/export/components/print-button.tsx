import { mountAllCharts } from '../../../components/ui/deferred-mount';
import { useMessages } from '../../../lib/i18n';
import { exportMessages } from '../messages';

/** Charts far down the page mount on scroll: mount them all and let them size before printing. */
function printAll() {
  mountAllCharts();
  requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
}

export function PrintButton() {
  const t = useMessages(exportMessages);
  return (
    <button type="button" onClick={printAll}>
      {t.print}
    </button>
  );
}
