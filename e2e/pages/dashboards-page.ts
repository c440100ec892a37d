import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { parseCsv } from "../../lib/protocol/csv";
import { fact } from "./stake-page";

/** Page object for /portfolio, /history, /rewards and /rewards/yield. Role-based locators only. */
export class DashboardsPage {
  constructor(readonly page: Page) {}

  /** In-app navigation (no reload), so the simulator's paused clock and the wallet stay as they are. */
  async open(link: "Portfolio" | "History" | "Positions" | "Rewards" | "Yield"): Promise<void> {
    if (link === "Portfolio") await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio", exact: true }).click();
    else if (link === "History" || link === "Positions") await this.page.getByRole("navigation", { name: "Portfolio sections" }).getByRole("link", { name: link, exact: true }).click();
    else await this.page.getByRole("navigation", { name: "Rewards sections" }).getByRole("link", { name: link, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(link === "Positions" ? "Portfolio" : link);
  }

  // ---- portfolio ----

  /** A position's row by its accessible name "<symbol> on <chain>, <what>". */
  position(name: string): Locator {
    return this.page.getByRole("row", { name, exact: true });
  }

  /** The exact amount text of a position (4th column). */
  positionAmount(name: string): Locator {
    return this.position(name).getByRole("cell").nth(2);
  }

  // ---- history ----

  get historyTable(): Locator {
    return this.page.getByRole("table", { name: "Your transactions" });
  }

  get historyRows(): Locator {
    return this.historyTable.locator("tbody tr");
  }

  historyRow(type: string): Locator {
    return this.historyRows.filter({ has: this.page.getByRole("rowheader", { name: type, exact: true }) });
  }

  typeFilter(): Locator {
    return this.page.getByRole("combobox", { name: "Type" });
  }

  chainFilter(): Locator {
    return this.page.getByRole("combobox", { name: "Chain" });
  }

  /**
   * Every cell's exact value of every row on screen, in order: what the CSV must hold. The hash
   * is shown short (with copy and a link), so each cell carries its exact value in data-value.
   */
  async rowsOnScreen(): Promise<string[][]> {
    const rows = await this.historyRows.all();
    return Promise.all(rows.map((r) => r.locator("th, td").evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.value ?? ""))));
  }

  async downloadCsv(): Promise<{ download: Download; records: string[][] }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("button", { name: "Download CSV" }).click()]);
    const path = await download.path();
    return { download, records: parseCsv(await readFile(path!, "utf8")) };
  }

  // ---- yield ----

  lstSection(symbol: string): Locator {
    return this.page.getByRole("region", { name: symbol, exact: true });
  }

  yieldFact(symbol: string, label: string): Locator {
    return fact(this.lstSection(symbol), label);
  }
}
