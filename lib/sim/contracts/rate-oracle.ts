import { ContractError, type ContractApi, type ContractResponse, type MessageInfo, type SimContract } from "./types";

/**
 * The redemption-rate oracle the staking contract posts to after every state change
 * (protocol doc §1.5). History is bucketed to one sample per hour of block time per denom
 * (a later post in the same hour overwrites) and capped, so months of simulated history stay
 * small while still feeding the app's rate charts.
 *
 * instantiate `{allowed:[addr]}`; execute `post_rates{denom, purchase_rate, redemption_rate}`;
 * query `redemption_rate{denom}` → `{redemption_rate, update_time}` and
 * `historical_redemption_rates{denom, limit?}` → `{redemption_rates:[{denom, redemption_rate,
 * update_time}]}`, newest first. `update_time` is unix seconds.
 */

export const SAMPLE_BUCKET_SECONDS = 3_600;
export const MAX_SAMPLES_PER_DENOM = 2_000;

export const ORACLE_ERR = {
  unauthorized: (sender: string) => `Unauthorized: ${sender}`,
  noRate: (denom: string) => `No redemption rate found for denom ${denom}`,
  parse: (detail: string) => `Error parsing into type oracle::msg::ExecuteMsg: ${detail}`,
  invalidDecimal: (v: string) => `Generic error: Error parsing decimal '${v}'`,
};

interface Sample {
  redemption_rate: string;
  purchase_rate: string;
  update_time: number;
}

// Denoms contain "/", so they are URI-encoded to keep one denom's prefix from matching another's.
const enc = (denom: string) => encodeURIComponent(denom);
const K = {
  allowed: "allowed",
  latest: (denom: string) => `latest/${enc(denom)}`,
  histPrefix: (denom: string) => `hist/${enc(denom)}/`,
  hist: (denom: string, bucket: number) => `hist/${enc(denom)}/${bucket.toString().padStart(16, "0")}`,
  count: (denom: string) => `count/${enc(denom)}`,
};

const DECIMAL = /^\d+(\.\d{1,18})?$/;

function body(msg: unknown, parse: (d: string) => string): { name: string; f: Record<string, unknown> } {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg) || Object.keys(msg).length !== 1) {
    throw new ContractError(parse("expected an object with exactly one key"));
  }
  const [name, f] = Object.entries(msg as Record<string, unknown>)[0];
  return { name, f: (f ?? {}) as Record<string, unknown> };
}

function str(v: unknown, field: string, parse: (d: string) => string): string {
  if (typeof v !== "string") throw new ContractError(parse(`missing field \`${field}\``));
  return v;
}

function decimal(v: unknown, field: string): string {
  const s = str(v, field, ORACLE_ERR.parse);
  if (!DECIMAL.test(s)) throw new ContractError(ORACLE_ERR.invalidDecimal(s));
  return s;
}

function postRates(api: ContractApi, info: MessageInfo, f: Record<string, unknown>): ContractResponse {
  const denom = str(f.denom, "denom", ORACLE_ERR.parse);
  const redemption = decimal(f.redemption_rate, "redemption_rate");
  const purchase = decimal(f.purchase_rate, "purchase_rate");
  const allowed = api.get<string[]>(K.allowed) ?? [];
  if (!allowed.includes(info.sender)) throw new ContractError(ORACLE_ERR.unauthorized(info.sender));

  const now = Number(api.env.block.timeNs / 1_000_000_000n);
  const sample: Sample = { redemption_rate: redemption, purchase_rate: purchase, update_time: now };
  api.set(K.latest(denom), sample);

  const key = K.hist(denom, Math.floor(now / SAMPLE_BUCKET_SECONDS));
  if (api.get<Sample>(key) === undefined) {
    const count = (api.get<number>(K.count(denom)) ?? 0) + 1;
    if (count > MAX_SAMPLES_PER_DENOM) {
      // Only reached once per new hour, so listing the keys here stays cheap.
      api.del(api.keys(K.histPrefix(denom))[0]);
      api.set(K.count(denom), MAX_SAMPLES_PER_DENOM);
    } else {
      api.set(K.count(denom), count);
    }
  }
  api.set(key, sample);

  return {
    attributes: [
      { key: "action", value: "post_rates" },
      { key: "denom", value: denom },
      { key: "redemption_rate", value: redemption },
      { key: "purchase_rate", value: purchase },
    ],
  };
}

const queryParse = (d: string) => `Error parsing into type oracle::msg::QueryMsg: ${d}`;

export const rateOracleContract: SimContract = {
  cw2: { contract: "milkyway-oracle", version: "1.0.0" },

  instantiate(api, _info, msg) {
    const allowed = (msg as { allowed?: unknown } | null)?.allowed;
    if (!Array.isArray(allowed) || allowed.some((a) => typeof a !== "string")) {
      throw new ContractError("Error parsing into type oracle::msg::InstantiateMsg: missing field `allowed`");
    }
    api.set(K.allowed, [...allowed]);
    return { attributes: [{ key: "action", value: "instantiate" }] };
  },

  execute(api, info, msg) {
    const { name, f } = body(msg, ORACLE_ERR.parse);
    if (name !== "post_rates") throw new ContractError(ORACLE_ERR.parse(`unknown variant \`${name}\``));
    return postRates(api, info, f);
  },

  query(api, msg) {
    const { name, f } = body(msg, queryParse);
    const denom = str(f.denom, "denom", queryParse);
    switch (name) {
      case "redemption_rate": {
        const s = api.get<Sample>(K.latest(denom));
        if (!s) throw new ContractError(ORACLE_ERR.noRate(denom));
        return { redemption_rate: s.redemption_rate, update_time: s.update_time };
      }
      case "historical_redemption_rates": {
        let limit = Number.POSITIVE_INFINITY;
        if (f.limit !== undefined && f.limit !== null) {
          if (typeof f.limit !== "number" || !Number.isSafeInteger(f.limit) || f.limit < 0) {
            throw new ContractError(queryParse("invalid type for field `limit`, expected u64"));
          }
          limit = f.limit;
        }
        const keys = api.keys(K.histPrefix(denom));
        const out = [];
        for (let i = keys.length - 1; i >= 0 && out.length < limit; i--) {
          const s = api.get<Sample>(keys[i])!;
          out.push({ denom, redemption_rate: s.redemption_rate, update_time: s.update_time });
        }
        return { redemption_rates: out };
      }
      default:
        throw new ContractError(queryParse(`unknown variant \`${name}\``));
    }
  },
};
