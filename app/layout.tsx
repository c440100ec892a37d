import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { THEME_INIT_SCRIPT } from "@/components/layout/theme";
import { Toaster } from "@/components/tx/toaster";
import { Providers } from "./providers";
import { SimDockIsland } from "./_components/sim-dock-island";
import { SimOwnerBanner } from "./_components/sim-owner-banner";
import { LiveChainHealth } from "./_components/live-chain-health";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "MilkyWay — liquid staking and restaking",
    template: "%s · MilkyWay",
  },
  description:
    "Liquid-stake TIA, BABY and INIT, restake on MilkyWay, and govern — on a bundled protocol simulator or a live network.",
  icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts puts a fresh nonce on every page request; the CSP lets only nonced inline scripts
  // run. Reading it makes every page render per request (a static page cannot carry a nonce).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The inline script adds class="dark" before React hydrates, hence suppressHydrationWarning
    // (it applies to this element's attributes only, not to its children).
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <Providers>
          <SkipLink />
          <SiteHeader />
          <SimOwnerBanner />
          <LiveChainHealth />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
          <SimDockIsland />
          <Toaster />
        </Providers>
      </body>
    </html>
  );
}
