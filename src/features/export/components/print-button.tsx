import { useMessages } from '../../../lib/i18n';
import { exportMessages } from '../messages';

export function PrintButton() {
  const t = useMessages(exportMessages);
  return (
    <button type="button" onClick={() => window.print()}>
      {t.print}
    </button>
  );
}
