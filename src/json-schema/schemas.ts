/** The schemas gongshi writes for editors, each committed under schema/ and named by the files it describes. */
import { configJsonSchema } from "./config.js";
import { deliveryJsonSchema } from "./delivery.js";
import type { JsonSchema } from "./describe.js";
import { proposalJsonSchema } from "./proposal.js";

export const JSON_SCHEMAS = {
  proposal: { file: "proposal.schema.json", build: proposalJsonSchema },
  delivery: { file: "delivery.schema.json", build: deliveryJsonSchema },
  config: { file: "config.schema.json", build: configJsonSchema },
} as const satisfies Record<string, { file: string; build: () => JsonSchema }>;

export type SchemaName = keyof typeof JSON_SCHEMAS;

/** What a person may type after `gongshi schema`. */
export const SCHEMA_ALIASES: Record<string, SchemaName> = {
  proposal: "proposal",
  方案: "proposal",
  delivery: "delivery",
  执行情况: "delivery",
  config: "config",
  配置: "config",
  gongshirc: "config",
};

export function jsonSchemaText(name: SchemaName): string {
  return JSON.stringify(JSON_SCHEMAS[name].build(), null, 2) + "\n";
}
