/**
 * The JSON Schema of `.gongshirc.yaml`, from the zod schema loadConfig reads it with; the rule ids check
 * knows are its only keys under `rules` (an unknown id is an input error there too), each offered for
 * completion with its severity, source and description.
 */
import { configSchema } from "../config/config.js";
import { SEVERITY_LABEL } from "../engine/wording.js";
import { ALL_RULES } from "../rules/registry.js";
import { describeFields, type JsonSchema } from "./describe.js";
import { CONFIG_EXAMPLES } from "./examples.js";
import { forbid, toJsonSchema } from "./proposal.js";

export function configJsonSchema(): JsonSchema {
  const schema = toJsonSchema(configSchema);
  describeFields(schema, CONFIG_EXAMPLES);
  const rules = (schema.properties as Record<string, JsonSchema>).rules!;
  const record = (rules.anyOf as JsonSchema[]).find((branch) => branch.type === "object")!;
  const setting = record.additionalProperties as JsonSchema;
  record.properties = Object.fromEntries(
    ALL_RULES.map((rule) => [
      rule.meta.id,
      { ...setting, markdownDescription: `**${rule.meta.id}**（默认${SEVERITY_LABEL.zh[rule.meta.severity]}）\n\n${rule.meta.description.zh}\n\n依据：${rule.meta.source.document} ${rule.meta.source.clause}` },
    ]),
  );
  record.additionalProperties = forbid("没有这个编号的规则（gongshi explain 可列出全部规则）");
  return { $schema: "http://json-schema.org/draft-07/schema#", ...schema };
}
