import { describe, expect, it } from "vitest";
import { lineTotal, percentOf, roundToFen } from "../src/budget/calculate.js";
import { capitalAmount, formatYuan, MAX_AMOUNT_FEN, yuanToFen } from "../src/exact/money.js";
import { Rational } from "../src/exact/rational.js";
import { exampleBudget, exampleProposal, exampleSupervision } from "../src/rules/examples.js";
import { analyseText, gongshi, tempFile } from "./helpers.js";

describe("money in fen", () => {
  it("reads yuan with two decimals exactly and prints them back", () => {
    expect(yuanToFen(0.01)).toBe(1);
    expect(yuanToFen(0.1) + yuanToFen(0.2)).toBe(yuanToFen(0.3));
    expect(yuanToFen(6500)).toBe(650000);
    expect(yuanToFen(199.99)).toBe(19999);
    expect(formatYuan(1)).toBe("0.01");
    expect(formatYuan(123456789, { group: true })).toBe("1,234,567.89");
    expect(formatYuan(-5)).toBe("-0.05");
    expect(() => yuanToFen(0.001)).toThrow();
  });

  it("rounds a line to the fen, half away from zero", () => {
    expect(lineTotal(1005, Rational.fromDecimal(0.5))).toBe(503); // 10.05 × 0.5 = 5.025 → 5.03
    expect(lineTotal(1, Rational.of(1))).toBe(1); // a line of 0.01 元
    expect(lineTotal(333, Rational.of(1, 3))).toBe(111);
    expect(roundToFen(Rational.of(-5, 2))).toBe(-3);
  });

  it("rounds a percentage to the fen", () => {
    expect(percentOf(33333, Rational.of(6))).toBe(2000); // 333.33 × 6% = 19.9998 → 20.00
    expect(percentOf(12345, Rational.fromDecimal(6.5))).toBe(802); // 123.45 × 6.5% = 8.02425 → 8.02
    expect(percentOf(1, Rational.of(50))).toBe(1); // 0.005 → 0.01
  });
});

describe("the budget of a proposal", () => {
  const text = (budget: string, extra = "") => exampleProposal({ extra: `${extra}${budget}` });

  it("prices lines, subtotals categories, applies the fee to direct costs and the tax to direct + fee", () => {
    const { budget } = analyseText(text(exampleBudget({ personnel: 60000, activities: 30000.01, fee: 8, tax: 6 })));
    expect(budget!.categories.map((c) => [c.category, c.total])).toEqual([
      ["人员经费", 6_000_000],
      ["活动经费", 3_000_001],
    ]);
    expect(budget!.direct).toBe(9_000_001);
    // 90,000.01 × 8% = 7,200.0008 → 7,200.00
    expect(budget!.managementFee).toBe(720_000);
    // (90,000.01 + 7,200.00) × 6% = 5,832.0006 → 5,832.00
    expect(budget!.tax).toBe(583_200);
    expect(budget!.total).toBe(9_000_001 + 720_000 + 583_200);
    // 1372 h of work: 103,032.01 / 1372 = 75.096… → 75.10
    expect(budget!.costPerServiceHour).toBe(7510);
  });

  it("adds supervision as a 督导费 line of its own and never to the workload", () => {
    const supervision = exampleSupervision({ rate: 200 }, "\n  sessions:\n    - type: 个别\n      count: 10\n      hours: 1.5\n    - type: 团体\n      count: 4\n      hours: 3\n      supervisees: 4\n");
    const result = analyseText(text(exampleBudget(), supervision));
    expect(result.supervisionCost!.hours.toExactString()).toBe(String(10 * 1.5 + 4 * 3));
    expect(result.supervisionCost!.cost).toBe((10 * 1.5 + 4 * 3) * 200 * 100);
    const category = result.budget!.categories.find((c) => c.category === "督导费")!;
    expect(category.lines.map((l) => [l.item, l.total])).toEqual([
      ["个别督导（王督导）", 300_000],
      ["团体督导（王督导）", 240_000],
    ]);
    expect(result.workload.total.toExactString()).toBe("1372");
    expect(result.budget!.categories.map((c) => c.category)).toEqual(["人员经费", "督导费", "活动经费"]);
  });

  it("shows each supervision line against the cap of the supervisor's tier", () => {
    const supervision = exampleSupervision({ years: 12, rate: 260 }, "\n  sessions:\n    - type: 个别\n      count: 2\n      hours: 2\n");
    const { supervisionCost, findings } = analyseText(text(exampleBudget(), supervision));
    expect(supervisionCost!.lines[0]).toMatchObject({ cost: 4 * 26000, cap: 25000, capCost: 4 * 25000, capLabel: "本土督导（专业服务年限 10 年以上）" });
    expect(findings.map((f) => f.ruleId)).toContain("supervision-rate-cap");
  });

  it("refuses lines in the categories gongshi computes", () => {
    expect(() =>
      analyseText(text("budget:\n  lines:\n    - category: 管理费\n      item: 管理费\n      unit_price: 100\n      unit: 项\n      quantity: 1")),
    ).toThrow(/management fee and tax from their percentages/);
  });
});

describe("money at real scale", () => {
  const text = (budget: string, extra = "") => exampleProposal({ extra: `${extra}${budget}` });

  it("takes ¥100,000,000 on one line and in total, exact to the fen", () => {
    const { budget } = analyseText(text(exampleBudget({ personnel: 99_999_999.99, activities: 0.01, fee: 10, tax: 6, limits: "    ceiling: 100000000" })));
    expect(budget!.direct).toBe(10_000_000_000); // ¥100,000,000.00 in fen
    expect(budget!.managementFee).toBe(1_000_000_000);
    expect(budget!.tax).toBe(660_000_000); // 6 % of 110,000,000.00
    expect(budget!.total).toBe(11_660_000_000);
    expect(budget!.limitChecks.ceiling).toMatchObject({ ok: false, excess: 1_660_000_000 });
  });

  it("keeps every total far below 2^53 fen: each line and the direct costs are at most ¥1,000,000,000", () => {
    // Fee and tax are each at most 100 %: the total is at most 4 × the direct costs.
    expect(4 * MAX_AMOUNT_FEN).toBeLessThan(Number.MAX_SAFE_INTEGER / 20_000);
    const { budget } = analyseText(text(exampleBudget({ personnel: 999_999_999.99, activities: 0.01, fee: 100, tax: 100 })));
    expect(budget!.total).toBe(4 * MAX_AMOUNT_FEN);
    expect(Number.isSafeInteger(budget!.total)).toBe(true);
  });

  it("refuses a line or a budget beyond ¥1,000,000,000, at its position", () => {
    const tooMuch = text(exampleBudget({ personnel: 600_000_000, activities: 500_000_000 }));
    const result = gongshi(["check", tempFile(tooMuch)]);
    expect(result.status).toBe(2);
    const line = tooMuch.split("\n").findIndex((l) => l === "  lines:") + 1;
    expect(result.stderr).toContain(`:${line}:3  错误  直接费用（各行与督导费之和）超过 ¥1,000,000,000.00`);
    const oneLine = text(exampleBudget({ personnel: 1_000_000, activities: 1 }).replace("      quantity: 1\n    - category: 活动经费", "      quantity: 1001\n    - category: 活动经费"));
    const lineResult = gongshi(["check", tempFile(oneLine)]);
    expect(lineResult.status).toBe(2);
    expect(lineResult.stderr).toContain("这一行的总额（单价 × 数量）超过 ¥1,000,000,000.00");
  });
});

describe("amounts in Chinese capital numerals", () => {
  it("writes them as a financial document does: one 零 for a run of zeros, 整 after 元 or 角, 零 before 分", () => {
    const cases: [number, string][] = [
      [0, "人民币零元整"],
      [5, "人民币伍分"],
      [30, "人民币叁角整"],
      [1002, "人民币壹拾元零贰分"],
      [168032, "人民币壹仟陆佰捌拾元叁角贰分"],
      [1640902, "人民币壹万陆仟肆佰零玖元零贰分"],
      [10050000, "人民币壹拾万零伍佰元整"],
      [10700053, "人民币壹拾万柒仟元伍角叁分"], // the rule's own example, both optional 零 left out
      [10000100000, "人民币壹亿壹仟元整"],
      [105000000, "人民币壹佰零伍万元整"],
      [10000000100, "人民币壹亿零壹元整"],
      [100000000000, "人民币壹拾亿元整"],
      [36021132, "人民币叁拾陆万零贰佰壹拾壹元叁角贰分"],
      [20001010, "人民币贰拾万零壹拾元壹角整"],
      [-1250, "人民币负壹拾贰元伍角整"],
    ];
    for (const [fen, words] of cases) expect([fen, capitalAmount(fen)]).toEqual([fen, words]);
    expect(() => capitalAmount(1e14)).toThrow(RangeError);
  });
});

describe("budget rules at their boundaries", () => {
  const findings = (budget: string) => analyseText(exampleProposal({ extra: budget })).findings.map((f) => f.ruleId);

  it("budget-ceiling: a total equal to the ceiling passes, one fen over fails", () => {
    expect(findings(exampleBudget({ limits: "    ceiling: 90000" }))).not.toContain("budget-ceiling");
    expect(findings(exampleBudget({ limits: "    ceiling: 89999.99" }))).toContain("budget-ceiling");
  });

  it("management-fee-cap: a fee of exactly the maximum share passes, above fails", () => {
    // Fee 10% of 90,000 = 9,000 of a total of 99,000; with max 9.09% it is 9.0909…% > 9.09%.
    expect(findings(exampleBudget({ fee: 10, limits: "    max_management_fee_percent: 10" }))).not.toContain("management-fee-cap");
    expect(findings(exampleBudget({ fee: 10, limits: "    max_management_fee_percent: 9.09" }))).toContain("management-fee-cap");
    // 100,000 direct with a 25% fee: 25,000 of 125,000 is exactly 20%.
    expect(findings(exampleBudget({ personnel: 60000, activities: 40000, fee: 25, limits: "    max_management_fee_percent: 20" }))).not.toContain("management-fee-cap");
  });

  it("personnel-share-minimum: exactly the minimum passes, one fen under fails", () => {
    expect(findings(exampleBudget({ personnel: 60000, activities: 40000, limits: "    min_personnel_percent: 60" }))).not.toContain("personnel-share-minimum");
    expect(findings(exampleBudget({ personnel: 59999.99, activities: 40000.01, limits: "    min_personnel_percent: 60" }))).toContain("personnel-share-minimum");
  });
});
