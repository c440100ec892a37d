"use client";

import dynamic from "next/dynamic";
import { HistorySkeleton } from "./history-skeleton";

// CosmJS, the decoders and the wallet load as their own chunk after first paint.
export const HistoryIsland = dynamic(() => import("./history-screen").then((m) => m.HistoryScreen), { ssr: false, loading: () => <HistorySkeleton /> });
