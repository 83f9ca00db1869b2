import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exampleProposal } from "../src/rules/examples.js";
import { analyseText, gongshi, tempDir } from "./helpers.js";
import { gnumericResave, hasGnumeric } from "./gnumeric.js";
import { hasLibreOffice, recalculate } from "./libreoffice.js";

const PLAN = exampleProposal({
  services: [
    "  - item: 专业咨询\n    count: 832",
    "  - bundle: 个案\n    count: 5\n    sessions: 6", // 5 × (16 + 6×8 + 4) = 340
    "  - bundle: 小组\n    count: 2\n    sessions: 6\n    participants: 8", // 2 × (20 + 6×12 + 4 + 4) = 200
  ].join("\n"),
});
// 832 + 340 + 200 = 1372 h: exactly the floor of 1 FTE.

function withTender(...indicators: string[]): string {
  return `${PLAN}tender:\n  indicators:\n${indicators.map((i) => `    - ${i}`).join("\n")}\n`;
}

describe("tender indicators, as tenders state them", () => {
  it("meets 个案不少于 5 个 and misses 个案不少于 6 个 by one, at the indicator's line", () => {
    const text = withTender("开展个案服务不少于5个", "开展个案服务不少于6个");
    const { tender, findings } = analyseText(text);
    expect(tender!.map((r) => [r.indicator.clause, r.planned, r.met])).toEqual([
      ["开展个案服务不少于5个", 5, true],
      ["开展个案服务不少于6个", 5, false],
    ]);
    const f = findings.filter((x) => x.ruleId === "tender-indicator");
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe("error");
    expect(f[0]!.line).toBe(text.split("\n").findIndex((l) => l.includes("不少于6个")) + 1);
  });

  it("reads per-unit requirements: each group ≥ 6 sessions met, ≥ 7 missed; members ≥ 8 met, ≥ 9 missed", () => {
    const { tender } = analyseText(withTender("小组不少于2个，每个小组不少于6节、不少于8人", "每个小组不少于7节、不少于9人"));
    expect(tender!.map((r) => [r.indicator.label.zh, r.indicator.value, r.planned, r.met])).toEqual([
      ["小组准备工作（数量）", 2, 2, true],
      ["每个（小组准备工作）的节数", 6, 6, true],
      ["每个（小组准备工作）的人数", 8, 8, true],
      ["每个（小组准备工作）的节数", 7, 6, false],
      ["每个（小组准备工作）的人数", 9, 8, false],
    ]);
  });

  it("checks the hours a tender buys, at and one hour past its maximum", () => {
    expect(analyseText(withTender("服务时数不少于1372小时，不超过1372小时")).tender!.every((r) => r.met)).toBe(true);
    expect(analyseText(withTender("服务时数不超过1371小时")).tender![0]!.met).toBe(false);
  });

  it("counts 服务人次 from participants, visits, consultations and cases", () => {
    // groups: 2 × 6 sessions × 8 people = 96; consultations 832; cases 5.
    expect(analyseText(withTender("服务人次不少于933人次")).tender![0]).toMatchObject({ planned: 933, met: true });
  });

  it("hands an indicator it cannot read to a person, at its line and column, and checks everything else (exit 0)", () => {
    const file = join(tempDir(), "p.yaml");
    const text = withTender("志愿者不少于20名", "开展个案服务不少于5个");
    writeFileSync(file, text);
    const result = gongshi(["check", file]);
    expect(result.status).toBe(0);
    const line = text.split("\n").findIndex((l) => l.includes("志愿者")) + 1;
    expect(result.stdout).toContain(`${line}:7  警告  看不出“志愿者不少于20名”要求的是方案中的哪一项服务，须由人工核对`);
    expect(result.stdout).toContain("tender-indicator-unread");
    expect(result.stdout).toMatch(/开展个案服务不少于5个.*满足/);
  });
});

describe("delivered against planned", () => {
  function deliveryFile(counts: Record<string, number>, months = 6): string {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.yaml"), withTender("开展个案服务不少于5个", "服务时数不少于1372小时"));
    const lines = Object.entries(counts).map(([k, v]) => `  ${k}: ${v}`);
    writeFileSync(join(dir, "midterm.yaml"), `proposal: plan.yaml\nmonths_elapsed: ${months}\ncounts:\n${lines.join("\n")}\n`);
    return join(dir, "midterm.yaml");
  }

  // Half of every planned count: 416 consultations, and half of the bundles' lines.
  const HALF = { 专业咨询: 416, 接案: 2, 个案服务: 15, 结案评估: 3, 小组准备工作: 1, 小组活动: 6, 小组中期评估: 1, 小组结案评估: 1 };

  it("shows completion per item and in hours, at 50 % after 6 months, against the bounds prorated to 6/12", () => {
    const result = gongshi(["check", deliveryFile({ ...HALF, 接案: 2.5 as never }), "--format", "json"]);
    expect(result.status).toBe(2); // counts are whole numbers: 2.5 cases is refused
    const report = JSON.parse(gongshi(["check", deliveryFile({ ...HALF, 接案: 3, 结案评估: 2 }), "--format", "json"]).stdout);
    const consult = report.delivery.lines.find((l: { item: string }) => l.item === "consultation");
    expect(consult).toMatchObject({ planned: 832, delivered: 416, completion: 0.5 });
    // 416×1 + 3×16 + 15×8 + 2×4 + 1×20 + 6×12 + 1×4 + 1×4 = 692 h of 1372 planned
    expect(report.delivery.deliveredHours.hours).toBe(416 + 3 * 16 + 15 * 8 + 2 * 4 + 20 + 6 * 12 + 4 + 4);
    expect(report.delivery.floor.hours).toBe(686);
    expect(report.delivery.ceiling.hours).toBe(980);
    expect(report.delivery.completion).toBeCloseTo(692 / 1372, 4);
    const cases = report.tender.requirements.find((t: { clause: string }) => t.clause === "开展个案服务不少于5个");
    expect(cases).toMatchObject({ planned: 5, met: true, delivered: 3, deliveredMet: false });
    expect(report.summary.error).toBe(0);
  });

  // 五 1: the reference hours estimate workload when applying, so delivery judged by them is an estimate: info.
  it("says, as an estimate, when the hours delivered fall below the prorated floor, in the delivery file", () => {
    const file = deliveryFile({ 专业咨询: 685 });
    const result = gongshi(["check", file, "--format", "json"]);
    const finding = JSON.parse(result.stdout).findings.find((f: { ruleId: string }) => f.ruleId === "delivery-behind-schedule");
    expect(finding).toMatchObject({ severity: "info", line: 2, column: 17 });
    expect(finding.message).toBe("按参考工时估算，执行 6 个月已完成约 685 小时，低于按 6/12 折算的下限 686 小时（参考工时只作申请时测算之用，五 1）");
    const text = gongshi(["check", file]).stdout;
    expect(text).toContain(`${file}:2:17`);
  });

  it("refuses an item the proposal does not have, with a suggestion", () => {
    const result = gongshi(["check", deliveryFile({ 专业咨洵: 10 })]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("方案中没有“专业咨洵”这一服务，是否想写：专业咨询");
  });

  it("runs on the example delivery file", () => {
    const result = gongshi(["check", "examples/delivery/community-elderly-midterm.yaml"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("执行情况（计划与完成）");
    expect(result.stdout).toContain("执行 6/12 个月");
  });
});

describe("gongshi diff", () => {
  it("gives the hours and money moved by a revision of a real-sized proposal", () => {
    const dir = tempDir();
    const revised = readFileSync("examples/community-elderly.yaml", "utf8")
      .replace("  - item: 探访\n    count: 400", "  - item: 探访\n    count: 450") // +50 visits: +100 h
      .replace("      item: 探访交通补贴\n      unit_price: 10\n      unit: 次\n      quantity: 400", "      item: 探访交通补贴\n      unit_price: 10\n      unit: 次\n      quantity: 450") // +500.00
      .replace("  - item: 一般社区活动\n    count: 24\n    participants: 12\n    service: 提供其他服务\n    note: 长者书法、手工兴趣活动\n", ""); // −96 h
    writeFileSync(join(dir, "v2.yaml"), revised);
    const result = gongshi(["diff", "examples/community-elderly.yaml", join(dir, "v2.yaml"), "--format", "json"]);
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.items).toEqual([
      expect.objectContaining({ item: "home-visit", change: "changed", oldCount: 400, newCount: 450, deltaHours: 100 }),
      expect.objectContaining({ item: "general-community-activity", change: "removed", oldCount: 24, newCount: 0, deltaHours: -96 }),
    ]);
    expect(diff.hours).toEqual({ old: 4587, new: 4587 + 100 - 96, delta: 4 });
    // +500.00 transport; fee 8% of it = +40.00; tax 6% of (500 + 40) = +32.40.
    expect(diff.budget.map((b: { item: string; deltaFen: number }) => [b.item, b.deltaFen])).toEqual([
      ["探访交通补贴", 50000],
      ["管理费", 4000],
      ["税费", 3240],
    ]);
    expect(diff.budgetTotal.deltaFen).toBe(50000 + 4000 + 3240);
  });

  it("names findings that appeared and went away, and writes Markdown for a pull request", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), exampleProposal({ services: "  - item: 专业咨询\n    count: 1371" }));
    writeFileSync(join(dir, "b.yaml"), exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59" }));
    const md = gongshi(["diff", join(dir, "a.yaml"), join(dir, "b.yaml"), "-f", "markdown"]).stdout;
    expect(md).toContain("| 新增 | 社区大型活动 | 0 → 1 | 0 → 60 | +60 |");
    expect(md).toContain("**服务工作量：1,371 → 1,372 小时（+1）**");
    expect(md).toContain("- 新出现 警告 社区大型活动每次 59 人，一般不少于 60 人（activity-size）");
    expect(md).toContain("- 已消除 错误 服务工作量 1371 小时低于下限 1372 小时");
    expect(md).not.toMatch(/\x1b\[/);
  });
});

describe("checking a returned workbook", () => {
  async function exported(file = "examples/station.yaml"): Promise<string> {
    const out = join(tempDir(), "budget.xlsx");
    expect(gongshi(["export", file, "-o", out]).status).toBe(0);
    return out;
  }

  async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    change(workbook);
    const out = join(tempDir(), "returned.xlsx");
    await workbook.xlsx.writeFile(out);
    return out;
  }

  function totalRowOf(workbook: ExcelJS.Workbook): number {
    const sheet = workbook.getWorksheet("服务量测算")!;
    for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(`B${r}`).value === "合计") return r;
    throw new Error("no total");
  }

  it("reports an untouched export clean", async () => {
    const result = gongshi(["check", await exported()]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("均与 gongshi 导出时一致");
  });

  it("reports a total typed over a formula, with its sheet and cell", async () => {
    let row = 0;
    const file = await edit(await exported(), (wb) => {
      row = totalRowOf(wb);
      wb.getWorksheet("服务量测算")!.getCell(`I${row}`).value = 6000;
    });
    const result = gongshi(["check", file, "--format", "json"]);
    expect(result.status).toBe(1);
    const issues = JSON.parse(result.stdout).issues;
    expect(issues).toContainEqual({ sheet: "服务量测算", address: `I${row}`, kind: "formula-replaced", message: `公式 =SUM(I2:I${row - 1}) 被改成了固定值 6000` });
    expect(issues).toContainEqual(expect.objectContaining({ sheet: "概要", address: "B15", kind: "stale-result" }));
  });

  it("reports a changed count and the results it leaves stale, each at its cell", async () => {
    const file = await edit(await exported(), (wb) => {
      wb.getWorksheet("服务量测算")!.getCell("G2").value = 301;
    });
    const issues = JSON.parse(gongshi(["check", file, "--format", "json"]).stdout).issues;
    expect(issues).toContainEqual({ sheet: "服务量测算", address: "G2", kind: "input-changed", message: "输入由 300 改成了 301" });
    expect(issues).toContainEqual(expect.objectContaining({ sheet: "服务量测算", address: "I2", kind: "stale-result", message: "存储的结果 300 与按输入重算的 301 不符" }));
  });

  it("recomputes the total in capital numerals: a changed price leaves it stale, a typed-over one is named", async () => {
    let capitalAt = "";
    const changed = await edit(await exported("examples/community-elderly.yaml"), (wb) => {
      const sheet = wb.getWorksheet("预算")!;
      sheet.eachRow((row, r) => {
        if (row.getCell(2).value === "预算总额（大写）") capitalAt = `C${r}`;
      });
      sheet.getCell("C2").value = 7500;
    });
    const issues = JSON.parse(gongshi(["check", changed, "--format", "json"]).stdout).issues;
    expect(issues).toContainEqual({
      sheet: "预算",
      address: capitalAt,
      kind: "stale-result",
      message: '存储的结果 "人民币叁拾陆万零贰佰壹拾壹元叁角贰分" 与按输入重算的 "人民币肆拾万壹仟肆佰贰拾肆元壹角贰分" 不符',
    });
    const typed = await edit(await exported("examples/community-elderly.yaml"), (wb) => {
      wb.getWorksheet("预算")!.getCell(capitalAt).value = "人民币叁拾万元整";
    });
    const typedIssues = JSON.parse(gongshi(["check", typed, "--format", "json"]).stdout).issues;
    expect(typedIssues).toContainEqual(expect.objectContaining({ sheet: "预算", address: capitalAt, kind: "formula-replaced" }));
  });

  it("reports a unit hour that no longer matches the standard", async () => {
    const file = await edit(await exported(), (wb) => {
      wb.getWorksheet("服务量测算")!.getCell("E3").value = 20;
    });
    const issues = JSON.parse(gongshi(["check", file, "--format", "json"]).stdout).issues;
    expect(issues).toContainEqual(expect.objectContaining({ address: "E3", kind: "unit-hours-changed", message: "单位工时由 16 改成了 20，与方案及参考工时表不符" }));
  });

  it("gains an 执行情况 sheet when delivery is present", async () => {
    const file = await exported("examples/delivery/community-elderly-midterm.yaml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet("执行情况")).toBeDefined();
    expect(gongshi(["check", file]).status).toBe(0);
  });

  it("refuses a workbook gongshi did not write, with exit 2", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = 1;
    const file = join(tempDir(), "other.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = gongshi(["check", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("这不是由 gongshi export 导出的工作簿");
  });

  it.skipIf(!hasLibreOffice && !process.env.CI)("reports a workbook re-saved by LibreOffice clean", async () => {
    const [again] = recalculate([await exported()]);
    expect(gongshi(["check", again!]).status).toBe(0);
  });

  // Gnumeric writes a one-cell range SUM(F13:F13) back as SUM(F13) and a text result as an index into
  // the shared strings: both once gave false alarms.
  it.skipIf(!hasGnumeric && !process.env.CI).each(["examples/community-elderly.yaml", "examples/delivery/community-elderly-midterm.yaml", "examples/social-assistance.yaml", "examples/station.yaml"])(
    "reports a workbook re-saved by Gnumeric clean (%s)",
    async (example) => {
      const result = gongshi(["check", gnumericResave(await exported(example))]);
      expect(result.stdout).toContain("均与 gongshi 导出时一致");
      expect(result.status).toBe(0);
    },
  );

  it.skipIf(!hasGnumeric && !process.env.CI)("still names a changed count in a workbook re-saved by Gnumeric", async () => {
    const file = await edit(await exported(), (wb) => {
      wb.getWorksheet("服务量测算")!.getCell("G2").value = 301;
    });
    const issues = JSON.parse(gongshi(["check", gnumericResave(file), "--format", "json"]).stdout).issues;
    expect(issues).toContainEqual({ sheet: "服务量测算", address: "G2", kind: "input-changed", message: "输入由 300 改成了 301" });
  });
});
