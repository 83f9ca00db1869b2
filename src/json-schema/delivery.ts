/**
 * The JSON Schema of a delivery file of its own (执行情况文件: `proposal:`, `months_elapsed`, `counts`),
 * from the same zod schema check reads it with. Which names its counts may use depends on the proposal
 * it names (its custom services), so names are offered for completion and left to check.
 */
import { deliveryFileSchema } from "../proposal/schema.js";
import { DEFAULT_STANDARD_ID, loadStandard } from "../standard/load.js";
import { describeFields, type JsonSchema } from "./describe.js";
import { DELIVERY_EXAMPLES } from "./examples.js";
import { deliveredCounts, toJsonSchema } from "./proposal.js";

export function deliveryJsonSchema(): JsonSchema {
  const schema = toJsonSchema(deliveryFileSchema.meta({ title: "gongshi 执行情况", description: "中期/末期评估：对照方案的已完成数量（proposal 为相对本文件的方案路径）" }), { asWritten: true });
  describeFields(schema, DELIVERY_EXAMPLES);
  deliveredCounts((schema.properties as Record<string, JsonSchema>).counts!, loadStandard(DEFAULT_STANDARD_ID));
  return { $schema: "http://json-schema.org/draft-07/schema#", ...schema };
}
