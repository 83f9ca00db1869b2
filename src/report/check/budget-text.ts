import Table from "cli-table3";
import type { Budget, SupervisionCost } from "../../budget/model.js";
import { formatYuan } from "../../exact/money.js";
import type { Workload } from "../../workload/model.js";
import { formatHours } from "../numbers.js";
import type { View } from "../paint.js";

const yuan = (fen: number) => `¥${formatYuan(fen, { group: true })}`;

/** The supervision hours priced against the caps; never part of the workload. */
export function renderSupervisionCost(cost: SupervisionCost, { lang, paint }: View): string {
  const zh = lang === "zh";
  const out = [paint.bold(zh ? "督导（不计入服务工作量）" : "Supervision (not part of the workload)")];
  for (const line of cost.lines) {
    const type = zh ? (line.type === "individual" ? "个别督导" : "团体督导") : line.type;
    const cap = line.cap === null ? (zh ? "无对应档次" : "no fee tier") : `${zh ? "上限" : "cap"} ${yuan(line.cap)}/${zh ? "小时" : "h"} → ${yuan(line.capCost!)}`;
    const over = line.cap !== null && line.rate > line.cap;
    out.push(
      `  ${line.supervisor} ${type} ${line.count} × ${formatHours(line.hoursEach)} = ${formatHours(line.hours)} ${zh ? "小时" : "h"} × ${yuan(line.rate)} = ${paint.bold(yuan(line.cost))}  ${(over ? paint.red : paint.dim)(`（${cap}）`)}`,
    );
  }
  out.push(`  ${zh ? "合计" : "Total"} ${formatHours(cost.hours)} ${zh ? "小时" : "h"}，${yuan(cost.cost)}`);
  return out.join("\n");
}

/** 类别 / 项目 / 单价 / 单位 / 数量 / 总额 / 备注 with category subtotals, fee, tax, total and cost per service hour. */
export function renderBudget(budget: Budget, workload: Workload, { lang, paint }: View): string {
  const zh = lang === "zh";
  const table = new Table({
    head: (zh ? ["类别", "项目", "单价", "单位", "数量", "总额", "备注"] : ["Category", "Item", "Unit price", "Unit", "Qty", "Total", "Note"]).map((h) => paint.bold(h)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    colAligns: ["left", "left", "right", "left", "right", "right", "left"],
    wordWrap: true,
    colWidths: [null, 28, null, null, null, null, 24],
  });
  for (const category of budget.categories) {
    category.lines.forEach((line, i) => {
      table.push([i === 0 ? category.category : "", line.item, yuan(line.unitPrice), line.unit, formatHours(line.quantity), yuan(line.total), line.note ?? ""]);
    });
    table.push(["", paint.dim(zh ? `${category.category}小计` : `${category.category} subtotal`), "", "", "", paint.bold(yuan(category.total)), ""]);
  }
  // No colSpan: with the row rules removed, cli-table3 draws spanned rows with stray corners.
  const summary = (label: string, amount: number) => table.push([paint.bold(label), "", "", "", "", paint.bold(yuan(amount)), ""]);
  summary(zh ? "直接费用" : "Direct", budget.direct);
  summary(zh ? `管理费 ${budget.managementFeePercent.toExactString()}%` : `Fee ${budget.managementFeePercent.toExactString()}%`, budget.managementFee);
  summary(zh ? `税费 ${budget.taxPercent.toExactString()}%` : `Tax ${budget.taxPercent.toExactString()}%`, budget.tax);
  summary(zh ? "总计" : "Total", budget.total);
  const perHour =
    budget.costPerServiceHour === null
      ? "—"
      : `${yuan(budget.costPerServiceHour)}${zh ? "/小时" : "/h"}（${zh ? "总额" : "total"} ${yuan(budget.total)} ÷ ${formatHours(workload.total)} ${zh ? "小时" : "h"}）`;
  const bases = zh
    ? "管理费按直接费用计，税费按（直接费用 + 管理费）计"
    : "the fee is on direct costs, the tax on direct costs + fee";
  return `${paint.bold(zh ? "预算" : "Budget")}\n${table.toString()}\n${paint.dim(bases)}\n${paint.bold(zh ? "每服务小时成本" : "Cost per service hour")}：${perHour}`;
}
