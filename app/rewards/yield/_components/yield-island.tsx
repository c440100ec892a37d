"use client";

import dynamic from "next/dynamic";
import { YieldSkeleton } from "./yield-skeleton";

// CosmJS and the query layer load as their own chunk after first paint.
export const YieldIsland = dynamic(() => import("./yield-screen").then((m) => m.YieldScreen), { ssr: false, loading: () => <YieldSkeleton /> });
