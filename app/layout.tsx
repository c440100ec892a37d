import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "MilkyWay — liquid staking and restaking",
  description: "Liquid-stake TIA, BABY and INIT, restake on MilkyWay, and govern — on a bundled protocol simulator or a live network.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
