import { runConfig, type LintConfig } from "../config/config.js";
import type { RuleSetting } from "../engine/rule.js";
import { loadProposal, loadProposalText, type NamedFileReader } from "../proposal/load.js";
import { isKnownRuleId } from "../rules/registry.js";
import { analyse, type Analysis } from "./analyse.js";

/** What a command may say about how a file is analysed: --standard, --holidays, -c/--config, --rule, --no-waivers. */
export interface AnalysisOptions {
  standard?: string;
  holidays?: number;
  config?: string;
  /** --rule id:severity, parsed. */
  rule?: ReadonlyMap<string, RuleSetting>;
  /** false with --no-waivers. */
  waivers?: boolean;
}

/** The run's one configuration (see config/config.ts): -c FILE, else the nearest at or above the working folder. */
export function configOfRun(options: AnalysisOptions): LintConfig {
  return runConfig({ config: options.config, rules: options.rule, waivers: options.waivers }, isKnownRuleId);
}

/** file → proposal → analysis, as check, export and diff do it. Throws InputError for input that cannot be used. */
export function analyseFile(file: string, options: AnalysisOptions = {}, config: LintConfig = configOfRun(options)): Analysis {
  return analyse(loadProposal(file, { standard: options.standard, publicHolidays: options.holidays }), config);
}

/** text → proposal → analysis, as the editor's language server does it for an open buffer (with the configuration it was given). */
export function analyseText(file: string, text: string, config: LintConfig, options: AnalysisOptions = {}, read?: NamedFileReader): Analysis {
  return analyse(loadProposalText(file, text, { standard: options.standard, publicHolidays: options.holidays }, read), config);
}
