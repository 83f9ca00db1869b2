import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseLang, type Lang } from "../i18n/lang.js";
import { EXIT, makeIO } from "./io.js";

/**
 * The command line. Each command's module is imported only when that command runs, so `check`
 * never pays for what `export` needs.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command();
  program
    .name("gongshi")
    .description("工时：政府购买社会工作服务项目的服务量测算与检查（苏州 2016 参考工时）")
    .version("0.1.0", "-V, --version")
    .addOption(new Option("--lang <lang>", "输出语言 zh | en").default("zh"))
    .option("--no-color", "不使用颜色（设置 NO_COLOR 环境变量亦可）")
    .showHelpAfterError()
    .exitOverride();

  const io = () => {
    const opts = program.opts<{ lang: string; color: boolean }>();
    const lang: Lang | undefined = parseLang(opts.lang);
    if (!lang) throw new CommanderError(EXIT.unusable, "gongshi.lang", `--lang 只能是 zh 或 en（得到 ${opts.lang}）`);
    return makeIO(lang, opts.color === false ? false : undefined);
  };

  program
    .command("check")
    .description("测算一个方案的服务工作量并检查（退出码：0 无错误，1 有错误，2 输入无法使用）")
    .argument("<file>", "方案 YAML 文件")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .option("--standard <id>", "参考工时标准（覆盖方案中的 project.standard）")
    .addOption(new Option("--holidays <days>", "公众假期天数：11（默认）或 13（国务院令第 795 号）").argParser(parseInteger))
    .option("--config <file>", "规则配置文件（默认：方案所在目录及上级目录中最近的 .gongshirc.yaml）")
    .action(async (file: string, opts: { format: "text" | "json"; standard?: string; holidays?: number; config?: string }) => {
      const { runCheck } = await import("./commands/check.js");
      exitCode = runCheck(file, opts, io());
    });

  program
    .command("table")
    .description("打印参考工时表")
    .option("--standard <id>", "参考工时标准", "suzhou-2016")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .action(async (opts: { standard: string; format: "text" | "json" }) => {
      const { runTable } = await import("./commands/table.js");
      exitCode = runTable(opts, io());
    });

  program
    .command("init")
    .description("写出一份带注释的方案模板：community（社区）、social-assistance（社会救助）、station（社工站）")
    .argument("[template]", "模板名", "community")
    .option("-o, --output <file>", "写到哪个文件（- 为标准输出）", "proposal.yaml")
    .option("--force", "覆盖已存在的文件", false)
    .action(async (template: string, opts: { output: string; force: boolean }) => {
      const { runInit } = await import("./commands/init.js");
      exitCode = runInit(template, opts, io());
    });

  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      if (error.code === "gongshi.lang") process.stderr.write(`error: ${error.message}\n`);
      return EXIT.unusable;
    }
    throw error;
  }
  return exitCode;
}

function parseInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`不是整数 not a whole number: ${value}`);
  return Number(value);
}
