/**
 * Findings and input problems as the Language Server Protocol's diagnostics: placed at their line and
 * column (0-based, UTF-16 as LSP counts, which is what the YAML parser's offsets are), with the rule
 * id as code, the link SARIF gives too (the rule's row in the README at this version), and the clause
 * under the message. A finding
 * that stands in another file (the proposal a delivery file names) is shown at the line that names it.
 */
import type { Diagnostic, DiagnosticSeverity, Range } from "vscode-languageserver/node.js";
import type { Finding } from "../../engine/finding.js";
import type { Severity } from "../../engine/rule.js";
import { wordsIn, type Lang } from "../../i18n/lang.js";
import type { InputProblem, Position } from "../../source/problem.js";
import { ruleHelpUri } from "../lint/sarif.js";

const WORDS = {
  clause: { zh: (clause: string) => `依据：${clause}`, en: (clause: string) => `Source: ${clause}` },
  waived: { zh: (reason: string) => `（已豁免：${reason}）`, en: (reason: string) => ` (waived: ${reason})` },
  elsewhere: { zh: (where: string) => `${where}：`, en: (where: string) => `${where}: ` },
  internal: {
    zh: (message: string) => `gongshi 内部错误，未能检查本文件（请报告）：${message}`,
    en: (message: string) => `gongshi internal error, this file was not checked (please report): ${message}`,
  },
};

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };
/** A waived finding is still shown, as a hint: it no longer fails the proposal. */
const WAIVED: DiagnosticSeverity = 4;

export const DIAGNOSTIC_SOURCE = "gongshi";

/** 1-based line/column (and the end, when known) → an LSP range. */
export function rangeOf(position: Position): Range {
  const start = { line: position.line - 1, character: position.column - 1 };
  if (position.endLine === undefined || position.endColumn === undefined) return { start, end: start };
  return { start, end: { line: position.endLine - 1, character: position.endColumn - 1 } };
}

/** The document being shown, and where to put what belongs to another file. */
export interface DiagnosticTarget {
  file: string;
  /** The place in this document that names the other file (a delivery file's `proposal:`). */
  elsewhere: Position;
  /** How the other file is named to a person (relative to this document). */
  nameOf: (file: string) => string;
  /** The package's repository and version, for the link to a rule. */
  repository: string;
  version: string;
}

function placed(position: Position & { file: string }, target: DiagnosticTarget, lang: Lang): { range: Range; prefix: string } {
  if (position.file === target.file) return { range: rangeOf(position), prefix: "" };
  const where = `${target.nameOf(position.file)}:${position.line}:${position.column}`;
  return { range: rangeOf(target.elsewhere), prefix: wordsIn(WORDS, lang).elsewhere(where) };
}

export function findingDiagnostic(finding: Finding, target: DiagnosticTarget, lang: Lang): Diagnostic {
  const t = wordsIn(WORDS, lang);
  const { range, prefix } = placed(finding, target, lang);
  const waived = finding.waived ? t.waived(finding.waived.reason) : "";
  return {
    range,
    severity: finding.waived ? WAIVED : SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleHelpUri(target.repository, target.version, finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: `${prefix}${finding.message[lang]}${waived}\n${t.clause(finding.clause)}`,
  };
}

export function problemDiagnostic(problem: InputProblem, target: DiagnosticTarget, lang: Lang): Diagnostic {
  const { range, prefix } = placed(problem, target, lang);
  return { range, severity: SEVERITY.error, code: problem.code, source: DIAGNOSTIC_SOURCE, message: `${prefix}${problem.message[lang]}` };
}

/** A bug in gongshi met while checking: said on the first line rather than leaving the editor silent. */
export function internalErrorDiagnostic(error: unknown, lang: Lang): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity: SEVERITY.error, code: "internal-error", source: DIAGNOSTIC_SOURCE, message: wordsIn(WORDS, lang).internal(message) };
}
