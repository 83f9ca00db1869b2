import { appendFileSync } from "node:fs";
import { CONFIG_FILE_NAMES } from "../../config/config.js";
import { collectFiles } from "../../files/collect.js";
import { writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { lintFiles, lintTotals } from "../../lint/lint-files.js";
import { githubSummary, renderGithub } from "../../report/lint/github.js";
import { renderLintJson } from "../../report/lint/json.js";
import { renderSarif } from "../../report/lint/sarif.js";
import { renderStylish } from "../../report/lint/stylish.js";
import { PLAIN } from "../../report/paint.js";
import { EXIT, reportError, type CommandIO } from "../io.js";
import { runCommand } from "../run.js";
import { VERSION } from "../version.js";

export type LintFormat = "stylish" | "json" | "sarif" | "github";

export interface LintCommandOptions {
  format?: LintFormat;
  maxWarnings?: number;
  quiet: boolean;
  output?: string;
  force: boolean;
  config?: string;
  standard?: string;
  holidays?: number;
}

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

function lint(patterns: string[], options: LintCommandOptions, io: CommandIO): number {
  const zh = io.lang === "zh";
  const fail = (message: string) => {
    reportError(io, message);
    return EXIT.unusable;
  };
  const { files, unmatched } = collectFiles(patterns.length ? patterns : ["."], { excludeNames: CONFIG_FILE_NAMES });
  if (unmatched.length) return fail(zh ? `没有匹配的文件：${unmatched.join("、")}` : `no files match: ${unmatched.join(", ")}`);

  const results = lintFiles(files, { config: options.config, standard: options.standard, publicHolidays: options.holidays });
  const totals = lintTotals(results);
  const format = options.format ?? defaultFormat();
  const view = { lang: io.lang, quiet: options.quiet };
  let text: string;
  switch (format) {
    case "json":
      text = renderLintJson(results, view);
      break;
    case "sarif":
      text = renderSarif(results, { ...view, version: VERSION });
      break;
    case "github":
      text = renderGithub(results, view);
      break;
    default:
      // A file written with -o never holds colour codes.
      text = renderStylish(results, totals, { ...view, paint: options.output ? PLAIN : io.out });
  }

  if (options.output) {
    try {
      writeFileAtomic(options.output, text, { force: options.force });
    } catch (error) {
      return fail(writeFailure(error, options.output)[io.lang]);
    }
  } else io.stdout.write(text);

  if (format === "github" && process.env.GITHUB_STEP_SUMMARY) {
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubSummary(results, totals, view));
  }

  const tooManyWarnings = options.maxWarnings !== undefined && totals.warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(
      zh
        ? `警告数 ${totals.warnings} 超过 --max-warnings ${options.maxWarnings}\n`
        : `${totals.warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`,
    );
  }
  return totals.errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}
