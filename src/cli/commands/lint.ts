import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AnalysisOptions } from "../../analysis/analyse-file.js";
import { rulesInForce } from "../../analysis/rules-in-force.js";
import type { LintConfig } from "../../config/config.js";
import { readCapped, FileRefused } from "../../files/read.js";
import { appendToRegularFile, writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { DEFAULT_CACHE_FILE, LintCache, sha256 } from "../../lint/cache.js";
import { lintText, lintTotals, type FileResult, type LintOptions, type LintTotals } from "../../lint/lint-files.js";
import { lintInParallel, threadsFor } from "../../lint/parallel.js";
import { ignoreRules, selectFiles } from "../../lint/select-files.js";
import { loadProposal } from "../../proposal/load.js";
import { githubSummary, renderGithub } from "../../report/lint/github.js";
import { lintJsonResults, renderLintJson } from "../../report/lint/json.js";
import { displayFile, STDIN_NAME } from "../../report/lint/messages.js";
import { printConfigJson } from "../../report/lint/print-config.js";
import { renderSarif } from "../../report/lint/sarif.js";
import { renderStylish } from "../../report/lint/stylish.js";
import { progressText, renderNotice, type Notice } from "../../report/notices.js";
import { forTerminal } from "../../report/escape.js";
import { PLAIN, type View } from "../../report/paint.js";
import { ALL_RULES } from "../../rules/registry.js";
import { InputError } from "../../source/problem.js";
import { MAX_SOURCE_BYTES, refusalProblem } from "../../source/yaml-source.js";
import { isFormatterPath, loadFormatter, type FormatterFunction } from "../format-module.js";
import { errView, EXIT, reportError, writeJson, type CommandIO } from "../io.js";
import { announceIgnoredConfigs, loadRunConfig } from "../run-config.js";
import { runCommand } from "../run.js";
import { BUNDLE_FILE, LINT_WORKER } from "../../files/install-paths.js";
import { REPOSITORY, VERSION } from "../version.js";

export const LINT_FORMATS = ["stylish", "json", "sarif", "github"] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface LintCommandOptions extends AnalysisOptions {
  /** A built-in format, or the path of a formatter module. */
  format?: string;
  /** -1 (ESLint's default) for no limit. */
  maxWarnings?: number;
  quiet: boolean;
  outputFile?: string;
  /** The old spelling of --output-file. */
  output?: string;
  force: boolean;
  printConfig?: string;
  ignorePattern?: string[];
  /** false with --no-ignore. */
  ignore?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  /** --cache: reuse the results of files that did not change. */
  cache?: boolean;
  cacheLocation?: string;
  /** --concurrency: threads (1 = this one only); 0 or undefined: one per core. */
  concurrency?: number;
}


/** A progress line on standard error, for a person at a terminal, past this many files. */
export const PROGRESS_AFTER_FILES = 300;

/** The default format: GitHub annotations inside GitHub Actions, stylish everywhere else. */
export function defaultFormat(env: NodeJS.ProcessEnv = process.env): LintFormat {
  return env.GITHUB_ACTIONS === "true" ? "github" : "stylish";
}

/**
 * Exit codes as ESLint's: 0 clean, 1 errors (or too many warnings), 2 unusable flags, config or standards.
 * A proposal that cannot be read is an error of that file; a broken config or standard stops the run.
 */
export function runLint(patterns: string[], options: LintCommandOptions, io: CommandIO): Promise<number> {
  return runCommand(io, () => lint(patterns, options, io));
}

async function lint(patterns: string[], options: LintCommandOptions, io: CommandIO): Promise<number> {
  const zh = io.lang === "zh";
  const fail = (message: string) => {
    reportError(io, message);
    return EXIT.unusable;
  };
  const format = options.format ?? defaultFormat();
  let formatter: FormatterFunction | undefined;
  if (isFormatterPath(format)) {
    try {
      formatter = await loadFormatter(format);
    } catch (error) {
      const reason = error instanceof FileRefused ? refusalProblem(format, error).message[io.lang] : (error as Error).message;
      return fail(zh ? `无法加载格式模块 ${format}：${reason}` : `cannot load the formatter module ${format}: ${reason}`);
    }
    if (!formatter) return fail(zh ? `格式模块 ${format} 没有导出一个函数` : `the formatter module ${format} exports no function`);
  } else if (!(LINT_FORMATS as readonly string[]).includes(format)) {
    return fail(zh ? `没有 ${format} 格式：可用 ${LINT_FORMATS.join("、")}，或格式模块的路径` : `no format ${format}: use ${LINT_FORMATS.join(", ")}, or the path of a formatter module`);
  }
  if (options.stdinFilename !== undefined && !options.stdin) return fail(zh ? "--stdin-filename 须与 --stdin 同用" : "--stdin-filename goes with --stdin");
  if (options.stdin && patterns.length) return fail(zh ? "--stdin 时不能再给出文件或目录" : "--stdin takes no files or folders");

  const config = loadRunConfig(options, io, []);
  const cwd = process.cwd();
  const notice = (n: Notice) => io.stderr.write(renderNotice(n, errView(io)));

  if (options.printConfig !== undefined) return printConfig(options.printConfig, config, options, io);

  let results: FileResult[];
  const inputs = new Set<string>();
  if (options.stdin) {
    const file = options.stdinFilename !== undefined ? resolve(cwd, options.stdinFilename) : STDIN_NAME;
    announceIgnoredConfigs(io, config, file === STDIN_NAME ? [] : [file]);
    const ignored = file !== STDIN_NAME && options.ignore !== false && ignoreRules(config, cwd, options.ignorePattern ?? [])(file, false);
    if (ignored) notice({ kind: "ignoredNamed", file: displayFile(file) });
    results = ignored ? [] : [lintStandardInput(file, { config, standard: options.standard, publicHolidays: options.holidays })];
  } else {
    const selection = selectFiles(patterns, config, { cwd, ignorePatterns: options.ignorePattern, ignore: options.ignore });
    if (selection.unmatched.length) return fail(zh ? `没有匹配的文件：${selection.unmatched.join("、")}` : `no files match: ${selection.unmatched.join(", ")}`);
    if (selection.allIgnored.length) {
      return fail(zh ? `匹配 ${selection.allIgnored.join("、")} 的文件全部被忽略（--no-ignore 可取消）` : `all files matched by ${selection.allIgnored.join(", ")} are ignored (--no-ignore lints them)`);
    }
    for (const file of selection.ignoredNamed) notice({ kind: "ignoredNamed", file: displayFile(file) });
    if (selection.notProposals.length) notice({ kind: "skipped", count: selection.notProposals.length, examples: selection.notProposals.slice(0, 3).map((f) => displayFile(f)) });
    if (selection.notInFiles) notice({ kind: "notInFiles", count: selection.notInFiles });
    if (selection.ignored.files + selection.ignored.folders) notice({ kind: "ignored", ...selection.ignored });
    if (selection.files.length === 0 && selection.ignoredNamed.length === 0 && selection.unreadable.length === 0) {
      return fail(zh ? "没有找到方案文件（见上面的说明）" : "no proposal files found (see the notes above)");
    }
    announceIgnoredConfigs(io, config, selection.files);
    for (const file of selection.files) inputs.add(resolve(file));
    const progress = io.stderr.isTTY === true && selection.files.length > PROGRESS_AFTER_FILES ? progressLine(io) : undefined;
    const cache = options.cache ? LintCache.open(cacheFile(options.cacheLocation), runKey(config, options, cwd)) : undefined;
    results = await lintSelected(selection.files, { config, standard: options.standard, publicHolidays: options.holidays, onProgress: progress?.update, cache }, options.concurrency);
    progress?.done();
    if (cache) {
      try {
        if (!cache.save()) notice({ kind: "cacheUnwritten", reason: zh ? `${cache.location} 不是 gongshi 的缓存文件，未覆盖` : `${cache.location} is not a gongshi cache and was not replaced` });
      } catch (error) {
        // The results stand; the next run only does the work again.
        notice({ kind: "cacheUnwritten", reason: writeFailure(error, cache.location)[io.lang] });
      }
    }
    // A folder that could not be read is an error of its own: its proposals were not checked.
    results.push(...selection.unreadable.map((problem) => ({ file: problem.file, findings: [], fatal: [problem] })));
  }

  const totals = lintTotals(results);
  const maxWarnings = options.maxWarnings ?? -1;
  const tooManyWarnings = maxWarnings >= 0 && totals.warnings > maxWarnings;
  const outputOption = options.outputFile ?? options.output;
  // -o - is standard output, as everywhere else.
  const outputFile = outputOption === "-" ? undefined : outputOption;
  const view = { lang: io.lang, quiet: options.quiet };
  let text: string;
  if (formatter) {
    try {
      text = String(await formatter(lintJsonResults(results, view), formatterContext(cwd, tooManyWarnings, outputFile === undefined && io.out !== PLAIN)));
    } catch (error) {
      return fail(zh ? `格式模块 ${format} 出错：${(error as Error).message}` : `the formatter module ${format} failed: ${(error as Error).message}`);
    }
  } else text = render(format as LintFormat, results, totals, { ...view, ...(outputFile ? { paint: PLAIN } : { paint: io.out, width: io.outWidth }) });

  if (outputFile) {
    const refused = protectedTarget(outputFile, inputs, options.force);
    if (refused) return fail(zh ? `${outputFile} 是方案、工作簿或要检查的文件，不作为 lint 报告覆盖（确需覆盖请加 --force）` : `${outputFile} is a proposal, a workbook or a linted file: a lint report does not overwrite it (add --force to replace it)`);
    try {
      // A lint report is rewritten on every run, as ESLint's -o does; a person reads it, so it is escaped as a terminal's would be.
      writeFileAtomic(outputFile, formatter ? text : forTerminal(text), { force: true });
    } catch (error) {
      return fail(writeFailure(error, outputFile)[io.lang]);
    }
  } else io.stdout.write(text);

  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (format === "github" && summary) {
    try {
      appendToRegularFile(summary, githubSummary(results, totals, view));
    } catch (error) {
      // The annotations are out and the verdict stands: a summary that cannot be written is said, not fatal.
      io.stderr.write(renderNotice({ kind: "summaryUnwritten", reason: writeFailure(error, summary)[io.lang] }, errView(io)));
    }
  }

  if (tooManyWarnings) {
    io.stderr.write(zh ? `警告数 ${totals.warnings} 超过 --max-warnings ${maxWarnings}\n` : `${totals.warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
  }
  return totals.errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

/**
 * The files' results: from the cache where it has them, the others linted on as many threads as pay
 * (src/lint/parallel.ts), all in the files' order.
 */
async function lintSelected(files: readonly string[], options: LintOptions & { cache?: LintCache }, concurrency: number | undefined): Promise<FileResult[]> {
  const { cache, ...lintOptions } = options;
  const results: (FileResult | undefined)[] = files.map((file) => cache?.lookup(file));
  const misses = files.filter((_, i) => results[i] === undefined);
  const fresh = await lintInParallel(misses, lintOptions, threadsFor(misses.length, concurrency), LINT_WORKER);
  // A file that could not be read is read again next time: what it lacked (a proposal a delivery file
  // names, say) may be there by then, and the cache could not know.
  for (const result of fresh) if (result.fatal.length === 0) cache?.store(result.file, result, result.readFrom ?? []);
  let next = 0;
  return results.map((result) => result ?? fresh[next++]!);
}

/** The cache file: --cache-location, a file in it when it names a folder, else .gongshicache here. */
function cacheFile(location: string | undefined): string {
  if (location === undefined) return DEFAULT_CACHE_FILE;
  const folder = /[\\/]$/.test(location) || (existsSync(location) && statSync(location).isDirectory());
  return folder ? join(location, DEFAULT_CACHE_FILE) : location;
}

/**
 * What every cached result depends on besides its own files: gongshi's version and code (the bundle's
 * hash, so a rebuilt copy never reuses results of other code), the working folder (results name files
 * relative to it), the rules and waiver policy in force, --standard as written and --holidays. The
 * standard file's content is not read here: each result already depends on the standard it was read
 * with (FileResult.readFrom), by hash, through the guarded reader.
 */
function runKey(config: LintConfig, options: LintCommandOptions, cwd: string): string {
  let code = "";
  try {
    code = sha256(readFileSync(BUNDLE_FILE));
  } catch {
    // Run from the sources (tests): the version alone.
  }
  return sha256(JSON.stringify({ version: VERSION, code, cwd, rules: [...config.rules].sort(), waivers: config.waivers, standard: options.standard, holidays: options.holidays }));
}

function render(format: LintFormat, results: readonly FileResult[], totals: LintTotals, view: View & { quiet: boolean }): string {
  switch (format) {
    case "json":
      return renderLintJson(results, view);
    case "sarif":
      return renderSarif(results, { ...view, version: VERSION, repository: REPOSITORY });
    case "github":
      return renderGithub(results, view);
    case "stylish":
      return renderStylish(results, totals, view);
  }
}

/** What ESLint hands a formatter module beside the results. */
function formatterContext(cwd: string, maxWarningsExceeded: boolean, color: boolean) {
  const rulesMeta = Object.fromEntries(
    ALL_RULES.map((rule) => [
      rule.meta.id,
      { type: "problem", docs: { description: rule.meta.description.en, url: `${REPOSITORY}/blob/v${VERSION}/README.md#rule-${rule.meta.id}` } },
    ]),
  );
  return { cwd, color, rulesMeta, maxWarningsExceeded: maxWarningsExceeded || undefined };
}

/**
 * A lint report overwrites an earlier report, but never a proposal, a workbook or a template (YAML or a
 * spreadsheet) or a file this run lints, unless --force says so.
 */
function protectedTarget(target: string, inputs: ReadonlySet<string>, force: boolean): boolean {
  if (force || !existsSync(target)) return false;
  return /\.(ya?ml|xlsx|xlsm|xls)$/i.test(target) || inputs.has(resolve(target));
}

/** The proposal on standard input, read up to the size of the largest proposal (`< /dev/zero` ends there, as that file's error). */
function lintStandardInput(file: string, options: Parameters<typeof lintText>[2]): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = readCapped(0, file, MAX_SOURCE_BYTES);
  } catch (error) {
    if (error instanceof FileRefused) return { file, findings: [], fatal: [refusalProblem(file, error)] };
    throw error;
  }
  return lintText(file, bytes, options);
}

/**
 * "检查中 1200/3000 个文件…" rewritten in place on a terminal, at most ten times a second, then cleared:
 * gongshi's own control characters (CR, erase line), written past the escaping of io.stderr.
 */
function progressLine(io: CommandIO): { update: (done: number, total: number) => void; done: () => void } {
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      process.stderr.write(`\r${progressText(done, total, io.lang)}`);
    },
    done() {
      process.stderr.write("\r\x1b[K");
    },
  };
}

/** `--print-config FILE`: the config in force for it, the rule sets its kind switches on, and each rule's setting. */
function printConfig(file: string, config: LintConfig, options: LintCommandOptions, io: CommandIO): number {
  const path = resolve(file);
  announceIgnoredConfigs(io, config, [path]);
  let proposal;
  try {
    proposal = loadProposal(path, { standard: options.standard, publicHolidays: options.holidays });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  const ignored = options.ignore !== false && ignoreRules(config, process.cwd(), options.ignorePattern ?? [])(path, false);
  writeJson(io, printConfigJson(path, config, { linted: !ignored, ...rulesInForce(config, proposal) }));
  return EXIT.ok;
}
