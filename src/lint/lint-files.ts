import { resolve } from "node:path";
import type { LintConfig } from "../config/config.js";
import { analyse } from "../analysis/analyse.js";
import type { Finding } from "../engine/finding.js";
import { loadProposal, proposalFromText } from "../proposal/load.js";
import { InputError, StandardFileError, type InputProblem } from "../source/problem.js";

/** One proposal's outcome in a lint run: findings, or the problems that kept it from being read. */
export interface FileResult {
  file: string;
  findings: Finding[];
  /** Input problems (YAML syntax, types, unknown items): fatal for this file, an error in lint. */
  fatal: InputProblem[];
  /** The other files the result was read from (the proposal's standard, a delivery file's proposal): what a cached result depends on. */
  readFrom?: string[];
}

/** A fault that is not any proposal's: a broken config or standards file. Lint stops and exits 2 on it. */
export class SetupError extends InputError {
  constructor(problems: InputProblem[]) {
    super(problems);
    this.name = "SetupError";
  }
}

export interface LintOptions {
  /** The run's one configuration (config/config.ts runConfig). */
  config: LintConfig;
  standard?: string;
  publicHolidays?: number;
  /** Called after each file, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** Lints files one after another in this thread, under one config; the standard is read once. */
export function lintFiles(files: readonly string[], options: LintOptions): FileResult[] {
  return files.map((file, i) => {
    const result = lintOne(file, undefined, options);
    options.onProgress?.(i + 1, files.length);
    return result;
  });
}

/** Lints a text given on standard input, as if it were the file `file` (--stdin --stdin-filename). */
export function lintText(file: string, bytes: Uint8Array, options: LintOptions): FileResult {
  return lintOne(file, bytes, options);
}

function lintOne(file: string, bytes: Uint8Array | undefined, options: LintOptions): FileResult {
  try {
    const load = { standard: options.standard, publicHolidays: options.publicHolidays };
    const proposal = bytes ? proposalFromText(file, bytes, load) : loadProposal(file, load);
    // A delivery file's result holds what is said about that file; its proposal is linted as a file of its own.
    const own = analyse(proposal, options.config).findings.filter((f) => resolve(f.file) === resolve(file));
    return { file, findings: own, fatal: [], readFrom: [proposal.file, proposal.standard.file] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A broken standards table is a setup fault, not this proposal's (a named standard that does not exist is).
    if (error instanceof StandardFileError) throw new SetupError(error.problems);
    return { file, findings: [], fatal: error.problems };
  }
}

export interface LintTotals {
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
  fatal: number;
}

export function lintTotals(results: readonly FileResult[]): LintTotals {
  const totals: LintTotals = { errors: 0, warnings: 0, infos: 0, waived: 0, fatal: 0 };
  for (const result of results) {
    totals.fatal += result.fatal.length;
    totals.errors += result.fatal.length;
    for (const f of result.findings) {
      if (f.waived) totals.waived++;
      else if (f.severity === "error") totals.errors++;
      else if (f.severity === "warning") totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}
