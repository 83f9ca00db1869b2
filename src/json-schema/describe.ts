/**
 * Chinese hover text for every field of a schema, as the YAML language server shows it: the field's
 * title and description (from the zod schema's .meta) and an example written as YAML. Examples live in
 * examples.ts by path; a field without one is an error naming its path, so a new field cannot ship bare.
 */
import { stringify } from "yaml";

export type JsonSchema = { [key: string]: unknown };

const BRANCHES = ["anyOf", "oneOf", "allOf"] as const;

/** The title and description of a property: its own, else those of the branch of a union that has them. */
function wordsOf(schema: JsonSchema): { title?: string; description?: string } {
  if (typeof schema.title === "string") return { title: schema.title, description: schema.description as string | undefined };
  for (const key of BRANCHES) {
    for (const branch of (schema[key] as JsonSchema[] | undefined) ?? []) {
      const found = wordsOf(branch);
      if (found.title) return found;
    }
  }
  return {};
}

function markdown(key: string, schema: JsonSchema, example: unknown): string {
  const { title, description } = wordsOf(schema);
  const yaml = stringify({ [key]: example }, { lineWidth: 0 }).trimEnd();
  return [`**${title ?? key}**（\`${key}\`）`, description, `例：\n\n\`\`\`yaml\n${yaml}\n\`\`\``].filter(Boolean).join("\n\n");
}

/**
 * Sets `markdownDescription` on every property reachable from `root` (through properties, items and
 * union branches), from `examples` keyed by path: `project.name`, `services[].item`, `budget.lines[].unit`.
 */
export function describeFields(root: JsonSchema, examples: Readonly<Record<string, unknown>>): void {
  const missing: string[] = [];
  const visit = (schema: JsonSchema, path: string) => {
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    for (const [key, property] of Object.entries(properties ?? {})) {
      const at = path ? `${path}.${key}` : key;
      if (!(at in examples)) missing.push(at);
      else property.markdownDescription = markdown(key, property, examples[at]);
      visit(property, at);
    }
    if (schema.items && typeof schema.items === "object") visit(schema.items as JsonSchema, `${path}[]`);
    for (const key of BRANCHES) for (const branch of (schema[key] as JsonSchema[] | undefined) ?? []) visit(branch, path);
  };
  visit(root, "");
  if (missing.length) throw new Error(`gongshi: fields of the JSON Schema without an example (add them to src/json-schema/examples.ts): ${[...new Set(missing)].join(", ")}`);
  if (typeof root.title === "string") root.markdownDescription = [`**${root.title}**`, root.description].filter(Boolean).join("\n\n");
}
