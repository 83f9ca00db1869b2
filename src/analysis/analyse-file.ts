import { ConfigFinder, loadConfig, type LintConfig } from "../config/config.js";
import { loadProposal } from "../proposal/load.js";
import { isKnownRuleId } from "../rules/registry.js";
import { analyse, type Analysis } from "./analyse.js";

/** What a command may say about how one file is analysed: --standard, --holidays, --config. */
export interface AnalysisOptions {
  standard?: string;
  holidays?: number;
  config?: string;
}

/** --config FILE, else the nearest .gongshirc.yaml at or above the proposal. */
export function configFor(file: string, explicit: string | undefined): LintConfig {
  return explicit ? loadConfig(explicit, isKnownRuleId) : new ConfigFinder(isKnownRuleId).forFile(file);
}

/** file → proposal → analysis, as check, export and diff do it. Throws InputError for input that cannot be used. */
export function analyseFile(file: string, options: AnalysisOptions = {}): Analysis {
  const config = configFor(file, options.config);
  return analyse(loadProposal(file, { standard: options.standard, publicHolidays: options.holidays }), config);
}
