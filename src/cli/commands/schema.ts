import { writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { jsonSchemaText, SCHEMA_ALIASES } from "../../json-schema/schemas.js";
import { EXIT, reportError, type CommandIO } from "../io.js";

/** `gongshi schema [proposal|delivery|config]`: a JSON Schema for editors, on standard output or into a file. */
export function runSchema(which: string, options: { output?: string; force: boolean }, io: CommandIO): number {
  const name = SCHEMA_ALIASES[which];
  if (!name) {
    reportError(
      io,
      io.lang === "zh"
        ? `没有名为 ${JSON.stringify(which)} 的 Schema（可用：proposal 方案、delivery 执行情况、config 配置）`
        : `no schema ${JSON.stringify(which)} (available: proposal, delivery, config)`,
    );
    return EXIT.unusable;
  }
  const text = jsonSchemaText(name);
  if (!options.output || options.output === "-") {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(options.output, text, { force: options.force });
  } catch (error) {
    reportError(io, writeFailure(error, options.output)[io.lang]);
    return EXIT.unusable;
  }
  return EXIT.ok;
}
