import type { Severity } from "../../engine/rule.js";
import { SEVERITY_LABEL } from "../../engine/wording.js";
import { wordsIn, type Lang } from "../../i18n/lang.js";
import type { FileResult, LintTotals } from "../../lint/lint-files.js";
import { escapeData, escapeProperty, forMarkdown, forMarkdownCode } from "../escape.js";
import { lintMessages, messageText, repositoryPath } from "./messages.js";

const WORDS = {
  dropped: {
    zh: (n: number) => `另有 ${n} 条结果未标注（GitHub 每个步骤每类最多显示 ${ANNOTATIONS_PER_KIND} 条），完整列表见作业摘要（job summary）或 gongshi lint 的 stylish/SARIF 输出`,
    en: (n: number) => `${n} more findings not annotated (GitHub shows at most ${ANNOTATIONS_PER_KIND} of each kind per step); see the job summary or the stylish/SARIF output`,
  },
  heading: { zh: "## gongshi 检查结果", en: "## gongshi lint" },
  totals: {
    zh: (files: number, t: LintTotals) => `共 ${files} 个文件：${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示，${t.waived} 个已豁免。`,
    en: (files: number, t: LintTotals) => `${files} files: ${t.errors} errors, ${t.warnings} warnings, ${t.infos} infos, ${t.waived} waived.`,
  },
  waived: { zh: (reason: string) => `已豁免（${reason}）`, en: (reason: string) => `waived (${reason})` },
  head: { zh: "| 位置 | 级别 | 说明 | 规则 |", en: "| Where | Severity | Message | Rule |" },
};

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };

/** GitHub shows at most 10 annotations of each kind per step; past that they are dropped silently. */
export const ANNOTATIONS_PER_KIND = 10;

export { escapeData, escapeProperty };

/**
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` lines for GitHub Actions,
 * at most ANNOTATIONS_PER_KIND of each kind, then a notice saying how many more there are.
 * Waived findings are not annotated (they are in the summary).
 */
export function renderGithub(results: readonly FileResult[], options: { lang: Lang; quiet: boolean }): string {
  const lines: string[] = [];
  const shown: Record<string, number> = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  for (const result of results) {
    const file = repositoryPath(result.file).path;
    for (const m of lintMessages(result, options.lang, options.quiet)) {
      if (m.waived) continue;
      const kind = COMMAND[m.severity];
      if (shown[kind]! >= ANNOTATIONS_PER_KIND) {
        dropped++;
        continue;
      }
      shown[kind]!++;
      const title = m.ruleId ? `gongshi ${m.ruleId}` : "gongshi input-error";
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(title)}`,
      ].join(",");
      const text = m.clause ? `${messageText(m, options.lang)}（${m.clause}）` : messageText(m, options.lang);
      lines.push(`::${kind} ${properties}::${escapeData(text)}`);
    }
  }
  if (dropped > 0) lines.push(`::notice title=gongshi::${escapeData(wordsIn(WORDS, options.lang).dropped(dropped))}`);
  return lines.length ? lines.join("\n") + "\n" : "";
}

/** The Markdown appended to $GITHUB_STEP_SUMMARY: totals, then every finding with its place. */
export function githubSummary(results: readonly FileResult[], totals: LintTotals, options: { lang: Lang; quiet: boolean }): string {
  const t = wordsIn(WORDS, options.lang);
  const out: string[] = [];
  out.push(t.heading);
  out.push("");
  out.push(t.totals(results.length, totals));
  const rows = results.flatMap((result) =>
    lintMessages(result, options.lang, options.quiet).map((m) => {
      const label = m.waived ? t.waived(m.waived.reason) : SEVERITY_LABEL[options.lang][m.severity];
      const where = `${repositoryPath(result.file).path}:${m.line}:${m.column}`;
      return `| ${forMarkdownCode(where)} | ${forMarkdown(label)} | ${forMarkdown(messageText(m, options.lang))} | ${m.ruleId ?? "input-error"} |`;
    }),
  );
  if (rows.length) {
    out.push("");
    out.push(t.head);
    out.push("|---|---|---|---|");
    out.push(...rows);
  }
  return out.join("\n") + "\n";
}
