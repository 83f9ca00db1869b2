import { describe, expect, it } from "vitest";
import { gongshi } from "./helpers.js";

/**
 * Each example's total worked out by hand from the table (苏政民社〔2016〕2号 四（二）),
 * line by line, so that a change in the calculation shows here as a wrong sum.
 */
const EXPECTED = {
  "examples/community-elderly.yaml": {
    total:
      120 * 1 + // 专业咨询
      24 * 16 + 24 * 6 * 8 + 24 * 4 + // 个案 24 案 × 6 节：接案、个案服务、结案
      6 * 8 + // 转介 无需陪同
      4 * 12 + // 转介 需陪同
      6 * 20 + 6 * 6 * 12 + 6 * 4 + 6 * 4 + // 小组 6 个 × 6 节：准备、活动、中期、结案
      400 * 2 + // 探访
      150 * 2 + // 居民家庭需求评估与建档
      2 * 60 + // 社区大型活动
      12 * 20 + // 社区中小型活动
      24 * 4 + // 一般社区活动
      (200 / 100) * 160 + // 社区调研 200 样本
      (4500 / 3000) * (20 + 30) + // 社区资源调查 4500 户，社区走访随调研不另计
      4 * 20 + // 志愿者增能 自行组织
      6 * 8 + // 讲座 外聘专家
      3 * 12 + // 文案起草
      24, // 人员招募甄选，方案自定
    floor: 3 * 1372,
    ceiling: 3 * 1960,
    // Direct: 人员 6500×36 + 800×12; 督导 (36×1 + 10×2.5) h × 250; 活动 150×36 + 1500×12 + 8000×2 + 800×6; 宣传 2×2000; 交通 10×400; 办公 300×12
    direct: 6500 * 36 + 800 * 12 + (36 * 1 + 10 * 2.5) * 250 + 150 * 36 + 1500 * 12 + 8000 * 2 + 800 * 6 + 2 * 2000 + 10 * 400 + 300 * 12,
    fee: 25172, // 314,650 × 8%
    tax: 20389.32, // (314,650 + 25,172) × 6%
  },
  "examples/social-assistance.yaml": {
    total:
      200 * 2 + // 居民家庭需求评估与建档
      600 * 2 + // 探访
      150 * 1 + // 专业咨询
      15 * 16 + 15 * 6 * 8 + 15 * 4 + // 个案 15 案 × 6 节
      8 * 12 + // 转介 需陪同
      3 * 20 + 3 * 6 * 12 + 3 * 4 + 3 * 4 + // 小组 3 个 × 6 节
      4 * 20 + // 讲座 自行组织
      6 * 20 + // 社区中小型活动
      1 * 60 + // 社区大型活动
      2 * 12 + // 文案起草
      40, // 募款，方案自定（宣传手册的编印是间接服务，不计：四（一）2）
    floor: 2.5 * 1372,
    ceiling: 2.5 * 1960,
    direct: 6000 * 24 + 3000 * 12 + (24 * 1.5 + 12 * 3) * 200 + 120 * 18 + 500 * 4 + 1200 * 6 + 6000 + 8 * 1000 + 10 * 600,
    fee: 13545.6, // 225,760 × 6%
    tax: 7179.17, // (225,760 + 13,545.60) × 3% = 7,179.168
  },
  "examples/station.yaml": {
    total:
      300 * 1 + // 专业咨询
      30 * 16 + 30 * 6 * 8 + 30 * 4 + // 个案 30 案 × 6 节
      10 * 8 + // 转介 无需陪同
      6 * 20 + 6 * 8 * 12 + 6 * 4 + 6 * 4 + // 小组 6 个 × 8 节
      700 * 2 + // 探访
      4 * 60 + // 社区大型活动
      12 * 20 + // 社区中小型活动
      36 * 4 + // 一般社区活动
      6 * 8 + // 组织培育工作坊 外聘专家
      24 * 1 + // 组织培育咨询
      6 * 20 + // 志愿者增能 自行组织
      (300 / 100) * (160 - 30) + // 社区调研 300 样本，不含调研准备
      4 * 12, // 文案起草
    // 13 public holidays: (365 − 13 − 104 − 5) × 8 = 1944, × 70% = 1360.8
    floor: 4 * 1360.8,
    ceiling: 4 * 1944,
    direct: 5800 * 48 + 1000 * 12 + (12 * 4 + 16 * 2) * 300 + 10000 * 4 + 1500 * 12 + 200 * 36 + 150 * 48 + 1000 * 6 + 5000 + 500 * 12,
    fee: 40380, // 403,800 × 10%
    tax: 26650.8, // (403,800 + 40,380) × 6%
  },
};

describe.each(Object.entries(EXPECTED))("%s", (file, expected) => {
  it("totals what the table gives, line by line, and sits within the bounds", () => {
    const result = gongshi(["check", file, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.total.hours).toBe(expected.total);
    expect(report.bounds.floor.hours).toBeCloseTo(expected.floor, 6);
    expect(report.bounds.ceiling.hours).toBe(expected.ceiling);
    expect(report.bounds.position).toBe("within");
    expect(report.summary.error).toBe(0);
    const sum = report.lines.reduce((s: number, l: { subtotal: { hours: number } }) => s + l.subtotal.hours, 0);
    expect(sum).toBe(expected.total);
  });

  it("prices its budget to the fen: direct costs, fee, tax, total and cost per service hour", () => {
    const report = JSON.parse(gongshi(["check", file, "--format", "json"]).stdout);
    const fen = (yuan: number) => Math.round(yuan * 100);
    expect(report.budget.direct.fen).toBe(fen(expected.direct));
    expect(report.budget.managementFee.fen).toBe(fen(expected.fee));
    expect(report.budget.tax.fen).toBe(fen(expected.tax));
    const total = fen(expected.direct) + fen(expected.fee) + fen(expected.tax);
    expect(report.budget.total.fen).toBe(total);
    expect(report.budget.costPerServiceHour.fen).toBe(Math.round(total / expected.total));
  });

  it("prints its table and verdict", () => {
    const result = gongshi(["check", file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("合计");
    expect(result.stdout).toContain("在区间内");
    expect(result.stdout).toContain(expected.total.toLocaleString("en-US"));
    expect(result.stdout).not.toMatch(/\x1b\[/); // no colour when not a terminal
  });
});

it("the examples are realistic Jiangsu projects: 2–5 FTE, 12 months, tens of cases, a handful of groups", () => {
  for (const file of Object.keys(EXPECTED)) {
    const report = JSON.parse(gongshi(["check", file, "--format", "json"]).stdout);
    expect(report.staff.fte).toBeGreaterThanOrEqual(2);
    expect(report.staff.fte).toBeLessThanOrEqual(5);
    expect(report.project.months).toBe(12);
    const count = (code: string) => report.lines.filter((l: { item: string }) => l.item === code).reduce((s: number, l: { count: number }) => s + l.count, 0);
    expect(count("case-intake")).toBeGreaterThanOrEqual(10);
    expect(count("group-preparation")).toBeGreaterThanOrEqual(3);
    expect(count("community-activity") + count("large-community-event")).toBeGreaterThanOrEqual(6);
  }
});
