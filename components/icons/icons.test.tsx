import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ChainIcon } from "./chain-icon";
import { TokenIcon, tokenMark } from "./token-icon";
import { WalletIcon } from "./wallet-icon";
import { AssetSelect } from "@/components/stake/asset-select";

describe("icons", () => {
  it("are decorative inline SVGs sized by className, with no remote images", () => {
    for (const out of [
      renderToStaticMarkup(<TokenIcon symbol="milkTIA" className="size-4" />),
      renderToStaticMarkup(<ChainIcon chain="osmosis" className="size-4" />),
      renderToStaticMarkup(<WalletIcon wallet="keplr" className="size-4" />),
    ]) {
      expect(out).toMatch(/^<svg[^>]*aria-hidden="true"/);
      expect(out).toContain('class="shrink-0 size-4"');
      expect(out).not.toMatch(/<image|href=|src=/);
    }
  });

  it("know every token, chain and wallet of the product, and fall back to a letter", () => {
    for (const s of ["TIA", "BABY", "INIT", "OSMO", "MILK"]) expect(tokenMark(s)).toEqual({ kind: expect.any(String), liquid: false });
    for (const s of ["milkTIA", "milkBABY", "milkINIT"]) expect(tokenMark(s)).toEqual({ kind: expect.any(String), liquid: true });
    expect(tokenMark("milkTIA").kind).toBe(tokenMark("TIA").kind);
    for (const c of ["celestia", "osmosis", "milkyway", "babylon", "initia", "moo"]) expect(renderToStaticMarkup(<ChainIcon chain={c} />)).toContain(`data-chain="${c}"`);
    for (const w of ["keplr", "leap", "demo"]) expect(renderToStaticMarkup(<WalletIcon wallet={w} />)).toContain(`data-wallet="${w}"`);
    expect(renderToStaticMarkup(<TokenIcon symbol="ATOM" />)).toContain(">A</text>");
  });

  it("leave the asset select's accessible name and options as they were", () => {
    const out = renderToStaticMarkup(<AssetSelect id="a" value="milkTIA" options={[{ value: "milkTIA", label: "milkTIA (stake TIA)" }]} onChange={() => {}} />);
    expect(out).toContain('<label for="a"');
    expect(out).toContain(">milkTIA (stake TIA)</option>");
    expect(out).toMatch(/<svg[^>]*aria-hidden="true"[^>]*data-token="milkTIA"/);
  });
});
