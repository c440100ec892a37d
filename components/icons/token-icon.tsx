import { MARK_COLOURS, MarkGlyph, type MarkKind } from "./marks";

/** Which mark a token wears: its home chain's. */
const TOKEN_MARKS: Record<string, MarkKind> = {
  TIA: "celestia",
  BABY: "babylon",
  INIT: "initia",
  OSMO: "osmosis",
  MILK: "milkyway",
};

/** "milkTIA" → { base: "TIA", liquid: true }; anything else is its own base. */
export function tokenMark(symbol: string): { kind: MarkKind | null; liquid: boolean } {
  const liquid = /^milk[A-Z]/.test(symbol);
  const base = liquid ? symbol.slice(4) : symbol;
  return { kind: TOKEN_MARKS[base.toUpperCase()] ?? null, liquid };
}

/**
 * A token's mark: a coloured disc with its chain's glyph. Liquid staking tokens (milkTIA,
 * milkBABY, milkINIT) wear their base token's mark inside a MilkyWay-blue ring with a small milk
 * drop, so "TIA" and "milkTIA" are told apart at a glance. Decorative (aria-hidden) — the symbol
 * is always written next to it. Size it with className (default size-5).
 */
export function TokenIcon({ symbol, className }: { symbol: string; className?: string }) {
  const { kind, liquid } = tokenMark(symbol);
  const fill = kind ? MARK_COLOURS[kind] : "#64748b";
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={`shrink-0 ${className ?? "size-5"}`} data-token={symbol}>
      {liquid ? (
        <>
          <circle cx="12" cy="12" r="12" fill={MARK_COLOURS.milkyway} />
          <circle cx="12" cy="12" r="10" fill="#fff" />
          <g transform="translate(2.4 2.4) scale(0.8)">
            <circle cx="12" cy="12" r="12" fill={fill} />
            {kind ? <MarkGlyph kind={kind} /> : null}
          </g>
          {/* the milk drop */}
          <path d="M19 13.2c1.6 2 2.6 3.4 2.6 4.8a2.6 2.6 0 0 1-5.2 0c0-1.4 1-2.8 2.6-4.8Z" fill="#fff" stroke={MARK_COLOURS.milkyway} strokeWidth="1.2" />
        </>
      ) : (
        <>
          <circle cx="12" cy="12" r="12" fill={fill} />
          {kind ? (
            <MarkGlyph kind={kind} />
          ) : (
            <text x="12" y="16.2" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff" fontFamily="system-ui, sans-serif">
              {symbol.slice(0, 1).toUpperCase()}
            </text>
          )}
        </>
      )}
    </svg>
  );
}
