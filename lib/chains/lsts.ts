/**
 * LST deployments (protocol doc §0, §1). Plain data: denoms and addresses are literals so this
 * module stays out of the crypto chunk; lsts.test.ts proves each one against its derivation.
 */
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
  /** The LST as a voucher on the native chain (one-click staking mints it there). */
  lstOnNativeDenom: string;
  stakerAddress: string;
  rewardCollectorAddress: string;
  treasuryAddress: string;
}

function lst(r: Omit<LstRecord, "lstDenom">): LstRecord {
  return { ...r, lstDenom: `factory/${r.contract}/${r.subdenom}` };
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
    ibcDenom: "ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3877",
    lstOnNativeDenom: "ibc/F428C5D24BEF8CA22EE74810A583422C12F02865ADAC185678C73015A88227B3",
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
    ibcDenom: "ibc/B0BEE773CEF718E8B6D2892A27D57FEFB00BD8B2E698367B5CC96A4F36148726",
    lstOnNativeDenom: "ibc/8FEC4050DEC018BD5277AECA474E7686055258542560DA094E2AE1747720F4AC",
    // Not public on mainnet: simulator stand-ins (simActorAddress of "<symbol>/<role>").
    stakerAddress: "bbn1eg2zlazre55vlr0nnmwaedtyg5r2540d62t6qu",
    rewardCollectorAddress: "bbn177lcrnf0ev7uhy9gxjznvrfjps7n2euuwztj4f",
    treasuryAddress: "milk1nlxv8zjn6hjj0wdrxa4whawtgctsk9j4qrtjmz",
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
    ibcDenom: "ibc/37A3FB4FED4CA04ED6D9E5DA36C6D27248645F0E22F585576A1488B8A89C5A50",
    lstOnNativeDenom: "ibc/88C635F9B7DD7EE9398DBDB05FCBC9B44DFA206BE1220672E45DC4EBE7A7FB08",
    stakerAddress: "init1cjtr9jfzm7s47x3sf3csdnp63k9zx6udr67qy0",
    rewardCollectorAddress: "init10dts558naj7565r785j57xk8juu59trdd52tq5",
    treasuryAddress: "init1azkkhj2n0ev4adasaldcj4uxsj4y9r7f7s0p9g",
  }),
];

/** milkTIA as it arrives on MilkyWay from Osmosis (doc §0): the restakable form of milkTIA. */
export const MILKTIA_ON_MILKYWAY = "ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F";
