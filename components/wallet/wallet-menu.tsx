"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { cn } from "@/components/ui/class-names";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { ChainIcon } from "@/components/icons/chain-icon";
import { shortAddress } from "./short-address";

export interface WalletMenuAddress {
  chainLabel: string;
  address: string;
}

export interface WalletMenuProps {
  /** "Demo wallet", "Keplr", … */
  walletName: string;
  /** The address the button shows (MilkyWay, else Osmosis). */
  primary: WalletMenuAddress;
  addresses: ReadonlyArray<WalletMenuAddress>;
  /** Demo-only items: export the recovery phrase, reset the keys. */
  isDemo: boolean;
  onCopy: (entry: WalletMenuAddress) => void;
  onExportPhrase: () => void;
  onResetDemo: () => void;
  onDisconnect: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

type Item = { key: string; label: string; hint?: string; chain?: string; danger?: boolean; run: () => void };

/**
 * The connected wallet's button and its menu (WAI-ARIA menu button pattern): Enter, Space or
 * ArrowDown opens it on the first item, ArrowUp on the last; arrows, Home and End move; Escape
 * closes and returns focus to the button; Tab closes and moves on.
 */
export function WalletMenu({ walletName, primary, addresses, isDemo, onCopy, onExportPhrase, onResetDemo, onDisconnect, buttonRef }: WalletMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonId = useId();
  const ownButton = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<"first" | "last" | null>(null);

  const copyItems: Item[] = addresses.map((a) => ({
    key: `copy-${a.chainLabel}`,
    label: `Copy ${a.chainLabel} address`,
    hint: shortAddress(a.address),
    chain: a.chainLabel,
    run: () => onCopy(a),
  }));
  const actionItems: Item[] = [
    ...(isDemo
      ? [
          { key: "export", label: "Export recovery phrase…", run: onExportPhrase },
          { key: "reset", label: "Reset demo wallet…", danger: true, run: onResetDemo },
        ]
      : []),
    { key: "disconnect", label: "Disconnect", run: onDisconnect },
  ];

  useEffect(() => {
    if (!open) return;
    const items = menuItems();
    if (pendingFocus.current === "last") items[items.length - 1]?.focus();
    else items[0]?.focus();
    pendingFocus.current = null;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function menuItems(): HTMLElement[] {
    return Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  }

  function openAt(where: "first" | "last") {
    pendingFocus.current = where;
    setOpen(true);
  }

  function closeAndFocusButton() {
    setOpen(false);
    ownButton.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openAt("first");
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt("last");
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case "ArrowDown":
        return move(index + 1);
      case "ArrowUp":
        return move(index - 1);
      case "Home":
        return move(0);
      case "End":
        return move(items.length - 1);
      case "Escape":
        event.preventDefault();
        return closeAndFocusButton();
      case "Tab":
        return setOpen(false);
    }
  }

  function select(item: Item) {
    // Focus returns to the button first, so a dialog the item opens gives focus back to it.
    closeAndFocusButton();
    item.run();
  }

  const renderItem = (item: Item) => (
    <button
      key={item.key}
      type="button"
      role="menuitem"
      tabIndex={-1}
      onClick={() => select(item)}
      className={cn(
        "flex w-full items-center justify-between gap-3 rounded-md px-3 py-2 text-left text-sm",
        "focus:bg-slate-100 focus:outline-none hover:bg-slate-100 dark:focus:bg-slate-800 dark:hover:bg-slate-800",
        item.danger ? "text-red-700 dark:text-red-300" : "text-slate-800 dark:text-slate-100",
      )}
    >
      <span className="flex items-center gap-2">
        {item.chain ? <ChainIcon chain={item.chain} className="size-4" /> : null}
        {item.label}
      </span>
      {item.hint ? (
        <span aria-hidden="true" className="font-mono text-xs text-slate-600 max-sm:hidden dark:text-slate-300">
          {item.hint}
        </span>
      ) : null}
    </button>
  );

  return (
    <div ref={wrapper} className="relative">
      <button
        ref={(el) => {
          ownButton.current = el;
          if (typeof buttonRef === "function") buttonRef(el);
          else if (buttonRef) buttonRef.current = el;
        }}
        id={buttonId}
        // The wallet picker returns focus here once "Connect wallet" has become this button.
        data-wallet-button=""
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={`${walletName}: ${primary.address}`}
        onClick={() => (open ? setOpen(false) : openAt("first"))}
        onKeyDown={onButtonKeyDown}
        className={cn(
          "inline-flex h-8 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900",
          "hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500",
          "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 max-sm:px-2",
        )}
      >
        <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-emerald-500" />
        <VisuallyHidden>{`${walletName} connected, ${primary.chainLabel} address `}</VisuallyHidden>
        <span className="font-mono text-xs max-sm:max-w-[6.5rem] max-sm:truncate">{shortAddress(primary.address)}</span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-50 mt-2 w-72 max-w-[calc(100vw-1.5rem)] rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg dark:border-slate-800 dark:bg-slate-900"
        >
          <p className="px-3 pt-1.5 pb-1 text-xs font-medium text-slate-500 dark:text-slate-400" aria-hidden="true">
            {walletName}
          </p>
          <div role="group" aria-label="Copy an address">
            {copyItems.map(renderItem)}
          </div>
          <div role="separator" className="my-1.5 h-px bg-slate-200 dark:bg-slate-800" />
          <div role="group" aria-label="Wallet actions">
            {actionItems.map(renderItem)}
          </div>
        </div>
      ) : null}
    </div>
  );
}
