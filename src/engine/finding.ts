import type { Localized } from "../i18n/lang.js";
import type { Position } from "../source/problem.js";
import type { YamlPath } from "../source/yaml-source.js";
import type { Severity } from "./rule.js";

/**
 * A rule's verdict on one node of one proposal: placed at its line and column, worded in both
 * languages from the rule's template, with no colour. Renderers pick the language and the medium.
 */
export interface Finding extends Position {
  file: string;
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number>;
  /** The rule's message with its data filled in. */
  message: Localized;
  /** The clause the rule enforces: "苏政民社〔2016〕2号 四（一）3". */
  clause: string;
  path: YamlPath;
  /** Set when the proposal waives this finding: still reported, no longer failing. */
  waived?: { reason: string };
  /**
   * Set when the proposal waives this finding but the run does not honour the waiver (an error while the
   * repository allows waiving warnings only, or --no-waivers): the finding still counts, and says so.
   */
  waiverNotHonoured?: { reason: string; policy: WaiverPolicy; note: Localized };
}

/**
 * Which findings the repository lets a proposal waive: none, warnings (and infos), or all (errors too).
 * `by` says who decided — the default, the config's `waivers:` or the --no-waivers flag — so a finding
 * whose waiver is not honoured can say why.
 */
export interface WaiverPolicy {
  allow: "none" | "warnings" | "all";
  by: "default" | "config" | "flag";
}

/** By default a proposal may waive warnings and infos; waiving an error takes the repository's `waivers: all`. */
export const DEFAULT_WAIVER_POLICY: WaiverPolicy = { allow: "warnings", by: "default" };

/** Counts of findings that still count: waived ones are reported apart. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity | "waived", number> {
  const counts: Record<Severity | "waived", number> = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) counts[f.waived ? "waived" : f.severity]++;
  return counts;
}

/** 0 when no finding that still counts is an error, 1 when one is (2 is for unusable input and is decided before analysis). */
export function exitCodeOf(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === "error" && !f.waived) ? 1 : 0;
}
