/**
 * An ABCI error as a Cosmos SDK chain reports it: codespace + code + log text. Every refusal
 * in the simulator is one of these, so one error→text map serves the simulator and live chains.
 */
export class SdkError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "SdkError";
  }
}

// cosmos-sdk types/errors codes (codespace "sdk").
export const sdk = {
  txDecode: (m: string) => new SdkError("sdk", 2, `${m}: tx parse error`),
  unauthorized: (m: string) => new SdkError("sdk", 4, `${m}: unauthorized`),
  insufficientFunds: (m: string) => new SdkError("sdk", 5, `${m}: insufficient funds`),
  unknownRequest: (m: string) => new SdkError("sdk", 6, `${m}: unknown request`),
  invalidAddress: (m: string) => new SdkError("sdk", 7, `${m}: invalid address`),
  memoTooLarge: (m: string) => new SdkError("sdk", 12, `${m}: memo too large`),
  invalidCoins: (m: string) => new SdkError("sdk", 10, `${m}: invalid coins`),
  outOfGas: (m: string) => new SdkError("sdk", 11, `${m}: out of gas`),
  insufficientFee: (m: string) => new SdkError("sdk", 13, `${m}: insufficient fee`),
  invalidRequest: (m: string) => new SdkError("sdk", 18, `${m}: invalid request`),
  invalidChainId: (m: string) => new SdkError("sdk", 28, `${m}: tx intended signer does not match the given signer`),
  wrongSequence: (m: string) => new SdkError("sdk", 32, `${m}: incorrect account sequence`),
  unknownAddress: (m: string) => new SdkError("sdk", 9, `${m}: unknown address`),
  notFound: (m: string) => new SdkError("sdk", 38, `${m}: not found`),
  invalidPubKey: (m: string) => new SdkError("sdk", 8, `${m}: invalid pubkey`),
};

/** gRPC status as ABCI query errors carry it; CosmJS matches on this text (e.g. NotFound). */
export class QueryError extends Error {
  constructor(
    readonly grpcCode: "NotFound" | "InvalidArgument" | "Unknown" | "Unimplemented" | "Internal",
    message: string,
    // baseapp gRPCErrorToSDKError: NotFound → 38, InvalidArgument → 18, anything else → 6 (unknown request).
    readonly abciCode = grpcCode === "NotFound" ? 38 : grpcCode === "Internal" ? 6 : 18,
  ) {
    super(`rpc error: code = ${grpcCode} desc = ${message}`);
    this.name = "QueryError";
  }
}
