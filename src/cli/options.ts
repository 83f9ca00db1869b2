import { InvalidArgumentError, Option, type Command } from "commander";
import type { RuleSetting } from "../engine/rule.js";
import { SETTING_ALIASES } from "../engine/setting.js";
import { wordsIn, type Lang } from "../i18n/lang.js";

const WORDS = {
  standard: {
    zh: { flags: "--standard <标准>", about: "参考工时标准（覆盖方案中的 project.standard）：templates/standards/ 下的名称或标准文件路径" },
    en: { flags: "--standard <id>", about: "the reference-hour standard (overrides the proposal's project.standard): a name in templates/standards/ or a standard file's path" },
  },
  holidays: {
    zh: { flags: "--holidays <天数>", about: "公众假期天数：11（默认）或 13（国务院令第 795 号）" },
    en: { flags: "--holidays <days>", about: "public holidays: 11 (the default) or 13 (State Council order 795)" },
  },
  config: {
    zh: { flags: "-c, --config <文件>", about: "规则配置文件（默认：当前目录或其上级目录中最近的 .gongshirc.yaml；每次运行只用一份）" },
    en: { flags: "-c, --config <file>", about: "the rule configuration file (default: the nearest .gongshirc.yaml in this folder or above; one per run)" },
  },
  rule: {
    zh: { flags: "--rule <规则:级别>", about: "覆盖一条规则的级别，如 --rule activity-size:error（可重复）" },
    en: { flags: "--rule <id:severity>", about: "override a rule's severity, such as --rule activity-size:error (repeatable)" },
  },
  noWaivers: { zh: "列出方案中的全部豁免，但一条也不采纳", en: "list the proposal's waivers but apply none of them" },
  notInteger: { zh: (value: string) => `不是整数：${value}`, en: (value: string) => `not a whole number: ${value}` },
  notMaxWarnings: { zh: (value: string) => `应为整数或 -1：${value}`, en: (value: string) => `expected a whole number or -1: ${value}` },
  notConcurrency: { zh: (value: string) => `应为 auto、off 或 1 到 16 的整数：${value}`, en: (value: string) => `expected auto, off or a whole number from 1 to 16: ${value}` },
  notRule: {
    zh: (value: string) => `应写成 规则:级别，如 activity-size:error（得到 ${value}）`,
    en: (value: string) => `expected id:severity, e.g. activity-size:error (got ${value})`,
  },
  notSeverity: {
    zh: (value: string) => `级别只能是 off | info | warning | error（或 关闭 | 提示 | 警告 | 错误）（得到 ${value}）`,
    en: (value: string) => `severity must be off, info, warning or error (got ${value})`,
  },
};

/**
 * The options of every command that analyses a proposal, declared once: --standard, --holidays, and the
 * run's one configuration: -c/--config, --rule id:severity (repeatable), --no-waivers. Worded in `lang`.
 */
export function withAnalysisOptions(command: Command, lang: Lang): Command {
  const t = wordsIn(WORDS, lang);
  return withStandardOptions(command, lang)
    .option(t.config.flags, t.config.about)
    .option(t.rule.flags, t.rule.about, ruleOptionParser(lang), new Map<string, RuleSetting>())
    .option("--no-waivers", t.noWaivers);
}

/** --standard and --holidays, which say which table and year a proposal is measured against (the language server takes them too). */
export function withStandardOptions(command: Command, lang: Lang): Command {
  const t = wordsIn(WORDS, lang);
  return command.option(t.standard.flags, t.standard.about).addOption(new Option(t.holidays.flags, t.holidays.about).argParser(integerParser(lang)));
}

/** A parser for a whole-number option value, which says what is wrong in `lang`. */
export function integerParser(lang: Lang): (value: string) => number {
  const t = wordsIn(WORDS, lang);
  return (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t.notInteger(value));
    return Number(value);
  };
}

/**
 * "activity-size:error" (or "activity-size: 关闭") into the map of --rule settings given so far. Whether the
 * rule exists is asked when the command runs (cli/run-config.ts), so start-up does not load every rule.
 */
export function ruleOptionParser(lang: Lang): (value: string, previous: Map<string, RuleSetting>) => Map<string, RuleSetting> {
  const t = wordsIn(WORDS, lang);
  return (value, previous) => {
    const match = /^\s*([\w-]+)\s*[:=]\s*(\S+)\s*$/.exec(value);
    if (!match) throw new InvalidArgumentError(t.notRule(value));
    const [, id, severity] = match as unknown as [string, string, string];
    const setting = SETTING_ALIASES[severity.toLowerCase()] ?? SETTING_ALIASES[severity];
    if (!setting) throw new InvalidArgumentError(t.notSeverity(severity));
    return new Map(previous).set(id, setting);
  };
}

/** ESLint's --max-warnings: a whole number, or -1 (the default) for no limit. */
export function maxWarningsParser(lang: Lang): (value: string) => number {
  const t = wordsIn(WORDS, lang);
  return (value) => {
    if (!/^(-1|\d+)$/.test(value.trim())) throw new InvalidArgumentError(t.notMaxWarnings(value));
    return Number(value);
  };
}

/** --concurrency: 0 for auto (commander keeps the raw text when a parser returns undefined), 1 for off, else the number of threads (1–16). */
export function concurrencyParser(lang: Lang): (value: string) => number {
  const t = wordsIn(WORDS, lang);
  return (value) => {
    const v = value.trim().toLowerCase();
    if (v === "auto") return 0;
    if (v === "off") return 1;
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 16) throw new InvalidArgumentError(t.notConcurrency(value));
    return Number(v);
  };
}

/** A repeatable option's values, in order. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
