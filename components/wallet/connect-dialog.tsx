"use client";

import { lazy, Suspense, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/class-names";
import { Spinner } from "@/components/ui/spinner";
import type { NetworkMode } from "@/lib/stores/network-store";
import { DEMO_WALLET, KEPLR_EXTENSION, KEPLR_MOBILE, LEAP_EXTENSION, WALLET_LABELS, type WalletName } from "@/lib/wallet/wallet-names";
import { ModalDialog } from "./modal-dialog";
import { WalletIcon, type WalletIconKind } from "@/components/icons/wallet-icon";

// The QR encoder is only needed while pairing a phone.
const PairingQr = lazy(() => import("./pairing-qr"));

export interface ConnectDialogProps {
  open: boolean;
  mode: NetworkMode;
  /** The wallets this network offers, in the order shown (cosmos-kit's wallet list). */
  wallets: readonly WalletName[];
  /** Which wallet is connecting (the demo wallet being created, funded or restored; an extension being asked). */
  connecting: WalletName | null;
  /** Why the last attempt failed, shown until the next one. */
  error: string | null;
  onSelect: (wallet: WalletName) => void;
  /** The pairing link while a phone wallet is connecting, shown as a QR code. */
  pairingUri?: string | null;
  onClose: () => void;
  /** Where focus goes on close when the opener is gone (it is replaced once connected). */
  returnFocus?: () => HTMLElement | null | undefined;
}

interface OptionText {
  icon: WalletIconKind;
  note: (simulator: boolean) => string;
  detail?: (simulator: boolean) => string | undefined;
  recommended?: boolean;
}

const extensionNote = (simulator: boolean) =>
  simulator ? "Browser extension — it will be asked to add the simulated chains" : "Browser extension holding your keys";

const OPTION_TEXT: Record<WalletName, OptionText> = {
  [DEMO_WALLET]: {
    icon: "demo",
    note: () => "Test keys kept in this browser — simulator only",
    detail: () => "New wallets receive test tokens on every simulated chain once.",
    recommended: true,
  },
  [KEPLR_EXTENSION]: { icon: "keplr", note: extensionNote },
  [LEAP_EXTENSION]: {
    icon: "leap",
    note: () => "Leap was sunset in May 2026; only if you still have the extension",
    detail: extensionNote,
  },
  [KEPLR_MOBILE]: { icon: "keplr-mobile", note: () => "Keplr on your phone, paired over WalletConnect" },
};

/**
 * The wallet picker (cosmos-kit's walletModal, see wallet-island.tsx). In simulator mode the
 * built-in demo wallet comes first; the extensions follow (on the simulator they are asked to add
 * the simulated chains, which exist only in this browser). In live mode the demo wallet is not
 * offered at all: its keys are test keys.
 */
export function ConnectDialog({ open, mode, wallets, connecting, error, onSelect, pairingUri, onClose, returnFocus }: ConnectDialogProps) {
  const simulator = mode === "simulator";
  const busy = connecting !== null;
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      returnFocus={returnFocus}
      title="Connect a wallet"
      description={
        simulator
          ? "You are on the simulator: its chains exist only in this browser, so nothing you do here touches real funds."
          : "You are on live networks. Connect a browser wallet that holds your keys."
      }
    >
      <ul className="space-y-2" aria-label="Wallets">
        {wallets.map((name, i) => {
          const t = OPTION_TEXT[name];
          return (
            <WalletOption
              key={name}
              name={WALLET_LABELS[name]}
              icon={t.icon}
              note={t.note(simulator)}
              detail={t.detail?.(simulator)}
              badge={t.recommended ? <Badge tone="info">Recommended</Badge> : undefined}
              pending={connecting === name}
              disabled={busy && connecting !== name}
              onSelect={() => onSelect(name)}
              autoFocus={i === 0}
            />
          );
        })}
      </ul>
      {connecting !== null && pairingUri ? (
        <Suspense fallback={<Spinner />}>
          <PairingQr uri={pairingUri} />
        </Suspense>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          Could not connect: {error}
        </p>
      ) : null}
    </ModalDialog>
  );
}

interface WalletOptionProps {
  name: string;
  /** Which mark to draw beside the name (decorative). */
  icon: WalletIconKind;
  note: string;
  detail?: string;
  badge?: ReactNode;
  disabled?: boolean;
  pending?: boolean;
  autoFocus?: boolean;
  onSelect?: () => void;
}

function WalletOption({ name, icon, note, detail, badge, disabled, pending, autoFocus, onSelect }: WalletOptionProps) {
  const slug = name.toLowerCase().replace(/\s+/g, "-");
  const noteId = `wallet-option-${slug}-note`;
  return (
    // The button holds only the wallet's name (its accessible name, matching what is seen); its
    // ::after stretches over the whole card so the note and badge are part of the click target.
    <li
      className={cn(
        "relative flex items-start gap-3 rounded-lg border px-4 py-3 transition-colors",
        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-milk-500",
        disabled
          ? "border-slate-200 bg-slate-50 text-slate-600 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-400"
          : "border-slate-300 hover:border-milk-400 hover:bg-milk-50 dark:border-slate-700 dark:hover:bg-slate-800",
      )}
    >
      <WalletIcon wallet={icon} className="mt-0.5 size-8" />
      <span className="flex-1">
        <span className="flex flex-wrap items-center gap-2 font-medium">
          {/*
            aria-disabled rather than disabled: the option stays reachable by Tab, so a screen-reader
            user hears why it cannot be used instead of never finding it.
          */}
          <button
            type="button"
            aria-disabled={disabled || pending || undefined}
            aria-busy={pending || undefined}
            aria-describedby={noteId}
            data-autofocus={autoFocus || undefined}
            onClick={() => {
              if (!disabled && !pending) onSelect?.();
            }}
            className={cn(
              "text-left font-medium focus-visible:outline-none after:absolute after:inset-0 after:rounded-lg after:content-['']",
              disabled || pending ? "cursor-not-allowed" : "cursor-pointer",
            )}
          >
            {name}
          </button>
          {badge}
          {pending ? (
            <span className="inline-flex items-center gap-1 text-sm font-normal text-slate-600 dark:text-slate-300">
              <Spinner /> Connecting…
            </span>
          ) : null}
        </span>
        <span id={noteId} className="mt-0.5 block text-sm">
          <span className={disabled ? undefined : "text-amber-800 dark:text-amber-300"}>{note}</span>
          {detail ? <span className="block text-slate-600 dark:text-slate-400">{detail}</span> : null}
        </span>
      </span>
    </li>
  );
}
