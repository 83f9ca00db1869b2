import type { ProposalDiff } from "../../diff/diff.js";
import { SEVERITY_LABEL } from "../../engine/wording.js";
import { formatYuan } from "../../exact/money.js";
import type { Rational } from "../../exact/rational.js";
import { formatHours } from "../numbers.js";
import { fitText } from "../fit.js";
import type { View } from "../paint.js";
import { wordsIn } from "../../i18n/lang.js";
import { forMarkdown } from "../escape.js";

const WORDS = {
  change: { zh: { added: "新增", removed: "删除", changed: "变更" }, en: { added: "added", removed: "removed", changed: "changed" } },
  items: { zh: "服务项目", en: "Service items" },
  budget: { zh: "预算", en: "Budget" },
  findings: { zh: "检查结果", en: "Findings" },
  noChange: { zh: "（无变化）", en: "(no change)" },
  itemsHead: {
    zh: "| 变化 | 项目 | 数量 | 工时 | 工时变化 |\n|---|---|---:|---:|---:|",
    en: "| Change | Item | Count | Hours | Δ hours |\n|---|---|---:|---:|---:|",
  },
  budgetHead: {
    zh: "| 变化 | 类别 | 项目 | 金额（元） | 变化（元） |\n|---|---|---|---:|---:|",
    en: "| Change | Category | Item | Amount | Δ |\n|---|---|---|---:|---:|",
  },
  workload: {
    zh: (from: string, to: string, delta: string) => `服务工作量：${from} → ${to} 小时（${delta}）`,
    en: (from: string, to: string, delta: string) => `Workload: ${from} → ${to} h (${delta})`,
  },
  budgetTotal: {
    zh: (from: string, to: string, delta: string) => `预算总额：${from} → ${to} 元（${delta}）`,
    en: (from: string, to: string, delta: string) => `Budget total: ${from} → ${to} yuan (${delta})`,
  },
  tender: { zh: "招标指标（结论有变化的）", en: "Tender indicators whose verdict changed" },
  verdict: {
    zh: { met: "满足", unmet: "未满足", unstated: "未写明", uncheckable: "须人工核对", none: "（无此项）" },
    en: { met: "met", unmet: "not met", unstated: "not stated", uncheckable: "for a person", none: "(absent)" },
  },
  tenderHead: { zh: "| 招标指标 | 原结论 | 新结论 | 方案中的数 |\n|---|---|---|---:|", en: "| Indicator | Was | Now | Plan |\n|---|---|---|---:|" },
  appeared: { zh: "新出现", en: "new" },
  resolved: { zh: "已消除", en: "gone" },
  labelWidth: { zh: 2, en: 8 },
};

export function signedHours(delta: Rational): string {
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
export function renderDiff(diff: ProposalDiff, options: View & { markdown: boolean; oldName: string; newName: string }): string {
  const { lang, paint, markdown } = options;
  const t = wordsIn(WORDS, lang);
  // User text (names, sentences, messages quoting them) as the medium needs it; a terminal's is escaped by cli/io.ts.
  const md = markdown ? forMarkdown : (text: string) => text;
  const out: string[] = [];
  const heading = (text: string) => out.push(markdown ? `\n### ${text}\n` : `\n${paint.bold(text)}`);
  out.push(markdown ? `## gongshi diff：${md(options.oldName)} → ${md(options.newName)}` : paint.bold(`gongshi diff：${options.oldName} → ${options.newName}`));

  const items = diff.items.filter((i) => i.change !== "same");
  heading(t.items);
  if (items.length === 0) out.push(t.noChange);
  else {
    if (markdown) out.push(t.itemsHead);
    for (const i of items) {
      const label = t.change[i.change as keyof typeof t.change];
      const counts = `${i.oldCount} → ${i.newCount}`;
      const hours = `${formatHours(i.oldHours)} → ${formatHours(i.newHours)}`;
      const delta = signedHours(i.newHours.sub(i.oldHours));
      if (markdown) out.push(`| ${label} | ${md(i.name)} | ${counts} | ${hours} | ${delta} |`);
      else out.push(`  ${label.padEnd(t.labelWidth)}  ${i.name}  ${counts}  ${hours}  ${delta.startsWith("+") ? paint.green(delta) : paint.red(delta)}`);
    }
  }
  const totalLine = t.workload(formatHours(diff.oldHours), formatHours(diff.newHours), signedHours(diff.newHours.sub(diff.oldHours)));
  out.push(markdown ? `\n**${totalLine}**` : paint.bold(totalLine));

  if (diff.oldBudget !== null || diff.newBudget !== null) {
    heading(t.budget);
    const lines = diff.budget.filter((b) => b.change !== "same");
    if (lines.length === 0) out.push(t.noChange);
    else {
      if (markdown) out.push(t.budgetHead);
      for (const b of lines) {
        const label = t.change[b.change as keyof typeof t.change];
        const amounts = `${formatYuan(b.oldTotal, { group: true })} → ${formatYuan(b.newTotal, { group: true })}`;
        const delta = signedYuan(b.newTotal - b.oldTotal);
        if (markdown) out.push(`| ${label} | ${md(b.category)} | ${md(b.item)} | ${amounts} | ${delta} |`);
        else out.push(`  ${label.padEnd(t.labelWidth)}  ${b.category}｜${b.item}  ${amounts}  ${delta}`);
      }
    }
    const from = diff.oldBudget ?? 0;
    const to = diff.newBudget ?? 0;
    const total = t.budgetTotal(formatYuan(from, { group: true }), formatYuan(to, { group: true }), signedYuan(to - from));
    out.push(markdown ? `\n**${total}**` : paint.bold(total));
  }

  if (diff.tender.length > 0) {
    heading(t.tender);
    if (markdown) out.push(t.tenderHead);
    for (const d of diff.tender) {
      const was = t.verdict[d.old?.verdict ?? "none"];
      const now = t.verdict[d.new?.verdict ?? "none"];
      const figure = (n: number | null | undefined) => (n === null || n === undefined ? "—" : String(Number(n.toFixed(2))));
      const figures = `${figure(d.old?.planned)} → ${figure(d.new?.planned)}`;
      if (markdown) out.push(`| ${md(d.clause)} | ${was} | ${now} | ${figures} |`);
      else out.push(`  ${was} → ${d.new?.verdict === "met" ? paint.green(now) : paint.red(now)}  ${d.clause}  ${figures}`);
    }
  }

  heading(t.findings);
  const list = (label: string, findings: ProposalDiff["appeared"]) => {
    for (const f of findings) {
      const text = `${label} ${SEVERITY_LABEL[lang][f.severity]} ${md(f.message[lang])}（${f.ruleId}）`;
      out.push(markdown ? `- ${text}` : `  ${text}`);
    }
  };
  list(t.appeared, diff.appeared);
  list(t.resolved, diff.resolved);
  if (diff.appeared.length + diff.resolved.length === 0) out.push(t.noChange);
  // Markdown is for a comment, not a terminal: never broken.
  return (markdown ? out.join("\n") : fitText(out.join("\n"), options.width)) + "\n";
}
