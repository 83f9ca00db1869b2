import type { Position } from "../source/problem.js";
import type { YamlPath } from "../source/yaml-source.js";
import type { Severity } from "../rules/types.js";

/** A rule's verdict on one node of one proposal: structured, with no wording and no colour. */
export interface Finding extends Position {
  file: string;
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number>;
  path: YamlPath;
  /** Set when the proposal waives this finding: still reported, no longer failing. */
  waived?: { reason: string };
}

/** Counts of findings that still count: waived ones are reported apart. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity | "waived", number> {
  const counts: Record<Severity | "waived", number> = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) counts[f.waived ? "waived" : f.severity]++;
  return counts;
}
