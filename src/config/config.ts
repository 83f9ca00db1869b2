import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { InputError } from "../source/problem.js";
import { YamlSource } from "../source/yaml-source.js";
import { zodProblems } from "../source/zod-problems.js";
import type { RuleSetting } from "../engine/rule.js";

/**
 * A repository's settings for gongshi, in `.gongshirc.yaml` beside the proposals or in any folder
 * above them (the nearest one wins, as ESLint's cascade would at its simplest):
 *
 *   rules:
 *     general-activity-share: off      # off | info | warning | error（或 关闭 / 提示 / 警告 / 错误）
 *     lecture-participants: error
 */
export const CONFIG_FILE_NAMES = [".gongshirc.yaml", ".gongshirc.yml"] as const;

export interface LintConfig {
  file?: string;
  rules: Map<string, RuleSetting>;
}

const SETTING_ALIASES: Record<string, RuleSetting> = {
  off: "off",
  关闭: "off",
  info: "info",
  提示: "info",
  warning: "warning",
  warn: "warning",
  警告: "warning",
  error: "error",
  错误: "error",
};

const configSchema = z.strictObject({
  rules: z.record(z.string(), z.enum(Object.keys(SETTING_ALIASES) as [string, ...string[]])).optional(),
});

export const EMPTY_CONFIG: LintConfig = { rules: new Map() };

/** Reads one config file; an unknown rule id or setting is an InputError (exit 2). */
export function loadConfig(file: string, knownRule: (id: string) => boolean): LintConfig {
  const { source, data } = YamlSource.read(file);
  const parsed = configSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) throw new InputError(zodProblems(source, parsed.error.issues));
  const rules = new Map<string, RuleSetting>();
  const problems = [];
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
    if (!knownRule(id)) {
      problems.push(
        source.problem(["rules", id], "unknown-rule", { zh: `没有编号为 ${id} 的规则（gongshi explain 可列出全部规则）`, en: `no rule with id ${id} (gongshi explain lists them)` }, "key"),
      );
      continue;
    }
    rules.set(id, SETTING_ALIASES[setting]!);
  }
  if (problems.length) throw new InputError(problems);
  return { file, rules };
}

/** Finds the nearest config file at or above `directory`, caching by folder so lint over many files reads each once. */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, LintConfig>();

  constructor(private readonly knownRule: (id: string) => boolean) {}

  forFile(file: string): LintConfig {
    return this.forDirectory(dirname(resolve(file)));
  }

  private forDirectory(directory: string): LintConfig {
    const cached = this.byDirectory.get(directory);
    if (cached) return cached;
    let config: LintConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      if (existsSync(candidate)) {
        config = loadConfig(candidate, this.knownRule);
        break;
      }
    }
    if (!config) {
      const parent = dirname(directory);
      config = parent === directory ? EMPTY_CONFIG : this.forDirectory(parent);
    }
    this.byDirectory.set(directory, config);
    return config;
  }
}
