import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { PanelBoundary } from '../../../components/ui/panel-boundary';
import { PresentingContext } from '../../../components/ui/presenting';
import { useLocale } from '../../../lib/i18n';
import type { Slide } from '../utils/deck';
import { fitCanvas } from '../utils/slide-canvas';

const ASPECT = 16 / 9;

/** The width of an element, followed as it changes. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export interface ScaledSlideProps {
  slide: Slide | undefined;
  /** What the audience's banner reads: filters, view and slide number. */
  banner: { filters: string; where: string };
  empty: string;
  /** A preview: out of the accessibility tree and of the tab order (the current slide is the one read). */
  preview?: boolean;
}

/** A slide as the audience sees it (a 16:9 screen), drawn at the width of its box. */
export function ScaledSlide({ slide, banner, empty, preview }: ScaledSlideProps) {
  const locale = useLocale();
  const [ref, width] = useWidth();
  const height = width / ASPECT;
  const fit = fitCanvas(Math.max(width, 1), Math.max(height, 1), 16);
  const canvas = { width: `${fit.width}px`, height: `${fit.height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})` } satisfies CSSProperties;
  return (
    <div className="scaled-slide" ref={ref} style={{ height: `${height}px` }} aria-hidden={preview || undefined} inert={preview}>
      {width > 0 && (
        <div className="slide-canvas" style={canvas}>
          <header className="presentation-banner">
            <p className="presentation-filters">{banner.filters}</p>
            <p className="presentation-where">{banner.where}</p>
          </header>
          <div className="presentation-stage">
            {slide ? (
              <div className="presentation-slide" data-slide={slide.slide.id} data-empty={empty} key={`${slide.view}-${slide.slide.id}`}>
                <PresentingContext.Provider value={true}>
                  <PanelBoundary name={slide.slide.title[locale]}>
                    <slide.slide.Component />
                  </PanelBoundary>
                </PresentingContext.Provider>
              </div>
            ) : (
              <p>{empty}</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
