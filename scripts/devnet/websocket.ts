import type { Server } from "node:http";
import type { World } from "../../lib/sim/state";
import type { GuardOptions } from "./guard";

export function attachWebsocket(_server: Server, _world: World, _opts: GuardOptions, _known: (chainId: string) => boolean): void {}
