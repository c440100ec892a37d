import {
  closeCard,
  epoch,
  lockCollateral,
  openCard,
  purchase,
  setAutoTopUp,
  setFrozen,
  setHorizon,
  topUp,
  unlockCollateral,
} from "./way-card-execute";
import { query } from "./way-card-query";
import { CW2, ERR, K, validateAddress, type AssetConfig, type Config, type Fields, type Merchant } from "./way-card-state";
import { ContractError, type ContractApi, type ContractResponse, type MessageInfo, type SimContract } from "./types";

/**
 * The Way Card (docs/way-card.md): this app's own model of MilkyWay's announced yield-backed
 * card, as a CosmWasm-style contract on the simulated MilkyWay chain.
 *
 * Instantiate: `{program, collateral:{denom,ticker,exponent,symbol}, refund:{…}, assets:[{…}],
 * merchants:[{id,name,category}]}`.
 */
export const wayCardContract: SimContract = {
  cw2: CW2,
  instantiate,
  execute,
  query,
};

function variant(msg: unknown): { name: string; body: Fields } {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg) || Object.keys(msg).length !== 1) {
    throw new ContractError(ERR.parse("expected an object with exactly one key"));
  }
  const [name, body] = Object.entries(msg as Fields)[0];
  if (body !== null && (typeof body !== "object" || Array.isArray(body))) {
    throw new ContractError(ERR.parse(`invalid type for \`${name}\`, expected a struct`));
  }
  return { name, body: (body ?? {}) as Fields };
}

function execute(api: ContractApi, info: MessageInfo, msg: unknown): ContractResponse {
  const { name, body } = variant(msg);
  switch (name) {
    case "open_card":
      return openCard(api, info, body);
    case "top_up":
      return topUp(api, info);
    case "lock_collateral":
      return lockCollateral(api, info);
    case "unlock_collateral":
      return unlockCollateral(api, info, body);
    case "set_auto_top_up":
      return setAutoTopUp(api, info, body);
    case "set_horizon":
      return setHorizon(api, info, body);
    case "purchase":
      return purchase(api, info, body);
    case "freeze":
      return setFrozen(api, info, true);
    case "unfreeze":
      return setFrozen(api, info, false);
    case "close_card":
      return closeCard(api, info);
    case "epoch":
      return epoch(api, info, body);
    default:
      throw new ContractError(ERR.parse(`unknown variant \`${name}\``));
  }
}

function asset(v: unknown, field: string): AssetConfig {
  const f = (v ?? {}) as Fields;
  if (typeof f.denom !== "string" || typeof f.ticker !== "string" || typeof f.symbol !== "string" || typeof f.exponent !== "number") {
    throw new ContractError(ERR.parse(`missing field \`${field}\``));
  }
  return { denom: f.denom, ticker: f.ticker, exponent: f.exponent, symbol: f.symbol };
}

function instantiate(api: ContractApi, _info: MessageInfo, msg: unknown): ContractResponse {
  const m = (msg ?? {}) as Fields;
  const collateral = asset(m.collateral, "collateral");
  const refund = asset(m.refund, "refund");
  if (!Array.isArray(m.assets) || !Array.isArray(m.merchants)) throw new ContractError(ERR.parse("missing field `assets` or `merchants`"));
  const merchants = (m.merchants as Fields[]).map((x): Merchant => {
    if (typeof x.id !== "string" || x.id === "" || typeof x.name !== "string") throw new ContractError(ERR.parse("invalid merchant"));
    return { id: x.id, name: x.name, category: typeof x.category === "string" ? x.category : "" };
  });
  const config: Config = {
    program: validateAddress(m.program, "program"),
    collateral,
    refund,
    assets: (m.assets as unknown[]).map((a) => asset(a, "assets")),
    merchants,
  };
  api.set(K.config, config);
  return { attributes: [{ key: "action", value: "instantiate" }, { key: "program", value: config.program }] };
}
