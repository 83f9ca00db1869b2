import { z } from "zod";
import { loadStandard, DEFAULT_STANDARD_ID } from "../standard/load.js";
import { proposalSchema } from "./schema.js";

/**
 * The proposal's JSON Schema (draft-07, the input shape) for editors with the YAML language server.
 * Derived from the zod schema, so the two cannot disagree; schema/proposal.schema.json is this, committed.
 * The default standard's item and bundle names are offered as completions (examples), not as an enum:
 * another standard file may name other items.
 */
export function proposalJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(proposalSchema, { target: "draft-7", io: "input", unrepresentable: "any" }) as unknown as {
    properties: { services: { items: { properties: Record<string, Record<string, unknown>> } } };
  };
  const standard = loadStandard(DEFAULT_STANDARD_ID);
  const entry = schema.properties.services.items.properties;
  entry.item!.examples = standard.items.map((i) => i.name);
  entry.like!.examples = standard.items.map((i) => i.name);
  entry.bundle!.examples = standard.bundles.map((b) => b.name);
  return { $schema: "http://json-schema.org/draft-07/schema#", ...schema };
}

export function proposalJsonSchemaText(): string {
  return JSON.stringify(proposalJsonSchema(), null, 2) + "\n";
}
