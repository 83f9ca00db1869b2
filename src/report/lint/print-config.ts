import type { LintConfig } from "../../config/config.js";
import type { RuleSetting } from "../../engine/rule.js";
import { displayFile } from "./messages.js";

/**
 * `gongshi lint --print-config FILE`, as ESLint's: the configuration that applies to that file, as JSON —
 * which config file (one per run), whether lint takes the file, the waiver policy, and each rule in force
 * with its setting.
 */
export function printConfigJson(
  file: string,
  config: LintConfig,
  facts: { linted: boolean; ruleSets: string[] | null; rules: Record<string, RuleSetting> },
) {
  return {
    file: displayFile(file),
    configFile: config.file ? displayFile(config.file) : null,
    base: displayFile(config.base) || ".",
    linted: facts.linted,
    waivers: config.waivers.allow,
    files: config.files ?? ["**/*.{yaml,yml}"],
    /** Without files:, lint takes of those only the files that hold a proposal (proposal/sniff.ts). */
    onlyProposals: config.files === undefined,
    ignores: config.ignores,
    ruleSets: facts.ruleSets,
    rules: facts.rules,
  };
}
