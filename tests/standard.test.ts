import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/source/problem.js";
import { loadStandard, STANDARDS_DIR } from "../src/standard/load.js";
import { annualHoursFor } from "../src/standard/model.js";
import { tempDir } from "./helpers.js";

const standard = loadStandard("suzhou-2016");

/** 苏政民社〔2016〕2号 第四部分（二）, typed here from the guideline's table, not from the data file. */
const TABLE: [no: number, name: string, hours: number | string, unit: string][] = [
  [1, "专业咨询", 1, "次"],
  [2, "接案", 16, "案"],
  [3, "个案服务", 8, "节"],
  [4, "结案/转介评估", 4, "案"],
  [5, "转介", "无需陪同 8 / 需陪同 12", "案"],
  [6, "小组准备工作", 20, "小组"],
  [7, "小组活动", 12, "节"],
  [8, "小组中期评估", 4, "小组"],
  [9, "小组结案评估", 4, "小组"],
  [10, "探访", 2, "次"],
  [11, "居民家庭需求评估与建档", 2, "户"],
  [12, "社区大型活动", 60, "次"],
  [13, "社区中小型活动", 20, "次"],
  [14, "一般社区活动", 4, "次"],
  [15, "社区调研", 160, "调研"],
  [16, "社区资源调查", 80, "社区"],
  [17, "组织培育（主题工作坊）", "自行组织开展 20 / 外聘专家讲解 8", "次"],
  [18, "组织培育（咨询）", 1, "次"],
  [19, "志愿者增能（主题工作坊）", "自行组织开展 20 / 外聘专家讲解 8", "次"],
  [20, "专题培训/讲座", "自行组织开展 20 / 外聘专家讲解 8", "次"],
  [21, "人员招募甄选", "根据实际情况计算", "项"],
  [22, "计划、制度、机制等文案起草", 12, "项"],
  [23, "募款等其它活动", "根据实际情况计算", "项"],
];

describe("the Suzhou 2016 table as data", () => {
  it("has all 23 items of 第四部分（二）, in order, with distinct stable codes", () => {
    expect(standard.items.map((i) => i.no)).toEqual(TABLE.map((row) => row[0]));
    expect(new Set(standard.items.map((i) => i.code)).size).toBe(23);
    for (const item of standard.items) expect(item.code).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it.each(TABLE)("item %i %s has the guideline's hours and unit", (no, name, hours, unit) => {
    const item = standard.items.find((i) => i.no === no)!;
    expect(item.name).toBe(name);
    expect(item.unit).toBe(unit);
    expect(item.clause).toContain(`四（二）${no}`);
    const shown = item.variants
      ? item.variants.options.map((o) => `${o.name} ${o.hours.toExactString()}`).join(" / ")
      : item.hours
        ? Number(item.hours.toExactString())
        : item.hoursRule;
    expect(shown).toBe(hours);
  });

  it("cites each item's clause as the text numbers it: 专业咨询's hours are 第一节（一）3, not 第一节 3", () => {
    expect(standard.items.find((i) => i.code === "consultation")!.clause).toBe("四（二）1；第一节（一）3");
  });

  it("keeps 地图绘制 inside the 30 h report step of 社区资源调查, not a name of the step", () => {
    const report = standard.items.find((i) => i.code === "community-resource-survey")!.substeps!.find((s) => s.code === "report")!;
    expect(report.includes).toEqual(["地图绘制"]);
    expect(report.aliases).not.toContain("地图绘制");
  });

  it("names 社区活动 as ambiguous between 社区大型活动 and 社区中小型活动, and as neither's alias", () => {
    expect(standard.ambiguousNames.map((a) => [a.name, a.items.map((i) => i.code)])).toEqual([["社区活动", ["large-community-event", "community-activity"]]]);
    for (const item of standard.items) expect(item.aliases).not.toContain("社区活动");
  });

  it("splits 社区调研 into its five sub-steps, 30 + 80 + 10 + 10 + 30", () => {
    const survey = standard.items.find((i) => i.code === "community-survey")!;
    expect(survey.substeps!.map((s) => [s.name, Number(s.hours.toExactString())])).toEqual([
      ["调研准备", 30],
      ["搜集资料", 80],
      ["数据整理", 10],
      ["数据分析", 10],
      ["调研报告撰写", 30],
    ]);
    expect(survey.scale).toMatchObject({ by: "samples", per: 100 });
  });

  it("splits 社区资源调查 into 社区走访 30 + 文献查阅 20 + 报告撰写 30, the visit overlapping the survey", () => {
    const resource = standard.items.find((i) => i.code === "community-resource-survey")!;
    expect(resource.substeps!.map((s) => [s.name, Number(s.hours.toExactString()), s.notCountedWith ?? null])).toEqual([
      ["社区走访", 30, "community-survey"],
      ["文献查阅", 20, null],
      ["社区资源调查报告撰写", 30, null],
    ]);
    expect(resource.scale).toMatchObject({ by: "households", per: 3000 });
  });

  it("derives 1960 and 1372 from the parameters of 四（一）1、2", () => {
    const a = annualHoursFor(standard.annualHours);
    expect(a.publicHolidays).toBe(11);
    expect(a.workingDays).toBe(365 - 11 - 104 - 5);
    expect(a.annual.toExactString()).toBe("1960");
    expect(a.direct.toExactString()).toBe("1372");
  });

  it("gives 1944 and 1360.8 with 13 holidays (State Council order 795)", () => {
    const a = annualHoursFor(standard.annualHours, 13);
    expect(a.annual.toExactString()).toBe("1944");
    expect(a.direct.toExactString()).toBe("1360.8");
    expect(standard.holidayOptions.map((o) => o.days)).toEqual([11, 13]);
  });

  it("does not type 1960 or 1372 into the data file", () => {
    const text = readFileSync(join(STANDARDS_DIR, "suzhou-2016.yaml"), "utf8");
    const dataLines = text.split("\n").filter((line) => !line.trimStart().startsWith("#") && !/quote:|text:/.test(line));
    expect(dataLines.join("\n")).not.toMatch(/\b(1960|1372)\b/);
  });
});

describe("the standard loader", () => {
  function brokenStandard(edit: (text: string) => string): InputError {
    const original = readFileSync(join(STANDARDS_DIR, "suzhou-2016.yaml"), "utf8");
    const path = join(tempDir(), "broken.yaml");
    writeFileSync(path, edit(original));
    try {
      loadStandard(path);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error("expected the loader to refuse the file");
  }

  it("refuses sub-steps that do not add up, at the item's hours", () => {
    const error = brokenStandard((t) => t.replace("        name: 搜集资料\n        hours: 80", "        name: 搜集资料\n        hours: 81"));
    expect(error.problems[0]!.message.en).toContain("sub-steps add up to 161, not 160");
    expect(error.problems[0]!.code).toBe("inconsistent-standard");
  });

  it("refuses an unknown key with its line and column", () => {
    const error = brokenStandard((t) => t.replace("    code: consultation\n", "    code: consultation\n    hour: 1\n"));
    const original = readFileSync(join(STANDARDS_DIR, "suzhou-2016.yaml"), "utf8").split("\n");
    const line = original.findIndex((l) => l === "    code: consultation") + 2;
    expect(error.problems[0]).toMatchObject({ line, column: 5, code: "unknown-key" });
  });

  it("refuses a duplicate item code", () => {
    const error = brokenStandard((t) => t.replace("code: case-session", "code: case-intake"));
    expect(error.problems.some((p) => p.message.en.includes("item code case-intake is used twice"))).toBe(true);
  });

  it("names the bundled tables when an id is unknown", () => {
    expect(() => loadStandard("wuxi-2030")).toThrowError(InputError);
    try {
      loadStandard("wuxi-2030");
    } catch (error) {
      expect((error as InputError).problems[0]!.message.zh).toContain("suzhou-2016");
    }
  });
});
