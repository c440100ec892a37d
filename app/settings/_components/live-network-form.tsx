"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/class-names";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { envRpcEndpoints } from "@/lib/chains/networks";
import type { BlockTransport } from "@/lib/stores/live-transport-store";
import { CHAIN_KEYS, isValidChainId, isValidExplorerTemplate, isValidRpcUrl, LIVE_CHAIN_IDS, type ChainIds, type ChainKey } from "@/lib/stores/network-store";

type Fields = Record<ChainKey, { chainId: string; rpc: string; explorer: string }>;
type Errors = Partial<Record<`${ChainKey}-${"chainId" | "rpc" | "explorer"}`, string>>;

export interface LiveNetworkFormProps {
  liveChainIds: ChainIds;
  rpc: Partial<Record<ChainKey, string>>;
  explorers: Partial<Record<ChainKey, string>>;
  /** Live mode: how each watched chain's new blocks arrive right now. */
  transport?: Partial<Record<ChainKey, BlockTransport>>;
  /** All throw a RangeError for a value the store refuses; the form checks first. */
  onSave: (chainIds: Record<ChainKey, string>, rpc: Record<ChainKey, string>, explorers: Record<ChainKey, string>) => void;
}

const CHAIN_ID_RULE = "Use 1 to 50 letters, digits, dots, dashes or underscores.";
const LOCAL_HTTP_RULE = "Plain http:// works only for a node on this computer (localhost or 127.0.0.1); use https:// for a remote node.";

/** The app's connect-src (lib/security/csp.ts) allows https: anywhere and http: only locally. */
function reachableUnderCsp(url: string): boolean {
  const u = new URL(url);
  return u.protocol === "https:" || u.hostname === "localhost" || u.hostname === "127.0.0.1";
}

const RPC_RULE = "Enter a full http:// or https:// address, or leave it empty.";
const EXPLORER_RULE = "Enter an http:// or https:// address with {hash} where the transaction hash goes, or leave it empty.";

/**
 * The chain-id and CometBFT RPC endpoint live mode uses for each chain. Every field is checked
 * on save, and every endpoint entered is asked for its `status` (it must serve the chain-id
 * next to it); a refusal is shown under the field it concerns and nothing is saved until all
 * pass. An empty endpoint means "use the one this build was configured with".
 */
export function LiveNetworkForm({ liveChainIds, rpc, explorers, transport, onSave }: LiveNetworkFormProps) {
  const built = envRpcEndpoints();
  const [fields, setFields] = useState<Fields>(
    () => Object.fromEntries(CHAIN_KEYS.map((k) => [k, { chainId: liveChainIds[k], rpc: rpc[k] ?? "", explorer: explorers[k] ?? "" }])) as Fields,
  );
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  function update(key: ChainKey, field: "chainId" | "rpc" | "explorer", value: string) {
    setFields((f) => ({ ...f, [key]: { ...f[key], [field]: value } }));
    setStatus(null);
    // A field's message goes once it is edited; the next save checks it again.
    setErrors((e) => ({ ...e, [`${key}-${field}`]: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checking) return;
    const next: Errors = {};
    for (const key of CHAIN_KEYS) {
      const chainId = fields[key].chainId.trim();
      const url = fields[key].rpc.trim();
      if (!isValidChainId(chainId)) next[`${key}-chainId`] = chainId === "" ? `Enter the ${CHAIN_NAMES[key]} chain-id. ${CHAIN_ID_RULE}` : CHAIN_ID_RULE;
      if (url !== "" && !isValidRpcUrl(url)) next[`${key}-rpc`] = RPC_RULE;
      else if (url !== "" && !reachableUnderCsp(url)) next[`${key}-rpc`] = LOCAL_HTTP_RULE;
      const explorer = fields[key].explorer.trim();
      if (explorer !== "" && !isValidExplorerTemplate(explorer)) next[`${key}-explorer`] = EXPLORER_RULE;
    }
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      setStatus(null);
      document.getElementById(`live-${first}`)?.focus();
      return;
    }
    // Every endpoint entered must answer `status` for the chain-id next to it before anything is saved.
    const entered = CHAIN_KEYS.filter((k) => fields[k].rpc.trim() !== "");
    if (entered.length) {
      setChecking(true);
      setStatus(`Checking ${entered.length === 1 ? "the endpoint" : `${entered.length} endpoints`}…`);
      const { checkEndpoint } = await import("@/lib/cosmos/check-endpoint");
      const results = await Promise.all(entered.map((k) => checkEndpoint(fields[k].rpc.trim(), fields[k].chainId.trim())));
      setChecking(false);
      const failed: Errors = {};
      entered.forEach((k, i) => {
        const r = results[i];
        if (!r.ok) failed[`${k}-rpc`] = r.message;
      });
      const firstFailed = Object.keys(failed)[0];
      if (firstFailed) {
        setErrors(failed);
        setStatus("Not saved: an endpoint did not check out.");
        document.getElementById(`live-${firstFailed}`)?.focus();
        return;
      }
    }
    try {
      onSave(
        Object.fromEntries(CHAIN_KEYS.map((k) => [k, fields[k].chainId.trim()])) as Record<ChainKey, string>,
        Object.fromEntries(CHAIN_KEYS.map((k) => [k, fields[k].rpc.trim()])) as Record<ChainKey, string>,
        Object.fromEntries(CHAIN_KEYS.map((k) => [k, fields[k].explorer.trim()])) as Record<ChainKey, string>,
      );
      setStatus("Saved. Live mode uses these chain-ids and endpoints.");
    } catch (e) {
      setStatus(`Not saved: ${(e as Error).message}`);
    }
  }

  return (
    <Card as="section" aria-labelledby="live-network-heading">
      <h2 id="live-network-heading" className="text-base font-semibold tracking-tight">
        Live networks
      </h2>
      <p className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-300">
        Used in live mode only. Each endpoint must report the chain-id set next to it.
      </p>
      <form noValidate onSubmit={submit} className="mt-4 space-y-4">
        {CHAIN_KEYS.map((key) => (
          <fieldset key={key} className="grid min-w-0 gap-3 sm:grid-cols-[10rem_1fr] [&>*]:min-w-0">
            <legend className="mb-1 text-sm font-medium">{CHAIN_NAMES[key]}</legend>
            <Field
              id={`live-${key}-chainId`}
              label="Chain-id"
              value={fields[key].chainId}
              error={errors[`${key}-chainId`]}
              onChange={(v) => update(key, "chainId", v)}
              placeholder={LIVE_CHAIN_IDS[key]}
              spellCheck={false}
            />
            <Field
              id={`live-${key}-rpc`}
              label="RPC endpoint"
              type="url"
              inputMode="url"
              value={fields[key].rpc}
              error={errors[`${key}-rpc`]}
              onChange={(v) => update(key, "rpc", v)}
              placeholder={built[key] ?? "https://…"}
              hint={built[key] ? `Empty: ${built[key]}` : "Not set by this build"}
              spellCheck={false}
            />
            <Field
              id={`live-${key}-explorer`}
              label="Explorer (transaction URL)"
              type="url"
              inputMode="url"
              value={fields[key].explorer}
              error={errors[`${key}-explorer`]}
              onChange={(v) => update(key, "explorer", v)}
              placeholder="https://…/tx/{hash}"
              hint="Links each transaction; {hash} is replaced. Empty: a public explorer for mainnet chain-ids."
              spellCheck={false}
              className="sm:col-start-2"
            />
            {transport?.[key] ? (
              <p className="text-xs text-slate-600 sm:col-start-2 dark:text-slate-300">
                {transport[key] === "pushed"
                  ? "New blocks: pushed by the node over its websocket."
                  : "New blocks: polled. The endpoint's websocket is unavailable or stopped delivering; it is tried again every few minutes."}
              </p>
            ) : null}
          </fieldset>
        ))}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" pending={checking} pendingLabel="Checking endpoints">
            Save live settings
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              setFields((f) => Object.fromEntries(CHAIN_KEYS.map((k) => [k, { ...f[k], chainId: LIVE_CHAIN_IDS[k] }])) as Fields);
              setErrors({});
              setStatus("Mainnet chain-ids filled in; save to use them.");
            }}
          >
            Fill in mainnet chain-ids
          </Button>
          <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
            {status}
          </p>
        </div>
      </form>
    </Card>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  placeholder?: string;
  type?: "text" | "url";
  inputMode?: "text" | "url";
  spellCheck?: boolean;
  className?: string;
  onChange: (value: string) => void;
}

function Field({ id, label, value, error, hint, placeholder, type = "text", inputMode, spellCheck, className, onChange }: FieldProps) {
  const describedBy = [error ? `${id}-error` : null, hint && !error ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("min-w-0", className)}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
      </label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
        spellCheck={spellCheck}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        className={cn(
          "mt-1 block h-9 w-full min-w-0 rounded-lg border bg-white px-3 font-mono text-sm dark:bg-slate-950",
          "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-milk-500",
          error ? "border-red-500 dark:border-red-500" : "border-slate-300 dark:border-slate-700",
        )}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 truncate text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
