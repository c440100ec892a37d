import { describe, expect, it } from "vitest";
import { hopPhase, TIMEOUT_GRACE_MS } from "./transfer-phase";

describe("where a transfer is", () => {
  const none = { sequenceKnown: true, balanceRose: false, nowMs: null };
  it("follows the destination's receipt", () => {
    expect(hopPhase({ ...none, receipt: undefined })).toBe("in-flight");
    expect(hopPhase({ ...none, receipt: null })).toBe("in-flight");
    expect(hopPhase({ ...none, receipt: "ok" })).toBe("arrived");
    expect(hopPhase({ ...none, receipt: "error" })).toBe("refused");
  });
  it("without a packet sequence, a risen destination balance is arrival", () => {
    expect(hopPhase({ receipt: undefined, sequenceKnown: false, balanceRose: true, nowMs: null })).toBe("arrived");
    // An error acknowledgement is not undone by some other deposit raising the balance.
    expect(hopPhase({ receipt: "error", sequenceKnown: true, balanceRose: true, nowMs: null })).toBe("refused");
  });
  it("with a known sequence, only the receipt says arrived: another deposit does not", () => {
    const sentMs = 1_000_000;
    const late = sentMs + 600_000 + TIMEOUT_GRACE_MS;
    expect(hopPhase({ receipt: null, sequenceKnown: true, balanceRose: true, sentMs, nowMs: sentMs + 1 })).toBe("in-flight");
    expect(hopPhase({ receipt: undefined, sequenceKnown: true, balanceRose: true, sentMs, nowMs: sentMs + 1 })).toBe("in-flight");
    expect(hopPhase({ receipt: null, sequenceKnown: true, balanceRose: true, sentMs, nowMs: late })).toBe("timed-out");
  });
  it("no receipt past the 10-minute packet timeout (plus clock grace) is timed out and refunded", () => {
    const sentMs = 1_000_000;
    const deadline = sentMs + 600_000 + TIMEOUT_GRACE_MS;
    expect(hopPhase({ receipt: null, sequenceKnown: true, balanceRose: false, sentMs, nowMs: deadline - 1 })).toBe("in-flight");
    expect(hopPhase({ receipt: null, sequenceKnown: true, balanceRose: false, sentMs, nowMs: deadline })).toBe("timed-out");
    // Not read yet, no clock, or no send time (a save from before send times were kept): nothing is decided.
    expect(hopPhase({ receipt: undefined, sequenceKnown: true, balanceRose: false, sentMs, nowMs: deadline })).toBe("in-flight");
    expect(hopPhase({ receipt: null, sequenceKnown: true, balanceRose: false, sentMs, nowMs: null })).toBe("in-flight");
    expect(hopPhase({ receipt: null, sequenceKnown: true, balanceRose: false, nowMs: deadline })).toBe("in-flight");
    // A receipt always wins over the clock.
    expect(hopPhase({ receipt: "ok", sequenceKnown: true, balanceRose: false, sentMs, nowMs: deadline + 1 })).toBe("arrived");
    expect(hopPhase({ receipt: "error", sequenceKnown: true, balanceRose: false, sentMs, nowMs: deadline + 1 })).toBe("refused");
  });
});
