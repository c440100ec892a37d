/**
 * Any "Connect wallet" call to action on a page opens the one dialog the header owns, by this
 * window event, so the page does not need a handle on the header.
 */
export const OPEN_CONNECT_DIALOG_EVENT = "milkyway:open-connect-dialog";

export function requestConnectDialog(): void {
  window.dispatchEvent(new Event(OPEN_CONNECT_DIALOG_EVENT));
}
