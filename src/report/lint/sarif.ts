import { createHash } from "node:crypto";
import nodePath, { type PlatformPath } from "node:path";
import { pathToFileURL } from "node:url";
import type { Severity } from "../../engine/rule.js";
import type { Lang } from "../../i18n/lang.js";
import type { FileResult } from "../../lint/lint-files.js";
import { ALL_RULES } from "../../rules/registry.js";
import { lintMessages, messageText, repositoryPath, STDIN_NAME, type LintMessage } from "./messages.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export interface SarifOptions {
  lang: Lang;
  quiet: boolean;
  version: string;
  /** The repository's web address (package.json): the tool's informationUri, and each rule's help under it. */
  repository: string;
  cwd?: string;
}

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, the rules with a name apart from their id,
 * descriptions, help (the quoted clause) and a helpUri to the rule's section of the README at this
 * version's tag; results with repository-relative URIs under %SRCROOT%, 1-based regions and
 * partialFingerprints that do not move when lines are added above a finding. Waived findings carry an
 * inSource suppression with the proposal's reason.
 */
export function renderSarif(results: readonly FileResult[], options: SarifOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const rules = ALL_RULES.map((rule) => {
    const { meta } = rule;
    const clause = `${meta.source.document} ${meta.source.clause}`;
    return {
      id: meta.id,
      name: ruleName(meta.id),
      helpUri: ruleHelpUri(options.repository, options.version, meta.id),
      shortDescription: { text: meta.description[options.lang] },
      fullDescription: { text: `${meta.description[options.lang]}（${clause}：“${meta.source.quote}”）` },
      help: {
        text: `${clause}：${meta.source.quote}\n\n${meta.description.zh}\n${meta.description.en}\n\ngongshi explain ${meta.id}`,
        markdown: `**${clause}**\n\n> ${meta.source.quote}\n\n${meta.description.zh}\n\n${meta.description.en}\n\n\`gongshi explain ${meta.id}\``,
      },
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: { ruleSet: meta.ruleSet, clause, tags: [...new Set(["gongshi", meta.ruleSet])] },
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((result) => {
    const uri = artifactUri(result.file, cwd);
    const seen = new Map<string, number>();
    return lintMessages(result, options.lang, options.quiet).map((m) => {
      const ruleId = m.ruleId ?? "input-error";
      const text = messageText(m, options.lang);
      return {
        ruleId,
        ruleIndex: index.get(ruleId)!,
        level: LEVEL[m.severity],
        message: { text: m.clause ? `${text}（${m.clause}）` : text },
        locations: [
          {
            physicalLocation: {
              artifactLocation: uri,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.column) },
            },
          },
        ],
        partialFingerprints: { "gongshi/v1": fingerprint(ruleId, uri.uri, m, seen) },
        ...(m.waived ? { suppressions: [{ kind: "inSource", justification: m.waived.reason }] } : {}),
        ...(m.waiverNotHonoured ? { properties: { waiverNotHonoured: m.waiverNotHonoured } } : {}),
      };
    });
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gongshi",
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.repository,
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: folderUri(cwd) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/** "workload-below-floor" → "WorkloadBelowFloor": SARIF wants a name a person reads, apart from the id. */
export function ruleName(id: string): string {
  return id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

/** The rule's section of the README (an anchor `rule-<id>` in its rules table) at this version's tag. */
export function ruleHelpUri(repository: string, version: string, id: string): string {
  return `${repository.replace(/\/+$/, "")}/blob/v${version}/README.md#rule-${id}`;
}

/**
 * What identifies a finding across commits: the rule, the file, the YAML path and message (not the
 * line, which moves when lines are added above), and which occurrence of that it is. An input error
 * has no path; its code and position stand in.
 */
function fingerprint(ruleId: string, uri: string, m: LintMessage, seen: Map<string, number>): string {
  const where = m.path ? m.path.join("/") : `${m.line}:${m.column}`;
  const key = [ruleId, uri, m.messageId ?? "", where].join("\u0000");
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}:${occurrence}`;
}

/** Inside the working folder: a relative URI under %SRCROOT%; outside it (another drive, say): an absolute file URI. */
export function artifactUri(file: string, cwd: string, path: PlatformPath = nodePath): { uri: string; uriBaseId?: string } {
  if (file === STDIN_NAME) return { uri: "stdin" };
  const shown = repositoryPath(file, cwd, path);
  if (!shown.inside) return { uri: pathToFileURL(path.resolve(file), { windows: path === nodePath.win32 }).href };
  return { uri: shown.path.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** The working folder as a file URI ending in "/", as SARIF wants a base URI. */
export function folderUri(cwd: string, path: PlatformPath = nodePath): string {
  return pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep, { windows: path === nodePath.win32 }).href;
}
