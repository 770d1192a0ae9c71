import { z } from "zod";
import type { SchemaContext } from "./context.js";
import { confidence, singleLine, sourceText } from "./fields.js";

/**
 * Where a fact comes from and how sure we are (ARCHITECTURE.md: facts from research carry `source` and
 * `confidence`). `verified` means checked against the legal text or several independent sources;
 * anything else is `unverified` until someone checks it.
 */
export function createFactSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      source: sourceText(ctx),
      confidence: confidence(),
      note: singleLine(ctx, "note", "Anmerkung, z. B. was noch zu prüfen ist", 1000).optional(),
    })
    .meta({ description: "Herkunft einer Angabe: Quelle und Verlässlichkeit" });
}

export type FactSchema = ReturnType<typeof createFactSchema>;

/**
 * `provenance`: one optional fact per researched field of a record, so a record says which of its
 * fields come from where. Only the listed keys are allowed (a typo is an error, not a silent drop).
 */
export function provenanceOf<const Key extends string>(fact: FactSchema, keys: readonly Key[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, fact.optional()])) as {
    [K in Key]: z.ZodOptional<FactSchema>;
  };
  return z.strictObject(shape).meta({ description: "Herkunft (Quelle und Verlässlichkeit) einzelner Felder" });
}
