import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../src/analysis/analyse.js";
import { parseProposal } from "../src/proposal/load.js";
import { exampleProposal } from "../src/rules/examples.js";
import { gongshi, tempDir } from "./helpers.js";
import { positionOf } from "./rule-tester.js";

/** A repository's .gongshirc.yaml and a proposal's waivers, through the real CLI where the user meets them. */

function findingsOf(text: string) {
  return analyse(parseProposal("p.yaml", text)).findings;
}

describe("repository config and waivers", () => {
  const text = exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59" });

  function run(config: string | null, proposal = text) {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), proposal);
    if (config !== null) writeFileSync(join(dir, ".gongshirc.yaml"), config);
    return gongshi(["check", "p.yaml", "--format", "json"], { cwd: dir });
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

  it("is found in the working folder or a folder above it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".gongshirc.yaml"), "rules:\n  activity-size: error\n");
    const sub = join(dir, "2026", "bids");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "p.yaml"), text);
    expect(gongshi(["check", join(sub, "p.yaml")], { cwd: dir }).status).toBe(1);
    expect(gongshi(["check", "p.yaml"], { cwd: sub }).status).toBe(1);
  });

  it("refuses an unknown rule id in the config with exit 2 and its position", () => {
    const result = run("rules:\n  activity-sise: off\n");
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).problems[0]).toMatchObject({ line: 2, column: 3, code: "unknown-rule" });
  });

  it("reports a waived finding as waived, with its reason, and does not fail on it", () => {
    const waived = exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59", extra: "waivers:\n  - rule: activity-size\n    reason: 老旧小区场地所限" });
    const result = run(null, waived);
    expect(result.status).toBe(0);
    const finding = JSON.parse(result.stdout).findings.find((f: { ruleId: string }) => f.ruleId === "activity-size");
    expect(finding.waived).toEqual({ reason: "老旧小区场地所限" });
    const path = tempFileIn(waived);
    const text = gongshi(["check", path], { cwd: dirname(path) }).stdout;
    expect(text).toContain("已豁免：老旧小区场地所限");
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
