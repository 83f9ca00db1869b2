import type { ChalkInstance } from "chalk";
import type { ProposalDiff } from "../diff/diff.js";
import { formatYuan } from "../exact/money.js";
import type { Rational } from "../exact/rational.js";
import type { Lang } from "../i18n/lang.js";
import { findingMessage, SEVERITY_LABEL } from "./finding-text.js";
import { formatHours } from "./numbers.js";

const LABEL = {
  zh: { added: "新增", removed: "删除", changed: "变更" },
  en: { added: "added", removed: "removed", changed: "changed" },
} as const;

function signedHours(delta: Rational): string {
  const text = formatHours(delta);
  return delta.num > 0n ? `+${text}` : text;
}

function signedYuan(fen: number): string {
  return `${fen > 0 ? "+" : ""}${formatYuan(fen, { group: true })}`;
}

/**
 * The diff as text for a terminal, or as Markdown for a pull-request comment: changed items with the
 * hours they move, changed budget lines with the money they move, totals, and findings that appeared or went away.
 */
export function renderDiff(diff: ProposalDiff, options: { lang: Lang; paint: ChalkInstance; markdown: boolean; oldName: string; newName: string }): string {
  const { lang, paint, markdown } = options;
  const zh = lang === "zh";
  const out: string[] = [];
  const heading = (text: string) => out.push(markdown ? `\n### ${text}\n` : `\n${paint.bold(text)}`);
  out.push(markdown ? `## gongshi diff：${options.oldName} → ${options.newName}` : paint.bold(`gongshi diff：${options.oldName} → ${options.newName}`));

  const items = diff.items.filter((i) => i.change !== "same");
  heading(zh ? "服务项目" : "Service items");
  if (items.length === 0) out.push(zh ? "（无变化）" : "(no change)");
  else {
    if (markdown) out.push(zh ? "| 变化 | 项目 | 数量 | 工时 | 工时变化 |\n|---|---|---:|---:|---:|" : "| Change | Item | Count | Hours | Δ hours |\n|---|---|---:|---:|---:|");
    for (const i of items) {
      const counts = `${i.oldCount} → ${i.newCount}`;
      const hours = `${formatHours(i.oldHours)} → ${formatHours(i.newHours)}`;
      const delta = signedHours(i.newHours.sub(i.oldHours));
      if (markdown) out.push(`| ${LABEL[lang][i.change as "added"]} | ${i.name} | ${counts} | ${hours} | ${delta} |`);
      else out.push(`  ${LABEL[lang][i.change as "added"].padEnd(zh ? 2 : 8)}  ${i.name}  ${counts}  ${hours}  ${delta.startsWith("+") ? paint.green(delta) : paint.red(delta)}`);
    }
  }
  const totalLine = zh
    ? `服务工作量：${formatHours(diff.oldHours)} → ${formatHours(diff.newHours)} 小时（${signedHours(diff.newHours.sub(diff.oldHours))}）`
    : `Workload: ${formatHours(diff.oldHours)} → ${formatHours(diff.newHours)} h (${signedHours(diff.newHours.sub(diff.oldHours))})`;
  out.push(markdown ? `\n**${totalLine}**` : paint.bold(totalLine));

  if (diff.oldBudget !== null || diff.newBudget !== null) {
    heading(zh ? "预算" : "Budget");
    const lines = diff.budget.filter((b) => b.change !== "same");
    if (lines.length === 0) out.push(zh ? "（无变化）" : "(no change)");
    else {
      if (markdown) out.push(zh ? "| 变化 | 类别 | 项目 | 金额（元） | 变化（元） |\n|---|---|---|---:|---:|" : "| Change | Category | Item | Amount | Δ |\n|---|---|---|---:|---:|");
      for (const b of lines) {
        const amounts = `${formatYuan(b.oldTotal, { group: true })} → ${formatYuan(b.newTotal, { group: true })}`;
        const delta = signedYuan(b.newTotal - b.oldTotal);
        if (markdown) out.push(`| ${LABEL[lang][b.change as "added"]} | ${b.category} | ${b.item} | ${amounts} | ${delta} |`);
        else out.push(`  ${LABEL[lang][b.change as "added"].padEnd(zh ? 2 : 8)}  ${b.category}｜${b.item}  ${amounts}  ${delta}`);
      }
    }
    const from = diff.oldBudget ?? 0;
    const to = diff.newBudget ?? 0;
    const total = zh
      ? `预算总额：${formatYuan(from, { group: true })} → ${formatYuan(to, { group: true })} 元（${signedYuan(to - from)}）`
      : `Budget total: ${formatYuan(from, { group: true })} → ${formatYuan(to, { group: true })} yuan (${signedYuan(to - from)})`;
    out.push(markdown ? `\n**${total}**` : paint.bold(total));
  }

  heading(zh ? "检查结果" : "Findings");
  const list = (label: string, findings: ProposalDiff["appeared"]) => {
    for (const f of findings) {
      const text = `${label} ${SEVERITY_LABEL[lang][f.severity]} ${findingMessage(f, lang)}（${f.ruleId}）`;
      out.push(markdown ? `- ${text}` : `  ${text}`);
    }
  };
  list(zh ? "新出现" : "new", diff.appeared);
  list(zh ? "已消除" : "gone", diff.resolved);
  if (diff.appeared.length + diff.resolved.length === 0) out.push(zh ? "（无变化）" : "(no change)");
  return out.join("\n") + "\n";
}

export function diffJson(diff: ProposalDiff) {
  const hours = (r: Rational) => r.toNumber(2);
  return {
    items: diff.items.filter((i) => i.change !== "same").map((i) => ({ item: i.key, name: i.name, change: i.change, oldCount: i.oldCount, newCount: i.newCount, oldHours: hours(i.oldHours), newHours: hours(i.newHours), deltaHours: hours(i.newHours.sub(i.oldHours)) })),
    hours: { old: hours(diff.oldHours), new: hours(diff.newHours), delta: hours(diff.newHours.sub(diff.oldHours)) },
    budget: diff.budget.filter((b) => b.change !== "same").map((b) => ({ category: b.category, item: b.item, change: b.change, oldFen: b.oldTotal, newFen: b.newTotal, deltaFen: b.newTotal - b.oldTotal })),
    budgetTotal: { oldFen: diff.oldBudget, newFen: diff.newBudget, deltaFen: (diff.newBudget ?? 0) - (diff.oldBudget ?? 0) },
    findings: {
      appeared: diff.appeared.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: findingMessage(f, "zh"), line: f.line, column: f.column })),
      resolved: diff.resolved.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: findingMessage(f, "zh") })),
    },
  };
}
