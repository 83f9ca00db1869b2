/**
 * Commander's own words — "Usage:", "Options:", "(default: …)", "display help for command", its error
 * messages — in the language the person chose, so that `--help` and a mistyped flag read entirely in
 * Chinese or entirely in English. Help is laid out by display width (a Chinese character takes two
 * columns) and broken the way Chinese text breaks.
 */
import { forTerminal } from "../report/escape.js";
import { Help, type Argument, type Command, type HelpConfiguration, type Option, type OutputConfiguration } from "commander";
import { parseLang, type Lang } from "../i18n/lang.js";
import { displayWidth } from "../i18n/width.js";
import { wrapLine } from "../report/fit.js";

const TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Global Options:": "全局选项：",
  "Commands:": "命令：",
};

/** How help looks in `lang`: titles, usage placeholders, defaults and choices, widths and line breaks. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const zh = lang === "zh";
  const base = Help.prototype;
  const extras = (choices: readonly string[] | undefined, defaultValue: unknown, showDefault: boolean): string[] => [
    ...(choices ? [zh ? `可选：${choices.join(" | ")}` : `choices: ${choices.join(" | ")}`] : []),
    ...(showDefault && defaultValue !== undefined ? [zh ? `默认：${String(defaultValue)}` : `default: ${String(defaultValue)}`] : []),
  ];
  const describe = (description: string, extra: string[]) => (extra.length === 0 ? description : zh ? `${description}（${extra.join("；")}）` : `${description} (${extra.join("; ")})`);
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => (zh ? (TITLES[title] ?? title) : title),
    // "Usage: gongshi …" becomes "用法：gongshi …": no space after a full-width colon.
    formatHelp(this: Help, command: Command, helper: Help) {
      const text = base.formatHelp.call(this, command, helper);
      return zh ? text.replace(/^用法： /, "用法：") : text;
    },
    commandUsage(this: Help, command: Command) {
      const usage = base.commandUsage.call(this, command);
      return zh ? usage.replace("[options]", "[选项]").replace("[command]", "[命令]") : usage;
    },
    subcommandTerm(this: Help, command: Command) {
      const term = base.subcommandTerm.call(this, command);
      return zh ? term.replace("[options]", "[选项]") : term;
    },
    // A flag's default is for the program, not the reader (false for --force, say): only values are shown.
    optionDescription: (option: Option) => describe(option.description, extras(option.argChoices, option.defaultValue, option.required || option.optional)),
    argumentDescription: (argument: Argument) => describe(argument.description, extras(argument.argChoices, argument.defaultValue, true)),
    displayWidth: (text: string) => displayWidth(text),
    boxWrap: (text: string, width: number) =>
      text
        .split("\n")
        .flatMap((line) => wrapLine(line, width))
        .join("\n"),
  };
}

/** Commander's error messages, as commander 14 words them, in Chinese. */
const ERRORS_ZH: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "错误：没有选项 '$1'"],
  [/^error: unknown command '(.+?)'/, "错误：没有命令 '$1'"],
  [/^error: missing required argument '(.+?)'/, "错误：缺少参数 '$1'"],
  [/^error: option '(.+?)' argument missing/, "错误：选项 '$1' 缺少取值"],
  [/^error: required option '(.+?)' not specified/, "错误：必须给出选项 '$1'"],
  [/^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\./, "错误：命令 '$1' 的参数太多：应为 $2 个，给了 $3 个"],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, "错误：参数太多：应为 $1 个，给了 $2 个"],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. ?/, "错误：选项 '$1' 的取值 '$2' 无效。"],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. ?/, "错误：参数 '$2' 的取值 '$1' 无效。"],
  [/ ?Allowed choices are (.+)\.$/m, "可选：$1。"],
  [/\n\(Did you mean one of (.+)\?\)/, "\n（是否想输入：$1？）"],
  [/\n\(Did you mean (.+)\?\)/, "\n（是否想输入：$1？）"],
  [/^error: /, "错误："],
];

export function translateCommanderError(message: string, lang: Lang): string {
  if (lang === "en") return message;
  return ERRORS_ZH.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

/** Where commander writes, with its errors in `lang` and help fitted to the terminal (80 columns elsewhere). */
export function outputConfiguration(lang: Lang, widths: { out?: number; err?: number }): OutputConfiguration {
  return {
    outputError: (text: string, write: (text: string) => void) => write(translateCommanderError(text, lang)),
    // An unknown option or argument is echoed: as text, never as a terminal's control sequence.
    writeOut: (text: string) => process.stdout.write(forTerminal(text)),
    writeErr: (text: string) => process.stderr.write(forTerminal(text)),
    getOutHelpWidth: () => widths.out ?? 80,
    getErrHelpWidth: () => widths.err ?? 80,
  };
}

/**
 * The language to speak before commander has parsed anything (help is built first): `--lang` wherever it
 * is on the command line, else the locale (LC_ALL, then LC_MESSAGES, then LANG: English locales get
 * English), else Chinese. An invalid `--lang` is reported later, by the option itself.
 */
export function chooseLang(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    const lang = parseLang(value);
    if (lang) return lang;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "zh";
}
