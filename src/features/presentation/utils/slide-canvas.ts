/**
 * Slides are laid out on a canvas of fixed logical width and scaled to the screen as one picture.
 * At 16:9 the canvas is 75 rem wide (1200 × 675 px with 16 px type), at 4:3 64 rem (1024 × 768);
 * shapes between take a width between, shapes beyond are letterboxed.
 */
const WIDTH_REM = { narrow: 64, wide: 75 };
const MIN_ASPECT = 4 / 3;
const MAX_ASPECT = 16 / 9;

export interface CanvasFit {
  /** Logical size, CSS px. */
  width: number;
  height: number;
  /** Screen px per logical px. */
  scale: number;
  /** Offset that centres the scaled canvas. */
  x: number;
  y: number;
}

/**
 * Fits the slide canvas to a screen: the same slide, larger on a larger screen. On a 1920 × 1080
 * screen the canvas is drawn at 1.6×, so page text of 0.8 rem (12.8 px, the smallest the panels use)
 * reaches 20 px; a 4K screen doubles that, and a 1024 × 768 projector shows it at 1×.
 */
export function fitCanvas(screenWidth: number, screenHeight: number, remPx: number): CanvasFit {
  const aspect = Math.min(Math.max(screenWidth / Math.max(screenHeight, 1), MIN_ASPECT), MAX_ASPECT);
  const t = (aspect - MIN_ASPECT) / (MAX_ASPECT - MIN_ASPECT);
  const width = Math.round((WIDTH_REM.narrow + t * (WIDTH_REM.wide - WIDTH_REM.narrow)) * remPx);
  const height = Math.round(width / aspect);
  const scale = Math.max(Math.min(screenWidth / width, screenHeight / height), 0.01);
  return { width, height, scale, x: (screenWidth - width * scale) / 2, y: (screenHeight - height * scale) / 2 };
}
