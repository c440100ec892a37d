import { expect, test } from "@playwright/test";
import { GovernancePage } from "./pages/governance-page";

// Governance on the simulated MilkyWay chain, as a new user with the demo wallet. The
// governance actor opens a proposal (with its full deposit, so straight into its 3-day voting
// period) on the world's first clock step; the tests move the clock one hour to make sure that
// step has run, which is too early for any validator to have voted (they wait a day).

test("vote Yes on the proposal in voting: your vote shows Yes and the tally moves", async ({ page }) => {
  const gov = new GovernancePage(page);
  await gov.goto();
  await gov.pauseSimulatedTime();
  await gov.advanceDays(1 / 24);
  await gov.connectDemoWallet();
  await gov.stakeForVotingPower();

  await gov.showOnly("Voting");
  const open = gov.proposals.getByRole("button").first();
  await expect(open).toContainText("Voting period");
  await open.click();
  await expect(gov.detail.getByRole("heading", { level: 3 })).toBeFocused();
  await expect(gov.detail.getByText("If you do not vote, your staked MILK counts with your validator")).toBeVisible();
  await expect(gov.yourVote).toHaveText("You have not voted.");
  const yesBefore = await gov.tallyBase("Yes");

  for (const option of ["Yes", "No", "Abstain", "No with veto"] as const) await expect(gov.voteButton(option)).toHaveAttribute("aria-pressed", "false");
  await gov.voteButton("Yes").click();
  await expect(gov.yourVote).toHaveText("Yes");
  // The user's 100 staked MILK now count as Yes (no validator has voted this early).
  await expect.poll(() => gov.tallyBase("Yes")).toBe(yesBefore + 100_000_000n);
  // The chosen option is marked on its button, and only that one, also after a reload.
  await expect(gov.voteButton("Yes")).toHaveAttribute("aria-pressed", "true");
  await expect(gov.voteButton("No")).toHaveAttribute("aria-pressed", "false");
  const title = (await gov.detail.getByRole("heading", { level: 3 }).textContent()) ?? "";
  await page.reload();
  await gov.proposals.getByRole("button", { name: title }).click();
  await expect(gov.voteButton("Yes")).toHaveAttribute("aria-pressed", "true");
  await expect(gov.voteButton("Abstain")).toHaveAttribute("aria-pressed", "false");
});

test("a weighted vote must add up to exactly 100%", async ({ page }) => {
  const gov = new GovernancePage(page);
  await gov.goto();
  await gov.pauseSimulatedTime();
  await gov.advanceDays(1 / 24);
  await gov.connectDemoWallet();
  await gov.showOnly("Voting");
  await gov.proposals.getByRole("button").first().click();
  await gov.openWeighted();

  await gov.weight("Yes").fill("60");
  await gov.weight("No").fill("30");
  await expect(gov.detail.getByText("The weights must add up to exactly 100%; they add up to 90%.")).toBeVisible();
  await expect(gov.castWeighted).toBeDisabled();

  await gov.weight("Yes").fill("70");
  await expect(gov.detail.getByText(/The weights must add up/)).toBeHidden();
  await gov.castWeighted.click();
  await expect(gov.yourVote).toHaveText("Yes 70.00%, No 30.00%");
  await expect(gov.voteButton("Yes")).toHaveAttribute("aria-pressed", "true");
  await expect(gov.voteButton("No")).toHaveAttribute("aria-pressed", "true");
  await expect(gov.voteButton("Abstain")).toHaveAttribute("aria-pressed", "false");
});

test("submit a text proposal, see it in the voting period, then its outcome after the voting end", async ({ page }) => {
  const gov = new GovernancePage(page);
  await gov.goto();
  await gov.pauseSimulatedTime();
  await gov.connectDemoWallet();
  const form = gov.submitForm;
  const title = "E2E signal: keep the simulator running";

  await form.getByRole("textbox", { name: "Title" }).fill(title);
  await form.getByRole("textbox", { name: "Summary" }).fill("Keep **it** running.\n\n- one\n- two");
  const deposit = form.getByRole("textbox", { name: "Initial deposit" });
  // Refused before any wallet prompt: below the chain's minimum initial deposit, above the balance.
  await deposit.fill("0.01");
  await expect(form.getByText("The initial deposit must be at least 0.1 MILK.")).toBeVisible();
  await deposit.fill("5000");
  await expect(form.getByText("That is more than your balance of 2,000 MILK.")).toBeVisible();

  await deposit.fill("10");
  await form.getByRole("button", { name: "Submit proposal" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit a text proposal" });
  await expect(dialog.getByText("milkyway-sim-1", { exact: true })).toBeVisible();
  await expect(dialog.getByText("10 MILK", { exact: true }).first()).toBeVisible();
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(form.getByText(`Proposal "${title}" submitted; it is listed in the voting period.`)).toBeVisible();

  const row = gov.proposal(title);
  await expect(row).toContainText("Voting period");
  await row.click();
  await expect(gov.detail.getByRole("heading", { name: title })).toBeVisible();
  // The summary's markdown is rendered as elements, never as HTML.
  await expect(gov.detail.getByRole("strong").filter({ hasText: "it" })).toBeVisible();
  await expect(gov.detail.getByRole("listitem").filter({ hasText: "two" })).toBeVisible();

  await gov.advanceDays(3.2);
  await expect(row).not.toContainText("Voting period");
  await expect(row).toContainText(/Passed|Rejected/);
  await expect(gov.voteButton("Yes")).toBeDisabled();
  await expect(gov.detail.getByText("Voting has ended for this proposal.")).toBeVisible();
});
