import { useMemo, useSyncExternalStore } from 'react';
import { fitCanvas, type CanvasFit } from '../utils/slide-canvas';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's size and root type size, as one comparable value. */
function screenKey(): string {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return `${window.innerWidth} ${window.innerHeight} ${rem}`;
}

/** The presentation covers the window, so the window is the screen the canvas fits. */
export function useCanvasFit(): CanvasFit {
  const key = useSyncExternalStore(subscribe, screenKey, () => '1920 1080 16');
  return useMemo(() => {
    const [w, h, rem] = key.split(' ').map(Number) as [number, number, number];
    return fitCanvas(w, h, rem);
  }, [key]);
}
