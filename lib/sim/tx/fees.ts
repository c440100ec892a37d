import type { SimChainConfig } from "../../chains/sim-chains";
import { sdk } from "../errors";
import type { SimCoin } from "../coins";

/** "0.0025" → [25n, 10000n]; min gas prices are short decimals in chain config. */
function priceRatio(price: string): [bigint, bigint] {
  const [i, f = ""] = price.split(".");
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}

export function requiredFee(gasLimit: bigint, minGasPrice: string): bigint {
  const [num, den] = priceRatio(minGasPrice);
  return (gasLimit * num + den - 1n) / den;
}

/** The fee must cover the minimum gas price in at least one accepted denom (an OR-set). */
export function assertFeeSufficient(cfg: SimChainConfig, fee: ReadonlyArray<SimCoin>, gasLimit: bigint): void {
  const required = cfg.feeTokens.map((t) => ({ denom: t.denom, amount: requiredFee(gasLimit, t.minGasPrice) }));
  const ok = required.some((r) => r.amount === 0n || fee.some((c) => c.denom === r.denom && c.amount >= r.amount));
  if (!ok) {
    const got = fee.map((c) => `${c.amount}${c.denom}`).join(",") || "0";
    const req = required.map((r) => `${r.amount}${r.denom}`).join(",");
    throw sdk.insufficientFee(`insufficient fees; got: ${got} required: ${req}`);
  }
}
