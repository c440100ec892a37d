/**
 * Genesis of the Osmosis pools (lib/chains/osmosis-pools.ts lists them): the milkTIA/TIA
 * concentrated pools #1335, #1475, #1800 and the balancer pools #2001 MILK/OSMO,
 * #2002 milkBABY/MILK and #2003 TIA/OSMO, seeded by liquidity providers with ranged positions around the
 * redemption rate (1 at genesis: the contracts start empty and mint 1:1).
 *
 * Every token comes from where it would on the real chains, so supplies and the LST contracts'
 * books stay consistent: bridged tokens are escrowed on their home chain and minted as vouchers
 * (the state an ICS-20 transfer leaves), and milkTIA / milkBABY are minted by liquid-staking
 * through the contracts.
 */
import { OSMOSIS_DENOMS, SIM_OSMOSIS_POOLS } from "../../chains/osmosis-pools";
import { SIM_LSTS } from "../../chains/lsts";
import { ibcDenom, simActorAddress } from "../../chains/derive";
import { BABYLON_SIM, CELESTIA_SIM, MILKYWAY_SIM, OSMOSIS_SIM, simChain } from "../../chains/sim-chains";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { channelEnd, escrowAddress } from "../modules/ibc-transfer";
import { mintCoins, sendCoins } from "../modules/bank";
import { executeContract } from "../modules/wasm";
import { clCreatePosition } from "../modules/osmosis/cl-keeper";
import { createBalancerPool, createConcentratedPool } from "../modules/osmosis/pool-create";
import type { World } from "../state";
import { ARBITRAGEUR, POOL_TRADERS } from "../actors/pool-market";
import { recordPoolHistory } from "../actors/pool-history";
import { updateProtorevPools } from "../modules/osmosis/protorev";
import { WIND_DOWN_TEAM, WIND_DOWN_TREASURY_TIA } from "../rpc/sim-wind-down";

const UNIT = 1_000_000n;
const DEC = 10n ** 18n;

/** Liquidity providers on Osmosis (and their MilkyWay twin for milkBABY). */
export const POOL_LPS = {
  a: simActorAddress("osmo", "pools/lp-a"),
  b: simActorAddress("osmo", "pools/lp-b"),
  c: simActorAddress("osmo", "pools/lp-c"),
  balancer: simActorAddress("osmo", "pools/lp-balancer"),
} as const;
const MILKYWAY_LP = simActorAddress("milk", "pools/lp-balancer");
/** Pool #2003's sides, whole tokens. */
const TIA_OSMO = { tia: 200_000n, osmo: 4_000_000n };

/**
 * The state an ICS-20 transfer of a native token leaves: the amount escrowed on its home chain
 * (minted there, or taken from `holder`), the voucher minted on the other end, its trace recorded.
 */
function bridgeAtGenesis(
  world: World,
  a: { from: string; channel: string; denom: string; amount: bigint; holder?: string; to: string; receiver: string },
): string {
  const end = channelEnd(a.from, a.channel);
  if (!end || end.counterpartyChainId !== a.to) throw new Error(`no channel ${a.channel} from ${a.from} to ${a.to}`);
  const src = new Ctx(world, world.chains[a.from], new Journal());
  const escrow = escrowAddress(simChain(a.from).bech32Prefix, a.channel);
  const coin = { denom: a.denom, amount: a.amount };
  if (a.holder) sendCoins(src, a.holder, escrow, [coin]);
  else mintCoins(src, escrow, [coin]);
  const path = `transfer/${end.counterpartyChannel}/${a.denom}`;
  const voucher = ibcDenom(path);
  const dst = new Ctx(world, world.chains[a.to], new Journal());
  if (!dst.chain.ibc.traces[voucher.slice(4)]) dst.set(dst.chain.ibc.traces, voucher.slice(4), path);
  mintCoins(dst, a.receiver, [{ denom: voucher, amount: a.amount }]);
  return voucher;
}

/** Liquid-stakes `amount` of the LST's IBC native token for `staker` through its contract. */
function liquidStake(world: World, symbol: string, staker: string, amount: bigint): void {
  const lst = SIM_LSTS.find((l) => l.symbol === symbol)!;
  const ctx = new Ctx(world, world.chains[lst.chainId], new Journal());
  executeContract(ctx, staker, lst.contract, { liquid_stake: {} }, [{ denom: lst.ibcDenom, amount }]);
}

/** Spread factors as LegacyDec from the "0.0005" strings of the pool list. */
function decOf(s: string): bigint {
  const [w, f = ""] = s.split(".");
  return BigInt(w) * DEC + BigInt(f.padEnd(18, "0"));
}

/**
 * Positions by pool id: provider, tick range, and the amount of each token offered (whole
 * tokens). Ranges are about symmetric around 1 in price ratio (0.9 – 1/0.9 …), so each takes
 * about as much milkTIA as TIA; ticks below 0 step 10^-7 in price, above 0 step 10^-6.
 */
const CL_POSITIONS: Record<number, Array<{ lp: keyof typeof POOL_LPS; lower: bigint; upper: bigint; amount: bigint }>> = {
  // 0.05%, the deepest: a wide range and tight ones around 1.
  1475: [
    { lp: "a", lower: -1_000_000n, upper: 111_100n, amount: 150_000n }, // 0.9 – 1.1111
    { lp: "b", lower: -50_000n, upper: 5_000n, amount: 250_000n }, // 0.995 – 1.005
    { lp: "c", lower: -20_000n, upper: 30_000n, amount: 60_000n }, // 0.998 – 1.03
  ],
  1335: [
    { lp: "a", lower: -500_000n, upper: 52_600n, amount: 60_000n }, // 0.95 – 1.0526
    { lp: "c", lower: -100_000n, upper: 10_100n, amount: 30_000n }, // 0.99 – 1.0101
  ],
  1800: [{ lp: "b", lower: -200_000n, upper: 20_400n, amount: 40_000n }], // 0.98 – 1.0204
};

export function setupOsmosisPools(world: World): void {
  const osmo = new Ctx(world, world.chains[OSMOSIS_SIM], new Journal());
  const tia = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;

  // TIA for each provider: half stays TIA, half is liquid-staked into milkTIA.
  for (const lp of ["a", "b", "c"] as const) {
    const need = Object.values(CL_POSITIONS)
      .flat()
      .filter((p) => p.lp === lp)
      .reduce((s, p) => s + p.amount, 0n);
    bridgeAtGenesis(world, { from: CELESTIA_SIM, channel: tia.nativeChannel, denom: tia.nativeDenom, amount: 2n * need * UNIT, to: OSMOSIS_SIM, receiver: POOL_LPS[lp] });
    liquidStake(world, "milkTIA", POOL_LPS[lp], need * UNIT);
  }

  for (const def of SIM_OSMOSIS_POOLS.filter((p) => p.type === "concentrated")) {
    const poolId = createConcentratedPool(osmo, {
      id: def.id,
      denom0: def.denoms[0],
      denom1: def.denoms[1],
      tickSpacing: 100n,
      spreadFactor: decOf(def.spreadFactor),
    });
    for (const p of CL_POSITIONS[def.id] ?? []) {
      const provided = [
        { denom: def.denoms[0], amount: p.amount * UNIT },
        { denom: def.denoms[1], amount: p.amount * UNIT },
      ];
      clCreatePosition(osmo, poolId, POOL_LPS[p.lp], provided, 0n, 0n, p.lower, p.upper);
    }
  }

  // MILK bridged from MilkyWay; OSMO is Osmosis's own.
  const milkAmount = 3_000_000n * UNIT;
  // Both balancer pools' MILK side, plus 5% more for the traders.
  const milk = bridgeAtGenesis(world, { from: MILKYWAY_SIM, channel: "channel-0", denom: "umilk", amount: (2n * milkAmount * 105n) / 100n, to: OSMOSIS_SIM, receiver: POOL_LPS.balancer });
  mintCoins(osmo, POOL_LPS.balancer, [{ denom: OSMOSIS_DENOMS.OSMO, amount: (600_000n + TIA_OSMO.osmo) * UNIT }]);
  bridgeAtGenesis(world, { from: CELESTIA_SIM, channel: tia.nativeChannel, denom: tia.nativeDenom, amount: TIA_OSMO.tia * UNIT, to: OSMOSIS_SIM, receiver: POOL_LPS.balancer });

  // milkBABY: BABY bridged to MilkyWay, liquid-staked there, the milkBABY bridged on to Osmosis
  // (the pool's side to the provider, the rest split among the traders).
  const baby = SIM_LSTS.find((l) => l.symbol === "milkBABY")!;
  const babyAmount = 1_500_000n * UNIT;
  const babyPerTrader = 50_000n * UNIT;
  const babyTotal = babyAmount + babyPerTrader * BigInt(POOL_TRADERS.length);
  bridgeAtGenesis(world, { from: BABYLON_SIM, channel: baby.nativeChannel, denom: baby.nativeDenom, amount: babyTotal, to: MILKYWAY_SIM, receiver: MILKYWAY_LP });
  liquidStake(world, "milkBABY", MILKYWAY_LP, babyTotal);
  bridgeAtGenesis(world, { from: MILKYWAY_SIM, channel: "channel-0", denom: baby.lstDenom, amount: babyTotal, holder: MILKYWAY_LP, to: OSMOSIS_SIM, receiver: POOL_LPS.balancer });

  for (const def of SIM_OSMOSIS_POOLS.filter((p) => p.type === "balancer")) {
    // MILK/OSMO priced at 0.2 OSMO per MILK; milkBABY/MILK at 2 MILK per milkBABY; TIA/OSMO at 20 OSMO per TIA.
    const amounts: Record<string, bigint> =
      def.id === 2001
        ? { [milk]: milkAmount, [OSMOSIS_DENOMS.OSMO]: 600_000n * UNIT }
        : def.id === 2002
          ? { [OSMOSIS_DENOMS.milkBABY]: babyAmount, [milk]: 2n * babyAmount }
          : { [OSMOSIS_DENOMS.TIA]: TIA_OSMO.tia * UNIT, [OSMOSIS_DENOMS.OSMO]: TIA_OSMO.osmo * UNIT };
    createBalancerPool(osmo, {
      id: def.id,
      creator: POOL_LPS.balancer,
      assets: def.denoms.map((denom) => ({ denom, amount: amounts[denom], weight: 1n })),
      swapFee: decOf(def.spreadFactor),
      exitFee: 0n,
    });
  }

  // The market's actors (lib/sim/actors/pool-market.ts): an arbitrageur with TIA to buy
  // discounted milkTIA or mint it at the rate, traders with both sides of every pool.
  bridgeAtGenesis(world, { from: CELESTIA_SIM, channel: tia.nativeChannel, denom: tia.nativeDenom, amount: 1_500_000n * UNIT, to: OSMOSIS_SIM, receiver: ARBITRAGEUR });
  for (const trader of POOL_TRADERS) {
    bridgeAtGenesis(world, { from: CELESTIA_SIM, channel: tia.nativeChannel, denom: tia.nativeDenom, amount: 100_000n * UNIT, to: OSMOSIS_SIM, receiver: trader });
    liquidStake(world, "milkTIA", trader, 50_000n * UNIT);
    mintCoins(osmo, trader, [{ denom: OSMOSIS_DENOMS.OSMO, amount: 50_000n * UNIT }]);
    sendCoins(osmo, POOL_LPS.balancer, trader, [
      { denom: milk, amount: (2n * milkAmount * 5n) / 100n / BigInt(POOL_TRADERS.length) },
      { denom: OSMOSIS_DENOMS.milkBABY, amount: babyPerTrader },
    ].sort((a, b) => (a.denom < b.denom ? -1 : 1)));
  }
  // protorev's InitGenesis builds its highest-liquidity pool map (the pool manager prices volume with it).
  updateProtorevPools(osmo);
  // The MilkyWay team's TIA treasury on Osmosis, which sim_wind_down seeds the exit from.
  bridgeAtGenesis(world, { from: CELESTIA_SIM, channel: tia.nativeChannel, denom: tia.nativeDenom, amount: WIND_DOWN_TREASURY_TIA * UNIT, to: OSMOSIS_SIM, receiver: WIND_DOWN_TEAM });
  recordPoolHistory(world);
}
