import { createContext } from 'react';

/** The panels of one view that have nothing under the current filters, in the order they said so. */
export class EmptyPanels {
  private list: { id: string; title: string }[] = [];
  private listeners = new Set<() => void>();
  add(id: string, title: string) {
    this.list = [...this.list.filter((p) => p.id !== id), { id, title }];
    this.listeners.forEach((l) => l());
  }
  remove(id: string) {
    this.list = this.list.filter((p) => p.id !== id);
    this.listeners.forEach((l) => l());
  }
  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  get = () => this.list;
}

export const EmptyPanelsContext = createContext<EmptyPanels | null>(null);
