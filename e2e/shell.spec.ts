import { expect, test } from "@playwright/test";

test("the dashboard is server-rendered with its heading and explanation", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).toContain("MilkyWay");
  await expect(page.getByRole("heading", { level: 1, name: "MilkyWay" })).toBeVisible();
  await expect(page.getByText("bundled protocol simulator")).toBeVisible();
});
