import { configOfRun, type AnalysisOptions } from "../analysis/analyse-file.js";
import { ignoredConfigFiles, type LintConfig } from "../config/config.js";
import { displayFile } from "../report/lint/messages.js";
import { renderNotice } from "../report/notices.js";
import { isKnownRuleId } from "../rules/registry.js";
import { errView, type CommandIO } from "./io.js";
import { UsageError } from "./run.js";

/**
 * The run's one configuration, as every analysing command takes it: --rule names a real rule, the
 * config file is read once, and each config file nearer to the given files that the run does not use
 * is named on standard error.
 */
export function loadRunConfig(options: AnalysisOptions, io: CommandIO, files: readonly string[]): LintConfig {
  checkRuleIds(options);
  const config = configOfRun(options);
  announceIgnoredConfigs(io, config, files);
  return config;
}

/** Every --rule names a rule that exists (a UsageError, exit 2, otherwise). */
export function checkRuleIds(options: AnalysisOptions): void {
  for (const id of options.rule?.keys() ?? []) {
    if (!isKnownRuleId(id)) throw new UsageError({ zh: `--rule：没有编号为 ${id} 的规则（gongshi explain 可列出全部规则）`, en: `--rule: no rule with id ${id} (gongshi explain lists them)` });
  }
}

export function announceIgnoredConfigs(io: CommandIO, config: LintConfig, files: readonly string[]): void {
  const inForce = config.file && displayFile(config.file);
  for (const file of ignoredConfigFiles(config, files)) {
    io.stderr.write(renderNotice({ kind: "ignoredConfig", file: displayFile(file), inForce }, errView(io)));
  }
}
