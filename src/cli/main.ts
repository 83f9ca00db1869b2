import { Command, CommanderError, Option } from "commander";
import { parseLang, wordsIn, type Lang } from "../i18n/lang.js";
import { chooseLang, helpConfiguration, outputConfiguration } from "./commander-words.js";
import { forTerminal } from "../report/escape.js";
import { EXIT, makeIO, terminalWidth, watchOutputs } from "./io.js";
import { collect, concurrencyParser, integerParser, maxWarningsParser, withAnalysisOptions, withStandardOptions } from "./options.js";
import { VERSION } from "./version.js";

/** Every word of the command line's help, in both languages; placeholders too (`<文件>`, `<file>`). */
const WORDS = {
  program: {
    zh: "工时：政府购买社会工作服务项目的服务量测算与检查（苏州 2016 参考工时）",
    en: "gongshi: workload estimates and checks for government-purchased social-work services (Suzhou 2016 reference hours)",
  },
  version: { zh: "显示版本号", en: "output the version number" },
  help: { zh: "显示帮助", en: "display help for command" },
  helpCommand: { zh: { term: "help [命令]", about: "显示某个命令的帮助" }, en: { term: "help [command]", about: "display help for command" } },
  lang: {
    zh: { flags: "--lang <语言>", about: "输出语言：zh 或 en（默认按 LC_ALL/LANG：英文环境为 en，否则 zh）" },
    en: { flags: "--lang <lang>", about: "output language: zh or en (default from LC_ALL/LANG: en for an English locale, else zh)" },
  },
  color: { zh: "总是使用颜色（即使输出不是终端）", en: "always use colours (even when the output is not a terminal)" },
  noColor: { zh: "不使用颜色（设置 NO_COLOR 环境变量亦可）", en: "no colours (so does setting NO_COLOR)" },
  badLang: { zh: (value: string) => `错误：--lang 只能是 zh 或 en（得到 ${value}）`, en: (value: string) => `error: --lang must be zh or en (got ${value})` },
  format: { zh: { flags: "-f, --format <格式>", about: "输出格式" }, en: { flags: "-f, --format <format>", about: "output format" } },
  output: { zh: "-o, --output <文件>", en: "-o, --output <file>" },
  check: {
    zh: {
      file: "<文件>",
      about: "测算一个方案的服务工作量并检查（退出码：0 无错误，1 有错误，2 输入无法使用）；给出 .xlsx 时核对 gongshi 导出的工作簿是否被改动",
      fileAbout: "方案 YAML 文件、执行情况文件，或 gongshi 导出的 .xlsx",
    },
    en: {
      file: "<file>",
      about: "estimate a proposal's service workload and check it (exit 0 no errors, 1 errors, 2 unusable input); given an .xlsx, check a workbook gongshi exported for changes",
      fileAbout: "a proposal YAML file, a delivery file, or an .xlsx gongshi exported",
    },
  },
  export: {
    zh: {
      file: "<文件>",
      about: "导出预算工作簿（.xlsx）：概要、服务量测算、督导费、预算、检查结果、参考工时表；合计均为可重算的公式",
      fileAbout: "方案 YAML 文件",
      output: "输出文件（默认与方案同名的 .xlsx）",
      force: "覆盖已存在的文件",
    },
    en: {
      file: "<file>",
      about: "export the budget workbook (.xlsx): summary, workload, supervision, budget, findings, reference table; every total a live formula",
      fileAbout: "a proposal YAML file",
      output: "the file to write (default: the proposal's name with .xlsx)",
      force: "replace a file that exists",
    },
  },
  diff: {
    zh: { old: "<旧版本>", new: "<新版本>", about: "比较方案的两个版本：增删改的服务项目、工时与预算的变化、新出现和已消除的检查结果", oldAbout: "旧版本", newAbout: "新版本", format: "输出格式（markdown 适合贴到 PR 评论）" },
    en: {
      old: "<old>",
      new: "<new>",
      about: "compare two versions of a proposal: items added, removed or changed, hours and budget moved, findings that appeared or went away",
      oldAbout: "the old version",
      newAbout: "the new version",
      format: "output format (markdown for a pull-request comment)",
    },
  },
  lint: {
    zh: {
      paths: "[路径...]",
      about: "检查多份方案（文件、目录或通配符），供方案仓库的 CI 使用；退出码同 ESLint：0 通过，1 有错误，2 参数/配置/标准文件有误",
      pathsAbout: "文件、目录或通配符（如 proposals/**/*.yaml）；默认当前目录",
      format: "输出格式 stylish | json | sarif | github，或格式模块（ESLint 格式化函数）的路径；GitHub Actions 中默认 github，其他默认 stylish",
      maxWarnings: "警告数超过 n 时以 1 退出（-1 不限，默认）",
      quiet: "只报告错误",
      outputFile: "-o, --output-file <文件>",
      output: "把结果写入文件（已有的报告会被覆盖，如 ESLint；方案、工作簿和模板不会，除非 --force）",
      force: "也覆盖方案、工作簿或模板",
      printConfig: "--print-config <文件>",
      printConfigAbout: "显示对该文件生效的配置与各规则的级别（JSON），不做检查",
      ignorePattern: "--ignore-pattern <模式>",
      ignorePatternAbout: "不检查匹配的文件（相对于当前目录，可重复）",
      noIgnore: "不使用 ignores:、--ignore-pattern 和 .gitignore",
      stdin: "从标准输入读取一份方案（供编辑器与 git 钩子）",
      stdinFilename: "--stdin-filename <文件>",
      stdinFilenameAbout: "标准输入的方案按这个文件名报告、匹配配置与解析相对路径",
      cache: "只重新检查改动过的文件（结果保存在 --cache-location，默认 .gongshicache）",
      concurrency: "--concurrency <n>",
      concurrencyAbout: "同时检查的线程数：auto（默认，每个 CPU 核一个，最多 4 个）、off 或数字",
      cacheLocation: "--cache-location <路径>",
      cacheLocationAbout: "缓存文件的位置（给出目录时为其中的 .gongshicache）",
    },
    en: {
      paths: "[paths...]",
      about: "check many proposals (files, folders or globs) for a repository's CI; exit codes as ESLint's: 0 clean, 1 errors, 2 bad flags, config or standard files",
      pathsAbout: "files, folders or globs (such as proposals/**/*.yaml); default: this folder",
      format: "output format stylish | json | sarif | github, or the path of a formatter module (an ESLint formatter function); github under GitHub Actions, else stylish",
      maxWarnings: "exit 1 when there are more than n warnings (-1, the default: no limit)",
      quiet: "report errors only",
      outputFile: "-o, --output-file <file>",
      output: "write the results to a file (an earlier report is replaced, as ESLint does; proposals, workbooks and templates are not, unless --force)",
      force: "replace proposals, workbooks or templates too",
      printConfig: "--print-config <file>",
      printConfigAbout: "show the configuration and each rule's severity in force for that file (JSON), without checking",
      ignorePattern: "--ignore-pattern <pattern>",
      ignorePatternAbout: "do not check matching files (relative to this folder; repeatable)",
      noIgnore: "do not use ignores:, --ignore-pattern or .gitignore",
      stdin: "read one proposal from standard input (for editors and git hooks)",
      stdinFilename: "--stdin-filename <file>",
      stdinFilenameAbout: "report the proposal on standard input under this file name, and match configuration and relative paths by it",
      cache: "check only files that changed (results kept at --cache-location, .gongshicache by default)",
      concurrency: "--concurrency <n>",
      concurrencyAbout: "threads that lint at once: auto (the default: one per CPU core, at most 4), off, or a number",
      cacheLocation: "--cache-location <path>",
      cacheLocationAbout: "where the cache file is (a folder: .gongshicache in it)",
    },
  },
  explain: {
    zh: { rule: "[规则]", about: "说明一条规则：出处原文、级别，以及通过与不通过的例子；不带参数时列出全部规则", ruleAbout: "规则编号，如 workload-below-floor" },
    en: { rule: "[rule]", about: "explain a rule: its quoted source, severity, and a passing and a failing example; without a rule, list them all", ruleAbout: "a rule id, such as workload-below-floor" },
  },
  schema: {
    zh: {
      about: "输出 JSON Schema（draft-07），供编辑器的 YAML 语言服务校验与补全：proposal 方案（默认）、delivery 执行情况文件、config .gongshirc.yaml",
      which: "[种类]",
      whichAbout: "proposal（方案）| delivery（执行情况）| config（配置）",
      output: "写入文件（不覆盖已有文件，除非 --force）",
      force: "覆盖已存在的文件",
    },
    en: {
      about: "print a JSON Schema (draft-07) for editors' YAML language servers: proposal (the default), delivery file, or config (.gongshirc.yaml)",
      which: "[which]",
      whichAbout: "proposal | delivery | config",
      output: "write it to a file (never over an existing one without --force)",
      force: "replace a file that exists",
    },
  },
  lsp: {
    zh: {
      about: "语言服务器（LSP，经标准输入输出）：编辑器中随输入显示 gongshi 的检查结果，悬停服务条目显示其工时",
      stdio: "经标准输入输出通信（默认，也是唯一的方式；为兼容编辑器的习惯写法而接受）",
      config: "--config <文件>",
      configAbout: "规则配置文件（如 .gongshirc.yaml）；语言服务器不自行查找配置文件",
      debounce: "--debounce <毫秒>",
      debounceAbout: "停止输入多少毫秒后重新检查（默认 150）",
    },
    en: {
      about: "a language server (LSP, over standard input and output): gongshi's findings in the editor as you type, a service line's hours on hover",
      stdio: "talk over standard input and output (the default and only way; accepted because editors pass it)",
      config: "--config <file>",
      configAbout: "the rule configuration file (such as .gongshirc.yaml); the language server does not look for one itself",
      debounce: "--debounce <ms>",
      debounceAbout: "how many milliseconds after typing stops to check again (default 150)",
    },
  },
  table: {
    zh: { about: "打印参考工时表", standard: "--standard <标准>", standardAbout: "参考工时标准" },
    en: { about: "print the reference-hour table", standard: "--standard <id>", standardAbout: "the reference-hour standard" },
  },
  init: {
    zh: {
      template: "[模板]",
      about: "写出一份带注释的模板：方案 community（社区）、social-assistance（社会救助）、station（社工站），执行情况 delivery，仓库配置 config；第一行注明编辑器用的 JSON Schema",
      templateAbout: "模板名",
      output: "写到哪个文件（- 为标准输出；默认 proposal.yaml，delivery 为 delivery.yaml，config 为 .gongshirc.yaml）",
      force: "覆盖已存在的文件",
    },
    en: {
      template: "[template]",
      about: "write a commented starter file: a proposal (community, social-assistance, or station for a street social-work station), a delivery file (delivery) or a repository's config (config); its first line names the JSON Schema for editors",
      templateAbout: "the template",
      output: "the file to write (- for standard output; default proposal.yaml, delivery.yaml for delivery, .gongshirc.yaml for config)",
      force: "replace a file that exists",
    },
  },
};

/**
 * The command line. Each command's module is imported only when that command runs, so `check`
 * never pays for what `export` needs. Everything it says — commander's own words included — is in the
 * language chosen by `--lang` or the locale.
 */
/** A lint worker thread's work (bin/lint-worker.js); loaded only there. */
export async function serveLintWorker(...args: Parameters<typeof import("../lint/parallel.js").serveLintWorker>): Promise<void> {
  (await import("../lint/parallel.js")).serveLintWorker(...args);
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const chosen: Lang = chooseLang(argv.slice(2));
  watchOutputs(chosen);
  const t = wordsIn(WORDS, chosen);
  const program = new Command();
  // Set before any command is added: subcommands inherit help and output settings when created.
  program
    .name("gongshi")
    .description(t.program)
    .version(VERSION, "-V, --version", t.version)
    .helpOption("-h, --help", t.help)
    .helpCommand(t.helpCommand.term, t.helpCommand.about)
    .configureHelp(helpConfiguration(chosen))
    .configureOutput(outputConfiguration(chosen, { out: terminalWidth(process.stdout), err: terminalWidth(process.stderr) }))
    .addOption(new Option(t.lang.flags, t.lang.about))
    .option("--color", t.color)
    .option("--no-color", t.noColor)
    .showHelpAfterError()
    .exitOverride();

  const io = async () => {
    const opts = program.opts<{ lang?: string; color?: boolean }>();
    if (opts.lang !== undefined && !parseLang(opts.lang)) throw new CommanderError(EXIT.unusable, "gongshi.lang", t.badLang(opts.lang));
    return makeIO(chosen, opts.color);
  };

  withAnalysisOptions(
    program
      .command("check")
      .description(t.check.about)
      .argument(t.check.file, t.check.fileAbout)
      .addOption(new Option(t.format.flags, t.format.about).choices(["text", "json"]).default("text")),
    chosen,
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
      .description(t.export.about)
      .argument(t.export.file, t.export.fileAbout)
      .option(t.output, t.export.output)
      .option("--force", t.export.force, false),
    chosen,
  ).action(async (file: string, opts: import("./commands/export.js").ExportOptions) => {
    const { runExport } = await import("./commands/export.js");
    exitCode = await runExport(file, opts, await io());
  });

  withAnalysisOptions(
    program
      .command("diff")
      .description(t.diff.about)
      .argument(t.diff.old, t.diff.oldAbout)
      .argument(t.diff.new, t.diff.newAbout)
      .addOption(new Option(t.format.flags, t.diff.format).choices(["text", "markdown", "json"]).default("text")),
    chosen,
  ).action(async (oldFile: string, newFile: string, opts: Parameters<typeof import("./commands/diff.js").runDiff>[2]) => {
    const { runDiff } = await import("./commands/diff.js");
    exitCode = await runDiff(oldFile, newFile, opts, await io());
  });

  withAnalysisOptions(
    program
      .command("lint")
      .description(t.lint.about)
      .argument(t.lint.paths, t.lint.pathsAbout)
      .option(t.format.flags, t.lint.format)
      .addOption(new Option("--max-warnings <n>", t.lint.maxWarnings).argParser(maxWarningsParser(chosen)))
      .option("--quiet", t.lint.quiet, false)
      .option(t.lint.outputFile, t.lint.output)
      .addOption(new Option("--output <file>").hideHelp())
      .option("--force", t.lint.force, false)
      .option(t.lint.printConfig, t.lint.printConfigAbout)
      .option(t.lint.ignorePattern, t.lint.ignorePatternAbout, collect, [] as string[])
      .option("--no-ignore", t.lint.noIgnore)
      .option("--stdin", t.lint.stdin, false)
      .option(t.lint.stdinFilename, t.lint.stdinFilenameAbout)
      .option("--cache", t.lint.cache, false)
      .addOption(new Option(t.lint.concurrency, t.lint.concurrencyAbout).argParser(concurrencyParser(chosen)))
      .option(t.lint.cacheLocation, t.lint.cacheLocationAbout),
    chosen,
  ).action(async (paths: string[], opts: Parameters<typeof import("./commands/lint.js").runLint>[1]) => {
    const { runLint } = await import("./commands/lint.js");
    exitCode = await runLint(paths, opts, await io());
  });

  program
    .command("explain")
    .description(t.explain.about)
    .argument(t.explain.rule, t.explain.ruleAbout)
    .action(async (rule: string | undefined) => {
      const { runExplain } = await import("./commands/explain.js");
      exitCode = runExplain(rule, await io());
    });

  program
    .command("schema")
    .description(t.schema.about)
    .argument(t.schema.which, t.schema.whichAbout, "proposal")
    .option(t.output, t.schema.output)
    .option("--force", t.schema.force, false)
    .action(async (which: string, opts: { output?: string; force: boolean }) => {
      const { runSchema } = await import("./commands/schema.js");
      exitCode = runSchema(which, opts, await io());
    });

  withStandardOptions(
    program
      .command("lsp")
      .description(t.lsp.about)
      .option("--stdio", t.lsp.stdio),
    chosen,
  )
    .option(t.lsp.config, t.lsp.configAbout)
    .addOption(new Option(t.lsp.debounce, t.lsp.debounceAbout).argParser(integerParser(chosen)))
    // Editors' clients add their own flags (--clientProcessId=…); the protocol library reads them itself.
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (opts: import("./commands/lsp.js").LspOptions) => {
      const { runLsp } = await import("./commands/lsp.js");
      exitCode = await runLsp(opts, await io());
    });

  program
    .command("table")
    .description(t.table.about)
    .option(t.table.standard, t.table.standardAbout, "suzhou-2016")
    .addOption(new Option(t.format.flags, t.format.about).choices(["text", "json"]).default("text"))
    .action(async (opts: { standard: string; format: "text" | "json" }) => {
      const { runTable } = await import("./commands/table.js");
      exitCode = await runTable(opts, await io());
    });

  program
    .command("init")
    .description(t.init.about)
    .argument(t.init.template, t.init.templateAbout, "community")
    .option(t.output, t.init.output)
    .option("--force", t.init.force, false)
    .action(async (template: string, opts: { output?: string; force: boolean }) => {
      const { runInit } = await import("./commands/init.js");
      exitCode = runInit(template, opts, await io());
    });

  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      if (error.code === "gongshi.lang") process.stderr.write(forTerminal(`${error.message}\n`));
      return EXIT.unusable;
    }
    throw error;
  }
  return exitCode;
}
