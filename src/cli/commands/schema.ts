import { FileExistsError, writeFileAtomic } from "../../files/safe-write.js";
import { proposalJsonSchemaText } from "../../proposal/json-schema.js";
import { EXIT, type CommandIO } from "../io.js";

export function runSchema(options: { output?: string; force: boolean }, io: CommandIO): number {
  const text = proposalJsonSchemaText();
  if (!options.output || options.output === "-") {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(options.output, text, { force: options.force });
  } catch (error) {
    const zh = io.lang === "zh";
    const message =
      error instanceof FileExistsError
        ? zh
          ? `${options.output} 已存在，未覆盖（确需覆盖请加 --force）`
          : `${options.output} already exists, not overwritten (add --force)`
        : `${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    io.stderr.write(`${io.err.red(zh ? "错误" : "error")}  ${message}\n`);
    return EXIT.unusable;
  }
  return EXIT.ok;
}
