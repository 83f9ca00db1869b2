import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { EXIT, reportError, type CommandIO } from "../io.js";

import { PROPOSAL_TEMPLATES_DIR, SCHEMA_FILE } from "../../files/install-paths.js";

/** The editor hint: the YAML language server validates and completes the file against gongshi's schema. */
function schemaComment(outputDirectory: string): string {
  const path = relative(outputDirectory, SCHEMA_FILE);
  // Relative with forward slashes, as the language server reads it; on another drive (Windows), a file URI.
  const reference = isAbsolute(path) ? pathToFileURL(SCHEMA_FILE).href : path.split(sep).join("/");
  return `# yaml-language-server: $schema=${reference}\n`;
}

/** Template names a person may type, Chinese or English. */
export const TEMPLATE_ALIASES: Record<string, string> = {
  community: "community",
  社区: "community",
  "social-assistance": "social-assistance",
  社会救助: "social-assistance",
  station: "station",
  社工站: "station",
};

export function templateText(name: string): string | undefined {
  const id = TEMPLATE_ALIASES[name];
  return id === undefined ? undefined : readFileSync(join(PROPOSAL_TEMPLATES_DIR, `${id}.yaml`), "utf8");
}

export interface InitOptions {
  output: string;
  force: boolean;
}

export function runInit(template: string, options: InitOptions, io: CommandIO): number {
  const text = templateText(template);
  const zh = io.lang === "zh";
  if (text === undefined) {
    reportError(
      io,
      zh
        ? `没有名为 ${JSON.stringify(template)} 的模板（可用：community 社区、social-assistance 社会救助、station 社工站）`
        : `no template ${JSON.stringify(template)} (available: community, social-assistance, station)`,
    );
    return EXIT.unusable;
  }
  if (options.output === "-") {
    io.stdout.write(schemaComment(process.cwd()) + text);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(options.output, schemaComment(dirname(resolve(options.output))) + text, { force: options.force });
  } catch (error) {
    reportError(io, writeFailure(error, options.output)[io.lang]);
    return EXIT.unusable;
  }
  io.stdout.write(
    zh
      ? `已写入 ${options.output}（模板：${TEMPLATE_ALIASES[template]}）。下一步：gongshi check ${options.output}\n`
      : `wrote ${options.output} (template: ${TEMPLATE_ALIASES[template]}). Next: gongshi check ${options.output}\n`,
  );
  return EXIT.ok;
}
