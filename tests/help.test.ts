/**
 * Help and commander's own messages entirely in the chosen language: `--lang en` or an English locale
 * (LC_ALL, LC_MESSAGES, LANG) gives English throughout, anything else Chinese throughout — "Usage",
 * "Options", "display help for command" and commander's error texts included.
 */
import { describe, expect, it } from "vitest";
import { gongshi } from "./helpers.js";

const COMMANDS = [[], ["check"], ["export"], ["diff"], ["lint"], ["explain"], ["schema"], ["lsp"], ["table"], ["init"]];
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** Commander's English, and English words of our own that would betray a half-translated help. */
const ENGLISH = /Usage|Options|Commands|Arguments|display help|output the version|default:|choices:|\[options\]|\[command\]|error:|Did you mean|Allowed|argument|option '|unknown|missing|too many|whole number/;

const ENGLISH_LOCALES: Record<string, string | undefined>[] = [{ LANG: "en_US.UTF-8" }, { LC_ALL: "en_GB.UTF-8", LANG: "zh_CN.UTF-8" }, { LC_MESSAGES: "en_US.UTF-8" }];

describe("--help", () => {
  it.each(COMMANDS.map((c) => [c.join(" ") || "(the program)", c] as const))("%s: entirely Chinese by default", (_name, command) => {
    const result = gongshi([...command, "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^用法：gongshi/);
    expect(result.stdout).toContain("选项：");
    expect(result.stdout).toContain("显示帮助");
    expect(result.stdout).not.toMatch(ENGLISH);
  });

  it.each(COMMANDS.map((c) => [c.join(" ") || "(the program)", c] as const))("%s: entirely English with --lang en or an English locale", (_name, command) => {
    const runs = [gongshi(["--lang", "en", ...command, "--help"]), gongshi([...command, "--help", "--lang=en"]), ...ENGLISH_LOCALES.map((env) => gongshi([...command, "--help"], { env }))];
    for (const result of runs) {
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: gongshi/);
      expect(result.stdout).toContain("display help for command");
      expect(result.stdout).not.toMatch(CJK);
    }
  });

  it("--lang zh wins over an English locale, and a Chinese LC_ALL over an English LANG", () => {
    expect(gongshi(["--lang", "zh", "--help"], { env: { LANG: "en_US.UTF-8" } }).stdout).toMatch(/^用法：/);
    expect(gongshi(["--help"], { env: { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" } }).stdout).toMatch(/^用法：/);
    expect(gongshi(["--help"], { env: { LANG: "C.UTF-8" } }).stdout).toMatch(/^用法：/);
  });

  it("lists the global options under each command", () => {
    expect(gongshi(["check", "--help"]).stdout).toMatch(/全局选项：[\s\S]*--lang <语言>/);
    expect(gongshi(["--lang", "en", "check", "--help"]).stdout).toMatch(/Global Options:[\s\S]*--lang <lang>/);
  });

  it("keeps Chinese help aligned by display width within 80 columns", () => {
    for (const command of COMMANDS) {
      const lines = gongshi([...command, "--help"]).stdout.split("\n");
      for (const line of lines) expect([...line].reduce((w, ch) => w + (CJK.test(ch) ? 2 : 1), 0), line).toBeLessThanOrEqual(80);
    }
  });
});

describe("commander's error messages", () => {
  const MISTAKES: [string, string[], string, string][] = [
    ["an unknown command", ["chek"], "错误：没有命令 'chek'\n（是否想输入：check？）", "error: unknown command 'chek'\n(Did you mean check?)"],
    ["an unknown option", ["check", "x.yaml", "--formt", "json"], "错误：没有选项 '--formt'\n（是否想输入：--format？）", "error: unknown option '--formt'\n(Did you mean --format?)"],
    ["a missing argument", ["check"], "错误：缺少参数 '文件'", "error: missing required argument 'file'"],
    ["a choice not offered", ["check", "x.yaml", "-f", "xml"], "错误：选项 '-f, --format <格式>' 的取值 'xml' 无效。可选：text, json。", "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json."],
    ["too many arguments", ["explain", "a", "b"], "错误：命令 'explain' 的参数太多：应为 1 个，给了 2 个", "error: too many arguments for 'explain'. Expected 1 argument but got 2."],
    ["a value that is not a whole number", ["check", "x.yaml", "--holidays", "x"], "错误：选项 '--holidays <天数>' 的取值 'x' 无效。不是整数：x", "error: option '--holidays <days>' argument 'x' is invalid. not a whole number: x"],
    ["an option without its value", ["check", "x.yaml", "--standard"], "错误：选项 '--standard <标准>' 缺少取值", "error: option '--standard <id>' argument missing"],
    ["a language gongshi does not speak", ["--lang", "fr", "explain"], "错误：--lang 只能是 zh 或 en（得到 fr）", "error: --lang must be zh or en (got fr)"],
  ];

  it.each(MISTAKES)("%s: said in Chinese, then the help in Chinese", (_name, args, zh) => {
    const result = gongshi(args);
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(zh)).toBe(true);
    expect(result.stderr).not.toMatch(ENGLISH);
  });

  it.each(MISTAKES)("%s: said in English under an English locale", (_name, args, _zh, en) => {
    const result = gongshi(args, { env: { LANG: "en_US.UTF-8" } });
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(en)).toBe(true);
    expect(result.stderr).not.toMatch(CJK);
  });
});

describe("the chosen language is the whole output's", () => {
  it("an English locale gives the English report, as --lang en does", () => {
    const report = gongshi(["check", "examples/community-elderly.yaml"], { env: { LANG: "en_US.UTF-8" } }).stdout;
    expect(report).toBe(gongshi(["--lang", "en", "check", "examples/community-elderly.yaml"]).stdout);
    expect(report).toContain("Workload bounds");
  });
});
