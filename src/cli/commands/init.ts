import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { EXIT, reportError, type CommandIO } from "../io.js";

import { INIT_TEMPLATES_DIR, PROPOSAL_TEMPLATES_DIR, SCHEMA_DIR } from "../../files/install-paths.js";
import { JSON_SCHEMAS, type SchemaName } from "../../json-schema/schemas.js";

/** The editor hint: the YAML language server validates and completes the file against gongshi's schema for it. */
function schemaComment(outputDirectory: string, schema: SchemaName): string {
  const file = join(SCHEMA_DIR, JSON_SCHEMAS[schema].file);
  const path = relative(outputDirectory, file);
  // Relative with forward slashes, as the language server reads it; on another drive (Windows), a file URI.
  const reference = isAbsolute(path) ? pathToFileURL(file).href : path.split(sep).join("/");
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
  delivery: "delivery",
  执行情况: "delivery",
  config: "config",
  配置: "config",
};

/** Where each template is, the schema it names and the file it is written to by default. */
const TEMPLATES: Record<string, { file: string; schema: SchemaName; output: string }> = {
  community: { file: join(PROPOSAL_TEMPLATES_DIR, "community.yaml"), schema: "proposal", output: "proposal.yaml" },
  "social-assistance": { file: join(PROPOSAL_TEMPLATES_DIR, "social-assistance.yaml"), schema: "proposal", output: "proposal.yaml" },
  station: { file: join(PROPOSAL_TEMPLATES_DIR, "station.yaml"), schema: "proposal", output: "proposal.yaml" },
  delivery: { file: join(INIT_TEMPLATES_DIR, "delivery.yaml"), schema: "delivery", output: "delivery.yaml" },
  config: { file: join(INIT_TEMPLATES_DIR, "gongshirc.yaml"), schema: "config", output: ".gongshirc.yaml" },
};

export function templateText(name: string): string | undefined {
  // Own names only: "constructor" or "__proto__" are not templates, whatever Object.prototype holds.
  const id = Object.hasOwn(TEMPLATE_ALIASES, name) ? TEMPLATE_ALIASES[name] : undefined;
  return id === undefined ? undefined : readFileSync(TEMPLATES[id]!.file, "utf8");
}

/** A name from the command line as a message quotes it: at most 40 characters. */
function quotedName(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
}

export interface InitOptions {
  /** Default: proposal.yaml, delivery.yaml or .gongshirc.yaml, by template. */
  output?: string;
  force: boolean;
}

export function runInit(template: string, opts: InitOptions, io: CommandIO): number {
  const text = templateText(template);
  const zh = io.lang === "zh";
  if (text === undefined) {
    reportError(
      io,
      zh
        ? `没有名为 ${quotedName(template)} 的模板（可用：community 社区、social-assistance 社会救助、station 社工站、delivery 执行情况、config 配置）`
        : `no template ${quotedName(template)} (available: community, social-assistance, station, delivery, config)`,
    );
    return EXIT.unusable;
  }
  const chosen = TEMPLATES[TEMPLATE_ALIASES[template]!]!;
  const options = { ...opts, output: opts.output ?? chosen.output };
  if (options.output === "-") {
    io.stdout.write(schemaComment(process.cwd(), chosen.schema) + text);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(options.output, schemaComment(dirname(resolve(options.output)), chosen.schema) + text, { force: options.force });
  } catch (error) {
    reportError(io, writeFailure(error, options.output)[io.lang]);
    return EXIT.unusable;
  }
  io.stdout.write(
    zh
      ? `已写入 ${options.output}（模板：${TEMPLATE_ALIASES[template]}）。下一步：${chosen.schema === "config" ? "gongshi lint" : `gongshi check ${options.output}`}\n`
      : `wrote ${options.output} (template: ${TEMPLATE_ALIASES[template]}). Next: ${chosen.schema === "config" ? "gongshi lint" : `gongshi check ${options.output}`}\n`,
  );
  return EXIT.ok;
}
