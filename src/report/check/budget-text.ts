import type { Budget, SupervisionCost } from "../../budget/model.js";
import { formatYuan } from "../../exact/money.js";
import type { Workload } from "../../workload/model.js";
import { formatHours } from "../numbers.js";
import type { View } from "../paint.js";
import { textTable } from "../text-table.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  supervision: { zh: "督导（不计入服务工作量）", en: "Supervision (not part of the workload)" },
  type: { zh: { individual: "个别督导", group: "团体督导" }, en: { individual: "individual", group: "group" } },
  noTier: { zh: "无对应档次", en: "no fee tier" },
  cap: { zh: "上限", en: "cap" },
  hours: { zh: "小时", en: "h" },
  total: { zh: "合计", en: "Total" },
  budget: { zh: "预算", en: "Budget" },
  head: { zh: ["类别", "项目", "单价", "单位", "数量", "总额", "备注"], en: ["Category", "Item", "Unit price", "Unit", "Qty", "Total", "Note"] },
  subtotal: { zh: (category: string) => `${category}小计`, en: (category: string) => `${category} subtotal` },
  direct: { zh: "直接费用", en: "Direct" },
  fee: { zh: (percent: string) => `管理费 ${percent}%`, en: (percent: string) => `Fee ${percent}%` },
  tax: { zh: (percent: string) => `税费 ${percent}%`, en: (percent: string) => `Tax ${percent}%` },
  grandTotal: { zh: "总计", en: "Total" },
  perHourUnit: { zh: "/小时", en: "/h" },
  perHour: { zh: "每服务小时成本", en: "Cost per service hour" },
  totalWord: { zh: "总额", en: "total" },
  bases: { zh: "管理费按直接费用计，税费按（直接费用 + 管理费）计", en: "the fee is on direct costs, the tax on direct costs + fee" },
  separator: { zh: "，", en: "，" },
};

const yuan = (fen: number) => `¥${formatYuan(fen, { group: true })}`;

/** The supervision hours priced against the caps; never part of the workload. */
export function renderSupervisionCost(cost: SupervisionCost, { lang, paint }: View): string {
  const t = wordsIn(WORDS, lang);
  const out = [paint.bold(t.supervision)];
  for (const line of cost.lines) {
    const cap = line.cap === null ? t.noTier : `${t.cap} ${yuan(line.cap)}/${t.hours} → ${yuan(line.capCost!)}`;
    const over = line.cap !== null && line.rate > line.cap;
    out.push(
      `  ${line.supervisor} ${t.type[line.type]} ${line.count} × ${formatHours(line.hoursEach)} = ${formatHours(line.hours)} ${t.hours} × ${yuan(line.rate)} = ${paint.bold(yuan(line.cost))}  ${(over ? paint.red : paint.dim)(`（${cap}）`)}`,
    );
  }
  out.push(`  ${t.total} ${formatHours(cost.hours)} ${t.hours}${t.separator}${yuan(cost.cost)}`);
  return out.join("\n");
}

/** 类别 / 项目 / 单价 / 单位 / 数量 / 总额 / 备注 with category subtotals, fee, tax, total and cost per service hour. */
export function renderBudget(budget: Budget, workload: Workload, { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const table = textTable(paint, t.head, {
    align: ["left", "left", "right", "left", "right", "right", "left"],
    widths: [null, 28, null, null, null, null, 24],
    width,
    // Amounts, prices and quantities never break; narrow, the note goes under the item.
    text: [0, 1, 3, 6],
    foldUnder: { 6: 1 },
  });
  for (const category of budget.categories) {
    category.lines.forEach((line, i) => {
      table.push([i === 0 ? category.category : "", line.item, yuan(line.unitPrice), line.unit, formatHours(line.quantity), yuan(line.total), line.note ?? ""]);
    });
    table.push(["", paint.dim(t.subtotal(category.category)), "", "", "", paint.bold(yuan(category.total)), ""]);
  }
  const summary = (label: string, amount: number) => table.push([paint.bold(label), "", "", "", "", paint.bold(yuan(amount)), ""]);
  summary(t.direct, budget.direct);
  summary(t.fee(budget.managementFeePercent.toExactString()), budget.managementFee);
  summary(t.tax(budget.taxPercent.toExactString()), budget.tax);
  summary(t.grandTotal, budget.total);
  const perHour =
    budget.costPerServiceHour === null
      ? "—"
      : `${yuan(budget.costPerServiceHour)}${t.perHourUnit}（${t.totalWord} ${yuan(budget.total)} ÷ ${formatHours(workload.total)} ${t.hours}）`;
  return `${paint.bold(t.budget)}\n${table.toString()}\n${paint.dim(t.bases)}\n${paint.bold(t.perHour)}：${perHour}`;
}
