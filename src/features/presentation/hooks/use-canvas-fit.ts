import { useMemo, useSyncExternalStore } from 'react';
import { fitCanvas, type CanvasFit } from '../utils/slide-canvas';

/** Root type size while presenting: presentation.css sets it, so the scale alone makes slides large. */
const PRESENTING_REM_PX = 16;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const windowSize = () => `${window.innerWidth}x${window.innerHeight}`;

/** The presentation covers the window, so the window is the screen the canvas fits. */
export function useCanvasFit(): CanvasFit {
  const size = useSyncExternalStore(subscribe, windowSize, () => '1920x1080');
  return useMemo(() => {
    const [w, h] = size.split('x').map(Number) as [number, number];
    return fitCanvas(w, h, PRESENTING_REM_PX);
  }, [size]);
}
