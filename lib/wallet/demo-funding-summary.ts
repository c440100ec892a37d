import { formatAmount } from "../amount/format";
import { MILKTIA_ON_MILKYWAY, SIM_LSTS } from "../chains/lsts";
import { SIM_CHAINS } from "../chains/sim-chains";
import { DEMO_FUNDING } from "./demo-funding";

function symbolOf(chainId: string, denom: string): string {
  const chain = SIM_CHAINS.find((c) => c.chainId === chainId);
  if (chain?.stakeDenom === denom) return chain.stakeSymbol;
  if (denom === MILKTIA_ON_MILKYWAY) return "milkTIA";
  return SIM_LSTS.find((l) => l.ibcDenom === denom && l.chainId === chainId)?.nativeSymbol ?? denom;
}

/** "1,000 TIA on Celestia; 100 OSMO and 500 TIA on Osmosis; …", straight from DEMO_FUNDING. */
export function faucetSummary(): string {
  return DEMO_FUNDING.map((f) => {
    const chain = SIM_CHAINS.find((c) => c.chainId === f.chainId);
    const name = (chain?.name ?? f.chainId).replace(/ \(simulated\)$/, "");
    const coins = f.coins.map((c) => `${formatAmount(c.amount, chain?.decimals ?? 6)} ${symbolOf(f.chainId, c.denom)}`);
    return `${coins.join(" and ")} on ${name}`;
  }).join("; ");
}
