import { describe, expect, it } from "vitest";
import { analyseText, proposalText } from "./helpers.js";

/** Total hours of a proposal with these services, as an exact string. */
function totalOf(services: string, options: Parameters<typeof proposalText>[1] = {}): string {
  return analyseText(proposalText(services, options)).workload.total.toExactString();
}

function linesOf(services: string) {
  return analyseText(proposalText(services)).workload.lines;
}

describe("each table item and variant", () => {
  // count × the guideline's hours, worked out by hand from 第四部分（二）.
  it.each([
    ["专业咨询", "", 5, 5 * 1],
    ["接案", "", 3, 3 * 16],
    ["个案服务", "", 7, 7 * 8],
    ["结案/转介评估", "", 3, 3 * 4],
    ["转介", "    escort: false\n", 2, 2 * 8],
    ["转介", "    escort: true\n", 2, 2 * 12],
    ["小组准备工作", "", 2, 2 * 20],
    ["小组活动", "", 9, 9 * 12],
    ["小组中期评估", "", 2, 2 * 4],
    ["小组结案评估", "", 2, 2 * 4],
    ["探访", "", 11, 11 * 2],
    ["居民家庭需求评估与建档", "", 13, 13 * 2],
    ["社区大型活动", "", 2, 2 * 60],
    ["社区中小型活动", "", 3, 3 * 20],
    ["一般社区活动", "", 4, 4 * 4],
    ["社区调研", "", 1, 160],
    ["社区资源调查", "", 1, 80],
    ["组织培育（主题工作坊）", "    delivery: 自行组织\n", 3, 3 * 20],
    ["组织培育（主题工作坊）", "    delivery: 外聘专家\n", 3, 3 * 8],
    ["组织培育（咨询）", "", 6, 6 * 1],
    ["志愿者增能（主题工作坊）", "    delivery: 自行组织\n", 2, 2 * 20],
    ["志愿者增能（主题工作坊）", "    delivery: 外聘专家\n", 2, 2 * 8],
    ["专题培训/讲座", "    delivery: 自行组织\n", 4, 4 * 20],
    ["专题培训/讲座", "    delivery: 外聘专家\n", 4, 4 * 8],
    ["人员招募甄选", "    hours: 6.5\n    justification: 面谈 13 人，每人 0.5 小时\n", 2, 2 * 6.5],
    ["计划、制度、机制等文案起草", "", 5, 5 * 12],
    ["募款等其它活动", "    hours: 40\n    justification: 一次义卖\n", 1, 40],
  ])("%s %s× %i = %s h", (item, extra, count, expected) => {
    expect(totalOf(`  - item: ${item}\n    count: ${count}\n${extra}`)).toBe(String(expected));
  });

  it("finds items by code, alias and half-width punctuation", () => {
    expect(totalOf("  - item: case-intake\n    count: 1")).toBe("16");
    expect(totalOf("  - item: 讲座\n    count: 1\n    delivery: 外聘专家")).toBe("8");
    expect(totalOf("  - item: 组织培育(主题工作坊)\n    count: 1\n    delivery: 自行组织")).toBe("20");
  });

  it("follows a two-rate item with like only at the rate it names, as item: does (讲座 is 20 h or 8 h, never silently the first)", () => {
    expect(() => analyseText(proposalText("  - custom: 健康讲座\n    count: 2\n    like: 讲座"))).toThrow(/like: 专题培训\/讲座: 专题培训\/讲座 has two rates/);
    expect(totalOf("  - custom: 健康讲座\n    count: 2\n    like: 讲座\n    delivery: 外聘专家")).toBe(String(2 * 8));
    expect(totalOf("  - custom: 陪同就医\n    count: 3\n    like: 转介\n    escort: true")).toBe(String(3 * 12));
    // like and hours together would leave one of them unused: refused at the line (Files from strangers, 12).
    expect(() => analyseText(proposalText("  - custom: 健康讲座\n    count: 2\n    like: 讲座\n    hours: 10"))).toThrow(/give like or hours, not both/);
  });

  it("refuses 社区活动 alone: 大型 (60 h) or 中小型 (20 h), never silently 20 h", () => {
    expect(() => analyseText(proposalText("  - item: 社区活动\n    count: 1"))).toThrow(/could mean 社区大型活动 \(large-community-event, 60 h\) or 社区中小型活动 \(community-activity, 20 h\)/);
    expect(() => analyseText(proposalText("  - custom: 长者生日会\n    count: 1\n    like: 社区活动"))).toThrow(/could mean/);
  });

  it("follows a table item for hours with like, and marks the line for the evaluator", () => {
    const result = analyseText(proposalText("  - custom: 长者生日会\n    count: 12\n    like: 社区中小型活动"));
    expect(result.workload.total.toExactString()).toBe(String(12 * 20));
    expect(result.workload.lines[0]!.hoursSource).toBe("like");
    expect(result.findings.map((f) => f.ruleId)).toContain("hours-by-proposal");
  });
});

describe("composite items", () => {
  it("excludes sub-steps the proposal names: 社区调研（不含调研准备）= 160 − 30", () => {
    expect(totalOf("  - item: 社区调研\n    count: 1\n    exclude: [调研准备]")).toBe(String(160 - 30));
  });

  it("excludes only what it names: 地图绘制 lies inside the 30 h report step, which the table does not split, so 80 − 20", () => {
    const services = "  - item: 社区资源调查\n    count: 1\n    exclude: [地图绘制, 文献查阅]";
    expect(totalOf(services)).toBe(String(80 - 20));
    const [line] = linesOf(services);
    expect(line!.details.join("；")).toContain("不含地图绘制：表中未单列其工时，社区资源调查报告撰写仍按 30 小时计");
    expect(line!.interpretations).toContain("parts-not-split");
  });

  it("excludes the whole report step when that is what it names: 80 − 30 − 20", () => {
    expect(totalOf("  - item: 社区资源调查\n    count: 1\n    exclude: [社区资源调查报告撰写, 文献查阅]")).toBe(String(80 - 30 - 20));
  });

  it("refuses excluding every sub-step", () => {
    expect(() => analyseText(proposalText("  - item: 社区资源调查\n    count: 1\n    exclude: [社区走访, 文献查阅, 报告撰写]"))).toThrow(/cannot exclude every sub-step/);
  });
});

describe("survey scaling", () => {
  it("scales 社区调研 by samples / 100: 250 samples = 2.5 × 160", () => {
    expect(totalOf("  - item: 社区调研\n    count: 1\n    samples: 250")).toBe(String(2.5 * 160));
  });

  it("scales per survey: 2 surveys of 150 samples = 2 × 1.5 × 160", () => {
    expect(totalOf("  - item: 社区调研\n    count: 2\n    samples: 150")).toBe(String(2 * 1.5 * 160));
  });

  it("scales after exclusions: 300 samples without 调研准备 = 3 × 130", () => {
    expect(totalOf("  - item: 社区调研\n    count: 1\n    samples: 300\n    exclude: [调研准备]")).toBe(String(3 * 130));
  });

  it("scales 社区资源调查 by households / 3000, exactly even in thirds", () => {
    expect(totalOf("  - item: 社区资源调查\n    count: 1\n    households: 4500")).toBe(String(1.5 * 80));
    expect(totalOf("  - item: 社区资源调查\n    count: 1\n    households: 2000")).toBe("160/3");
  });

  it("counts one unit per community when households are not given", () => {
    expect(totalOf("  - item: 社区资源调查\n    count: 3")).toBe(String(3 * 80));
  });
});

describe("the overlap of 社区调研 and 社区资源调查", () => {
  it("does not count 社区走访 again for the same community", () => {
    const services = [
      "  - item: 社区调研\n    count: 1\n    community: 金鸡湖社区",
      "  - item: 社区资源调查\n    count: 1\n    community: 金鸡湖社区",
    ].join("\n");
    expect(totalOf(services)).toBe(String(160 + (80 - 30)));
    const resource = linesOf(services)[1]!;
    expect(resource.details.join()).toContain("不含社区走访");
    expect(resource.interpretations).toContain("overlap");
  });

  it("counts it for a different community", () => {
    const services = [
      "  - item: 社区调研\n    count: 1\n    community: 金鸡湖社区",
      "  - item: 社区资源调查\n    count: 1\n    community: 湖东社区",
    ].join("\n");
    expect(totalOf(services)).toBe(String(160 + 80));
  });

  it("treats entries that name no community as the project's own area", () => {
    const services = "  - item: 社区调研\n    count: 1\n  - item: 社区资源调查\n    count: 1";
    expect(totalOf(services)).toBe(String(160 + 50));
  });

  it("is per community: one survey of one of three communities leaves 社区走访 out once (160 + 50 + 2 × 80)", () => {
    const services = [
      "  - item: 社区调研\n    count: 1\n    community: 金鸡湖社区",
      "  - item: 社区资源调查\n    count: 3\n    community: [金鸡湖社区, 湖东社区, 湖西社区]",
    ].join("\n");
    expect(totalOf(services)).toBe(String(160 + 50 + 2 * 80));
    const resource = linesOf(services).slice(1);
    expect(resource.map((l) => [l.count, l.unitHours.toExactString()])).toEqual([
      [1, "50"],
      [2, "80"],
    ]);
    expect(resource[0]!.details.join()).toContain("金鸡湖社区：与同一社区的社区调研结合进行");
  });

  it("is once for the project's own area when no community is named, however many units the line has", () => {
    expect(totalOf("  - item: 社区调研\n    count: 1\n  - item: 社区资源调查\n    count: 3")).toBe(String(160 + 50 + 2 * 80));
    expect(totalOf("  - item: 社区调研\n    count: 1\n  - item: 社区资源调查\n    count: 1\n  - item: 社区资源调查\n    count: 1")).toBe(String(160 + 50 + 80));
  });

  it("follows a survey that covers several communities (第五节 2: 以相邻的多个社区统筹进行)", () => {
    const services = "  - item: 社区调研\n    count: 1\n    community: [金鸡湖社区, 湖东社区]\n  - item: 社区资源调查\n    count: 2\n    community: [金鸡湖社区, 湖东社区]";
    expect(totalOf(services)).toBe(String(160 + 2 * 50));
  });

  it("refuses a list of communities that is not the count of a per-community item, or names one twice", () => {
    expect(() => analyseText(proposalText("  - item: 社区资源调查\n    count: 3\n    community: [金鸡湖社区, 湖东社区]"))).toThrow(/count is 3 but 2 communities are listed/);
    expect(() => analyseText(proposalText("  - item: 社区调研\n    count: 1\n    community: [金鸡湖社区, 金鸡湖社区]"))).toThrow(/listed twice/);
  });

  it("applies with households scaling: 6000 households without the visit = 2 × 50", () => {
    const services = "  - item: 社区调研\n    count: 1\n  - item: 社区资源调查\n    count: 1\n    households: 6000";
    expect(totalOf(services)).toBe(String(160 + 2 * 50));
  });

  it("does not apply when the survey has a count of 0", () => {
    const services = "  - item: 社区调研\n    count: 0\n  - item: 社区资源调查\n    count: 1";
    expect(totalOf(services)).toBe("80");
  });
});

describe("bundles", () => {
  it("expands a group of N sessions: 准备 + N × 活动 + 中期 + 结案, per group", () => {
    const lines = linesOf("  - bundle: 小组\n    count: 3\n    sessions: 6");
    expect(lines.map((l) => [l.itemCode, l.count, l.hours.toExactString()])).toEqual([
      ["group-preparation", 3, String(3 * 20)],
      ["group-session", 18, String(18 * 12)],
      ["group-midterm-evaluation", 3, String(3 * 4)],
      ["group-final-evaluation", 3, String(3 * 4)],
    ]);
    expect(totalOf("  - bundle: 小组\n    count: 3\n    sessions: 6")).toBe(String(3 * (20 + 6 * 12 + 4 + 4)));
  });

  it("expands a case of N sessions: 接案 + N × 个案服务 + 结案/转介评估, per case", () => {
    const lines = linesOf("  - bundle: case\n    count: 10\n    sessions: 5");
    expect(lines.map((l) => [l.itemCode, l.count])).toEqual([
      ["case-intake", 10],
      ["case-session", 50],
      ["case-closing", 10],
    ]);
    expect(totalOf("  - bundle: case\n    count: 10\n    sessions: 5")).toBe(String(10 * (16 + 5 * 8 + 4)));
  });

  it("takes 个案管理 as a case, as 第三节 4 says (可参考工时 同“个案工作”), as a bundle or an item with sessions", () => {
    const expected = String(4 * (16 + 6 * 8 + 4));
    expect(totalOf("  - bundle: 个案管理\n    count: 4\n    sessions: 6")).toBe(expected);
    expect(totalOf("  - item: 个案管理\n    count: 4\n    sessions: 6")).toBe(expected);
    expect(() => analyseText(proposalText("  - item: 个案管理\n    count: 4"))).toThrow(/“个案管理” is a whole case \(a bundle\): give sessions per case/);
  });

  it("requires the number of sessions", () => {
    expect(() => analyseText(proposalText("  - bundle: 个案\n    count: 2"))).toThrow(/needs sessions/);
  });
});

describe("bounds", () => {
  function bounds(staff: string, project: string) {
    const text = `project:\n  name: 测试\n${project}\nstaff:\n${staff}\nservices:\n  - item: 探访\n    count: 1\n`;
    const { workload } = analyseText(text);
    return [workload.bounds.floor.toExactString(), workload.bounds.ceiling.toExactString()];
  }

  it("is FTE × 1372 … FTE × 1960 for a year", () => {
    expect(bounds("  fte: 3", "  months: 12")).toEqual([String(3 * 1372), String(3 * 1960)]);
  });

  it("counts part-time staff as fractions: 1 + 1 + 0.5 = 2.5 FTE", () => {
    const staff = "  members:\n    - name: 甲\n    - name: 乙\n      fte: 1\n    - name: 丙\n      fte: 0.5";
    expect(bounds(staff, "  months: 12")).toEqual([String(2.5 * 1372), String(2.5 * 1960)]);
  });

  it("takes fte over the members' sum when both are given", () => {
    const staff = "  fte: 2\n  members:\n    - name: 甲\n    - name: 乙\n    - name: 丙";
    expect(bounds(staff, "  months: 12")).toEqual([String(2 * 1372), String(2 * 1960)]);
  });

  it("scales a 6-month project by 6/12", () => {
    expect(bounds("  fte: 2", "  months: 6")).toEqual([String((2 * 1372 * 6) / 12), String((2 * 1960 * 6) / 12)]);
  });

  it("counts a period of whole months", () => {
    expect(bounds("  fte: 1", "  period:\n    start: 2026-07-01\n    end: 2026-12-31")).toEqual([String(1372 / 2), String(1960 / 2)]);
    expect(bounds("  fte: 1", "  period:\n    start: 2026-03-15\n    end: 2027-03-14")).toEqual(["1372", "1960"]);
  });

  it("refuses a period that is not whole months", () => {
    expect(() => bounds("  fte: 1", "  period:\n    start: 2026-01-01\n    end: 2026-12-30")).toThrow(/not a whole number of months/);
  });

  it("uses 1944 / 1360.8 with 13 public holidays", () => {
    expect(bounds("  fte: 2", "  months: 12\n  public_holidays: 13")).toEqual([String(2 * 1360.8), String(2 * 1944)]);
  });

  it("refuses a holiday count the standard does not list", () => {
    expect(() => bounds("  fte: 2", "  months: 12\n  public_holidays: 12")).toThrow(/12 public holidays is not an option/);
  });

  it("keeps fractional FTE over a partial year exact: 0.75 FTE × 1360.8 × 7/12", () => {
    const [floor, ceiling] = bounds("  fte: 0.75", "  months: 7\n  public_holidays: 13");
    // 1360.8 × 0.75 = 1020.6; × 7 / 12 = 595.35. 1944 × 0.75 = 1458; × 7 / 12 = 850.5.
    expect(floor).toBe("595.35");
    expect(ceiling).toBe("850.5");
  });
});

describe("where the total stands", () => {
  it("is below the floor at 1 h under, within at exactly the floor and ceiling, above at 1 h over", () => {
    const at = (count: number) => analyseText(proposalText(`  - item: 专业咨询\n    count: ${count}`)).workload.position;
    expect(at(1371)).toBe("below");
    expect(at(1372)).toBe("within");
    expect(at(1960)).toBe("within");
    expect(at(1961)).toBe("above");
  });
});
