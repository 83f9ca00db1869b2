import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Severity } from "../../engine/rule.js";
import type { Lang } from "../../i18n/lang.js";
import type { FileResult } from "../../lint/lint-files.js";
import { ALL_RULES } from "../../rules/registry.js";
import { displayFile, lintMessages } from "./messages.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, the rules with descriptions and help
 * (the quoted clause), results with repository-relative URIs under %SRCROOT% and 1-based regions.
 * Waived findings carry an inSource suppression with the proposal's reason.
 */
export function renderSarif(results: readonly FileResult[], options: { lang: Lang; quiet: boolean; version: string; cwd?: string }): string {
  const cwd = options.cwd ?? process.cwd();
  const rules = ALL_RULES.map((rule) => {
    const { meta } = rule;
    const clause = `${meta.source.document} ${meta.source.clause}`;
    return {
      id: meta.id,
      name: meta.id,
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
    return lintMessages(result, options.lang, options.quiet).map((m) => {
      const ruleId = m.ruleId ?? "input-error";
      return {
        ruleId,
        ruleIndex: index.get(ruleId)!,
        level: LEVEL[m.severity],
        message: { text: m.clause ? `${m.message}（${m.clause}）` : m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: uri,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.column) },
            },
          },
        ],
        ...(m.waived ? { suppressions: [{ kind: "inSource", justification: m.waived.reason }] } : {}),
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
            informationUri: "https://www.npmjs.com/package/gongshi",
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith("/") ? cwd : `${cwd}/`).href } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/** Inside the working folder: a relative URI under %SRCROOT%; outside it: an absolute file URI. */
function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayFile(file, cwd);
  if (shown.startsWith("/")) return { uri: pathToFileURL(resolve(file)).href };
  return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
