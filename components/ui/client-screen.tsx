"use client";

import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from "react";

/** True once any client screen has mounted: from then on renders are not hydration. */
let hydrated = false;

/**
 * A client-only component loaded as its own chunk after first paint, like `next/dynamic` with
 * `ssr: false`, but without Suspense. next/dynamic suspends on every mount, and React throttles
 * the reveal of a suspended boundary to 300 ms after its fallback: a nav click to a route whose
 * screen chunk was already loaded still showed the skeleton for ~300 ms. Here a chunk already
 * loaded renders at once on a client-side navigation; during hydration the fallback renders
 * first, as on the server, so the markup matches.
 */
export function clientScreen<P extends object>(load: () => Promise<ComponentType<P>>, fallback: () => ReactNode): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null; // a failed chunk load may be retried by the next mount
        throw e;
      },
    ));

  let queued = false;
  /**
   * Starts the chunk's download from the first render, as React.lazy does, but in a task of its
   * own: left to the mount effect, inserting the chunk's script tags ran inside the one task that
   * flushes every effect of hydration, one of a fresh load's longest.
   */
  const preload = () => {
    if (loaded || pending || queued || typeof window === "undefined") return;
    queued = true;
    setTimeout(() => {
      queued = false;
      // A failure is reported by the mount effect, which asks again.
      get().catch(() => undefined);
    }, 0);
  };

  function ClientScreen(props: P) {
    preload();
    const [state, setState] = useState<{ C: ComponentType<P> | null; error: unknown }>(() => ({ C: hydrated ? loaded : null, error: null }));
    useEffect(() => {
      hydrated = true;
      if (state.C) return;
      if (loaded) {
        startTransition(() => setState({ C: loaded, error: null }));
        return;
      }
      let alive = true;
      get().then(
        // As a transition, the screen's first render yields to the browser every few ms instead
        // of holding the main thread for the whole tree (a phone's longest task after load).
        (C) => alive && startTransition(() => setState({ C, error: null })),
        (error: unknown) => alive && setState({ C: null, error }),
      );
      return () => {
        alive = false;
      };
    }, [state.C]);
    // A chunk that failed to load goes to the nearest error boundary, as with next/dynamic.
    if (state.error) throw state.error;
    const { C } = state;
    return C ? <C {...props} /> : <>{fallback()}</>;
  }
  return ClientScreen;
}
