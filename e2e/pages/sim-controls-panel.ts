import { expect, type Locator, type Page } from "@playwright/test";

const CORRUPT_TITLE = "The saved simulator state could not be used";

/** The simulator controls (full on /settings, compact on the dashboard). */
export class SimControlsPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole("region", { name: "Simulator", exact: true });
  }

  /** The simulated date and time; its datetime attribute is the exact instant shown. */
  get time(): Locator {
    return this.panel.locator("time");
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.time).toBeVisible();
  }

  async simulatedMs(): Promise<number> {
    const iso = await this.time.getAttribute("datetime");
    if (!iso) throw new Error("the simulated time has no datetime attribute");
    return Date.parse(iso);
  }

  speed(label: "1×" | "60×" | "3600×"): Locator {
    return this.panel.getByRole("radio", { name: new RegExp(`^${label}`) });
  }

  advance(days: 1 | 3 | 21): Locator {
    return this.panel.getByRole("button", { name: `Advance ${days} ${days === 1 ? "day" : "days"}`, exact: true });
  }

  faultSwitch(name: string): Locator {
    return this.panel.getByRole("switch", { name, exact: true });
  }

  get clearFaults(): Locator {
    return this.panel.getByRole("button", { name: "Clear all faults" });
  }

  get corruptBanner(): Locator {
    return this.page.getByRole("alert").filter({ has: this.page.getByRole("heading", { name: CORRUPT_TITLE }) });
  }

  get startFreshWorld(): Locator {
    return this.corruptBanner.getByRole("button", { name: "Start a fresh world" });
  }

  /**
   * Writes something that is not a simulator save where the app keeps its world, from a blank
   * page of the same origin so no running simulator can overwrite it before the next load.
   */
  async writeGarbageSave(): Promise<void> {
    await this.page.route("**/__blank", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title>" }));
    await this.page.goto("/__blank");
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open("milkyway-sim", 1);
          req.onupgradeneeded = () => req.result.createObjectStore("kv");
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction("kv", "readwrite");
            tx.objectStore("kv").put("{this is not a simulator save", "world");
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await this.page.unroute("**/__blank");
  }
}
