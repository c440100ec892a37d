import { MARK_COLOURS, MarkGlyph, type MarkKind } from "./marks";

/** Chain keys the product knows (the ChainKey union of lib/stores/network-store). */
export type ChainIconKey = MarkKind;

/**
 * A chain's mark: a coloured rounded square with a white glyph. Decorative (aria-hidden) — the
 * chain's name is always written next to it. Size it with className (default size-5).
 */
export function ChainIcon({ chain, className }: { chain: string; className?: string }) {
  const kind = (chain.toLowerCase() in MARK_COLOURS ? chain.toLowerCase() : null) as MarkKind | null;
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={`shrink-0 ${className ?? "size-5"}`} data-chain={kind ?? "unknown"}>
      <rect width="24" height="24" rx="6" fill={kind ? MARK_COLOURS[kind] : "#64748b"} />
      {kind ? (
        <MarkGlyph kind={kind} />
      ) : (
        <text x="12" y="16.2" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff" fontFamily="system-ui, sans-serif">
          {chain.slice(0, 1).toUpperCase()}
        </text>
      )}
    </svg>
  );
}
