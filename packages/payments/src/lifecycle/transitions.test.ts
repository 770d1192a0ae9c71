import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { PAYMENT_STATES, type PaymentState } from "../core/types.js";
import {
  applyEvent,
  canApply,
  FINAL_STATES,
  OPEN_STATES,
  PAYMENT_EVENT_TYPES,
  type PaymentEvent,
  type PaymentEventType,
  TRANSITIONS,
} from "./transitions.js";

const AMOUNT = 3050;

/** Every edge of the lifecycle, written out by hand (the table is checked against this, not itself). */
const EXPECTED_EDGES: [PaymentState, PaymentEventType, PaymentState[]][] = [
  ["created", "redirect", ["pending"]],
  ["created", "succeed", ["succeeded"]],
  ["created", "fail", ["failed"]],
  ["created", "cancel", ["cancelled"]],
  ["created", "expire", ["expired"]],
  ["pending", "succeed", ["succeeded"]],
  ["pending", "fail", ["failed"]],
  ["pending", "cancel", ["cancelled"]],
  ["pending", "expire", ["expired"]],
  ["expired", "succeed", ["succeeded"]],
  ["succeeded", "refund", ["partially_refunded", "refunded"]],
  ["partially_refunded", "refund", ["partially_refunded", "refunded"]],
];

function eventOf(type: PaymentEventType, refundedTotal = AMOUNT): PaymentEvent {
  return type === "refund" ? { type, refundedTotal, paymentAmount: AMOUNT } : { type };
}

function isEdge(state: PaymentState, type: PaymentEventType): boolean {
  return EXPECTED_EDGES.some(([from, event]) => from === state && event === type);
}

const NON_EDGES = PAYMENT_STATES.flatMap((state) =>
  PAYMENT_EVENT_TYPES.filter((type) => !isEdge(state, type)).map((type) => [state, type] as const),
);

describe("the transition table", () => {
  it("has exactly the expected edges", () => {
    const actual = PAYMENT_STATES.flatMap((state) =>
      Object.entries(TRANSITIONS[state]).map(([event, targets]) => [state, event, [...(targets ?? [])]]),
    );
    expect(actual).toEqual(expect.arrayContaining(EXPECTED_EDGES));
    expect(actual).toHaveLength(EXPECTED_EDGES.length);
  });

  it.each(EXPECTED_EDGES.filter(([, type]) => type !== "refund"))("%s --%s--> %j", (state, type, [target]) => {
    const result = applyEvent(state, eventOf(type));
    expect(result).toEqual({
      from: state,
      to: target,
      flags: state === "expired" ? ["late_success_after_expiry"] : [],
    });
    expect(canApply(state, type)).toBe(true);
  });

  it.each(["succeeded", "partially_refunded"] as const)(
    "%s --refund--> partially_refunded or refunded by the sum",
    (state) => {
      expect(applyEvent(state, eventOf("refund", 1)).to).toBe("partially_refunded");
      expect(applyEvent(state, eventOf("refund", AMOUNT - 1)).to).toBe("partially_refunded");
      expect(applyEvent(state, eventOf("refund", AMOUNT)).to).toBe("refunded");
    },
  );

  it.each([0, -1, AMOUNT + 1, 1.5, Number.NaN])(
    "rejects a refunded total of %s with refund_exceeds_payment",
    (total) => {
      expect(() => applyEvent("succeeded", eventOf("refund", total))).toThrowError(
        expect.objectContaining({ code: "refund_exceeds_payment", field: "amount" }),
      );
    },
  );

  it(`rejects all ${NON_EDGES.length} non-edges with illegal_transition and changes nothing`, () => {
    expect(NON_EDGES.length).toBe(PAYMENT_STATES.length * PAYMENT_EVENT_TYPES.length - EXPECTED_EDGES.length);
    const before = JSON.stringify(TRANSITIONS);
    for (const [state, type] of NON_EDGES) {
      let error: unknown;
      try {
        applyEvent(state, eventOf(type), "8d7f0f8e-7d7c-4f5e-9c57-2f1b1d8c9a10");
      } catch (caught) {
        error = caught;
      }
      expect(isPaymentError(error, "illegal_transition"), `${state} --${type}-->`).toBe(true);
      expect((error as Error).message).toContain(state);
      expect((error as Error).message).toContain(type);
      expect(canApply(state, type)).toBe(false);
    }
    expect(JSON.stringify(TRANSITIONS)).toBe(before);
  });

  it("marks exactly failed, cancelled and refunded as final, and created and pending as open", () => {
    expect([...FINAL_STATES].sort()).toEqual(["cancelled", "failed", "refunded"]);
    for (const state of FINAL_STATES) expect(Object.keys(TRANSITIONS[state])).toEqual([]);
    expect([...OPEN_STATES]).toEqual(["created", "pending"]);
  });
});

describe("random event sequences (property tests)", () => {
  const anyState = fc.constantFrom(...PAYMENT_STATES);
  const anyEvent: fc.Arbitrary<PaymentEvent> = fc.oneof(
    fc
      .constantFrom(...PAYMENT_EVENT_TYPES.filter((type) => type !== "refund"))
      .map((type) => ({ type }) as PaymentEvent),
    fc
      .integer({ min: -10, max: AMOUNT + 10 })
      .map((refundedTotal) => ({ type: "refund", refundedTotal, paymentAmount: AMOUNT }) as PaymentEvent),
  );

  /** Applies events where legal, skipping rejected ones, and returns the states visited. */
  function run(start: PaymentState, events: PaymentEvent[]) {
    let state = start;
    const visited: { from: PaymentState; event: PaymentEvent; to: PaymentState }[] = [];
    for (const event of events) {
      try {
        const result = applyEvent(state, event);
        visited.push({ from: state, event, to: result.to });
        state = result.to;
      } catch (error) {
        // A rejected event changes nothing, and is rejected only with the lifecycle's codes.
        expect(isPaymentError(error, "illegal_transition") || isPaymentError(error, "refund_exceeds_payment")).toBe(
          true,
        );
      }
    }
    return { state, visited };
  }

  it("never reach a state outside the table, and every step is an edge of the table", () => {
    fc.assert(
      fc.property(anyState, fc.array(anyEvent, { maxLength: 40 }), (start, events) => {
        const { state, visited } = run(start, events);
        expect(PAYMENT_STATES).toContain(state);
        for (const step of visited) {
          expect(TRANSITIONS[step.from][step.event.type]).toContain(step.to);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never leave a final state", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINAL_STATES), fc.array(anyEvent, { maxLength: 40 }), (start, events) => {
        const { state, visited } = run(start, events);
        expect(state).toBe(start);
        expect(visited).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("once final, stay final whatever comes after", () => {
    fc.assert(
      fc.property(anyState, fc.array(anyEvent, { maxLength: 40 }), (start, events) => {
        const { visited } = run(start, events);
        const firstFinal = visited.findIndex((step) => FINAL_STATES.includes(step.to));
        if (firstFinal >= 0) expect(visited.slice(firstFinal + 1)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("leave expired only to succeeded, and always with the late-success flag", () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 20 }), (events) => {
        for (const event of events) {
          if (!canApply("expired", event.type)) continue;
          const result = applyEvent("expired", event);
          expect(result).toEqual({ from: "expired", to: "succeeded", flags: ["late_success_after_expiry"] });
        }
      }),
    );
  });

  it("refunded only when the refunded total reaches the amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: AMOUNT }), (total) => {
        const result = applyEvent("partially_refunded", eventOf("refund", total));
        expect(result.to).toBe(total === AMOUNT ? "refunded" : "partially_refunded");
      }),
    );
  });
});
