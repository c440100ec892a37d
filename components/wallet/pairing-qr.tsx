"use client";

import { useMemo, useState } from "react";
import { encode } from "uqr";

export interface PairingQrProps {
  /** The WalletConnect pairing link (wc:…). */
  uri: string;
}

/**
 * The WalletConnect pairing link as a QR code for a phone to scan, drawn as one SVG path built
 * from the module matrix (no HTML string is injected), plus the link itself: "Open Keplr Mobile"
 * for a phone browser and "Copy link" for anyone who cannot scan. Loaded only when pairing.
 */
export default function PairingQr({ uri }: PairingQrProps) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const { path, size } = useMemo(() => {
    const qr = encode(uri, { ecc: "M", border: 2 });
    let d = "";
    qr.data.forEach((row, y) => row.forEach((dark, x) => (dark ? (d += `M${x} ${y}h1v1h-1z`) : undefined)));
    return { path: d, size: qr.size };
  }, [uri]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(uri);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }

  return (
    <div className="mt-4 space-y-3 text-sm">
      <p>Scan with Keplr Mobile (Settings → WalletConnect), then approve the connection on your phone.</p>
      <svg
        role="img"
        aria-label="QR code of the WalletConnect pairing link"
        viewBox={`0 0 ${size} ${size}`}
        shapeRendering="crispEdges"
        className="mx-auto size-56 rounded-lg bg-white p-1"
      >
        <path d={path} fill="#000" />
      </svg>
      <div className="flex flex-wrap gap-2">
        <a
          href={`keplrwallet://wcV2?${encodeURIComponent(uri)}`}
          className="rounded-lg bg-milk-600 px-3 py-2 font-medium text-white hover:bg-milk-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500"
        >
          Open Keplr Mobile
        </a>
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-lg border border-slate-300 px-3 py-2 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Copy link
        </button>
      </div>
      <p role="status" className="text-slate-600 dark:text-slate-300">
        {copied === "yes" ? "Pairing link copied." : copied === "no" ? "This browser refused the clipboard; scan the code instead." : "Waiting for your phone…"}
      </p>
    </div>
  );
}
