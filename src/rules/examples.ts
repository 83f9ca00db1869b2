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
