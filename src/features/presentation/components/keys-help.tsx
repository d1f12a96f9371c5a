import { useEffect, useRef } from 'react';
import { useMessages } from '../../../lib/i18n';
import { presentationMessages } from '../messages';

/** The presenter's keys, shown over the slide with `?` and closed with `?`, Esc or its button. */
export function KeysHelp({ onClose }: { onClose: () => void }) {
  const t = useMessages(presentationMessages);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const back = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => back?.focus?.({ preventScroll: true });
  }, []);
  return (
    <div className="keys-help" role="dialog" aria-modal="false" aria-labelledby="keys-help-title">
      <h2 id="keys-help-title">{t.keysTitle}</h2>
      <dl>
        {t.keyList.map(([keys, what]) => (
          <div key={keys}>
            <dt><kbd>{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" ref={close} onClick={onClose}>{t.close}</button>
    </div>
  );
}
