// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SelectField } from "./select-field";

const OPTIONS = [
  { value: "osmosis", label: "Osmosis" },
  { value: "celestia", label: "Celestia" },
];

afterEach(cleanup);

describe("SelectField", () => {
  it("is named by its label and reports the value chosen", () => {
    const onChange = vi.fn();
    render(<SelectField id="from" label="From" value="osmosis" options={OPTIONS} onChange={onChange} />);
    const select = screen.getByRole("combobox", { name: "From" });
    expect(screen.getByLabelText("From")).toBe(select);
    expect((select as HTMLSelectElement).value).toBe("osmosis");
    fireEvent.change(select, { target: { value: "celestia" } });
    expect(onChange).toHaveBeenCalledWith("celestia");
    // Nothing describes it when it has no notes.
    expect(select.getAttribute("aria-describedby")).toBeNull();
    expect(select.getAttribute("aria-invalid")).toBeNull();
  });

  it("is described by its hint, its refusal and any message elsewhere, in that order", () => {
    render(
      <>
        <p id="gone">The target is gone.</p>
        <SelectField id="to" label="To" value="" placeholder="Choose…" hint="Where it lands." error="Choose a chain." describedByIds="gone" options={OPTIONS} onChange={() => {}} />
      </>,
    );
    const select = screen.getByRole("combobox", { name: "To" });
    expect(select.getAttribute("aria-describedby")).toBe("to-hint to-error gone");
    expect(select.getAttribute("aria-invalid")).toBe("true");
    const texts = select.getAttribute("aria-describedby")!.split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(["Where it lands.", "Choose a chain.", "The target is gone."]);
    // The placeholder is an empty first choice.
    expect(screen.getAllByRole("option").map((o) => [(o as HTMLOptionElement).value, o.textContent])).toEqual([
      ["", "Choose…"],
      ["osmosis", "Osmosis"],
      ["celestia", "Celestia"],
    ]);
  });

  it("keeps a refusable field's error line mounted and empty, so a refusal is announced as it appears", () => {
    const { rerender } = render(<SelectField id="m" label="Merchant" value="" options={OPTIONS} onChange={() => {}} refusable />);
    const line = document.getElementById("m-error")!;
    expect(line.getAttribute("aria-live")).toBe("polite");
    expect(line.textContent).toBe("");
    rerender(<SelectField id="m" label="Merchant" value="" options={OPTIONS} onChange={() => {}} refusable error="Choose a merchant." />);
    expect(document.getElementById("m-error")).toBe(line);
    expect(line.textContent).toBe("Choose a merchant.");
  });

  it("can be disabled, and its icon is decoration only", () => {
    render(<SelectField id="a" label="Asset" value="osmosis" options={OPTIONS} onChange={() => {}} disabled icon={<svg data-testid="mark" />} />);
    expect(screen.getByRole("combobox", { name: "Asset" })).toHaveProperty("disabled", true);
    expect(screen.getByTestId("mark").parentElement!.getAttribute("aria-hidden")).toBe("true");
  });
});
