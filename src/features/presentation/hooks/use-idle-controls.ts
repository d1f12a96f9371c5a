import { useEffect, useState } from 'react';
import { commandForKey } from '../utils/navigation';

/** How long the control bar stays after the last mouse move, key or focus. */
const SHOW_FOR_MS = 2500;

/**
 * The control bar is out of the room's sight while presenting: it shows on a mouse move, focus
 * inside it or a key, and hides again after a short pause; starting auto-advance hides it at once.
 * The keys that move through the slides (→, Space, PageDown, ←, PageUp, Home, End) do not bring it
 * back: a presenter moving on with the keyboard needs no buttons, and the bar would cover the
 * bottom of the new slide while the room reads it.
 */
export function useIdleControls(auto: boolean): boolean {
  const [visible, setVisible] = useState(true);
  const [wasAuto, setWasAuto] = useState(auto);
  if (auto !== wasAuto) {
    setWasAuto(auto);
    if (auto) setVisible(false);
  }
  useEffect(() => {
    let timer = 0;
    const show = () => {
      setVisible(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        // Keep it while the keyboard is inside it.
        if (!document.activeElement?.closest('.presentation-controls')) setVisible(false);
      }, SHOW_FOR_MS);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!commandForKey(e.key)) show();
    };
    show();
    window.addEventListener('mousemove', show);
    window.addEventListener('keydown', onKey);
    window.addEventListener('focusin', show);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', show);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focusin', show);
    };
  }, []);
  return visible;
}
