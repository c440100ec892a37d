import { displayExactToken } from "../amount/display";
import { chainConfig } from "../chains/networks";
import { feeReserve } from "../protocol/liquid-staking";
import type { ChainKey } from "../stores/network-store";

/**
 * The network fee a confirmation shows before signing: the budgeted gas at the chain's minimum
 * gas price, in its first fee token. An estimate — the signing client simulates the real gas —
 * but the same figure the Max buttons keep back, so the two never disagree.
 */
export function networkFeeText(key: ChainKey): string {
  const cfg = chainConfig(key);
  const fee = cfg.feeTokens[0];
  const symbol = fee.denom === cfg.stakeDenom ? cfg.stakeSymbol : fee.denom;
  return `≈ ${displayExactToken(feeReserve(fee.minGasPrice), cfg.decimals, symbol).text}`;
}
