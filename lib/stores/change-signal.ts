/**
 * "Something saved under localStorage changed": same-tab writers call notify(), other tabs reach
 * subscribers through the `storage` event. One per store that screens read and mutations write.
 */
export function changeSignal(): { subscribe(cb: () => void): () => void; notify(): void } {
  const listeners = new Set<() => void>();
  return {
    subscribe(cb) {
      listeners.add(cb);
      window.addEventListener("storage", cb);
      return () => {
        listeners.delete(cb);
        window.removeEventListener("storage", cb);
      };
    },
    notify: () => listeners.forEach((l) => l()),
  };
}
