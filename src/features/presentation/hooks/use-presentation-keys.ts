import { useLayoutEffect, useRef } from 'react';
import { commandForKey, type SlideCommand } from '../utils/navigation';
import { isTyping } from './use-present-key';

interface Handlers {
  active: boolean;
  onEnter: () => void;
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

/** P enters; while presenting: arrows, Space, PageUp/Down, Home/End move, A toggles auto-advance, ? lists the keys, Esc leaves. */
export function usePresentationKeys(handlers: Handlers): void {
  const h = useRef(handlers);
  // Layout effects: the listener and the handlers it calls are in place when the deck is committed,
  // before the browser can deliver the next key (a passive effect can run after it).
  useLayoutEffect(() => {
    h.current = handlers;
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const { active, onEnter, onCommand, onExit, onToggleAuto } = h.current;
      if (!active) {
        if (e.key === 'p' || e.key === 'P') {
          e.preventDefault();
          onEnter();
        }
        return;
      }
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
        h.current.onHelp?.();
      } else if ((e.key === 'r' || e.key === 'R') && h.current.onPresenter) {
        e.preventDefault();
        h.current.onPresenter();
      } else if ((e.key === 'f' || e.key === 'F') && h.current.onFullscreen) {
        e.preventDefault();
        h.current.onFullscreen();
      }
    };
    const onFullscreen = () => {
      // Esc in full screen is taken by the browser: leaving full screen leaves the presentation too.
      if (!document.fullscreenElement && h.current.active && wasFullscreen) h.current.onExit();
      wasFullscreen = !!document.fullscreenElement;
    };
    let wasFullscreen = !!document.fullscreenElement;
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}
