import { Command, CommanderError, Option } from "commander";
import { parseLang, type Lang } from "../i18n/lang.js";
import { EXIT, makeIO } from "./io.js";
import { collect, parseMaxWarnings, withAnalysisOptions } from "./options.js";
import { VERSION } from "./version.js";

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
    .version(VERSION, "-V, --version")
    .addOption(new Option("--lang <lang>", "输出语言 zh | en").default("zh"))
    .option("--color", "总是使用颜色（即使输出不是终端）")
    .option("--no-color", "不使用颜色（设置 NO_COLOR 环境变量亦可）")
    .showHelpAfterError()
    .exitOverride();

  const io = async () => {
    const opts = program.opts<{ lang: string; color?: boolean }>();
    const lang: Lang | undefined = parseLang(opts.lang);
    if (!lang) throw new CommanderError(EXIT.unusable, "gongshi.lang", `--lang 只能是 zh 或 en（得到 ${opts.lang}）`);
    return makeIO(lang, opts.color);
  };

  withAnalysisOptions(
    program
      .command("check")
      .description("测算一个方案的服务工作量并检查（退出码：0 无错误，1 有错误，2 输入无法使用）；给出 .xlsx 时核对 gongshi 导出的工作簿是否被改动")
      .argument("<file>", "方案 YAML 文件、执行情况文件，或 gongshi 导出的 .xlsx")
      .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text")),
  ).action(async (file: string, opts: import("./commands/check.js").CheckOptions) => {
      // A returned workbook is checked against the proposal it embeds; only then is exceljs loaded.
      if (/\.xlsx$/i.test(file)) {
        const { runCheckWorkbook } = await import("./commands/check-workbook.js");
        exitCode = await runCheckWorkbook(file, opts, await io());
        return;
      }
      const { runCheck } = await import("./commands/check.js");
      exitCode = await runCheck(file, opts, await io());
    });

  withAnalysisOptions(
    program
      .command("export")
      .description("导出预算工作簿（.xlsx）：概要、服务量测算、督导费、预算、检查结果、参考工时表；合计均为可重算的公式")
      .argument("<file>", "方案 YAML 文件")
      .option("-o, --output <file>", "输出文件（默认与方案同名的 .xlsx）")
      .option("--force", "覆盖已存在的文件", false),
  ).action(async (file: string, opts: import("./commands/export.js").ExportOptions) => {
      const { runExport } = await import("./commands/export.js");
      exitCode = await runExport(file, opts, await io());
    });

  withAnalysisOptions(
    program
      .command("diff")
      .description("比较方案的两个版本：增删改的服务项目、工时与预算的变化、新出现和已消除的检查结果")
      .argument("<old>", "旧版本")
      .argument("<new>", "新版本")
      .addOption(new Option("-f, --format <format>", "输出格式（markdown 适合贴到 PR 评论）").choices(["text", "markdown", "json"]).default("text")),
  ).action(async (oldFile: string, newFile: string, opts: Parameters<typeof import("./commands/diff.js").runDiff>[2]) => {
    const { runDiff } = await import("./commands/diff.js");
    exitCode = await runDiff(oldFile, newFile, opts, await io());
  });

  withAnalysisOptions(
    program
      .command("lint")
      .description("检查多份方案（文件、目录或通配符），供方案仓库的 CI 使用；退出码同 ESLint：0 通过，1 有错误，2 参数/配置/标准文件有误")
      .argument("[paths...]", "文件、目录或通配符（如 proposals/**/*.yaml）；默认当前目录")
      .option("-f, --format <format>", "输出格式 stylish | json | sarif | github，或格式模块（ESLint 格式化函数）的路径；GitHub Actions 中默认 github，其他默认 stylish")
      .addOption(new Option("--max-warnings <n>", "警告数超过 n 时以 1 退出（-1 不限，默认）").argParser(parseMaxWarnings))
      .option("--quiet", "只报告错误", false)
      .option("-o, --output-file <file>", "把结果写入文件（已有的报告会被覆盖，如 ESLint；方案、工作簿和模板不会，除非 --force）")
      .addOption(new Option("--output <file>").hideHelp())
      .option("--force", "也覆盖方案、工作簿或模板", false)
      .option("--print-config <file>", "显示对该文件生效的配置与各规则的级别（JSON），不做检查")
      .option("--ignore-pattern <pattern>", "不检查匹配的文件（相对于当前目录，可重复）", collect, [] as string[])
      .option("--no-ignore", "不使用 ignores:、--ignore-pattern 和 .gitignore")
      .option("--stdin", "从标准输入读取一份方案（供编辑器与 git 钩子）", false)
      .option("--stdin-filename <file>", "标准输入的方案按这个文件名报告、匹配配置与解析相对路径"),
  ).action(async (paths: string[], opts: Parameters<typeof import("./commands/lint.js").runLint>[1]) => {
    const { runLint } = await import("./commands/lint.js");
    exitCode = await runLint(paths, opts, await io());
  });

  program
    .command("explain")
    .description("说明一条规则：出处原文、级别，以及通过与不通过的例子；不带参数时列出全部规则")
    .argument("[rule]", "规则编号，如 workload-below-floor")
    .action(async (rule: string | undefined) => {
      const { runExplain } = await import("./commands/explain.js");
      exitCode = runExplain(rule, await io());
    });

  program
    .command("schema")
    .description("输出方案的 JSON Schema（draft-07），供编辑器的 YAML 语言服务校验与补全")
    .option("-o, --output <file>", "写入文件（不覆盖已有文件，除非 --force）")
    .option("--force", "覆盖已存在的文件", false)
    .action(async (opts: { output?: string; force: boolean }) => {
      const { runSchema } = await import("./commands/schema.js");
      exitCode = runSchema(opts, await io());
    });

  program
    .command("table")
    .description("打印参考工时表")
    .option("--standard <id>", "参考工时标准", "suzhou-2016")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .action(async (opts: { standard: string; format: "text" | "json" }) => {
      const { runTable } = await import("./commands/table.js");
      exitCode = await runTable(opts, await io());
    });

  program
    .command("init")
    .description("写出一份带注释的方案模板：community（社区）、social-assistance（社会救助）、station（社工站）")
    .argument("[template]", "模板名", "community")
    .option("-o, --output <file>", "写到哪个文件（- 为标准输出）", "proposal.yaml")
    .option("--force", "覆盖已存在的文件", false)
    .action(async (template: string, opts: { output: string; force: boolean }) => {
      const { runInit } = await import("./commands/init.js");
      exitCode = runInit(template, opts, await io());
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
