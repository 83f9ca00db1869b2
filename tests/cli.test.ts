import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gongshi, proposalText, ROOT, tempDir, tempFile } from "./helpers.js";

describe("gongshi check: the staffing bounds decide the exit code", () => {
  it("exits 1 on a proposal 1 h under FTE × 1372", () => {
    const file = tempFile(proposalText("  - item: 专业咨询\n    count: 1371", { fte: 1 }));
    const result = gongshi(["check", file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("低于下限");
    expect(result.stdout).toContain("服务工作量 1371 小时低于下限 1372 小时");
    expect(result.stdout).toContain("workload-below-floor");
  });

  it("exits 0 at exactly FTE × 1372", () => {
    const file = tempFile(proposalText("  - item: 专业咨询\n    count: 1372", { fte: 1 }));
    const result = gongshi(["check", file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("在区间内");
  });

  it("exits 0 at exactly FTE × 1960 and 1 at 1 h over", () => {
    expect(gongshi(["check", tempFile(proposalText("  - item: 专业咨询\n    count: 1960"))]).status).toBe(0);
    const over = gongshi(["check", tempFile(proposalText("  - item: 专业咨询\n    count: 1961"))]);
    expect(over.status).toBe(1);
    expect(over.stdout).toContain("高于上限");
  });

  it("uses exact arithmetic at the floor with 13 holidays and a fractional FTE", () => {
    // 0.5 FTE × 1360.8 = 680.4 h: 680 h of consultation + 0.4 h of recruitment is exactly the floor.
    const services = "  - item: 专业咨询\n    count: 680\n  - item: 人员招募甄选\n    count: 1\n    hours: 0.4\n    justification: 面谈一人";
    const at = tempFile(proposalText(services, { fte: 0.5, extraProject: "  public_holidays: 13" }));
    expect(gongshi(["check", at]).status).toBe(0);
    const under = tempFile(proposalText(services.replace("0.4", "0.39"), { fte: 0.5, extraProject: "  public_holidays: 13" }));
    expect(gongshi(["check", under]).status).toBe(1);
  });

  it("--holidays 13 overrides the proposal and the report says which parameters were used", () => {
    const result = gongshi(["check", "examples/community-elderly.yaml", "--holidays", "13", "--format", "json"]);
    const report = JSON.parse(result.stdout);
    expect(report.standard.parameters.publicHolidays).toBe(13);
    expect(report.standard.parameters.publicHolidaysBasis).toContain("国务院令第 795 号");
    expect(report.standard.parameters.annualHours.hours).toBe(1944);
    expect(report.standard.parameters.directHours.exact).toBe("1360.8");
    const text = gongshi(["check", "examples/community-elderly.yaml", "--holidays", "13"]).stdout;
    expect(text).toContain("公众假期 13 天 → 年均工作时数 1,944 小时，直接服务 1,360.8 小时/人");
  });

  it("reports items needing the evaluator's attention, and an item missing its hours as an error", () => {
    const file = tempFile(proposalText("  - item: 专业咨询\n    count: 1400\n  - item: 募款等其它活动\n    count: 1"));
    const result = gongshi(["check", file, "--format", "json"]);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings;
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: "item-hours-basis", severity: "error", line: 9, column: 5 }));
  });

  it("speaks English with --lang en", () => {
    const result = gongshi(["--lang", "en", "check", "examples/station.yaml"]);
    expect(result.stdout).toContain("Total");
    expect(result.stdout).toContain("within bounds");
  });
});

describe("colours", () => {
  it("are on with FORCE_COLOR and off again with NO_COLOR", () => {
    const forced = gongshi(["check", "examples/station.yaml"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(/\x1b\[/);
    const off = gongshi(["check", "examples/station.yaml"], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(off.stdout).not.toMatch(/\x1b\[/);
  });

  it("are off in a pipe by default", () => {
    const piped = gongshi(["check", "examples/station.yaml"], { env: { NO_COLOR: undefined } });
    expect(piped.stdout).not.toMatch(/\x1b\[/);
  });
});

describe("gongshi table", () => {
  it("prints every item of the reference table with its clause", () => {
    const result = gongshi(["table"]);
    expect(result.status).toBe(0);
    for (const name of ["专业咨询", "接案", "社区调研", "募款等其它活动", "外聘专家讲解", "调研准备"]) expect(result.stdout).toContain(name);
    expect(result.stdout).toContain("= 1,960；× 70% = 1,372");
    expect(result.stdout).toContain("= 1,944；× 70% = 1,360.8");
  });

  it("gives JSON, and refuses an unknown standard with exit 2", () => {
    const json = JSON.parse(gongshi(["table", "--format", "json"]).stdout);
    expect(json.items).toHaveLength(23);
    expect(json.annualHours[0]).toMatchObject({ publicHolidays: 11, annual: 1960, direct: 1372 });
    const unknown = gongshi(["table", "--standard", "wuxi-2030"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("找不到参考工时标准");
  });
});

describe("gongshi init", () => {
  it.each(["community", "social-assistance", "station", "社区", "社会救助", "社工站"])("writes the %s template, which checks clean", (template) => {
    const dir = tempDir();
    const result = gongshi(["init", template, "-o", "proposal.yaml"], { cwd: dir });
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, "proposal.yaml"), "utf8");
    expect(text).toMatch(/^#/m); // commented
    const check = gongshi(["check", join(dir, "proposal.yaml")]);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("refuses to overwrite an existing file without --force", () => {
    const dir = tempDir();
    const target = join(dir, "mine.yaml");
    writeFileSync(target, "my own work\n");
    const refused = gongshi(["init", "community", "-o", target]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("已存在，未覆盖");
    expect(readFileSync(target, "utf8")).toBe("my own work\n");
    const forced = gongshi(["init", "community", "-o", target, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("project:");
  });

  it("prints to standard output with -o -, and refuses an unknown template", () => {
    expect(gongshi(["init", "station", "-o", "-"]).stdout).toContain("services:");
    const dir = tempDir();
    const unknown = gongshi(["init", "hospital"], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(existsSync(join(dir, "proposal.yaml"))).toBe(false);
  });
});

describe("the README", () => {
  it("shows a proposal that passes check as it stands: no error, no warning, exit 0 (a reader saves and runs it)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const result = gongshi(["check", tempFile(block), "--format", "json"]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toMatchObject({ error: 0, warning: 0 });
    expect(report.lines.map((l: { name: string }) => l.name)).toContain("长者生日会");
    expect(report.budget).toBeTruthy();
    expect(report.supervision).toBeTruthy();
  });

  it("shows tender sentences that the proposal above reads: each requirement read, the rate handed to a person", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const proposal = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const tender = /```\n(tender:[\s\S]*?)```/.exec(readme)![1]!;
    const result = gongshi(["check", tempFile(proposal + tender), "--format", "json"]);
    expect(result.status).not.toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.tender.unread).toEqual([]);
    expect(report.tender.requirements.filter((r: { verdict: string }) => r.verdict === "uncheckable").map((r: { clause: string }) => r.clause)).toEqual(["服务对象满意度不低于 90%"]);
    expect(report.tender.requirements.find((r: { mapped: boolean }) => r.mapped).counted.map((c: { name: string }) => c.name)).toEqual(["长者生日会"]);
  });

  it("starts with the two set-up commands that CI runs", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const firstScreen = readme.split("\n").slice(0, 15).join("\n");
    expect(firstScreen).toContain("npm ci && npm run build && node bin/gongshi.js check examples/community-elderly.yaml");
    expect(firstScreen).toContain("npm ci && npm test");
    expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).toContain("npm test");
  });
});
