import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSentence } from "../src/proposal/tender/grammar.js";
import { chineseValue } from "../src/proposal/tender/numbers.js";
import { analyseText, gongshi, tempDir } from "./helpers.js";
import { tenderPlan } from "./fixtures/tender-plan.js";

/**
 * Tender sentences read as purchasers write them (issue 11). Each defect the issue names has a test here
 * that failed on the reader it replaces (a split on punctuation and a regex); the sentences are the issue's own.
 * Real sentences with their sources are in tests/tender-corpus.test.ts.
 */
const results = (...indicators: Parameters<typeof tenderPlan>[0]) => analyseText(tenderPlan(indicators));
const row = (r: { indicator: { clause: string; value: number; unit: string }; planned: number | null; met: boolean | null }) => [r.indicator.clause, r.indicator.value, r.planned, r.met];

describe("numbers are read before anything is split", () => {
  it("reads 个案不少于 1,000 个 as one thousand cases, not one", () => {
    const { tender } = results("个案不少于 1,000 个");
    expect(tender!.map(row)).toEqual([["个案不少于 1,000 个", 1000, 5, false]]);
  });

  it("reads 服务时数不少于 4,000 小时 as 4,000 hours, which a 1,736-hour plan does not meet", () => {
    const { tender, findings } = results("服务时数不少于 4,000 小时");
    expect(tender!.map(row)).toEqual([["服务时数不少于 4,000 小时", 4000, 1736, false]]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator").map((f) => f.messageId)).toEqual(["unmet"]);
  });

  it("reads full-width digits and commas typed with a Chinese input method, 万, and Chinese numerals", () => {
    const { tender } = results("个案不少于３个", "咨询不少于１，０００人次", "服务人次不少于0.1万人次", "小组不少于三个", "探访不少于二百次");
    expect(tender!.map((r) => r.indicator.value)).toEqual([3, 1000, 1000, 3, 200]);
    expect(chineseValue("一百二十")).toBe(120);
    expect(chineseValue("十二")).toBe(12);
    expect(chineseValue("两千零五")).toBe(2005);
    expect(chineseValue("三四")).toBeUndefined();
  });

  it("hands 不少于 1e3 个 to a person instead of reading it as 1", () => {
    const { tender, findings } = results("不少于 1e3 个");
    expect(tender).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator-unread").map((f) => f.messageId)).toEqual(["number"]);
  });
});

describe("a unit must fit its measure", () => {
  it.each([
    ["服务对象满意度不低于 90%"],
    ["覆盖率不低于 80%"],
    ["个案结案率不低于 80%"],
  ])("%s is a rate: not checkable from a plan, never compared with a count", (sentence) => {
    const { tender, findings } = results(sentence);
    expect(tender!.map((r) => [r.verdict, r.planned, r.met])).toEqual([["uncheckable", null, null]]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator")).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator-unread").map((f) => f.messageId)).toEqual(["uncheckable"]);
  });

  it("does not compare hours asked in 人次, or cases counted in 小时", () => {
    const { tender, findings } = results("服务时数不少于1000人次", "个案不少于30小时");
    expect(tender).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator-unread").map((f) => f.messageId)).toEqual(["unitMismatch", "unitMismatch"]);
  });

  it("counts 服务对象 in 人 as distinct people, which a plan cannot show, and in 人次 as person-times", () => {
    const { tender } = results("服务对象不少于300人", "服务对象不少于1000人次");
    expect(tender!.map((r) => [r.verdict, r.planned])).toEqual([
      ["uncheckable", null],
      ["met", 1049],
    ]);
  });
});

describe("per-unit requirements in brackets, and a second subject after 、", () => {
  it("keeps the sub-requirements of 开展小组不少于3个（每个小组不少于4节，每节不少于6人）", () => {
    const { tender } = results("开展小组不少于3个（每个小组不少于4节，每节不少于6人）");
    expect(tender!.map((r) => [r.indicator.clause, r.indicator.label.zh, r.planned, r.met])).toEqual([
      ["开展小组不少于3个", "小组准备工作（数量）", 3, true],
      ["每个小组不少于4节", "每个（小组准备工作）的节数", 5, true],
      ["每节不少于6人", "每个（小组准备工作）的人数", 8, true],
    ]);
  });

  it("reads 个案不少于5个、个案服务不少于30次 as five cases and thirty sessions, both met", () => {
    const { tender, findings } = results("个案不少于5个、个案服务不少于30次");
    expect(tender!.map((r) => [r.indicator.label.zh, r.indicator.value, r.planned, r.met])).toEqual([
      ["接案（数量）", 5, 5, true],
      ["个案服务（数量）", 30, 30, true],
    ]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator")).toEqual([]);
  });

  it("applies 每场/每次 in a bracket to what the bracket's clause counts", () => {
    const { tender } = results("开展社区活动不少于12次（每次参加人数不少于8人）", "开展讲座不少于2场（每场不少于1小时，参加人数不少于30人）");
    expect(tender!.map((r) => [r.indicator.clause, r.indicator.value, r.indicator.unit, r.planned, r.met])).toEqual([
      ["开展社区活动不少于12次", 12, "次", 12, true],
      ["每次参加人数不少于8人", 8, "人", 8, true],
      ["开展讲座不少于2场", 2, "场", 2, true],
      ["每场不少于1小时", 60, "分钟", 90, true],
      ["参加人数不少于30人", 30, "人", 30, true],
    ]);
  });
});

describe("symbols and short forms", () => {
  it("reads ≥ ≤ 不低于 以上 至少 达到, and 例 篇 份 户 人次 场次 期, without making the file unusable", () => {
    const { tender, findings } = results(
      "个案≥4例",
      "探访≥700人次",
      "小组≤10期",
      "入户探访不低于150户",
      "专业咨询300人次以上",
      "至少开展讲座2场次",
      "建档达到40份",
      "宣传报道不少于12篇",
    );
    expect(tender!.map((r) => [r.indicator.comparison, r.indicator.value, r.indicator.unit, r.planned, r.met])).toEqual([
      ["min", 4, "例", 5, true],
      ["min", 700, "人次", 200, false],
      ["max", 10, "期", 3, true],
      ["min", 150, "户", 200, true],
      ["min", 300, "人次", 500, true],
      ["min", 2, "场次", 2, true],
      ["min", 40, "份", 40, true],
    ]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator-unread").map((f) => f.messageId)).toEqual(["notActivity"]);
  });

  it("reads 社区≥12场、服务人数≥1000人次 as twelve activities and 1,000 person-times", () => {
    const { tender } = results("社区≥12场、服务人数≥1000人次");
    expect(tender!.map((r) => [r.indicator.label.zh, r.planned, r.met])).toEqual([
      ["社区大型活动、社区中小型活动、一般社区活动（数量）", 12, true],
      ["服务人次", 1049, true],
    ]);
  });

  it("reads 建立档案不少于80份 as household files", () => {
    const { tender } = results("建立档案不少于80份");
    expect(tender!.map((r) => [r.indicator.label.zh, r.planned, r.met])).toEqual([["居民家庭需求评估与建档（数量）", 40, false]]);
  });

  it("reads a range, a maximum after a minimum, and an exact figure", () => {
    const { tender } = results("服务时数1500-2000小时", "服务时数不少于1000小时，不超过1700小时", "小组=3个");
    expect(tender!.map((r) => [r.indicator.comparison, r.indicator.value, r.indicator.upper, r.met])).toEqual([
      ["range", 1500, 2000, true],
      ["min", 1000, undefined, true],
      ["max", 1700, undefined, false],
      ["eq", 3, undefined, true],
    ]);
  });
});

describe("the right measure", () => {
  it("measures 为服务对象建档不少于80个 as files, not as 服务人次", () => {
    const { tender } = results("为服务对象建档不少于80个");
    expect(tender!.map((r) => [r.indicator.measure, r.planned, r.met])).toEqual([[{ kind: "count", keys: ["household-needs-assessment"] }, 40, false]]);
  });

  it("does not count street outreach or publicity as 社区活动", () => {
    const { tender, proposal } = results("开展街头巡查活动（其中街头救助活动不少于6次）", "开展救助宣传活动不少于3次");
    expect(tender).toEqual([]);
    expect(proposal.tender!.unread.map((u) => [u.part, u.reason])).toEqual([
      ["其中街头救助活动不少于6次", "not-activity"],
      ["开展救助宣传活动不少于3次", "not-activity"],
    ]);
  });

  it("takes a tender's 活动 as every activity: twelve activities, eight of them 一般社区活动 of 8 people, meet 社区活动不少于12场", () => {
    const { tender, findings } = results("社区活动不少于12场");
    expect(tender!.map(row)).toEqual([["社区活动不少于12场", 12, 12, true]]);
    expect(tender![0]!.counted!.map((c) => [c.name, c.figure])).toEqual([
      ["社区中小型活动", 4],
      ["一般社区活动", 8],
    ]);
    expect(findings.filter((f) => f.ruleId.startsWith("tender-"))).toEqual([]);
  });
});

describe("never guess, never block", () => {
  it("checks everything else when one sentence is unreadable, and exits 0 with a warning at the sentence", () => {
    const file = join(tempDir(), "p.yaml");
    const text = tenderPlan(["志愿者不少于20名", "个案不少于5个"]);
    writeFileSync(file, text);
    const result = gongshi(["check", file, "--format", "json"]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.tender.requirements.map((r: { clause: string; verdict: string }) => [r.clause, r.verdict])).toEqual([["个案不少于5个", "met"]]);
    const line = text.split("\n").findIndex((l) => l.includes("志愿者")) + 1;
    expect(report.tender.unread).toEqual([expect.objectContaining({ part: "志愿者不少于20名", reason: "unknown-subject", line, column: 7 })]);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === "tender-indicator-unread")).toMatchObject({ severity: "warning", line, column: 7 });
  });

  it("flags the words of a sentence that state a number without a requirement", () => {
    expect(readSentence("5 .建档。为服务对象建立服务档案,建立档案不少于80个,每个人只能算一个;").unread).toEqual([{ part: "每个人只能算一个", reason: "no-requirement" }]);
    expect(readSentence("(2)采购预算:人民币2,215,000.00元。").unread).toEqual([{ part: "采购预算:人民币2,215,000.00元", reason: "no-requirement" }]);
  });

  it("takes an age (60岁以上, 60-69岁) as whom a sentence is about, never as a range or bound to check", () => {
    expect(readSentence("60岁以上户籍人口26513人,其中:60-69岁14123人").requirements).toEqual([]);
    const { tender, proposal } = results("为60-69岁老人建档不少于30户");
    expect(tender!.map(row)).toEqual([["为60-69岁老人建档不少于30户", 30, 40, true]]);
    expect(proposal.tender!.unread).toEqual([]);
  });

  it("flags a figure written in Chinese numerals with 万 and 多 (一万多人) instead of dropping it", () => {
    expect(readSentence("登记在册的吸毒人数就有一万多人").unread).toEqual([{ part: "登记在册的吸毒人数就有一万多人", reason: "no-requirement" }]);
    expect(readSentence("(万元):50").unread).toEqual([{ part: ":50", reason: "no-requirement" }]);
  });

  it("does not guess 小组服务≥15: sessions or people", () => {
    const { tender, proposal } = results("小组≥3个、小组服务≥15");
    expect(tender!.map(row)).toEqual([["小组≥3个", 3, 3, true]]);
    expect(proposal.tender!.unread.map((u) => [u.part, u.reason])).toEqual([["小组服务≥15", "ambiguous"]]);
  });
});

describe("the evaluator says what a word counts", () => {
  it("counts what an indicator's counts names: table items, 个案/小组, or a custom service", () => {
    const text = tenderPlan([
      { text: "开展救助宣传活动不少于3次（每场不少于1小时，参加人数不少于30人）", counts: ["专题培训/讲座"] },
      { text: "开展各类文体娱乐、传统节日庆祝、关爱活动不少于15次", counts: ["社区中小型活动"] },
    ]);
    const { tender, findings } = analyseText(text);
    expect(tender!.map((r) => [r.indicator.clause, r.indicator.mapped, r.planned, r.met])).toEqual([
      ["开展救助宣传活动不少于3次", true, 2, false],
      ["每场不少于1小时", false, 90, true],
      ["参加人数不少于30人", false, 30, true],
      ["开展各类文体娱乐、传统节日庆祝、关爱活动不少于15次", true, 4, false],
    ]);
    expect(findings.filter((f) => f.ruleId === "tender-indicator-unread")).toEqual([]);
  });

  it("lets a tender say what its 活动 means for every sentence", () => {
    const text = tenderPlan(["社区活动不少于12场（每次参加人数不少于20人）"], "  activities: [社区大型活动, 社区中小型活动]\n");
    const { tender } = analyseText(text);
    expect(tender!.map(row)).toEqual([
      ["社区活动不少于12场", 12, 4, false],
      ["每次参加人数不少于20人", 20, 25, true],
    ]);
  });

  it("shows which lines of the proposal each requirement counted, in text and JSON", () => {
    const file = join(tempDir(), "p.yaml");
    const text = tenderPlan(["个案不少于5个", "社区活动不少于12场"]);
    writeFileSync(file, text);
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const report = JSON.parse(gongshi(["check", file, "--format", "json"]).stdout);
    expect(report.tender.requirements.map((r: { counted: { line: number }[] }) => r.counted.map((c) => c.line))).toEqual([
      [lineOf("bundle: 个案")],
      [lineOf("社区中小型活动"), lineOf("一般社区活动")],
    ]);
    const out = gongshi(["check", file]).stdout;
    expect(out).toContain(`${lineOf("社区中小型活动")}、${lineOf("一般社区活动")}`);
  });

  it("refuses counts on a sentence with two count requirements (say each one on its own)", () => {
    const file = join(tempDir(), "p.yaml");
    writeFileSync(file, tenderPlan([{ text: "个案不少于5个、小组不少于3个", counts: ["接案"] }]));
    const result = gongshi(["check", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("这句话有 2 项数量要求，counts 只能说明其中一项的口径");
  });
});

describe("delivery and diff use the same readings", () => {
  it("checks delivered counts against the same requirements; per-unit and 服务人次 are for the plan only", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.yaml"), tenderPlan(["个案不少于5个（每个个案不少于5次）", "社区活动不少于12场", "服务人次不少于1000人次"]));
    writeFileSync(join(dir, "final.yaml"), "proposal: plan.yaml\nmonths_elapsed: 12\ncounts:\n  接案: 4\n  社区中小型活动: 4\n  一般社区活动: 9\n");
    const report = JSON.parse(gongshi(["check", join(dir, "final.yaml"), "--format", "json"]).stdout);
    expect(report.tender.requirements.map((r: Record<string, unknown>) => [r.clause, r.planned, r.met, r.delivered, r.deliveredMet])).toEqual([
      ["个案不少于5个", 5, true, 4, false],
      ["每个个案不少于5次", 6, true, null, null],
      ["社区活动不少于12场", 12, true, 13, true],
      ["服务人次不少于1000人次", 1049, true, null, null],
    ]);
  });

  it("shows indicator verdicts that changed between versions, in text, Markdown and JSON", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), tenderPlan(["个案不少于5个", "社区活动不少于12场", "服务对象满意度不低于90%"]));
    writeFileSync(join(dir, "b.yaml"), tenderPlan(["个案不少于5个", "社区活动不少于12场", "服务对象满意度不低于90%"]).replace("  - bundle: 个案\n    count: 5", "  - bundle: 个案\n    count: 4"));
    const args = ["diff", join(dir, "a.yaml"), join(dir, "b.yaml")];
    const json = JSON.parse(gongshi([...args, "-f", "json"]).stdout);
    expect(json.tender).toEqual([{ text: "个案不少于5个", clause: "个案不少于5个", old: { verdict: "met", planned: 5 }, new: { verdict: "unmet", planned: 4 } }]);
    expect(gongshi(args).stdout).toContain("满足 → 未满足  个案不少于5个  5 → 4");
    expect(gongshi([...args, "-f", "markdown"]).stdout).toContain("| 个案不少于5个 | 满足 | 未满足 | 5 → 4 |");
  });
});

describe("reading never fails", () => {
  it("reads any string made of a tender's characters without throwing, and reads or hands to a person every sentence with a digit", async () => {
    const fc = (await import("fast-check")).default;
    const pieces = fc.constantFrom("个案", "小组", "活动", "社区", "服务人次", "满意度", "每个", "每场", "每节", "不少于", "不超过", "≥", "≤", "以上", "至少", "1,000", "１２", "三", "百分之", "90%", "1e3", "个", "节", "场", "人次", "小时", "（", "）", "(", ")", "，", "、", "；", "。", " ", "-", "万");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const sentence = parts.join("").trim() || "个案";
        const analysis = analyseText(tenderPlan([sentence]));
        const numbers = /[\d０-９]/.test(sentence);
        const handled = analysis.tender!.length + analysis.proposal.tender!.unread.length;
        if (numbers) expect(handled).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
