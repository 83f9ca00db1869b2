import { ConfigFinder, loadConfig, type LintConfig } from "../../config/config.js";
import { analyse, exitCodeOf } from "../../lint/analyse.js";
import { isKnownRuleId } from "../../lint/rule-catalog.js";
import { loadProposal } from "../../proposal/load.js";
import { checkReportJson, problemsJson } from "../../report/check-json.js";
import { renderCheckTerminal } from "../../report/check-terminal.js";
import { renderProblems } from "../../report/problems-text.js";
import { InputError } from "../../source/problem.js";
import { EXIT, type CommandIO } from "../io.js";

export interface CheckOptions {
  format: "text" | "json";
  standard?: string;
  holidays?: number;
  config?: string;
}

export function runCheck(file: string, options: CheckOptions, io: CommandIO): number {
  try {
    const config = configFor(file, options.config);
    const proposal = loadProposal(file, { standard: options.standard, publicHolidays: options.holidays });
    const analysis = analyse(proposal, config);
    if (options.format === "json") io.stdout.write(JSON.stringify(checkReportJson(analysis, io.lang), null, 2) + "\n");
    else io.stdout.write(renderCheckTerminal(analysis, { lang: io.lang, paint: io.out }));
    return exitCodeOf(analysis.findings);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (options.format === "json") io.stdout.write(JSON.stringify(problemsJson(error.problems, io.lang), null, 2) + "\n");
    else io.stderr.write(renderProblems(error.problems, io.lang, io.err));
    return EXIT.unusable;
  }
}

/** --config FILE, else the nearest .gongshirc.yaml at or above the proposal. */
export function configFor(file: string, explicit: string | undefined): LintConfig {
  return explicit ? loadConfig(explicit, isKnownRuleId) : new ConfigFinder(isKnownRuleId).forFile(file);
}
