import { useLayoutEffect, useRef } from 'react';
import { commandForKey, type SlideCommand } from '../utils/navigation';
import { usePageKeys } from './use-present-key';

interface Handlers {
  onCommand: (command: SlideCommand) => void;
  onExit: () => void;
  onToggleAuto: () => void;
  /** `?`: the list of keys. */
  onHelp?: () => void;
  /** `R`: the presenter view. */
  onPresenter?: () => void;
  /** `F`: full screen. */
  onFullscreen?: () => void;
}

/**
 * The deck's keys, while it is shown (P, which starts it, is usePresentKey's): arrows, Space,
 * PageUp/Down, Home/End move, A toggles auto-advance, ? lists the keys, Esc leaves.
 */
export function usePresentationKeys(handlers: Handlers): void {
  usePageKeys((e) => {
    const { onCommand, onExit, onToggleAuto } = handlers;
    // Buttons keep Space/Enter for themselves.
    if (e.key === ' ' && (e.target as HTMLElement | null)?.tagName === 'BUTTON') return;
    const command = commandForKey(e.key);
    if (command) {
      e.preventDefault();
      onCommand(command);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onExit();
    } else if (e.key === 'a' || e.key === 'A') {
      e.preventDefault();
      onToggleAuto();
    } else if (e.key === '?') {
      e.preventDefault();
      handlers.onHelp?.();
    } else if ((e.key === 'r' || e.key === 'R') && handlers.onPresenter) {
      e.preventDefault();
      handlers.onPresenter();
    } else if ((e.key === 'f' || e.key === 'F') && handlers.onFullscreen) {
      e.preventDefault();
      handlers.onFullscreen();
    }
  });

  // Esc in full screen is taken by the browser: leaving full screen leaves the presentation too.
  const h = useRef(handlers);
  useLayoutEffect(() => {
    h.current = handlers;
  });
  useLayoutEffect(() => {
    let wasFullscreen = !!document.fullscreenElement;
    const onFullscreen = () => {
      if (!document.fullscreenElement && wasFullscreen) h.current.onExit();
      wasFullscreen = !!document.fullscreenElement;
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, []);
}
