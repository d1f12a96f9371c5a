import { useCallback } from 'react';
import { moveSlide, type SlideCommand } from '../utils/navigation';
import { usePresentation } from './use-presentation';

/** The deck's moves (next, previous, first, last), each one history entry. Apart from usePresentation, which every page's Presenta button loads. */
export function useSlideMoves(): (command: SlideCommand, total: number) => void {
  const { state, update } = usePresentation();
  return useCallback((command, total) => update({ slide: moveSlide(state.slide, total, command) }), [update, state.slide]);
}
