/**
 * Where everything sits in the budget workbook: sheet names, the summary's rows, each table's columns
 * and the hidden sheet that embeds the proposal. `export` writes by this description and
 * `workbook-check` reads a returned workbook by it, so the layout is stated once, here.
 */
import type { Cell, FillPattern } from "exceljs";
import { MAX_SERVICE_LINES } from "../proposal/schema.js";

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

/**
 * The hidden sheet: a mark in A1, the parameters as JSON in A2 (with file names only, never a path of
 * the author's machine; the rule settings and waiver policy in force; the standard's fingerprint), the
 * proposal's text down column B, a delivery file's down C, and the reference-hour standard's down D, so
 * the workbook can be checked without the standard's file and never against another table of that id.
 */
export const SOURCE = { mark: "A1", meta: "A2", proposalColumn: "B", deliveryColumn: "C", standardColumn: "D", value: "gongshi-workbook/1" } as const;

/**
 * The most cells a range in a formula gongshi writes covers: one column of its longest table (the
 * workload, or the delivery against it). `gongshi check` refuses to expand a larger one.
 */
export const MAX_RANGE_CELLS = MAX_SERVICE_LINES;

/** The summary sheet: labels in column A, values in column B, notes in column C, one fixed row each. */
export const SUMMARY_ROWS = {
  title: 1,
  organisation: 2,
  region: 3,
  standard: 4,
  staff: 5,
  months: 7,
  fte: 8,
  holidays: 9,
  annual: 10,
  directShare: 11,
  direct: 12,
  floor: 13,
  ceiling: 14,
  total: 15,
  verdict: 16,
  supervisionHours: 17,
  supervisionCost: 18,
  budgetTotal: 19,
  costPerHour: 20,
  findings: 21,
  note: 23,
} as const;

export type SummaryRow = keyof typeof SUMMARY_ROWS;

/** The summary's value cell for a row: "B15" for the workload total. */
export function summaryValue(row: SummaryRow): string {
  return `B${SUMMARY_ROWS[row]}`;
}

/** The summary's note cell for a row (column C). */
export function summaryNote(row: SummaryRow): string {
  return `C${SUMMARY_ROWS[row]}`;
}

/** A table's columns: the letter each field is in, with its header. */
type Columns = Record<string, { letter: string; title: string }>;

/** Columns from their headers, lettered A, B, C… in the order written: the order is the layout. */
function columns<K extends string>(titles: Record<K, string>): Record<K, { letter: string; title: string }> {
  const result = {} as Record<K, { letter: string; title: string }>;
  (Object.keys(titles) as K[]).forEach((key, i) => (result[key] = { letter: String.fromCharCode(65 + i), title: titles[key] }));
  return result;
}

export const WORKLOAD_COLUMNS = columns({
  no: "序号",
  name: "服务项目",
  details: "说明",
  clause: "依据条款",
  unitHours: "单位工时（小时）",
  unit: "单位",
  count: "数量",
  scale: "折算系数",
  subtotal: "小计（小时）",
  share: "占比",
});

export const SUPERVISION_COLUMNS = columns({
  supervisor: "督导",
  type: "方式",
  count: "次数",
  hoursEach: "每次时长（小时）",
  hours: "时数（小时）",
  rate: "督导费（元/小时）",
  cap: "上限（元/小时）",
  cost: "金额（元）",
  capCost: "按上限计（元）",
  tier: "档次（苏政民社〔2016〕2号 第七节 5）",
});

export const BUDGET_COLUMNS = columns({
  category: "类别",
  item: "项目",
  unitPrice: "单价（元）",
  unit: "单位",
  quantity: "数量",
  total: "总额（元）",
  note: "备注",
});

/**
 * The end of 预算, below the category subtotals: the direct costs, fee, tax and total (amounts in the
 * total column), the total in capital numerals (in the unit-price column, merged across to the note),
 * the cost per service hour, the funder's limits when the proposal has them, and the lines the sheet is
 * signed on, in this order.
 */
export const BUDGET_CLOSING = {
  direct: "直接费用合计",
  fee: "管理费（按直接费用计）",
  tax: "税费（按直接费用 + 管理费计）",
  total: "预算总额",
  capital: "预算总额（大写）",
  perHour: "每服务小时成本（元/小时）= 预算总额 ÷ 服务工作量",
  limits: "资助方要求",
  /** Label and the blank a person fills in by hand when the proposal does not say it. */
  signatures: [
    ["organisation", "编制单位", "（盖章）"],
    ["responsible", "负责人", ""],
    ["preparedBy", "编制人", ""],
    ["preparedOn", "编制日期", "    年    月    日"],
  ],
} as const;

export const DELIVERY_COLUMNS = columns({
  name: "服务项目",
  planned: "计划数量",
  delivered: "已完成数量",
  completion: "完成率",
  plannedHours: "计划工时（小时）",
  deliveredHours: "已完成工时（小时）",
});

export const FINDINGS_COLUMNS = columns({
  severity: "级别",
  rule: "规则",
  message: "说明",
  clause: "依据",
  position: "位置（行:列）",
  waiver: "豁免理由",
});

export const TABLE_COLUMNS = columns({
  no: "序号",
  code: "代码",
  name: "工作类型/内容",
  hours: "参考工时（小时）",
  unit: "单位",
  clause: "条款",
});

/** The cells of one row of a table, by field: at(WORKLOAD_COLUMNS, 5).unitHours === "E5". */
export function at<C extends Columns>(columns: C, row: number): { [K in keyof C]: string } {
  const cells = {} as { [K in keyof C]: string };
  for (const key of Object.keys(columns) as (keyof C)[]) cells[key] = `${columns[key]!.letter}${row}`;
  return cells;
}

/** The letters of a table's columns, by field: letters(WORKLOAD_COLUMNS).unitHours === "E". */
export function letters<C extends Columns>(columns: C): { [K in keyof C]: string } {
  const result = {} as { [K in keyof C]: string };
  for (const key of Object.keys(columns) as (keyof C)[]) result[key] = columns[key]!.letter;
  return result;
}

/** Inputs a reader may change are shaded this colour; everything else gongshi writes is a label or a formula. */
export const INPUT_COLOUR = "FFFFF2CC";

/** Whether a cell is one of the workbook's inputs (shaded), as opposed to a formula or a label. */
export function isInputCell(cell: Cell): boolean {
  const fill = cell.fill as FillPattern | undefined;
  return fill?.type === "pattern" && fill.fgColor?.argb === INPUT_COLOUR;
}
