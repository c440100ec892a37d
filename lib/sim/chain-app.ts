// Every chain's codecs write through cosmjs-types' BinaryWriter: fix its 64-bit varints first.
import "../cosmos/proto/binary-writer-fix";
import { simChain } from "../chains/sim-chains";
import type { MsgRoute, QueryRoute, SimModule } from "./module";
import { authModule } from "./modules/auth";
import { bankModule } from "./modules/bank";
import { ibcTransferModule } from "./modules/ibc-transfer";
import { stakingModule } from "./modules/staking";
import { distributionModule } from "./modules/distribution";
import { govModule } from "./modules/gov";
import { wasmModule } from "./modules/wasm";
import { restakingModule } from "./modules/restaking/module";
import { poolmanagerModule } from "./modules/osmosis/poolmanager-module";
import { protorevModule } from "./modules/osmosis/protorev";
import { epochsModule } from "./modules/osmosis/epochs";
import { gammModule } from "./modules/osmosis/gamm-module";
import { concentratedLiquidityModule } from "./modules/osmosis/cl-module";

/** The modules a chain runs, from its config: one generic machine, modules switched per chain. */
export interface ChainApp {
  modules: SimModule[];
  msgs: Map<string, MsgRoute & { module: string }>;
  queries: Map<string, QueryRoute>;
}

const apps = new Map<string, ChainApp>();

export function chainApp(chainId: string): ChainApp {
  let app = apps.get(chainId);
  if (app) return app;
  const cfg = simChain(chainId);
  const modules: SimModule[] = [authModule, bankModule, ibcTransferModule];
  if (cfg.modules.includes("staking")) modules.push(stakingModule, distributionModule);
  if (cfg.modules.includes("gov")) modules.push(govModule);
  if (cfg.modules.includes("wasm")) modules.push(wasmModule);
  if (cfg.modules.includes("restaking")) modules.push(restakingModule);
  if (cfg.modules.includes("pools")) modules.push(poolmanagerModule, gammModule, concentratedLiquidityModule, protorevModule, epochsModule);
  const msgs = new Map<string, MsgRoute & { module: string }>();
  const queries = new Map<string, QueryRoute>();
  for (const m of modules) {
    for (const [url, route] of Object.entries(m.msgs ?? {})) msgs.set(url, { ...route, module: m.name });
    for (const [path, route] of Object.entries(m.queries ?? {})) queries.set(path, route);
  }
  app = { modules, msgs, queries };
  apps.set(chainId, app);
  return app;
}
