import nodePath, { type PlatformPath } from "node:path";
import type { Severity } from "../../engine/rule.js";
import type { Lang } from "../../i18n/lang.js";
import type { FileResult } from "../../lint/lint-files.js";
import type { YamlPath } from "../../source/yaml-source.js";
import { findingJson } from "../finding-json.js";

/** A finding or a fatal input problem, worded, in the shape every lint format starts from. */
export interface LintMessage {
  ruleId: string | null;
  messageId: string | null;
  severity: Severity;
  message: string;
  clause: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: YamlPath | null;
  fatal: boolean;
  waived?: { reason: string };
  /** The proposal waives it but the run does not honour the waiver; `note` says why. */
  waiverNotHonoured?: { reason: string; note: string };
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The name of a text read from standard input without --stdin-filename, as ESLint calls it. */
export const STDIN_NAME = "<text>";

/** The messages of one file, in reading order; `quiet` keeps errors only (as ESLint's --quiet). */
export function lintMessages(result: FileResult, lang: Lang, quiet = false): LintMessage[] {
  const fatal: LintMessage[] = result.fatal.map((p) => ({
    ruleId: null,
    messageId: p.code,
    severity: "error",
    message: p.message[lang],
    clause: "",
    line: p.line,
    column: p.column,
    endLine: p.endLine ?? p.line,
    endColumn: p.endColumn ?? p.column,
    path: null,
    fatal: true,
  }));
  const findings: LintMessage[] = result.findings.map((f) => ({ ...findingJson(f, lang), fatal: false }));
  return [...fatal, ...findings]
    .filter((m) => !quiet || (m.severity === "error" && !m.waived))
    .sort((a, b) => a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity]);
}

/** The message as a person reads it: a waiver that is not honoured says so. */
export function messageText(m: LintMessage, lang: Lang): string {
  if (!m.waiverNotHonoured) return m.message;
  return lang === "zh" ? `${m.message}（${m.waiverNotHonoured.note}）` : `${m.message} (${m.waiverNotHonoured.note})`;
}

/**
 * The path for a person: relative to the working folder when inside it ("" for the folder itself), written
 * as the platform writes paths (backslashes on Windows, as the user types them there); the full path when
 * outside it.
 */
export function displayFile(file: string, cwd = process.cwd(), path: PlatformPath = nodePath): string {
  if (file === STDIN_NAME) return file;
  return insideOf(file, cwd, path) ?? file;
}

/** The path for a machine (GitHub annotations, SARIF): relative to the working folder, with forward slashes. */
export function repositoryPath(file: string, cwd = process.cwd(), path: PlatformPath = nodePath): { inside: boolean; path: string } {
  if (file === STDIN_NAME) return { inside: false, path: file };
  const rel = insideOf(file, cwd, path);
  return { inside: rel !== undefined, path: (rel ?? file).split(path.sep).join("/") };
}

/** The path relative to `cwd` when the file is inside it (not above it, not on another drive). */
function insideOf(file: string, cwd: string, path: PlatformPath): string | undefined {
  const rel = path.relative(cwd, file);
  return rel.startsWith("..") || path.isAbsolute(rel) ? undefined : rel;
}
