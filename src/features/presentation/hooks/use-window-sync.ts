import { useEffect, useRef, useState } from 'react';
import { selectUrlState, useFiltersStore } from '../../../store/filters-store';
import { parseUrl, serializeUrl } from '../../../store/url-state';
import { PRESENTER_PARAM } from '../utils/presentation-state';
import { handleMessage, nextStamp, sharedUrl, SYNC_CHANNEL, SYNC_STORAGE_KEY, type Role, type SyncLocal, type SyncMessage } from '../utils/window-sync';

interface Transport {
  post: (msg: SyncMessage) => void;
  close: () => void;
}

/** BroadcastChannel where there is one; else messages written to localStorage, read by `storage` events. */
function openTransport(onMessage: (data: unknown) => void): Transport {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channel.onmessage = (e: MessageEvent) => onMessage(e.data);
    return { post: (msg) => channel.postMessage(msg), close: () => channel.close() };
  }
  const onStorage = (e: StorageEvent) => {
    if (e.key !== SYNC_STORAGE_KEY || !e.newValue) return;
    try {
      onMessage((JSON.parse(e.newValue) as { msg?: unknown }).msg);
    } catch {
      /* not ours */
    }
  };
  window.addEventListener('storage', onStorage);
  return {
    post: (msg) => {
      try {
        localStorage.setItem(SYNC_STORAGE_KEY, JSON.stringify({ msg, nonce: Math.random() }));
      } catch {
        /* no storage: this window works alone */
      }
    },
    close: () => window.removeEventListener('storage', onStorage),
  };
}

const currentShared = () => sharedUrl(serializeUrl(selectUrlState(useFiltersStore.getState())));

/** Whether this window was opened by another of ours (the presenter's): the audience window from its first paint. */
function openedByUs(): boolean {
  try {
    return !!window.opener && (window.opener as Window).location.origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * Joins this window to the presentation's windows: its changes go to them, theirs come here.
 * Returns whether the other role's window is there (the audience's for the presenter, and the other way round).
 */
export function useWindowSync(role: Role): boolean {
  const [peer, setPeer] = useState(() => role === 'audience' && openedByUs());
  const roleRef = useRef(role);
  useEffect(() => {
    roleRef.current = role;
  });

  useEffect(() => {
    const store = useFiltersStore;
    const local: SyncLocal = { id: Math.random().toString(36).slice(2) + Date.now().toString(36), role: roleRef.current, url: currentShared(), at: 0 };
    let applying = false;
    const transport = openTransport((data) => {
      local.role = roleRef.current;
      const out = handleMessage(local, data);
      local.at = out.at;
      if (out.peer && out.peer.role !== local.role) setPeer(out.peer.present);
      if (out.apply) {
        const [path, query = ''] = out.apply.split('?', 2) as [string, string?];
        const parsed = parseUrl(path, query ? `?${query}` : '');
        if (local.role === 'presenter') parsed.state.extra[PRESENTER_PARAM] = '1';
        local.url = out.apply;
        applying = true;
        try {
          store.getState().hydrate({ ...parsed, rejected: [] });
        } finally {
          applying = false;
        }
      }
      if (out.reply) transport.post(out.reply);
    });
    const unsubscribe = store.subscribe(() => {
      const url = currentShared();
      if (applying || url === local.url) return;
      local.url = url;
      local.at = nextStamp(local.at, Date.now());
      local.role = roleRef.current;
      transport.post({ type: 'state', from: local.id, role: local.role, url, at: local.at });
    });
    transport.post({ type: 'hello', from: local.id, role: local.role });
    const bye = () => transport.post({ type: 'bye', from: local.id, role: roleRef.current });
    window.addEventListener('pagehide', bye);
    return () => {
      bye();
      window.removeEventListener('pagehide', bye);
      unsubscribe();
      transport.close();
    };
  }, []);
  return peer;
}
