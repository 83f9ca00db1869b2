import { InvalidArgumentError, Option, type Command } from "commander";
import type { RuleSetting } from "../engine/rule.js";
import { SETTING_ALIASES } from "../engine/setting.js";

/**
 * The options of every command that analyses a proposal, declared once: --standard, --holidays, and the
 * run's one configuration: -c/--config, --rule id:severity (repeatable), --no-waivers.
 */
export function withAnalysisOptions(command: Command): Command {
  return command
    .option("--standard <id>", "参考工时标准（覆盖方案中的 project.standard）：templates/standards/ 下的名称或标准文件路径")
    .addOption(new Option("--holidays <days>", "公众假期天数：11（默认）或 13（国务院令第 795 号）").argParser(parseInteger))
    .option("-c, --config <file>", "规则配置文件（默认：当前目录或其上级目录中最近的 .gongshirc.yaml；每次运行只用一份）")
    .option("--rule <id:severity>", "覆盖一条规则的级别，如 --rule activity-size:error（可重复）", parseRuleOption, new Map<string, RuleSetting>())
    .option("--no-waivers", "列出方案中的全部豁免，但一条也不采纳");
}

export function parseInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`不是整数 not a whole number: ${value}`);
  return Number(value);
}

/**
 * "activity-size:error" (or "activity-size: 关闭") into the map of --rule settings given so far. Whether the
 * rule exists is asked when the command runs (cli/run-config.ts), so start-up does not load every rule.
 */
export function parseRuleOption(value: string, previous: Map<string, RuleSetting>): Map<string, RuleSetting> {
  const match = /^\s*([\w-]+)\s*[:=]\s*(\S+)\s*$/.exec(value);
  if (!match) throw new InvalidArgumentError(`应写成 规则:级别，如 activity-size:error / expected id:severity, e.g. activity-size:error (got ${value})`);
  const [, id, severity] = match as unknown as [string, string, string];
  const setting = SETTING_ALIASES[severity.toLowerCase()] ?? SETTING_ALIASES[severity];
  if (!setting) throw new InvalidArgumentError(`级别只能是 off | info | warning | error / severity must be off, info, warning or error (got ${severity})`);
  return new Map(previous).set(id, setting);
}

/** ESLint's --max-warnings: a whole number, or -1 (the default) for no limit. */
export function parseMaxWarnings(value: string): number {
  if (!/^(-1|\d+)$/.test(value.trim())) throw new InvalidArgumentError(`应为整数或 -1 / expected a whole number or -1: ${value}`);
  return Number(value);
}

/** A repeatable option's values, in order. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
