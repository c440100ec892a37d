import type { Ctx } from "./ctx";
import type { ChainState, World } from "./state";

export interface MsgRoute<T = any> {
  /** Protobuf codec of the message (cosmjs-types style). */
  codec: { decode(bytes: Uint8Array): T };
  /** Bech32 signer addresses, in the order the SDK derives them. */
  signers(msg: T): string[];
  /** Fixed gas for the message, on top of per-write gas. */
  gas: number;
  /** Executes the message; returns the encoded Msg…Response (empty for `{}`). */
  handle(ctx: Ctx, msg: T): Uint8Array;
}

export interface QueryEnv {
  world: World;
  chain: ChainState;
}

/** gRPC query: request protobuf bytes → response protobuf bytes. Throw QueryError to refuse. */
export type QueryRoute = (q: QueryEnv, request: Uint8Array) => Uint8Array;

export interface SimModule {
  name: string;
  msgs?: Record<string, MsgRoute>;
  queries?: Record<string, QueryRoute>;
  beginBlock?(ctx: Ctx): void;
  endBlock?(ctx: Ctx): void;
}
