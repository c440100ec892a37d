import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { isAddress } from "../address";
import { SIM_CHAINS, simChain } from "../../chains/sim-chains";
import { mintCoins } from "../modules/bank";
import { channelEnd, escrowAddress, splitTrace } from "../modules/ibc-transfer";
import type { World } from "../state";
import { advanceBlocks, advanceTo } from "../world";
import { executeContract, queryContractJson } from "../modules/wasm";
import { freezeHeads } from "./node-faults";
import { setPrice } from "../modules/restaking/pricing";
import { parseDec } from "../../amount/decimal";
import { windDown, WindDownParamError } from "./sim-wind-down";
import { poolHistory } from "../actors/pool-history";
import { SIM_OSMOSIS_POOLS } from "../../chains/osmosis-pools";
import { OSMOSIS_SIM } from "../../chains/sim-chains";

const MAX_FAUCET = 10n ** 15n;
/** Sixty days is about 1,500 hourly steps, a few seconds of work at most. */
const MAX_ADVANCE_SECONDS = 60 * 86_400;
/** About a second of work: every block runs every chain, the relayer and the actors. */
const MAX_ADVANCE_BLOCKS = 1000;

class ParamError extends Error {}

const text = (v: unknown) => v === null || (typeof v === "string" && v.length <= 500);
const flag = (v: unknown) => typeof v === "boolean";
const FAULT_SCHEMA: Record<string, (v: unknown) => boolean> = Object.assign(Object.create(null) as Record<string, (v: unknown) => boolean>, {
  rejectNextCheckTx: text,
  failNextDeliverTx: text,
  rpcError: text,
  delayInclusionBlocks: (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000,
  rpcTimeout: flag,
  relayerStalled: flag,
  rpcGarbage: flag,
  rpcLagging: flag,
  chainHalted: flag,
  chainId: (v: unknown) => v === null || (typeof v === "string" && SIM_CHAINS.some((c) => c.chainId === v)),
});
const FAULT_HINT: Record<string, string> = {
  rejectNextCheckTx: "a log text (at most 500 characters) or null",
  failNextDeliverTx: "a log text (at most 500 characters) or null",
  rpcError: "a message (at most 500 characters) or null",
  delayInclusionBlocks: "an integer from 0 to 1000",
  rpcTimeout: "true or false",
  relayerStalled: "true or false",
  rpcGarbage: "true or false",
  rpcLagging: "true or false",
  chainHalted: "true or false",
  chainId: "a simulated chain id or null",
};

function assertParam(cond: unknown, message: string): asserts cond {
  if (!cond) throw new ParamError(message);
}

/**
 * Credits coins as if they had always been there. An IBC voucher is backed properly: its base
 * denom is minted into the source channel's escrow on the origin chain, so transfers home work.
 */
export function faucet(world: World, chainId: string, address: string, coins: { denom: string; amount: bigint }[]): void {
  const chain = world.chains[chainId];
  for (const c of coins) {
    if (c.denom.startsWith("ibc/")) {
      const full = Object.prototype.hasOwnProperty.call(chain.ibc.traces, c.denom.slice(4)) ? chain.ibc.traces[c.denom.slice(4)] : undefined;
      assertParam(full, `unknown IBC denom ${c.denom} on ${chainId}`);
      const { path, baseDenom } = splitTrace(full);
      const hops = path.split("/");
      if (hops.length === 2) {
        const end = channelEnd(chainId, hops[1])!;
        const origin = world.chains[end.counterpartyChainId];
        const octx = new Ctx(world, origin, new Journal());
        mintCoins(octx, escrowAddress(simChain(origin.chainId).bech32Prefix, end.counterpartyChannel), [{ denom: baseDenom, amount: c.amount }]);
      }
    }
    mintCoins(new Ctx(world, chain, new Journal()), address, [c]);
  }
}

function heightAndTime(world: World, chainId: string) {
  return { height: world.chains[chainId].height, time: new Date(world.timeMs).toISOString(), timeMs: world.timeMs };
}

export function simControl(world: World, chainId: string, method: string, p: any): unknown {
  try {
    switch (method) {
      case "sim_faucet": {
        const prefix = simChain(chainId).bech32Prefix;
        assertParam(typeof p.address === "string" && isAddress(p.address, prefix), `address must be a ${prefix}1… address`);
        assertParam(Array.isArray(p.coins) && p.coins.length > 0 && p.coins.length <= 20, "coins must be a non-empty array of at most 20 coins");
        const coins = p.coins.map((c: any) => {
          assertParam(typeof c?.denom === "string" && /^[a-zA-Z0-9/:._-]{1,128}$/.test(c.denom), "coin denom must be 1-128 characters: letters, digits, / : . _ -");
          assertParam(typeof c?.amount === "string" && /^\d+$/.test(c.amount), "coin amount must be an integer string");
          const amount = BigInt(c.amount);
          assertParam(amount > 0n && amount <= MAX_FAUCET, `coin amount must be between 1 and ${MAX_FAUCET}`);
          return { denom: c.denom, amount };
        });
        faucet(world, chainId, p.address, coins);
        return heightAndTime(world, chainId);
      }
      case "sim_advance": {
        if (p.blocks !== undefined) {
          const n = Number(p.blocks);
          assertParam(Number.isInteger(n) && n > 0 && n <= MAX_ADVANCE_BLOCKS, `blocks must be an integer from 1 to ${MAX_ADVANCE_BLOCKS}`);
          advanceBlocks(world, n);
        } else {
          const s = Number(p.seconds);
          assertParam(Number.isFinite(s) && s > 0 && s <= MAX_ADVANCE_SECONDS, `seconds must be a number from 1 to ${MAX_ADVANCE_SECONDS}`);
          advanceTo(world, world.timeMs + Math.round(s * 1000));
        }
        return heightAndTime(world, chainId);
      }
      case "sim_fault": {
        // Every switch has a schema: nothing else reaches the saved state.
        for (const k of Object.keys(p)) {
          if (k === "clear") {
            assertParam(typeof p.clear === "boolean", "clear must be true or false");
            continue;
          }
          const check = FAULT_SCHEMA[k];
          assertParam(check, `unknown fault switch ${k}`);
          assertParam(check(p[k]), `fault ${k}: ${FAULT_HINT[k]}`);
        }
        if (p.clear) world.faults = {};
        for (const k of Object.keys(p)) if (k !== "clear") (world.faults as Record<string, unknown>)[k] = p[k];
        // A lagging node or a halted chain keeps reporting the head it had at this moment.
        freezeHeads(world);
        return { faults: world.faults };
      }
      case "sim_contract_stopped": {
        // The contract's admin trips the circuit breaker or resumes it (with its current totals),
        // so the app's stopped-contract paths can be exercised like on a winding-down chain.
        assertParam(typeof p.contract === "string" && Object.prototype.hasOwnProperty.call(world.chains[chainId].wasm.contracts, p.contract), `no contract ${String(p.contract).slice(0, 100)} on ${chainId}`);
        assertParam(typeof p.stopped === "boolean", "stopped must be true or false");
        const chain = world.chains[chainId];
        const { admin } = queryContractJson(world, chain, p.contract, { admin: {} }) as { admin: string };
        const ctx = new Ctx(world, chain, new Journal());
        const cfg = queryContractJson(world, chain, p.contract, { config: {} }) as { stopped: boolean };
        if (p.stopped && !cfg.stopped) executeContract(ctx, admin, p.contract, { circuit_breaker: {} }, []);
        if (!p.stopped && cfg.stopped) {
          const st = queryContractJson(world, chain, p.contract, { state: {} }) as Record<string, string>;
          executeContract(ctx, admin, p.contract, { resume_contract: { total_native_token: st.total_native_token, total_liquid_stake_token: st.total_liquid_stake_token, total_reward_amount: st.total_reward_amount } }, []);
        }
        return { stopped: p.stopped };
      }
      case "sim_price": {
        // The oracle's TICKER/USD price on a chain with the restaking module; "0" removes it,
        // which is how a chain loses a price feed (its values then read as "no price").
        assertParam(world.chains[chainId].restaking, `${chainId} has no price oracle`);
        assertParam(typeof p.ticker === "string" && /^[A-Z0-9]{1,20}$/.test(p.ticker), "ticker must be upper-case letters and digits, e.g. TIA");
        assertParam(typeof p.price === "string" && /^\d+(\.\d{1,18})?$/.test(p.price), "price must be a non-negative decimal string");
        setPrice(new Ctx(world, world.chains[chainId], new Journal()), p.ticker, parseDec(p.price));
        return { ticker: p.ticker, price: p.price };
      }
      case "sim_wind_down": {
        // Stop milkTIA's contract and seed a milkTIA/TIA pool with TIA at the last rate, as the
        // team did in January 2026 (sim-wind-down.ts).
        try {
          return windDown(world, chainId, p);
        } catch (e) {
          if (e instanceof WindDownParamError) throw new ParamError(e.message);
          throw e;
        }
      }
      case "sim_pool_history": {
        // Daily price / liquidity / volume samples of an Osmosis pool since genesis (pool-history.ts).
        assertParam(chainId === OSMOSIS_SIM, `sim_pool_history runs on ${OSMOSIS_SIM}`);
        const id = Number(p.poolId);
        assertParam(SIM_OSMOSIS_POOLS.some((x) => x.id === id), `poolId must be one of ${SIM_OSMOSIS_POOLS.map((x) => x.id).join(", ")}`);
        return { poolId: id, points: poolHistory(world, id) };
      }
      case "sim_info":
        return { ...heightAndTime(world, chainId), genesisTimeMs: world.genesisTimeMs, seed: world.seed, faults: world.faults };
      default:
        throw new ParamError(`unknown method ${method}`);
    }
  } catch (e) {
    if (e instanceof ParamError) throw Object.assign(new Error(e.message), { rpcCode: -32602 });
    throw e;
  }
}
