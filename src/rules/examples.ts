/**
 * Builds the small proposals that rules show in `gongshi explain` and that tests run. The base is
 * a 1-FTE, 12-month project with exactly 1372 h of consultation, so that only the part under test
 * can make a rule speak.
 */
export function exampleProposal(parts: { project?: string; staff?: string; services?: string; extra?: string } = {}): string {
  return [
    "project:",
    "  name: 示例项目",
    "  months: 12",
    ...(parts.project ? [parts.project] : []),
    "staff:",
    parts.staff ?? "  fte: 1",
    "services:",
    parts.services ?? "  - item: 专业咨询\n    count: 1372",
    ...(parts.extra ? [parts.extra] : []),
    "",
  ].join("\n");
}

/** A supervision section with one supervisor, for the supervision rules' examples; `more` is appended under it. */
export function exampleSupervision(supervisor: { years?: number; rate?: number; origin?: string; qualification?: string } = {}, more = ""): string {
  const { years = 8, rate = 200, origin = "本土", qualification = "社会工作师" } = supervisor;
  return `supervision:\n  supervisors:\n    - name: 王督导\n      origin: ${origin}\n      years: ${years}\n      qualification: ${qualification}\n      rate: ${rate}${more}`;
}

/** A budget section: one personnel line and one activity line, with the given fee, tax and limits. */
export function exampleBudget(parts: { personnel?: number; activities?: number; fee?: number; tax?: number; limits?: string } = {}): string {
  const { personnel = 60000, activities = 30000, fee, tax, limits } = parts;
  return [
    "budget:",
    ...(fee !== undefined ? [`  management_fee_percent: ${fee}`] : []),
    ...(tax !== undefined ? [`  tax_percent: ${tax}`] : []),
    ...(limits ? ["  limits:", limits] : []),
    "  lines:",
    "    - category: 人员经费",
    "      item: 社工工资",
    `      unit_price: ${personnel}`,
    "      unit: 人·年",
    "      quantity: 1",
    "    - category: 活动经费",
    "      item: 活动物资",
    `      unit_price: ${activities}`,
    "      unit: 项",
    "      quantity: 1",
  ].join("\n");
}
