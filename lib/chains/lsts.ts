import { sha256 } from "@cosmjs/crypto";
import { toBech32, toHex, toUtf8 } from "@cosmjs/encoding";
import { BABYLON_SIM, CELESTIA_SIM, INITIA_SIM, MILKYWAY_SIM, MOO_SIM, OSMOSIS_SIM } from "./sim-chains";

/** A liquid staking token: one deployment of the staking contract (protocol doc §1). */
export interface LstRecord {
  symbol: string;
  nativeSymbol: string;
  decimals: number;
  /** Where the contract lives (the "protocol chain"). */
  chainId: string;
  contract: string;
  subdenom: string;
  lstDenom: string;
  nativeChainId: string;
  nativeDenom: string;
  nativePrefix: string;
  nativeValoperPrefix: string;
  /** Channel on the protocol chain that leads to the native chain. */
  protocolChannel: string;
  /** Channel on the native chain that leads to the protocol chain. */
  nativeChannel: string;
  /** The native token's denom on the protocol chain. */
  ibcDenom: string;
  stakerAddress: string;
  rewardCollectorAddress: string;
  treasuryAddress: string;
}

export function ibcDenom(path: string): string {
  return `ibc/${toHex(sha256(toUtf8(path))).toUpperCase()}`;
}

/** Deterministic stand-in addresses for actors whose mainnet address is not public. */
export function simActorAddress(prefix: string, label: string): string {
  return toBech32(prefix, sha256(toUtf8(`milkyway-sim/${label}`)).slice(0, 20));
}

function lst(r: Omit<LstRecord, "lstDenom" | "ibcDenom">): LstRecord {
  return {
    ...r,
    lstDenom: `factory/${r.contract}/${r.subdenom}`,
    ibcDenom: ibcDenom(`transfer/${r.protocolChannel}/${r.nativeDenom}`),
  };
}

export const SIM_LSTS: ReadonlyArray<LstRecord> = [
  lst({
    symbol: "milkTIA",
    nativeSymbol: "TIA",
    decimals: 6,
    chainId: OSMOSIS_SIM,
    contract: "osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0",
    subdenom: "umilkTIA",
    nativeChainId: CELESTIA_SIM,
    nativeDenom: "utia",
    nativePrefix: "celestia",
    nativeValoperPrefix: "celestiavaloper",
    protocolChannel: "channel-6994",
    nativeChannel: "channel-2",
    stakerAddress: "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt",
    rewardCollectorAddress: "celestia1vr00egrck8a0dax68fgglrm3n8v4yz9wjj7cj2",
    treasuryAddress: "osmo1r88fszmnpn8ez5wc42pssd2597mhtrdzex7tzzulj98fmqee2fksg7z5yh",
  }),
  lst({
    symbol: "milkBABY",
    nativeSymbol: "BABY",
    decimals: 6,
    chainId: MILKYWAY_SIM,
    contract: "milk1qg5ega6dykkxc307y25pecuufrjkxkaggkkxh7nad0vhyhtuhw3ssgcye4",
    subdenom: "umilkBABY",
    nativeChainId: BABYLON_SIM,
    nativeDenom: "ubbn",
    nativePrefix: "bbn",
    nativeValoperPrefix: "bbnvaloper",
    protocolChannel: "channel-4",
    nativeChannel: "channel-4",
    stakerAddress: simActorAddress("bbn", "milkBABY/staker"),
    rewardCollectorAddress: simActorAddress("bbn", "milkBABY/rewards"),
    treasuryAddress: simActorAddress("milk", "milkBABY/treasury"),
  }),
  lst({
    symbol: "milkINIT",
    nativeSymbol: "INIT",
    decimals: 6,
    chainId: MOO_SIM,
    contract: "init17p9rzwnnfxcjp32un9ug7yhhzgtkhvl9jfksztgw5uh69wac2pgsj6uxxj",
    subdenom: "umilkINIT",
    nativeChainId: INITIA_SIM,
    nativeDenom: "uinit",
    nativePrefix: "init",
    nativeValoperPrefix: "initvaloper",
    protocolChannel: "channel-0",
    nativeChannel: "channel-0",
    stakerAddress: simActorAddress("init", "milkINIT/staker"),
    rewardCollectorAddress: simActorAddress("init", "milkINIT/rewards"),
    treasuryAddress: simActorAddress("init", "milkINIT/treasury"),
  }),
];
