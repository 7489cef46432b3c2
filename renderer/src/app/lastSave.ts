// When the open review was last written (its updatedAt), for what follows saves (the sections outline).
// A store outside React state: a save every half second while typing must not re-render the whole app,
// only the components that read it.
import { useSyncExternalStore } from 'react';

let lastSavedAt = '';
const listeners = new Set<() => void>();

export function publishSave(updatedAt: string): void {
  if (updatedAt === lastSavedAt) return;
  lastSavedAt = updatedAt;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The updatedAt of the last save (re-renders the caller after each save). */
export function useLastSave(): string {
  return useSyncExternalStore(subscribe, () => lastSavedAt);
}
