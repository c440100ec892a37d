/**
 * Where the Way Card lives (docs/way-card.md). The card is this app's own model, deployed only
 * on the simulated MilkyWay chain; no live network has it. Plain literals so this module stays
 * out of the crypto chunk; way-card.test.ts proves them against their derivations.
 */
import { MILKYWAY_SIM } from "./sim-chains";

export const WAY_CARD_CHAIN_ID = MILKYWAY_SIM;
/** derivedAddress("milk", "wasm", "way-card"). */
export const WAY_CARD_CONTRACT = "milk1uv5exg0ln06sdyzc73xz5jtd5kmteg3jnjxq8gk43ae5dyhpnjyszp76x6";
/** The card program's key: sends the daily `epoch` (simActorAddress("milk", "way-card/program")). */
export const WAY_CARD_PROGRAM = "milk12l7frwgesy42s2rwhhrp2rl9mgftpwf8mxf890";
/** Deployer and admin (simActorAddress("milk", "way-card/admin")). */
export const WAY_CARD_ADMIN = "milk1n572dhuqz90echvdfxsw6ee0vggltxyx4w8n2j";

/** The card's contract on a chain, or null where the card is not available. */
export function wayCardContractOn(chainId: string): string | null {
  return chainId === WAY_CARD_CHAIN_ID ? WAY_CARD_CONTRACT : null;
}

/** Simulated merchants: ids are what `purchase{merchant}` takes. */
export const WAY_CARD_MERCHANTS: ReadonlyArray<{ id: string; name: string; category: string }> = [
  { id: "nebula-coffee", name: "Nebula Coffee", category: "Food and drink" },
  { id: "orbit-books", name: "Orbit Books", category: "Books" },
  { id: "lactea-transit", name: "Lactea Transit", category: "Travel" },
  { id: "comet-grocer", name: "Comet Grocer", category: "Groceries" },
];
