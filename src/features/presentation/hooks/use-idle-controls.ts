import { useEffect, useState } from 'react';

/** How long the control bar stays after the last mouse move, key or focus. */
const SHOW_FOR_MS = 2500;

/**
 * The control bar is out of the room's sight while presenting: it shows on a mouse move, a key or
 * focus inside it, and hides again after a short pause; starting auto-advance hides it at once.
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
    show();
    window.addEventListener('mousemove', show);
    window.addEventListener('keydown', show);
    window.addEventListener('focusin', show);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', show);
      window.removeEventListener('keydown', show);
      window.removeEventListener('focusin', show);
    };
  }, []);
  return visible;
}
