"use client";

import dynamic from "next/dynamic";
import { PortfolioSkeleton } from "./portfolio-skeleton";

// CosmJS and the query layer load as their own chunk after first paint.
export const PortfolioIsland = dynamic(() => import("./portfolio-screen").then((m) => m.PortfolioScreen), { ssr: false, loading: () => <PortfolioSkeleton /> });
