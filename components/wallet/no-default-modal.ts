/**
 * Stands in for `@interchain-ui/react` (next.config.js aliases it here). @cosmos-kit/react
 * imports that UI kit for its default wallet modal, which this app never renders: the island
 * passes our own picker as `walletModal`, and ChainProvider then uses it instead. Without the
 * alias the kit (and its styling runtime) would be bundled into the wallet island for nothing;
 * it is not installed. If anything ever does render the default modal, it fails loudly here.
 */
function notBundled(): never {
  throw new Error("cosmos-kit's default modal is not bundled: pass `walletModal` to ChainProvider.");
}

export const ConnectModal = notBundled;
export const ConnectModalHead = notBundled;
export const ConnectModalQRCode = notBundled;
export const ConnectModalStatus = notBundled;
export const ConnectModalWalletList = notBundled;
export const ThemeProvider = notBundled;
export const useTheme = notBundled;
