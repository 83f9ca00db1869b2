/**
 * Where everything sits in the budget workbook: sheet names, the summary's rows, each table's columns
 * and the hidden sheet that embeds the proposal. `export` writes by this description and
 * `workbook-check` reads a returned workbook by it, so the layout is stated once, here.
 */
import type { Cell, FillPattern } from "exceljs";

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

/** The hidden sheet: a mark in A1, the parameters as JSON in A2, the proposal's text down column B, a delivery file's down C. */
export const SOURCE = { mark: "A1", meta: "A2", proposalColumn: "B", deliveryColumn: "C", value: "gongshi-workbook/1" } as const;

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

export const WORKLOAD_COLUMNS = {
  no: { letter: "A", title: "序号" },
  name: { letter: "B", title: "服务项目" },
  details: { letter: "C", title: "说明" },
  clause: { letter: "D", title: "依据条款" },
  unitHours: { letter: "E", title: "单位工时（小时）" },
  unit: { letter: "F", title: "单位" },
  count: { letter: "G", title: "数量" },
  scale: { letter: "H", title: "折算系数" },
  subtotal: { letter: "I", title: "小计（小时）" },
  share: { letter: "J", title: "占比" },
} as const satisfies Columns;

export const SUPERVISION_COLUMNS = {
  supervisor: { letter: "A", title: "督导" },
  type: { letter: "B", title: "方式" },
  count: { letter: "C", title: "次数" },
  hoursEach: { letter: "D", title: "每次时长（小时）" },
  hours: { letter: "E", title: "时数（小时）" },
  rate: { letter: "F", title: "督导费（元/小时）" },
  cap: { letter: "G", title: "上限（元/小时）" },
  cost: { letter: "H", title: "金额（元）" },
  capCost: { letter: "I", title: "按上限计（元）" },
  tier: { letter: "J", title: "档次（苏政民社〔2016〕2号 第七节 5）" },
} as const satisfies Columns;

export const BUDGET_COLUMNS = {
  category: { letter: "A", title: "类别" },
  item: { letter: "B", title: "项目" },
  unitPrice: { letter: "C", title: "单价（元）" },
  unit: { letter: "D", title: "单位" },
  quantity: { letter: "E", title: "数量" },
  total: { letter: "F", title: "总额（元）" },
  note: { letter: "G", title: "备注" },
} as const satisfies Columns;

export const DELIVERY_COLUMNS = {
  name: { letter: "A", title: "服务项目" },
  planned: { letter: "B", title: "计划数量" },
  delivered: { letter: "C", title: "已完成数量" },
  completion: { letter: "D", title: "完成率" },
  plannedHours: { letter: "E", title: "计划工时（小时）" },
  deliveredHours: { letter: "F", title: "已完成工时（小时）" },
} as const satisfies Columns;

export const FINDINGS_COLUMNS = {
  severity: { letter: "A", title: "级别" },
  rule: { letter: "B", title: "规则" },
  message: { letter: "C", title: "说明" },
  clause: { letter: "D", title: "依据" },
  position: { letter: "E", title: "位置（行:列）" },
  waiver: { letter: "F", title: "豁免理由" },
} as const satisfies Columns;

export const TABLE_COLUMNS = {
  no: { letter: "A", title: "序号" },
  code: { letter: "B", title: "代码" },
  name: { letter: "C", title: "工作类型/内容" },
  hours: { letter: "D", title: "参考工时（小时）" },
  unit: { letter: "E", title: "单位" },
  clause: { letter: "F", title: "条款" },
} as const satisfies Columns;

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
