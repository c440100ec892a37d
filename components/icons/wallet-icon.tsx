/**
 * Wallet marks for the wallet picker: our own simple shapes in each wallet's colour (no copied
 * logos, no remote images). Decorative (aria-hidden): the wallet's name is the button's text.
 */
export type WalletIconKind = "keplr" | "keplr-mobile" | "leap" | "demo";

export function WalletIcon({ wallet, className }: { wallet: WalletIconKind | string; className?: string }) {
  const cls = `shrink-0 ${className ?? "size-8"}`;
  switch (wallet) {
    case "keplr":
    case "keplr-mobile":
      return (
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={cls} data-wallet={wallet}>
          <rect width="24" height="24" rx="6" fill="#1d4ed8" />
          <rect width="24" height="12" rx="6" fill="#3b82f6" opacity="0.55" />
          {/* a bold K */}
          <path fill="#fff" d="M7.5 5.5h2.8v5.3l4.6-5.3h3.4l-5.1 5.7 5.4 7.3h-3.4l-4-5.5-.9 1v4.5H7.5Z" />
          {wallet === "keplr-mobile" ? <rect x="16.5" y="14" width="5" height="8" rx="1.2" fill="#fff" stroke="#1d4ed8" strokeWidth="1" /> : null}
        </svg>
      );
    case "leap":
      return (
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={cls} data-wallet={wallet}>
          <rect width="24" height="24" rx="6" fill="#22a06b" />
          {/* a frog's head: two eyes on a wide face */}
          <ellipse cx="12" cy="15" rx="7.5" ry="5" fill="#c8f5dc" />
          <circle cx="8" cy="9" r="3.2" fill="#c8f5dc" />
          <circle cx="16" cy="9" r="3.2" fill="#c8f5dc" />
          <circle cx="8" cy="9" r="1.4" fill="#0b3d2a" />
          <circle cx="16" cy="9" r="1.4" fill="#0b3d2a" />
          <path d="M9 16.2c1.8 1.2 4.2 1.2 6 0" fill="none" stroke="#0b3d2a" strokeWidth="1.2" strokeLinecap="round" />
        </svg>
      );
    case "demo":
      return (
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={cls} data-wallet={wallet}>
          <rect width="24" height="24" rx="6" fill="#4453e6" />
          {/* a key: test keys kept in this browser */}
          <circle cx="9" cy="12" r="3.6" fill="none" stroke="#fff" strokeWidth="2" />
          <path d="M12.4 12H19M16.5 12v3M19 12v2.2" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
    default:
      return (
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={cls} data-wallet="unknown">
          <rect width="24" height="24" rx="6" fill="#64748b" />
          <rect x="5" y="8" width="14" height="10" rx="2" fill="none" stroke="#fff" strokeWidth="1.8" />
          <path d="M15 13h2" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
  }
}
