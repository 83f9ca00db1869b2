import { writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { proposalJsonSchemaText } from "../../proposal/json-schema.js";
import { EXIT, reportError, type CommandIO } from "../io.js";

export function runSchema(options: { output?: string; force: boolean }, io: CommandIO): number {
  const text = proposalJsonSchemaText();
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
