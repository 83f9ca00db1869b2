/**
 * `gongshi check` for a person at a terminal: the project, the workload table, the bounds bar, the
 * supervision, budget, tender and delivery blocks when the proposal has them, and the findings.
 */
import type { ChalkInstance } from "chalk";
import type { Analysis } from "../../analysis/analyse.js";
import { countBySeverity, type Finding } from "../../engine/finding.js";
import { SEVERITY_LABEL } from "../../engine/wording.js";
import { Rational } from "../../exact/rational.js";
import { wordsIn, type Lang } from "../../i18n/lang.js";
import { displayWidth } from "../../i18n/width.js";
import type { Workload } from "../../workload/model.js";
import { formatHours, formatShare } from "../numbers.js";
import { fitText, wrapLine } from "../fit.js";
import type { View } from "../paint.js";
import { textTable } from "../text-table.js";
import { renderBudget, renderSupervisionCost } from "./budget-text.js";
import { renderDelivery, renderTender } from "./evaluation-text.js";

const WORDS = {
  project: { zh: "项目", en: "Project" },
  organisation: { zh: "承接机构", en: "Organisation" },
  standard: { zh: "参考标准", en: "Standard" },
  parameters: {
    zh: (h: number, a: string, d: string) => `公众假期 ${h} 天 → 年均工作时数 ${a} 小时，直接服务 ${d} 小时/人`,
    en: (h: number, a: string, d: string) => `${h} public holidays → ${a} h a year, ${d} h direct service per person`,
  },
  staff: {
    zh: (fte: string, months: number) => `人员 ${fte} FTE，项目周期 ${months} 个月`,
    en: (fte: string, months: number) => `Staff ${fte} FTE, project of ${months} months`,
  },
  head: {
    zh: ["#", "服务项目", "依据条款", "单位工时", "数量", "小计（小时）", "占比"],
    en: ["#", "Service item", "Clause", "Hours/unit", "Count", "Subtotal (h)", "Share"],
  },
  total: { zh: "合计", en: "Total" },
  bounds: { zh: "工作量区间", en: "Workload bounds" },
  floor: { zh: "下限", en: "floor" },
  ceiling: { zh: "上限", en: "ceiling" },
  within: { zh: "在区间内", en: "within bounds" },
  below: { zh: "低于下限", en: "below the floor" },
  above: { zh: "高于上限", en: "above the ceiling" },
  findings: { zh: "检查结果", en: "Findings" },
  none: { zh: "没有发现问题", en: "no problems found" },
  summary: {
    zh: (e: number, w: number, i: number, x: number) => `${e} 个错误，${w} 个警告，${i} 个提示${x ? `，${x} 个已豁免` : ""}`,
    en: (e: number, w: number, i: number, x: number) => `${e} errors, ${w} warnings, ${i} infos${x ? `, ${x} waived` : ""}`,
  },
  interpretations: { zh: "采用的口径", en: "Interpretations applied" },
  perUnit: { zh: (unit: string) => `/${unit}`, en: (unit: string) => `/${unit}` },
  hours: { zh: "小时", en: "h" },
};

export function renderCheckText(analysis: Analysis, view: View): string {
  const { lang, paint } = view;
  const t = wordsIn(WORDS, lang);
  const { proposal, workload, findings } = analysis;
  const { project, standard } = proposal;
  const out: string[] = [];

  out.push(paint.bold(`${t.project}：${project.name}`) + (project.organisation ? `（${project.organisation}）` : ""));
  out.push(`${t.standard}：${standard.shortName}（${standard.document}）；${t.parameters(proposal.publicHolidays, formatHours(workload.bounds.annual.annual), formatHours(workload.bounds.annual.direct))}`);
  out.push(t.staff(workload.bounds.fte.toFixedTrimmed(2), workload.bounds.months));
  out.push("");
  out.push(linesTable(workload, view));
  out.push("");
  out.push(boundsLine(workload, lang, paint));
  out.push("");
  if (analysis.supervisionCost) out.push(renderSupervisionCost(analysis.supervisionCost, view), "");
  if (analysis.budget) out.push(renderBudget(analysis.budget, workload, view), "");
  if (analysis.tender) out.push(renderTender(analysis.tender, analysis.proposal.tender?.unread ?? [], view), "");
  if (analysis.delivery) out.push(renderDelivery(analysis.delivery, view), "");
  out.push(paint.bold(t.findings));
  out.push(findingsBlock(findings, lang, paint, proposal.file, view.width));
  out.push("");
  out.push(paint.dim(`${t.interpretations}：${workload.interpretations.join("、")}（见 gongshi table --standard ${standard.id}）`));
  return fitText(out.join("\n"), view.width) + "\n";
}

function linesTable(workload: Workload, { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const table = textTable(paint, t.head, {
    align: ["right", "left", "left", "right", "right", "right", "right"],
    widths: [null, 36, 26, null, null, null, null],
    width,
    text: [1, 2],
    // Narrow: the clause goes under the item's name.
    foldUnder: { 2: 1 },
  });
  workload.lines.forEach((line, i) => {
    const name = [line.name, ...line.details.map((d) => paint.dim(d))].join("\n");
    const unitHours = line.hoursSource === "missing" ? paint.red("?") : `${formatHours(line.unitHours)}${t.perUnit(line.unit)}`;
    // A scaled line (250 samples = 2.5 units) shows the count and what it counts for.
    const count = line.quantity.eq(Rational.of(line.count)) ? String(line.count) : `${line.count} → ${formatHours(line.quantity)}`;
    table.push([String(i + 1), name, line.clause, unitHours, count, formatHours(line.hours), formatShare(line.hours, workload.total)]);
  });
  table.push(["", paint.bold(t.total), "", "", "", paint.bold(formatHours(workload.total)), workload.total.isZero() ? "—" : "100.0%"]);
  return table.toString();
}

/** 下限 4,116 ┣━━━━━━━●━━━━━━━━┫ 上限 5,880 — the total's place between the bounds. */
export function boundsLine(workload: Workload, lang: Lang, paint: ChalkInstance, width = 30): string {
  const t = wordsIn(WORDS, lang);
  const { total, bounds, position } = workload;
  const span = bounds.ceiling.sub(bounds.floor);
  const cells = Array.from({ length: width }, () => "━");
  let left = " ";
  let right = " ";
  if (position === "below") left = "●";
  else if (position === "above") right = "●";
  else {
    const at = span.isZero() ? 0 : Math.min(width - 1, Math.floor(total.sub(bounds.floor).div(span).toNumber(4) * width));
    cells[at] = "●";
  }
  const colour = position === "within" ? paint.green : paint.red;
  const bar = `${colour(left)}┣${cells.join("").replace("●", colour("●"))}┫${colour(right)}`;
  const verdict = colour(t[position]);
  return `${paint.bold(t.bounds)}：${t.floor} ${formatHours(bounds.floor)} ${bar} ${t.ceiling} ${formatHours(bounds.ceiling)}\n${paint.bold(t.total)} ${formatHours(total)} ${t.hours}：${verdict}`;
}

/** One line per finding; on a terminal, a long one continues under its message. */
export function findingsBlock(findings: readonly Finding[], lang: Lang, paint: ChalkInstance, mainFile?: string, width?: number): string {
  const t = wordsIn(WORDS, lang);
  const colour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  const lines = findings.map((f) => {
    const label = colour[f.severity](SEVERITY_LABEL[lang][f.severity].padEnd(lang === "zh" ? 2 : 7));
    const waived = f.waived
      ? paint.dim(lang === "zh" ? `（已豁免：${f.waived.reason}）` : ` (waived: ${f.waived.reason})`)
      : f.waiverNotHonoured
        ? paint.yellow(lang === "zh" ? `（${f.waiverNotHonoured.note.zh}）` : ` (${f.waiverNotHonoured.note.en})`)
        : "";
    const text = f.waived ? paint.strikethrough(f.message[lang]) : f.message[lang];
    // A finding in another file (a delivery file beside the proposal) names that file.
    const where = f.file !== mainFile && mainFile !== undefined ? `${f.file}:${f.line}:${f.column}` : `${f.line}:${f.column}`;
    const line = `  ${paint.dim(where)}  ${f.waived ? paint.dim(SEVERITY_LABEL[lang][f.severity]) : label}  ${text}${waived}  ${paint.dim(`${f.ruleId}｜${f.clause}`)}`;
    if (width === undefined) return line;
    const hanging = Math.min(displayWidth(`  ${where}  ${SEVERITY_LABEL[lang][f.severity].padEnd(lang === "zh" ? 2 : 7)}  `), Math.floor(width / 3));
    return wrapLine(line, width, " ".repeat(hanging)).join("\n");
  });
  const c = countBySeverity(findings);
  if (lines.length === 0) lines.push(`  ${paint.green(t.none)}`);
  lines.push(`  ${t.summary(c.error, c.warning, c.info, c.waived)}`);
  return lines.join("\n");
}
