import type { DeliveryReport } from "../../delivery/model.js";
import type { UnreadPart } from "../../proposal/tender/model.js";
import type { IndicatorResult, Verdict } from "../../tender/measure.js";
import { formatHours, formatShare } from "../numbers.js";
import type { View } from "../paint.js";
import { textTable } from "../text-table.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  tender: { zh: "招标指标", en: "Tender indicators" },
  tenderHead: { zh: ["招标指标", "核对的数", "方案", "计入行", "结果"], en: ["Tender indicator", "Measured as", "Plan", "Lines", "Result"] },
  deliveredHead: { zh: ["已完成", "结果"], en: ["Delivered", "Result"] },
  verdict: {
    zh: { met: "满足", unmet: "未满足", unstated: "未写明", uncheckable: "须人工核对" },
    en: { met: "met", unmet: "not met", unstated: "not stated", uncheckable: "for a person" },
  },
  met: { zh: "满足", en: "met" },
  notMet: { zh: "未满足", en: "not met" },
  unread: { zh: "未读懂，须人工核对", en: "not read: for a person" },
  allLines: { zh: "全部", en: "all" },
  delivery: { zh: "执行情况（计划与完成）", en: "Delivered against planned" },
  deliveryHead: {
    zh: ["服务项目", "计划数量", "已完成", "完成率", "计划工时", "已完成工时"],
    en: ["Item", "Planned", "Delivered", "Rate", "Planned h", "Delivered h"],
  },
  total: { zh: "合计", en: "Total" },
  status: {
    zh: (r: DeliveryReport) =>
      `执行 ${r.monthsElapsed}/${r.months} 个月：已完成 ${formatHours(r.deliveredHours)} 小时，按月数折算的区间 ${formatHours(r.floor)} – ${formatHours(r.ceiling)} 小时`,
    en: (r: DeliveryReport) =>
      `${r.monthsElapsed} of ${r.months} months: ${formatHours(r.deliveredHours)} h delivered, prorated bounds ${formatHours(r.floor)} – ${formatHours(r.ceiling)} h`,
  },
};

/**
 * Every tender requirement: its words, what it was measured as, the plan's figure, the lines of the proposal
 * counted, and the verdict; delivered when known. The parts gongshi did not read are listed too, for a person.
 */
export function renderTender(results: readonly IndicatorResult[], unread: readonly UnreadPart[], { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const withDelivery = results.some((r) => r.deliveredMet !== null);
  const head = [...t.tenderHead, ...(withDelivery ? t.deliveredHead : [])];
  const table = textTable(paint, head, { widths: [26, 18, 8, 10], width, text: [0, 1, 3, 4, ...(withDelivery ? [6] : [])] });
  const colour = (v: Verdict) => (v === "met" ? paint.green : v === "uncheckable" ? paint.yellow : paint.red);
  const delivered = (met: boolean | null) => (met === null ? "—" : met ? paint.green(t.met) : paint.red(t.notMet));
  for (const r of results) {
    const figure = (n: number | null) => (n === null ? "—" : String(Number(n.toFixed(2))));
    const lines = r.counted === null ? t.allLines : r.counted.map((c) => c.line).join("、") || "—";
    const row = [r.indicator.clause, r.indicator.label[lang], figure(r.planned), lines, colour(r.verdict)(t.verdict[r.verdict])];
    const perUnit = r.indicator.measure.kind === "each" || r.verdict === "uncheckable";
    if (withDelivery) row.push(perUnit ? "—" : figure(r.delivered), perUnit ? "—" : delivered(r.deliveredMet));
    table.push(row);
  }
  for (const u of unread) table.push([u.part, "—", "—", "—", paint.yellow(t.unread), ...(withDelivery ? ["—", "—"] : [])]);
  return `${paint.bold(t.tender)}\n${table.toString()}`;
}

/** Planned against delivered, item by item and in hours, against the bounds prorated to the months elapsed. */
export function renderDelivery(report: DeliveryReport, { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const table = textTable(paint, t.deliveryHead, { align: ["left", "right", "right", "right", "right", "right"], width, text: [0] });
  for (const line of report.lines) {
    table.push([
      line.name,
      String(line.plannedCount),
      String(line.deliveredCount),
      line.completion === null ? "—" : `${line.completion.mul(100).toFixed(1)}%`,
      formatHours(line.plannedHours),
      formatHours(line.deliveredHours),
    ]);
  }
  table.push([paint.bold(t.total), "", "", paint.bold(formatShare(report.deliveredHours, report.plannedHours)), paint.bold(formatHours(report.plannedHours)), paint.bold(formatHours(report.deliveredHours))]);
  const colour = report.position === "below" ? paint.red : paint.green;
  return `${paint.bold(t.delivery)}\n${table.toString()}\n${colour(t.status(report))}`;
}
