/**
 * The geometric marks behind the token and chain icons: our own simple shapes in each brand's
 * colour (no remote images, no copied logos). Drawn on a 24×24 grid; the caller's svg sizes them.
 */
export type MarkKind = "celestia" | "osmosis" | "milkyway" | "babylon" | "initia" | "moo";

export const MARK_COLOURS: Record<MarkKind, string> = {
  celestia: "#7b2bf9",
  osmosis: "#5e12a0",
  milkyway: "#4453e6",
  babylon: "#ce6533",
  initia: "#1a1a1a",
  moo: "#0f9d6e",
};

/** The inside of a mark, white on its coloured disc (the disc is drawn by the caller). */
export function MarkGlyph({ kind }: { kind: MarkKind }) {
  switch (kind) {
    case "celestia":
      // Two interlocking rings.
      return (
        <g fill="none" stroke="#fff" strokeWidth="1.8">
          <circle cx="9.6" cy="12" r="4.6" />
          <circle cx="14.4" cy="12" r="4.6" />
        </g>
      );
    case "osmosis":
      // A large bubble with a small one rising from it.
      return (
        <g fill="#fff">
          <circle cx="10.5" cy="13.5" r="5" />
          <circle cx="16.8" cy="7.2" r="2.2" />
          <circle cx="9" cy="12" r="1.6" fill="#5e12a0" opacity="0.35" />
        </g>
      );
    case "milkyway":
      // A four-pointed star.
      return <path fill="#fff" d="M12 4.5 13.8 10.2 19.5 12 13.8 13.8 12 19.5 10.2 13.8 4.5 12 10.2 10.2Z" />;
    case "babylon":
      // A hexagon with a keyhole-like core.
      return (
        <g>
          <path fill="none" stroke="#fff" strokeWidth="1.8" strokeLinejoin="round" d="M12 5.2 17.9 8.6V15.4L12 18.8 6.1 15.4V8.6Z" />
          <circle cx="12" cy="12" r="2" fill="#fff" />
        </g>
      );
    case "initia":
      // Three stacked bars narrowing upwards.
      return (
        <g fill="#fff">
          <rect x="6" y="15" width="12" height="2.4" rx="1.2" />
          <rect x="7.8" y="10.8" width="8.4" height="2.4" rx="1.2" />
          <rect x="9.6" y="6.6" width="4.8" height="2.4" rx="1.2" />
        </g>
      );
    case "moo":
      // A round head with two horns.
      return (
        <g fill="#fff">
          <path d="M5.5 6.5c0 2.6 1.5 3.9 3.4 4.3L9.6 9c-1.4-.3-2.6-1.2-3-2.5ZM18.5 6.5c0 2.6-1.5 3.9-3.4 4.3L14.4 9c1.4-.3 2.6-1.2 3-2.5Z" />
          <ellipse cx="12" cy="13.6" rx="4.6" ry="4.4" />
          <circle cx="10.3" cy="15.2" r=".9" fill="#0f9d6e" />
          <circle cx="13.7" cy="15.2" r=".9" fill="#0f9d6e" />
        </g>
      );
  }
}
