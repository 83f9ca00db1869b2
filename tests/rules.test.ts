import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../src/analysis/analyse.js";
import { parseProposal } from "../src/proposal/load.js";
import { RULES } from "../src/rules/registry.js";
import { exampleProposal, exampleSupervision } from "../src/rules/examples.js";
import { gongshi, tempDir } from "./helpers.js";

function findingsOf(text: string) {
  return analyse(parseProposal("p.yaml", text)).findings;
}

/**
 * Line and column (1-based) of the n-th occurrence of `needle` in `text`, found independently of gongshi.
 * A "|" in the needle marks the exact spot: "rural: |1" is the value 1 of the key rural.
 */
function positionOf(text: string, marked: string, occurrence = 1): { line: number; column: number } {
  const [prefix, rest] = marked.includes("|") ? marked.split("|") : ["", marked];
  const needle = prefix! + rest!;
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at + prefix!.length).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function expectFinding(text: string, ruleId: string, severity: string, needle: string, occurrence = 1) {
  const found = findingsOf(text).filter((f) => f.ruleId === ruleId);
  expect(found, `${ruleId} should report`).toHaveLength(1);
  expect(found[0]!.severity).toBe(severity);
  expect({ line: found[0]!.line, column: found[0]!.column }).toEqual(positionOf(text, needle, occurrence));
  return found[0]!;
}

function expectNone(text: string, ruleId: string) {
  expect(findingsOf(text).filter((f) => f.ruleId === ruleId), `${ruleId} should stay silent`).toEqual([]);
}

/** Where each rule's failing example must be reported: the node, found in the text by the marked needle. */
const FAILING_AT: Record<string, string> = {
  "workload-below-floor": "|services:",
  "workload-above-ceiling": "|services:",
  "item-hours-basis": "  - |item: 募款等其它活动",
  "hours-by-proposal": "  - |custom: 长者生日会",
  "lecture-duration": "minutes: |45",
  "lecture-participants": "participants: |29",
  "activity-size": "participants: |59",
  "general-activity-share": "  - |item: 一般社区活动",
  "general-activity-size": "participants: |20",
  "consultations-per-subject": "subjects: |457",
  "group-process": "  - |item: 小组活动",
  "case-process": "  - |item: 个案服务",
  "supervision-session-hours": "hours: |2.5",
  "supervision-group-size": "supervisees: |9",
  "supervision-rate-cap": "rate: |201",
  "delivery-behind-schedule": "months_elapsed: |6",
  "tender-indicator": "    - |个案不少于 2 个",
  "budget-ceiling": "ceiling: |89999.99",
  "management-fee-cap": "management_fee_percent: |12",
  "personnel-share-minimum": "min_personnel_percent: |60",
  "supervisor-required": "|project:",
  "supervision-ratio": "supervisees: |6",
  "supervisor-qualification": "qualification: |助理社会工作师",
  "five-services": "|services:",
  "station-staffing": "  |members:",
  "community-workers-urban": "urban: |3",
  "community-workers-rural": "rural: |2",
};

describe("every rule's own examples", () => {
  it.each(RULES.map((r) => [r.meta.id, r] as const))("%s passes its passing example and reports its failing one at the right node", (id, rule) => {
    expectNone(rule.meta.examples.pass, id);
    expect(FAILING_AT[id], `a position for ${id}`).toBeDefined();
    expectFinding(rule.meta.examples.fail, id, rule.meta.severity, FAILING_AT[id]!);
  });

  it("gives every rule a stable kebab-case id, a quoted clause and messages in both languages", () => {
    const ids = new Set<string>();
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(ids.has(meta.id)).toBe(false);
      ids.add(meta.id);
      expect(meta.source.quote.length).toBeGreaterThan(5);
      for (const message of Object.values(meta.messages)) {
        expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(message.en).toMatch(/[a-z]/);
      }
    }
  });
});

const SUPERVISOR = (years: number, rate: number, origin = "本土", qualification = "社会工作师") => exampleSupervision({ years, rate, origin, qualification });

describe("苏政民社〔2016〕2号 rules at their boundaries", () => {
  const activity = (item: string, participants: number) =>
    exampleProposal({ services: `  - item: 专业咨询\n    count: 1300\n  - item: ${item}\n    count: 1\n    participants: ${participants}` });

  it("社区大型活动: 60 people pass, 59 warn at the participants value", () => {
    expectNone(activity("社区大型活动", 60), "activity-size");
    const text = activity("社区大型活动", 59);
    expectFinding(text, "activity-size", "warning", "59");
  });

  it("社区中小型活动: 20 people pass, 19 warn", () => {
    expectNone(activity("社区中小型活动", 20), "activity-size");
    expectFinding(activity("社区中小型活动", 19), "activity-size", "warning", "19");
  });

  const lecture = (participants: number, minutes: number) =>
    exampleProposal({
      services: `  - item: 专业咨询\n    count: 1352\n  - item: 专题培训/讲座\n    count: 1\n    delivery: 自行组织\n    participants: ${participants}\n    minutes: ${minutes}`,
    });

  it("讲座: 60 minutes pass, 59 is an error at the minutes value", () => {
    expectNone(lecture(30, 60), "lecture-duration");
    expectFinding(lecture(30, 59), "lecture-duration", "error", "59");
  });

  it("讲座: 30 people pass, 29 warn", () => {
    expectNone(lecture(30, 60), "lecture-participants");
    expectFinding(lecture(29, 60), "lecture-participants", "warning", "29");
  });

  it("一般社区活动: exactly 10% of the workload passes, above warns at the entry", () => {
    const share = (count: number) =>
      exampleProposal({ staff: "  fte: 7", services: `  - item: 专业咨询\n    count: ${13720 - count * 4}\n  - item: 一般社区活动\n    count: ${count}` });
    expectNone(share(343), "general-activity-share");
    const finding = expectFinding(share(344), "general-activity-share", "warning", "item: 一般社区活动");
    expect(finding.data.share).toBe("10.0%");
  });

  it("一般社区活动 of 20 people is noted as a 中小型活动 (info), 19 is not", () => {
    const general = (participants: number) =>
      exampleProposal({ services: `  - item: 专业咨询\n    count: 1368\n  - item: 一般社区活动\n    count: 1\n    participants: ${participants}` });
    expectNone(general(19), "general-activity-size");
    expectFinding(general(20), "general-activity-size", "info", "20");
  });

  it("咨询: 3 per subject pass, more warn at subjects", () => {
    const consult = (subjects: number) => exampleProposal({ services: `  - item: 专业咨询\n    count: 1372\n    subjects: ${subjects}` });
    expectNone(consult(458), "consultations-per-subject");
    expectFinding(consult(457), "consultations-per-subject", "warning", "457");
  });

  const sessions = (type: string, hours: number, supervisees?: number) =>
    exampleProposal({
      extra: `${SUPERVISOR(8, 200)}\n  sessions:\n    - type: ${type}\n      count: 12\n      hours: ${hours}${supervisees ? `\n      supervisees: ${supervisees}` : ""}`,
    });

  it("个别督导: 2 h pass, 2.5 h is an error at hours", () => {
    expectNone(sessions("个别", 2), "supervision-session-hours");
    expectFinding(sessions("个别", 2.5), "supervision-session-hours", "error", "2.5");
  });

  it("团体督导: 4 h pass, 4.5 h is an error", () => {
    expectNone(sessions("团体", 4, 4), "supervision-session-hours");
    expectFinding(sessions("团体", 4.5, 4), "supervision-session-hours", "error", "4.5");
  });

  it("团体督导: 2 and 8 supervisees pass, 1 and 9 warn", () => {
    expectNone(sessions("团体", 3, 2), "supervision-group-size");
    expectNone(sessions("团体", 3, 8), "supervision-group-size");
    expectFinding(sessions("团体", 3, 9), "supervision-group-size", "warning", "supervisees: |9");
    const one = sessions("团体", 3, 1);
    const f = findingsOf(one).find((x) => x.ruleId === "supervision-group-size")!;
    expect(f.line).toBe(positionOf(one, "supervisees: 1").line);
  });

  const rate = (years: number, yuan: number, origin = "本土") => exampleProposal({ extra: SUPERVISOR(years, yuan, origin) });

  it("督导费: 200 元 at 8 years passes, 201 元 is an error at rate", () => {
    expectNone(rate(8, 200), "supervision-rate-cap");
    const f = expectFinding(rate(8, 201), "supervision-rate-cap", "error", "201");
    expect(f.data).toMatchObject({ rate: "201.00", cap: "200.00" });
  });

  it("督导费: 250 元 at exactly 10 years passes (10 counts as 10年以上), 251 does not, 250 at 9.5 years does not", () => {
    expectNone(rate(10, 250), "supervision-rate-cap");
    expectFinding(rate(10, 251), "supervision-rate-cap", "error", "251");
    expectFinding(rate(9.5, 250), "supervision-rate-cap", "error", "250");
  });

  it("督导费: overseas 300 元 passes, 300.01 does not", () => {
    expectNone(rate(3, 300, "境外"), "supervision-rate-cap");
    expectFinding(rate(3, 300.01, "境外"), "supervision-rate-cap", "error", "300.01");
  });

  it("督导费: a local supervisor under 5 years has no tier", () => {
    expectNone(rate(5, 150), "supervision-rate-cap");
    const f = expectFinding(rate(4.5, 150), "supervision-rate-cap", "error", "4.5");
    expect(f.messageId).toBe("noTier");
  });

  it("小组 process: sessions without preparation, and more evaluations than groups, warn", () => {
    const noPrep = exampleProposal({ services: "  - item: 专业咨询\n    count: 1264\n  - item: 小组活动\n    count: 9" });
    expectFinding(noPrep, "group-process", "warning", "item: 小组活动");
    const extra = exampleProposal({
      services: "  - item: 专业咨询\n    count: 1300\n  - bundle: 小组\n    count: 1\n    sessions: 4\n  - item: 小组结案评估\n    count: 1",
    });
    const f = expectFinding(extra, "group-process", "warning", "bundle: 小组");
    expect(f.data).toMatchObject({ evaluations: 2, groups: 1 });
  });

  it("个案 process: sessions without intake, and more closings than intakes, warn", () => {
    expectFinding(exampleProposal({ services: "  - item: 专业咨询\n    count: 1332\n  - item: 个案服务\n    count: 5" }), "case-process", "warning", "item: 个案服务");
    const closings = exampleProposal({ services: "  - item: 专业咨询\n    count: 1340\n  - item: 接案\n    count: 1\n  - item: 结案/转介评估\n    count: 4" });
    expectFinding(closings, "case-process", "warning", "item: 结案/转介评估");
    expectNone(exampleProposal({ services: "  - item: 专业咨询\n    count: 1300\n  - bundle: 个案\n    count: 1\n    sessions: 6\n  - item: 探访\n    count: 2" }), "case-process");
  });
});

describe("DB51 rules (social assistance)", () => {
  const assistance = (extra: string) => exampleProposal({ project: "  kind: 社会救助", extra });

  it("no supervisor is an error; DB51 rules stay off for a community project", () => {
    const none = exampleProposal({ project: "  kind: 社会救助" });
    expectFinding(none, "supervisor-required", "error", "project");
    expectNone(exampleProposal({ project: "  kind: 社区" }), "supervisor-required");
    expectFinding(exampleProposal({ project: "  kind: 社区\n  follows: [DB51]" }), "supervisor-required", "error", "project");
  });

  it("supervisors to supervisees: 1:5 passes, 1:6 warns at supervisees", () => {
    expectNone(assistance(`${SUPERVISOR(8, 200)}\n  supervisees: 5`), "supervision-ratio");
    expectFinding(assistance(`${SUPERVISOR(8, 200)}\n  supervisees: 6`), "supervision-ratio", "warning", "supervisees: |6");
  });

  it("supervisor qualification: 5 years 社会工作师 or 7 years 助理社会工作师", () => {
    expectNone(assistance(SUPERVISOR(5, 200, "本土", "社会工作师")), "supervisor-qualification");
    expectNone(assistance(SUPERVISOR(7, 200, "本土", "助理社会工作师")), "supervisor-qualification");
    expectNone(assistance(SUPERVISOR(12, 250, "本土", "高级社会工作师")), "supervisor-qualification");
    expectFinding(assistance(SUPERVISOR(4, 200, "本土", "社会工作师")), "supervisor-qualification", "error", "qualification: |社会工作师");
    expectFinding(assistance(SUPERVISOR(6, 200, "本土", "助理社会工作师")), "supervisor-qualification", "error", "助理社会工作师");
  });

  it("a social-assistance project missing one of the five services warns, naming it", () => {
    const f = findingsOf(RULES.find((r) => r.meta.id === "five-services")!.meta.examples.fail).find((x) => x.ruleId === "five-services")!;
    expect(f.data.missing).toBe("宣传倡导");
  });
});

describe("DB3701/T 36 and MZ/T 071 rules", () => {
  const station = (n: number) =>
    exampleProposal({
      project: "  kind: 社工站",
      staff: "  fte: 1\n  members:\n" + Array.from({ length: n }, (_, i) => `    - name: 社工${i + 1}\n      fte: 0.25\n      qualification: 社会工作师`).join("\n"),
    });

  it("a 社工站 with 3 social workers passes, with 2 warns", () => {
    expectNone(station(3), "station-staffing");
    expectFinding(station(2), "station-staffing", "warning", "members");
  });

  const community = (urban: number, rural: number) =>
    exampleProposal({
      project: `  kind: 社区\n  communities:\n    urban: ${urban}\n    rural: ${rural}`,
      staff: "  fte: 1\n  members:\n    - name: 甲\n      fte: 0.5\n      qualification: 社会工作师\n    - name: 乙\n      fte: 0.5\n      qualification: 无",
    });

  it("fewer community social workers than urban communities is an error; rural ones a warning", () => {
    expectNone(community(1, 0), "community-workers-urban");
    expectFinding(community(2, 0), "community-workers-urban", "error", "urban: |2");
    expectNone(community(1, 0), "community-workers-rural");
    expectFinding(community(1, 1), "community-workers-rural", "warning", "rural: |1");
  });
});

describe("repository config and waivers", () => {
  const text = exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59" });

  function run(config: string | null, proposal = text) {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), proposal);
    if (config !== null) writeFileSync(join(dir, ".gongshirc.yaml"), config);
    return gongshi(["check", join(dir, "p.yaml"), "--format", "json"]);
  }

  it("can raise a rule to error, which fails the check", () => {
    const result = run("rules:\n  activity-size: error\n");
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings[0]).toMatchObject({ ruleId: "activity-size", severity: "error" });
  });

  it("can turn a rule off", () => {
    const result = run("rules:\n  activity-size: 关闭\n");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "activity-size")).toEqual([]);
  });

  it("is found in a folder above the proposal", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".gongshirc.yaml"), "rules:\n  activity-size: error\n");
    const sub = join(dir, "2026", "bids");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "p.yaml"), text);
    expect(gongshi(["check", join(sub, "p.yaml")]).status).toBe(1);
  });

  it("refuses an unknown rule id in the config with exit 2 and its position", () => {
    const result = run("rules:\n  activity-sise: off\n");
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).problems[0]).toMatchObject({ line: 2, column: 3, code: "unknown-rule" });
  });

  it("reports a waived finding as waived, with its reason, and does not fail on it", () => {
    const waived = exampleProposal({ services: "  - item: 专业咨询\n    count: 1371", extra: "waivers:\n  - rule: workload-below-floor\n    reason: 评估方同意按 11 个月测算" });
    const result = run(null, waived);
    expect(result.status).toBe(0);
    const finding = JSON.parse(result.stdout).findings.find((f: { ruleId: string }) => f.ruleId === "workload-below-floor");
    expect(finding.waived).toEqual({ reason: "评估方同意按 11 个月测算" });
    const text = gongshi(["check", tempFileIn(waived)]).stdout;
    expect(text).toContain("已豁免：评估方同意按 11 个月测算");
  });

  it("warns about a waiver that matches nothing or names no rule", () => {
    const unused = exampleProposal({ extra: "waivers:\n  - rule: activity-size\n    reason: 无\n  - rule: no-such-rule\n    reason: 无" });
    const findings = findingsOf(unused).filter((f) => f.ruleId === "unused-waiver");
    expect(findings.map((f) => f.messageId)).toEqual(["unused", "unknownRule"]);
    expect(findings[1]!.line).toBe(positionOf(unused, "no-such-rule").line);
  });
});

function tempFileIn(text: string): string {
  const path = join(tempDir(), "p.yaml");
  writeFileSync(path, text);
  return path;
}
