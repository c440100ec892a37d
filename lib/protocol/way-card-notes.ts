import { displayBps, displayExactToken, displayPeriod, displayRate } from "../amount/display";
import { denomSymbol } from "./restaking";

/**
 * The contract's notes name base units and raw 18-decimal prices ("12500000umilk at
 * 48000000000000000"); shown as "12.5 MILK at $0.048". Every card asset has 6 decimals.
 * Basis points and day counts read as the rest of the app says them ("50.00%", "90 d"):
 * "bps" never reaches the screen.
 */
export function readableNote(note: string): string {
  return note
    .replace(/\b(\d+) bps\b/g, (_m, bps: string) => displayBps(BigInt(bps)).text)
    .replace(/\bhorizon (\d+) days\b/g, (_m, days: string) => `horizon ${displayPeriod(Number(days))}`)
    .replace(/\b(\d+)((?:ibc\/[0-9A-F]{64})|u[a-z]+)\b(?: at (\d+))?/g, (_m, amount: string, denom: string, price?: string) => {
    // The record of what the contract used: exact, every digit.
    const coin = displayExactToken(BigInt(amount), 6, denomSymbol(denom)).text;
    return price ? `${coin} at $${displayRate(BigInt(price)).exact}` : coin;
  });
}
