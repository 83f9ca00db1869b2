/**
 * A repository's settings for gongshi: one `.gongshirc.yaml` per run, as ESLint's flat config — the one
 * named with -c/--config, else the nearest at or above the working folder. A config file further down (in
 * a proposal's own folder, say) is never used: a submission cannot switch the repository's rules off.
 *
 *   rules:
 *     general-activity-share: off      # off | info | warning | error（或 关闭 / 提示 / 警告 / 错误）
 *     lecture-participants: error
 *   waivers: warnings                  # none | warnings（默认）| all：方案可以豁免哪些结果
 *   files: ["proposals/**\/*.yaml"]    # lint 取哪些文件（默认：含 project: 或 services: 的 .yaml/.yml）
 *   ignores: ["build/", "drafts/**"]   # lint 不取哪些文件
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { z } from "../source/zod.js";
import { DEFAULT_WAIVER_POLICY, type WaiverPolicy } from "../engine/finding.js";
import type { RuleSetting } from "../engine/rule.js";
import { SETTING_ALIASES } from "../engine/setting.js";
import { InputError } from "../source/problem.js";
import { YamlSource } from "../source/yaml-source.js";
import { zodProblems } from "../source/zod-problems.js";

export const CONFIG_FILE_NAMES = [".gongshirc.yaml", ".gongshirc.yml"] as const;

export interface LintConfig {
  /** The config file in force; none when no file was found. */
  file?: string;
  /** The folder `files` and `ignores` are relative to: the config's own, or the working folder (as ESLint's). */
  base: string;
  rules: Map<string, RuleSetting>;
  waivers: WaiverPolicy;
  /** Globs of the files lint takes; absent: every .yaml/.yml that holds a proposal. */
  files?: string[];
  ignores: string[];
}

const WAIVER_ALIASES: Record<string, WaiverPolicy["allow"]> = { none: "none", 不允许: "none", warnings: "warnings", 警告: "warnings", all: "all", 全部: "all" };

const globs = z.union([z.string().min(1), z.array(z.string().min(1))]).transform((value) => (typeof value === "string" ? [value] : value));

export const configSchema = z
  .strictObject({
    rules: z
      .record(z.string(), z.enum(Object.keys(SETTING_ALIASES) as [string, ...string[]]))
      .nullish()
      .meta({ title: "规则的级别", description: "规则编号: off | info | warning | error（或 关闭 / 提示 / 警告 / 错误）；未写的规则保持自己的级别" }),
    waivers: z
      .enum(Object.keys(WAIVER_ALIASES) as [string, ...string[]])
      .nullish()
      .meta({ title: "方案可以豁免哪些结果", description: "none（不允许）| warnings（警告与提示，默认）| all（含错误）" }),
    files: globs.nullish().meta({ title: "lint 检查哪些文件", description: "通配符，相对本文件所在目录；默认：含 project: 或 services: 的 .yaml/.yml" }),
    ignores: globs.nullish().meta({ title: "lint 不检查哪些文件", description: "通配符，相对本文件所在目录" }),
  })
  .meta({ title: "gongshi 仓库配置（.gongshirc.yaml）", description: "一次运行一份：-c 指定的，或工作目录及其上级目录中最近的一份" });

export function emptyConfig(base: string = process.cwd()): LintConfig {
  return { base, rules: new Map(), waivers: DEFAULT_WAIVER_POLICY, ignores: [] };
}

export const EMPTY_CONFIG: LintConfig = emptyConfig("/");

/** Reads one config file; an unknown key, rule id or setting is an InputError (exit 2). */
export function loadConfig(file: string, knownRule: (id: string) => boolean, base: string = dirname(resolve(file))): LintConfig {
  let read: ReturnType<typeof YamlSource.read>;
  try {
    read = YamlSource.read(file);
  } catch (error) {
    // An empty config (or one of comments only) sets nothing, as an empty ESLint config does.
    if (error instanceof InputError && error.problems.length === 1 && error.problems[0]!.code === "empty-file") return { ...emptyConfig(base), file };
    throw error;
  }
  const { source, data } = read;
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
  const { waivers, files, ignores } = parsed.data;
  return {
    file,
    base,
    rules,
    waivers: waivers ? { allow: WAIVER_ALIASES[waivers]!, by: "config" } : DEFAULT_WAIVER_POLICY,
    ...(files ? { files } : {}),
    ignores: ignores ?? [],
  };
}

/** The config file in a folder, if there is one. */
function configIn(directory: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(directory, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A path inside `cwd` relative to it (c.yaml, sub/.gongshirc.yaml); any other as it is. */
function asTyped(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

/** The nearest config file at or above `directory` (the working folder). */
export function findConfigFile(directory: string): string | undefined {
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    const found = configIn(dir);
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

export interface RunConfigOptions {
  /** -c/--config FILE. */
  config?: string;
  /** --rule id:severity, already parsed; wins over the config's rules. */
  rules?: ReadonlyMap<string, RuleSetting>;
  /** false with --no-waivers: every waiver is shown, none is honoured. */
  waivers?: boolean;
  cwd?: string;
}

/**
 * The one configuration of this run: -c FILE (its globs relative to the working folder, as ESLint's -c),
 * else the nearest config at or above the working folder (relative to its own folder), then --rule and
 * --no-waivers on top.
 */
export function runConfig(options: RunConfigOptions, knownRule: (id: string) => boolean): LintConfig {
  const cwd = options.cwd ?? process.cwd();
  const located = options.config ? resolve(cwd, options.config) : findConfigFile(cwd);
  // Said as the user would write it: relative to the working folder when the file is inside it.
  const found = located && cwd === process.cwd() ? asTyped(located, cwd) : located;
  const config = options.config ? loadConfig(found!, knownRule, cwd) : found ? loadConfig(found, knownRule) : emptyConfig(cwd);
  for (const [id, setting] of options.rules ?? []) config.rules.set(id, setting);
  if (options.waivers === false) config.waivers = { allow: "none", by: "flag" };
  return config;
}

/**
 * Config files that the run does not use although they sit nearer to a file than the one in force —
 * in the file's own folder, a folder between it and the config in force (that folder included), or
 * any folder up to the file system's root when no config or another folder's (-c) is in force. Each is
 * named once in a notice, so nobody believes it applies.
 */
export function ignoredConfigFiles(config: LintConfig, files: readonly string[]): string[] {
  const inForce = config.file ? resolve(config.file) : undefined;
  const stopAt = inForce && dirname(inForce);
  const seen = new Set<string>();
  const ignored: string[] = [];
  for (const file of files) {
    for (let dir = dirname(resolve(file)); !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      const found = configIn(dir);
      if (found && found !== inForce) ignored.push(found);
      if (dir === stopAt || dirname(dir) === dir) break;
    }
  }
  return ignored.sort();
}
