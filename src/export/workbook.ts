import ExcelJS from "exceljs";
import type { Budget, SupervisionCost } from "../budget/model.js";
import type { DeliveryReport } from "../delivery/model.js";
import type { Fen } from "../exact/money.js";
import { Rational } from "../exact/rational.js";
import type { Analysis } from "../lint/analyse.js";
import { countBySeverity } from "../lint/finding.js";
import { findingClause, findingMessage, SEVERITY_LABEL } from "../report/finding-text.js";
import { displayWidth } from "../report/width.js";
import type { Standard } from "../standard/model.js";

/**
 * The budget workbook an evaluator opens in Excel, WPS or LibreOffice. Every subtotal and total is a
 * live formula over the cells it adds, with the result gongshi computed stored beside it, so a viewer
 * that does not recalculate shows the right numbers and one that does gets the same. Inputs (counts,
 * unit hours, prices, percentages) are shaded yellow; everything else is a formula.
 *
 * `gongshi check` of a returned workbook rebuilds the expected workbook with this same code from the
 * proposal embedded in the hidden sheet, so the layout needs no second description anywhere.
 */
export const SHEETS = {
  summary: "概要",
  workload: "服务量测算",
  supervision: "督导费",
  budget: "预算",
  delivery: "执行情况",
  findings: "检查结果",
  table: "参考工时表",
  /** Hidden: the proposal the workbook was made from, so `gongshi check` can tell what changed. */
  source: "gongshi",
} as const;

export const SOURCE_MARK = "gongshi-workbook/1";
/** Excel holds at most 32,767 characters in a cell; the embedded YAML is split into rows well under that. */
const CHUNK = 16_000;

const INPUT_FILL: ExcelJS.FillPattern = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const CNY = '"¥"#,##0.00';
const HOURS = "#,##0.00";
const PERCENT = "0.00%";
const FONT = "等线";
const MAX_WIDTH = 40;

const ref = (sheet: string, cell: string) => `'${sheet}'!${cell}`;
const num = (value: Rational) => Number(value.toFixed(10));
const yuan = (fen: Fen) => fen / 100;

/** Where the other sheets find the summary's parameters and totals. */
interface SummaryCells {
  months: string;
  fte: string;
  holidays: string;
  annual: string;
  directShare: string;
  direct: string;
  floor: string;
  ceiling: string;
  total: string;
}

export async function buildWorkbook(analysis: Analysis): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "gongshi";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  // Ask spreadsheet programs to recompute on open; the stored results serve those that do not.
  workbook.calcProperties.fullCalcOnLoad = true;

  const summary = workbook.addWorksheet(SHEETS.summary);
  const workload = workbook.addWorksheet(SHEETS.workload);
  const supervision = analysis.supervisionCost ? workbook.addWorksheet(SHEETS.supervision) : undefined;
  const budget = analysis.budget ? workbook.addWorksheet(SHEETS.budget) : undefined;
  const delivery = analysis.delivery ? workbook.addWorksheet(SHEETS.delivery) : undefined;
  const findings = workbook.addWorksheet(SHEETS.findings);
  const table = workbook.addWorksheet(SHEETS.table);

  const cells = summaryCells();
  const workloadTotal = fillWorkload(workload, analysis, cells);
  const supervisionTotal = supervision && analysis.supervisionCost ? fillSupervision(supervision, analysis.supervisionCost) : undefined;
  const budgetTotal = budget && analysis.budget ? fillBudget(budget, analysis.budget, analysis, workloadTotal, supervisionTotal) : undefined;
  fillSummary(summary, analysis, cells, workloadTotal, supervisionTotal, budgetTotal);
  if (delivery && analysis.delivery) fillDelivery(delivery, analysis.delivery, cells);
  fillFindings(findings, analysis);
  fillTable(table, analysis.proposal.standard);

  for (const sheet of workbook.worksheets) finishSheet(sheet);
  embedSource(workbook, analysis);
  return workbook;
}

/**
 * The proposal (and delivery file) text, the standard and the holidays used, in a hidden sheet: what
 * `gongshi check OUT.xlsx` rebuilds the expected workbook from.
 */
function embedSource(workbook: ExcelJS.Workbook, analysis: Analysis): void {
  const sheet = workbook.addWorksheet(SHEETS.source, { state: "hidden" });
  const { proposal } = analysis;
  const delivery = proposal.delivery && proposal.delivery.source !== proposal.source ? proposal.delivery.source : undefined;
  const meta = { standard: proposal.standard.id, publicHolidays: proposal.publicHolidays, file: proposal.file, deliveryFile: delivery?.file ?? null };
  sheet.getCell("A1").value = SOURCE_MARK;
  sheet.getCell("A2").value = JSON.stringify(meta);
  const put = (column: string, text: string) => {
    for (let i = 0, row = 1; i < text.length || row === 1; i += CHUNK, row++) sheet.getCell(`${column}${row}`).value = text.slice(i, i + CHUNK);
  };
  put("B", proposal.source.text);
  if (delivery) put("C", delivery.text);
}

// ── 执行情况 ──────────────────────────────────────────────────────────────────────────────
// A 服务项目 | B 计划数量 | C 已完成数量 | D 完成率 | E 计划工时 | F 已完成工时

function fillDelivery(sheet: ExcelJS.Worksheet, report: DeliveryReport, cells: SummaryCells): void {
  header(sheet, ["服务项目", "计划数量", "已完成数量", "完成率", "计划工时（小时）", "已完成工时（小时）"]);
  const first = 2;
  report.lines.forEach((line, i) => {
    const r = first + i;
    const row = sheet.getRow(r);
    text(row.getCell("A"), line.name);
    row.getCell("B").value = line.plannedCount;
    input(row.getCell("C"), line.deliveredCount, "#,##0");
    formula(row.getCell("D"), `IF(B${r}=0,0,C${r}/B${r})`, line.completion === null ? 0 : num(line.completion), PERCENT);
    row.getCell("E").value = num(line.plannedHours);
    row.getCell("E").numFmt = HOURS;
    // Delivered hours at the plan's own hours per unit (planned hours ÷ planned count).
    const perUnit = line.plannedCount > 0 ? `E${r}/B${r}` : num(line.deliveredCount === 0 ? line.deliveredHours : line.deliveredHours.div(line.deliveredCount)).toString();
    formula(row.getCell("F"), `${perUnit}*C${r}`, num(line.deliveredHours), HOURS);
  });
  const last = first + report.lines.length - 1;
  const total = sheet.getRow(last + 1);
  text(total.getCell("A"), "合计");
  formula(total.getCell("E"), `SUM(E${first}:E${last})`, num(report.plannedHours), HOURS);
  formula(total.getCell("F"), `SUM(F${first}:F${last})`, num(report.deliveredHours), HOURS);
  formula(total.getCell("D"), `IF(E${last + 1}=0,0,F${last + 1}/E${last + 1})`, report.plannedHours.isZero() ? 0 : num(report.deliveredHours.div(report.plannedHours)), PERCENT);
  totalRow(total);
  const elapsed = last + 3;
  text(sheet.getCell(`A${elapsed}`), "已执行月数");
  input(sheet.getCell(`C${elapsed}`), report.monthsElapsed, "0");
  text(sheet.getCell(`A${elapsed + 1}`), "按月数折算的下限（小时）");
  formula(sheet.getCell(`F${elapsed + 1}`), `${ref(SHEETS.summary, cells.floor)}*C${elapsed}/${ref(SHEETS.summary, cells.months)}`, num(report.floor), HOURS);
  text(sheet.getCell(`A${elapsed + 2}`), "按月数折算的上限（小时）");
  formula(sheet.getCell(`F${elapsed + 2}`), `${ref(SHEETS.summary, cells.ceiling)}*C${elapsed}/${ref(SHEETS.summary, cells.months)}`, num(report.ceiling), HOURS);
  text(sheet.getCell(`A${elapsed + 3}`), "结论");
  const behind = report.deliveredHours.lt(report.floor) ? "低于折算下限" : report.deliveredHours.gt(report.ceiling) ? "高于折算上限" : "在折算区间内";
  formula(sheet.getCell(`F${elapsed + 3}`), `IF(F${last + 1}<F${elapsed + 1},"低于折算下限",IF(F${last + 1}>F${elapsed + 2},"高于折算上限","在折算区间内"))`, behind);
}

/** The summary's fixed layout: labels in column A, values in column B. */
function summaryCells(): SummaryCells {
  return { months: "B7", fte: "B8", holidays: "B9", annual: "B10", directShare: "B11", direct: "B12", floor: "B13", ceiling: "B14", total: "B15" };
}

function header(sheet: ExcelJS.Worksheet, titles: string[]): void {
  const row = sheet.addRow(titles);
  row.eachCell((cell) => {
    cell.font = { name: FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  });
  sheet.views = [{ state: "frozen", ySplit: row.number, xSplit: 0 }];
  sheet.pageSetup.printTitlesRow = `${row.number}:${row.number}`;
}

/** Whether a cell is one of the workbook's inputs (shaded yellow), as opposed to a formula or a label. */
export function isInputCell(cell: ExcelJS.Cell): boolean {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" && fill.fgColor?.argb === INPUT_FILL.fgColor!.argb;
}

function input(cell: ExcelJS.Cell, value: number, format: string): void {
  cell.value = value;
  cell.numFmt = format;
  cell.fill = INPUT_FILL;
}

function formula(cell: ExcelJS.Cell, expression: string, result: number | string, format?: string): void {
  cell.value = { formula: expression, result } as ExcelJS.CellFormulaValue;
  if (format) cell.numFmt = format;
}

/** Text is always written as a string cell: a name starting with = + - @ stays text and never becomes a formula. */
function text(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
}

function totalRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { name: FONT, bold: true };
    if (cell.fill !== INPUT_FILL) cell.fill = TOTAL_FILL;
  });
}

// ── 服务量测算 ─────────────────────────────────────────────────────────────────────────────
// A 序号 | B 服务项目 | C 说明 | D 依据条款 | E 单位工时 | F 单位 | G 数量 | H 折算系数 | I 小计 | J 占比

function fillWorkload(sheet: ExcelJS.Worksheet, analysis: Analysis, cells: SummaryCells): string {
  const { workload, proposal } = analysis;
  header(sheet, ["序号", "服务项目", "说明", `依据条款（${proposal.standard.document}）`, "单位工时（小时）", "单位", "数量", "折算系数", "小计（小时）", "占比"]);
  const first = 2;
  const last = first + workload.lines.length - 1;
  const totalCell = `I${last + 1}`;
  workload.lines.forEach((line, i) => {
    const r = first + i;
    const row = sheet.getRow(r);
    row.getCell("A").value = i + 1;
    text(row.getCell("B"), line.name);
    text(row.getCell("C"), line.details.join("；"));
    text(row.getCell("D"), line.clause);
    input(row.getCell("E"), num(line.unitHours), HOURS);
    text(row.getCell("F"), line.unit);
    input(row.getCell("G"), line.count, "#,##0");
    // The scale of a survey is shown as its own fraction (250/100), so the reader sees where it comes from.
    const scale = line.count === 0 ? null : line.quantity.div(line.count);
    const entry = proposal.entries.find((e) => e.index === line.entryIndex);
    const amount = entry?.kind === "table" && entry.item.scale ? (entry.item.scale.by === "samples" ? entry.samples : entry.households) : undefined;
    if (entry?.kind === "table" && entry.item.scale && amount !== undefined) {
      formula(row.getCell("H"), `${amount}/${entry.item.scale.per}`, num(scale ?? line.quantity), "0.0000");
    } else input(row.getCell("H"), scale ? num(scale) : 1, "0.####");
    formula(row.getCell("I"), `E${r}*G${r}*H${r}`, num(line.hours), HOURS);
    formula(row.getCell("J"), `IF(${totalCell}=0,0,I${r}/${totalCell})`, workload.total.isZero() ? 0 : num(line.hours.div(workload.total)), PERCENT);
  });
  const total = sheet.getRow(last + 1);
  text(total.getCell("B"), "合计");
  formula(total.getCell("I"), workload.lines.length ? `SUM(I${first}:I${last})` : "0", num(workload.total), HOURS);
  formula(total.getCell("J"), `IF(I${last + 1}=0,0,1)`, workload.total.isZero() ? 0 : 1, PERCENT);
  totalRow(total);

  const bounds = workload.bounds;
  const rows: [string, string, number | string, string?][] = [
    ["服务工作量下限（FTE × 直接服务时数 × 月数/12）", ref(SHEETS.summary, cells.floor), num(bounds.floor), HOURS],
    ["服务工作量上限（FTE × 年均工作时数 × 月数/12）", ref(SHEETS.summary, cells.ceiling), num(bounds.ceiling), HOURS],
    ["结论", `IF(I${last + 1}<I${last + 3},"低于下限",IF(I${last + 1}>I${last + 4},"高于上限","在区间内"))`, verdict(analysis)],
  ];
  rows.forEach(([label, expression, result, format], i) => {
    const row = sheet.getRow(last + 3 + i);
    text(row.getCell("B"), label);
    formula(row.getCell("I"), expression, result, format);
    row.getCell("B").font = { name: FONT, bold: true };
  });
  const note = sheet.getRow(last + 7);
  text(note.getCell("B"), `黄色单元格为输入（单位工时、数量、折算系数），可修改；小计、合计、区间与结论为公式，修改后自动重算。参考工时依据 ${proposal.standard.name}（${proposal.standard.document}）。`);
  note.getCell("B").font = { name: FONT, italic: true, color: { argb: "FF7F7F7F" } };
  return ref(SHEETS.workload, totalCell);
}

function verdict(analysis: Analysis): string {
  return { below: "低于下限", within: "在区间内", above: "高于上限" }[analysis.workload.position];
}

// ── 督导费 ────────────────────────────────────────────────────────────────────────────────
// A 督导 | B 方式 | C 次数 | D 每次时长 | E 时数 | F 单价 | G 上限单价 | H 金额 | I 上限金额 | J 档次

function fillSupervision(sheet: ExcelJS.Worksheet, cost: SupervisionCost): { hours: string; cost: string; rows: Map<SupervisionCost["lines"][number], number> } {
  header(sheet, ["督导", "方式", "次数", "每次时长（小时）", "时数（小时）", "督导费（元/小时）", "上限（元/小时）", "金额（元）", "按上限计（元）", "档次（苏政民社〔2016〕2号 第七节 5）"]);
  const rows = new Map<SupervisionCost["lines"][number], number>();
  const first = 2;
  cost.lines.forEach((line, i) => {
    const r = first + i;
    rows.set(line, r);
    const row = sheet.getRow(r);
    text(row.getCell("A"), line.supervisor);
    text(row.getCell("B"), line.type === "individual" ? "个别督导" : "团体督导");
    input(row.getCell("C"), line.count, "#,##0");
    input(row.getCell("D"), num(line.hoursEach), HOURS);
    formula(row.getCell("E"), `C${r}*D${r}`, num(line.hours), HOURS);
    input(row.getCell("F"), yuan(line.rate), CNY);
    if (line.cap !== null) {
      row.getCell("G").value = yuan(line.cap);
      row.getCell("G").numFmt = CNY;
      formula(row.getCell("I"), `ROUND(E${r}*G${r},2)`, yuan(line.capCost!), CNY);
    }
    formula(row.getCell("H"), `ROUND(E${r}*F${r},2)`, yuan(line.cost), CNY);
    text(row.getCell("J"), line.capLabel ?? "无对应档次");
  });
  const last = first + cost.lines.length - 1;
  const total = sheet.getRow(last + 1);
  text(total.getCell("A"), "合计");
  const sum = (column: string, result: number, format: string) =>
    formula(total.getCell(column), cost.lines.length ? `SUM(${column}${first}:${column}${last})` : "0", result, format);
  sum("E", num(cost.hours), HOURS);
  sum("H", yuan(cost.cost), CNY);
  const capTotal = cost.lines.every((l) => l.capCost !== null) ? cost.lines.reduce((s, l) => s + l.capCost!, 0) : null;
  if (capTotal !== null) sum("I", yuan(capTotal), CNY);
  totalRow(total);
  const note = sheet.getRow(last + 3);
  text(note.getCell("A"), "督导时数单独计价，不计入服务工作量（苏政民社〔2016〕2号 四（一）2：督导属间接服务）。");
  note.getCell("A").font = { name: FONT, italic: true, color: { argb: "FF7F7F7F" } };
  return { hours: ref(SHEETS.supervision, `E${last + 1}`), cost: ref(SHEETS.supervision, `H${last + 1}`), rows };
}

// ── 预算 ──────────────────────────────────────────────────────────────────────────────────
// A 类别 | B 项目 | C 单价 | D 单位 | E 数量 | F 总额 | G 备注

function fillBudget(
  sheet: ExcelJS.Worksheet,
  budget: Budget,
  analysis: Analysis,
  workloadTotal: string,
  supervision: ReturnType<typeof fillSupervision> | undefined,
): string {
  header(sheet, ["类别", "项目", "单价（元）", "单位", "数量", "总额（元）", "备注"]);
  let r = 2;
  const subtotals: string[] = [];
  const supervisionLines = analysis.supervisionCost?.lines ?? [];
  for (const category of budget.categories) {
    const first = r;
    category.lines.forEach((line, i) => {
      const row = sheet.getRow(r);
      if (i === 0) text(row.getCell("A"), category.category);
      text(row.getCell("B"), line.item);
      text(row.getCell("D"), line.unit);
      if (line.source === "supervision" && supervision) {
        // Priced on the 督导费 sheet: the budget line follows it.
        const source = supervisionLines[category.lines.filter((l) => l.source === "supervision").indexOf(line)];
        const at = source && supervision.rows.get(source);
        formula(row.getCell("C"), ref(SHEETS.supervision, `F${at}`), yuan(line.unitPrice), CNY);
        formula(row.getCell("E"), ref(SHEETS.supervision, `E${at}`), num(line.quantity), HOURS);
      } else {
        input(row.getCell("C"), yuan(line.unitPrice), CNY);
        input(row.getCell("E"), num(line.quantity), "#,##0.##");
      }
      formula(row.getCell("F"), `ROUND(C${r}*E${r},2)`, yuan(line.total), CNY);
      if (line.note) text(row.getCell("G"), line.note);
      r++;
    });
    const row = sheet.getRow(r);
    text(row.getCell("B"), `${category.category}小计`);
    formula(row.getCell("F"), `SUM(F${first}:F${r - 1})`, yuan(category.total), CNY);
    totalRow(row);
    subtotals.push(`F${r}`);
    r++;
  }
  r++;
  const direct = r;
  const fee = r + 1;
  const tax = r + 2;
  const total = r + 3;
  const perHour = r + 4;
  const lines: [number, string, string | null, string, number, string?][] = [
    [direct, "直接费用合计", null, subtotals.length ? subtotals.join("+") : "0", yuan(budget.direct)],
    [fee, "管理费（按直接费用计）", "management", `ROUND(F${direct}*E${fee},2)`, yuan(budget.managementFee)],
    [tax, "税费（按直接费用 + 管理费计）", "tax", `ROUND((F${direct}+F${fee})*E${tax},2)`, yuan(budget.tax)],
    [total, "预算总额", null, `F${direct}+F${fee}+F${tax}`, yuan(budget.total)],
  ];
  for (const [at, label, rate, expression, result] of lines) {
    const row = sheet.getRow(at);
    text(row.getCell("B"), label);
    if (rate === "management") input(row.getCell("E"), num(budget.managementFeePercent.div(100)), PERCENT);
    if (rate === "tax") input(row.getCell("E"), num(budget.taxPercent.div(100)), PERCENT);
    formula(row.getCell("F"), expression, result, CNY);
    totalRow(row);
  }
  const hour = sheet.getRow(perHour);
  text(hour.getCell("B"), "每服务小时成本（元/小时）= 预算总额 ÷ 服务工作量");
  formula(hour.getCell("F"), `IF(${workloadTotal}=0,0,ROUND(F${total}/${workloadTotal},2))`, budget.costPerServiceHour === null ? 0 : yuan(budget.costPerServiceHour), CNY);
  hour.getCell("B").font = { name: FONT, bold: true };

  // 资助方要求: each limit beside a live check.
  let at = perHour + 2;
  const limits = budget.limits;
  const personnel = budget.categories.findIndex((c) => c.category === "人员经费");
  const checks: [string, number, string, string, boolean][] = [];
  // The same comparisons as the budget rules, exactly: fee ÷ total ≤ max ⇔ fee × 100 ≤ max × total.
  if (limits.ceiling !== undefined)
    checks.push(["预算总额上限（元）", yuan(limits.ceiling), CNY, `IF(F${total}<=E{row},"满足","超出")`, budget.total <= limits.ceiling]);
  if (limits.maxManagementFeePercent !== undefined)
    checks.push([
      "管理费占总额最高比例",
      num(limits.maxManagementFeePercent.div(100)),
      PERCENT,
      `IF(F${total}=0,"满足",IF(F${fee}/F${total}<=E{row},"满足","超出"))`,
      Rational.of(budget.managementFee * 100).compare(limits.maxManagementFeePercent.mul(budget.total)) <= 0,
    ]);
  if (limits.minPersonnelPercent !== undefined)
    checks.push([
      "人员经费占总额最低比例",
      num(limits.minPersonnelPercent.div(100)),
      PERCENT,
      `IF(F${total}=0,"满足",IF(${personnel >= 0 ? subtotals[personnel] : "0"}/F${total}>=E{row},"满足","不足"))`,
      Rational.of(budget.personnel * 100).compare(limits.minPersonnelPercent.mul(budget.total)) >= 0,
    ]);
  if (checks.length) {
    text(sheet.getRow(at).getCell("B"), "资助方要求");
    sheet.getRow(at).getCell("B").font = { name: FONT, bold: true };
    at++;
    for (const [label, value, format, check, ok] of checks) {
      const row = sheet.getRow(at);
      text(row.getCell("B"), label);
      input(row.getCell("E"), value, format);
      formula(row.getCell("F"), check.replace(/\{row\}/g, String(at)), ok ? "满足" : label.includes("最低") ? "不足" : "超出");
      at++;
    }
  }
  return ref(SHEETS.budget, `F${total}`);
}

// ── 概要 ──────────────────────────────────────────────────────────────────────────────────

function fillSummary(
  sheet: ExcelJS.Worksheet,
  analysis: Analysis,
  cells: SummaryCells,
  workloadTotal: string,
  supervision: ReturnType<typeof fillSupervision> | undefined,
  budgetTotal: string | undefined,
): void {
  const { proposal, workload, budget } = analysis;
  const { project, standard } = proposal;
  const params = standard.annualHours;
  const title = sheet.getCell("A1");
  text(title, `${project.name} — 服务量测算与预算`);
  title.font = { name: FONT, bold: true, size: 14 };
  sheet.mergeCells("A1:C1");
  const counts = countBySeverity(analysis.findings);
  const rows: [number, string, (cell: ExcelJS.Cell) => void][] = [
    [2, "承接机构", (c) => text(c, project.organisation ?? "")],
    [3, "服务地区", (c) => text(c, project.region ?? "")],
    [4, "参考标准", (c) => text(c, `${standard.shortName}（${standard.document}）`)],
    [5, "人员", (c) => text(c, proposal.staff.members.map((m) => `${m.name}${m.role ? `（${m.role}）` : ""}`).join("、") || "—")],
    [7, "项目周期（月）", (c) => input(c, project.months, "0")],
    [8, "全职人员（FTE）", (c) => input(c, num(proposal.staff.fte), "0.00")],
    [9, "公众假期（天）", (c) => input(c, proposal.publicHolidays, "0")],
    [
      10,
      "年均工作时数（小时/人）",
      (c) => formula(c, `(${params.daysPerYear}-${cells.holidays}-${params.weekendDays}-${params.annualLeaveDays})*${params.hoursPerDay.toExactString()}`, num(workload.bounds.annual.annual), HOURS),
    ],
    [11, "直接服务比例", (c) => input(c, num(params.directServiceShare), "0%")],
    [12, "直接服务时数（小时/人）", (c) => formula(c, `${cells.annual}*${cells.directShare}`, num(workload.bounds.annual.direct), HOURS)],
    [13, "服务工作量下限（小时）", (c) => formula(c, `${cells.fte}*${cells.direct}*${cells.months}/12`, num(workload.bounds.floor), HOURS)],
    [14, "服务工作量上限（小时）", (c) => formula(c, `${cells.fte}*${cells.annual}*${cells.months}/12`, num(workload.bounds.ceiling), HOURS)],
    [15, "服务工作量合计（小时）", (c) => formula(c, workloadTotal, num(workload.total), HOURS)],
    [16, "结论", (c) => formula(c, `IF(${cells.total}<${cells.floor},"低于下限",IF(${cells.total}>${cells.ceiling},"高于上限","在区间内"))`, verdict(analysis))],
  ];
  if (supervision && analysis.supervisionCost) {
    rows.push([17, "督导时数（小时，不计入服务工作量）", (c) => formula(c, supervision.hours, num(analysis.supervisionCost!.hours), HOURS)]);
    rows.push([18, "督导费（元）", (c) => formula(c, supervision.cost, yuan(analysis.supervisionCost!.cost), CNY)]);
  }
  if (budget && budgetTotal) {
    rows.push([19, "预算总额（元）", (c) => formula(c, budgetTotal, yuan(budget.total), CNY)]);
    rows.push([
      20,
      "每服务小时成本（元/小时）",
      (c) => formula(c, `IF(${cells.total}=0,0,ROUND(B19/${cells.total},2))`, budget.costPerServiceHour === null ? 0 : yuan(budget.costPerServiceHour), CNY),
    ]);
  }
  rows.push([21, "检查结果", (c) => text(c, `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示${counts.waived ? `，${counts.waived} 个已豁免` : ""}（见“${SHEETS.findings}”）`)]);
  for (const [at, label, fill] of rows) {
    const row = sheet.getRow(at);
    text(row.getCell("A"), label);
    row.getCell("A").font = { name: FONT, bold: true };
    fill(row.getCell("B"));
  }
  const holiday = standard.holidayOptions.find((o) => o.days === proposal.publicHolidays);
  text(sheet.getCell("C9"), holiday?.basis ?? "");
  text(sheet.getCell("C10"), `${standard.annualHours.clause}：(365 − 公众假期 − 104 − 5) × 8`);
  text(sheet.getCell("C13"), `${standard.boundsClause.clause}：不得低于 FTE × 直接服务时数（按月数折算）`);
  text(sheet.getCell("C14"), `${standard.boundsClause.clause}：不得高于 FTE × 年均工作时数（按月数折算）`);
  const note = sheet.getCell("A23");
  text(note, "黄色单元格为输入，可修改；其余数字为公式，修改输入后自动重算。由 gongshi 生成。");
  note.font = { name: FONT, italic: true, color: { argb: "FF7F7F7F" } };
  sheet.getColumn("B").width = 44;
  sheet.getColumn("C").width = 56;
}

// ── 检查结果 ─────────────────────────────────────────────────────────────────────────────

function fillFindings(sheet: ExcelJS.Worksheet, analysis: Analysis): void {
  header(sheet, ["级别", "规则", "说明", "依据", "位置（行:列）", "豁免理由"]);
  for (const f of analysis.findings) {
    const row = sheet.addRow([]);
    text(row.getCell(1), f.waived ? `${SEVERITY_LABEL.zh[f.severity]}（已豁免）` : SEVERITY_LABEL.zh[f.severity]);
    text(row.getCell(2), f.ruleId);
    text(row.getCell(3), findingMessage(f, "zh"));
    text(row.getCell(4), findingClause(f));
    text(row.getCell(5), `${f.line}:${f.column}`);
    text(row.getCell(6), f.waived?.reason ?? "");
    const colour = f.waived ? "FF7F7F7F" : f.severity === "error" ? "FFC00000" : f.severity === "warning" ? "FF9C5700" : "FF1F4E79";
    row.getCell(1).font = { name: FONT, bold: true, color: { argb: colour } };
  }
  if (analysis.findings.length === 0) text(sheet.addRow([]).getCell(3), "没有发现问题");
}

// ── 参考工时表 ───────────────────────────────────────────────────────────────────────────

function fillTable(sheet: ExcelJS.Worksheet, standard: Standard): void {
  header(sheet, ["序号", "代码", "工作类型/内容", "参考工时（小时）", "单位", `条款（${standard.document}）`]);
  for (const item of standard.items) {
    const add = (name: string, hours: number | string) => {
      const row = sheet.addRow([]);
      row.getCell(1).value = item.no;
      text(row.getCell(2), item.code);
      text(row.getCell(3), name);
      if (typeof hours === "number") {
        row.getCell(4).value = hours;
        row.getCell(4).numFmt = HOURS;
      } else text(row.getCell(4), hours);
      text(row.getCell(5), item.unit);
      text(row.getCell(6), item.clause);
      return row;
    };
    if (item.variants) for (const o of item.variants.options) add(`${item.name}（${o.name}）`, num(o.hours));
    else add(item.fullName, item.hours ? num(item.hours) : (item.hoursRule ?? ""));
    for (const step of item.substeps ?? []) {
      const row = add(`　${step.fullName}`, num(step.hours));
      row.getCell(3).font = { name: FONT, color: { argb: "FF595959" } };
    }
  }
  sheet.addRow([]);
  for (const [, textValue] of standard.interpretations) text(sheet.addRow([]).getCell(3), textValue);
}

/** Column widths that fit Chinese text, a readable font, and A4 printing. */
function finishSheet(sheet: ExcelJS.Worksheet): void {
  const widths = new Map<number, number>();
  sheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, column) => {
      if (!cell.font) cell.font = { name: FONT };
      const value = cell.value as unknown;
      let shown = "";
      if (typeof value === "string") shown = value;
      else if (typeof value === "number") shown = value.toFixed(2);
      else if (value && typeof value === "object" && "result" in value) shown = String((value as ExcelJS.CellFormulaValue).result ?? "");
      if (cell.isMerged) return;
      // Long text wraps inside a column of at most MAX_WIDTH instead of widening the sheet past a page.
      // A column given a width on purpose (the summary's notes) keeps it.
      const limit = Math.max(MAX_WIDTH, sheet.getColumn(column).width ?? 0);
      if (displayWidth(shown) > limit - 2) {
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
        lines = Math.max(lines, Math.ceil(displayWidth(shown) / (limit - 2)));
      }
      widths.set(column, Math.max(widths.get(column) ?? 8, Math.min(limit, displayWidth(shown) + 3)));
    });
    // Spreadsheet programs do not grow a row for wrapped text on their own when converting or printing.
    if (lines > 1) row.height = 15 * lines;
  });
  for (const [column, width] of widths) {
    const col = sheet.getColumn(column);
    if (!col.width || col.width < width) col.width = width;
  }
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: "&L&A&R第 &P 页，共 &N 页" };
}
