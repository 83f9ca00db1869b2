import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { exampleProposal } from "../src/rules/examples.js";
import { escapeData, escapeProperty } from "../src/report/lint/github.js";
import { gongshi, ROOT, tempDir } from "./helpers.js";

/**
 * A repository of twenty proposals: most clean, some with findings of each severity, one that is
 * not YAML at all. Returns the folder and what each file is expected to produce.
 */
function proposalRepository(): string {
  const dir = tempDir();
  const folder = join(dir, "proposals");
  mkdirSync(join(folder, "2026"), { recursive: true });
  for (let i = 1; i <= 15; i++) writeFileSync(join(folder, "2026", `clean-${String(i).padStart(2, "0")}.yaml`), exampleProposal());
  // 1 h under the floor: an error at `services:` (line 6, column 1).
  writeFileSync(join(folder, "below-floor.yaml"), exampleProposal({ services: "  - item: 专业咨询\n    count: 1371" }));
  // A large event of 59 people: a warning at the value 59 (line 11, column 19).
  writeFileSync(join(folder, "small-event.yaml"), exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59" }));
  // Hours set by the proposal: an info.
  writeFileSync(
    join(folder, "custom.yaml"),
    exampleProposal({ services: "  - item: 专业咨询\n    count: 1352\n  - custom: 长者生日会\n    count: 1\n    hours: 20\n    justification: 筹备 12 + 现场 8" }),
  );
  // A YAML syntax error: fatal.
  writeFileSync(join(folder, "broken.yaml"), "project:\n  name: [未闭合\n");
  // An unknown item: fatal (the file cannot be used).
  writeFileSync(join(folder, "unknown-item.yaml"), exampleProposal({ services: "  - item: 小组准被\n    count: 1" }));
  return dir;
}

describe("gongshi lint over a folder of twenty proposals", () => {
  const dir = proposalRepository();

  it("prints the stylish report, grouped by file, and exits 1 on errors", () => {
    const result = gongshi(["lint", "proposals"], { cwd: dir });
    expect(result.status).toBe(1);
    const out = result.stdout;
    expect(out).toContain("proposals/below-floor.yaml\n  6:1  错误  服务工作量 1371 小时低于下限 1372 小时");
    expect(out).toMatch(/proposals\/small-event\.yaml\n {2}11:19 {2}警告 {2}社区大型活动每次 59 人，一般不少于 60 人 {2}activity-size/);
    expect(out).toMatch(/proposals\/broken\.yaml\n {2}\d+:\d+ {2}错误 {2}YAML 语法错误/);
    expect(out).toContain("proposals/unknown-item.yaml\n  7:11  错误  参考工时表（苏州 2016）中没有 \"小组准被\"");
    expect(out).not.toContain("clean-01.yaml");
    expect(out).toContain("✖ 4 个问题（3 个错误，1 个警告），另有 1 个提示，共检查 20 个文件");
  });

  it("speaks English and keeps only errors with --quiet", () => {
    const result = gongshi(["--lang", "en", "lint", "proposals", "--quiet"], { cwd: dir });
    expect(result.stdout).toContain("  6:1  error  workload of 1371 h is below the floor of 1372 h");
    expect(result.stdout).not.toContain("activity-size");
    expect(result.stdout).not.toContain("hours-by-proposal");
  });

  it("takes globs", () => {
    const result = gongshi(["lint", "proposals/**/clean-0*.yaml", "--format", "json"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(9);
    const braces = gongshi(["lint", "proposals/{below-floor,custom}.yaml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(braces.stdout).map((r: { filePath: string }) => r.filePath.split("/").pop())).toEqual(["below-floor.yaml", "custom.yaml"]);
  });

  it("gives ESLint-compatible JSON", () => {
    const results = JSON.parse(gongshi(["lint", "proposals", "--format", "json"], { cwd: dir }).stdout);
    expect(results).toHaveLength(20);
    const below = results.find((r: { filePath: string }) => r.filePath.endsWith("below-floor.yaml"));
    expect(below.filePath).toBe(join(dir, "proposals", "below-floor.yaml"));
    expect(below).toMatchObject({ errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(below.messages[0]).toMatchObject({ ruleId: "workload-below-floor", severity: 2, line: 6, column: 1, messageId: "below", path: ["services"] });
    expect(below.messages[0]).toHaveProperty("endLine");
    expect(below.messages[0]).toHaveProperty("endColumn");
    const broken = results.find((r: { filePath: string }) => r.filePath.endsWith("broken.yaml"));
    expect(broken.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true });
    expect(broken.fatalErrorCount).toBe(1);
    const small = results.find((r: { filePath: string }) => r.filePath.endsWith("small-event.yaml"));
    expect(small.messages[0]).toMatchObject({ ruleId: "activity-size", severity: 1, line: 11, column: 19 });
  });

  it("gives SARIF 2.1.0 that validates against the SARIF schema", () => {
    const sarif = JSON.parse(gongshi(["lint", "proposals", "--format", "sarif"], { cwd: dir }).stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "sarif-2.1.0-rtm.5.json"), "utf8"));
    // The SARIF schema's language-tag pattern is not valid as a Unicode regex; it was written for ECMAScript 5.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = sarif.runs[0];
    expect(sarif.version).toBe("2.1.0");
    expect(run.tool.driver.name).toBe("gongshi");
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === "workload-below-floor");
    expect(rule.fullDescription.text).toContain("项目服务工作量不得低于");
    expect(rule.help.markdown).toContain("四（一）3");
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === "workload-below-floor");
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "proposals/below-floor.yaml", uriBaseId: "%SRCROOT%" },
      region: expect.objectContaining({ startLine: 6, startColumn: 1 }),
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe("workload-below-floor");
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === "input-error")).toBeDefined();
  });

  it("gives GitHub workflow commands, and appends a Markdown summary", () => {
    const summary = join(tempDir(), "summary.md");
    writeFileSync(summary, "# earlier step\n");
    const result = gongshi(["lint", "proposals"], { cwd: dir, env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary } });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$/);
    }
    expect(lines).toContain(
      "::error file=proposals/below-floor.yaml,line=6,col=1,endLine=6,endColumn=9,title=gongshi workload-below-floor::服务工作量 1371 小时低于下限 1372 小时（1 FTE × 1372 小时 × 12/12），差 1 小时（苏政民社〔2016〕2号 四（一）3）",
    );
    const written = readFileSync(summary, "utf8");
    expect(written.startsWith("# earlier step\n## gongshi 检查结果")).toBe(true);
    expect(written).toContain("| `proposals/below-floor.yaml:6:1` | 错误 |");
  });
});

describe("the github format", () => {
  it("escapes data and properties as the workflow-command syntax requires", () => {
    expect(escapeData("50%\r\nnext")).toBe("50%25%0D%0Anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });

  it("caps annotations at 10 of each kind per step and says how many more there are", () => {
    const dir = tempDir();
    for (let i = 0; i < 13; i++) writeFileSync(join(dir, `p${String(i).padStart(2, "0")}.yaml`), exampleProposal({ services: "  - item: 专业咨询\n    count: 1" }));
    const lines = gongshi(["lint", dir, "--format", "github"]).stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(lines[lines.length - 1]).toBe(
      "::notice title=gongshi::另有 3 条结果未标注（GitHub 每个步骤每类最多显示 10 条），完整列表见作业摘要（job summary）或 gongshi lint 的 stylish/SARIF 输出",
    );
  });
});

describe("lint flags and exit codes", () => {
  it("exits 1 when warnings exceed --max-warnings, 0 at the limit", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59" }));
    expect(gongshi(["lint", dir, "--max-warnings", "1"]).status).toBe(0);
    const over = gongshi(["lint", dir, "--max-warnings", "0"]);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain("警告数 1 超过 --max-warnings 0");
  });

  it("writes -o FILE without colour, and overwrites an earlier report as ESLint does", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), exampleProposal({ services: "  - item: 专业咨询\n    count: 1" }));
    const out = join(dir, "report.sarif");
    expect(gongshi(["lint", join(dir, "a.yaml"), "-f", "sarif", "-o", out], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } }).status).toBe(1);
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe("2.1.0");
    writeFileSync(out, "an earlier report");
    expect(gongshi(["lint", join(dir, "a.yaml"), "--output-file", out], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } }).status).toBe(1);
    const report = readFileSync(out, "utf8");
    expect(report).toContain("a.yaml\n  6:1  错误");
    expect(report).not.toMatch(/\x1b\[/);
  });

  it("never writes a report over a proposal, a workbook or a linted file without --force", () => {
    const dir = tempDir();
    const proposal = exampleProposal({ services: "  - item: 专业咨询\n    count: 1" });
    writeFileSync(join(dir, "a.yaml"), proposal);
    writeFileSync(join(dir, "other.yml"), proposal);
    writeFileSync(join(dir, "budget.xlsx"), "workbook bytes");
    for (const target of ["a.yaml", "other.yml", "budget.xlsx"]) {
      const refused = gongshi(["lint", "a.yaml", "-o", target], { cwd: dir });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain("不作为 lint 报告覆盖");
    }
    const named = join(dir, "plan.txt");
    writeFileSync(named, proposal);
    expect(gongshi(["lint", "plan.txt", "-o", "plan.txt"], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe(proposal);
    expect(readFileSync(join(dir, "budget.xlsx"), "utf8")).toBe("workbook bytes");
    expect(readFileSync(named, "utf8")).toBe(proposal);
    expect(gongshi(["lint", "a.yaml", "-o", "other.yml", "--force"], { cwd: dir }).status).toBe(1);
    expect(readFileSync(join(dir, "other.yml"), "utf8")).toContain("✖ 1 个问题");
  });

  it("exits 2 for unusable flags, unmatched paths and a broken config", () => {
    expect(gongshi(["lint", "examples", "--format", "checkstyle"]).status).toBe(2);
    expect(gongshi(["lint", "examples", "--max-warnings", "many"]).status).toBe(2);
    const missing = gongshi(["lint", "no-such-folder/*.yaml"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("没有匹配的文件");
    const dir = tempDir();
    writeFileSync(join(dir, ".gongshirc.yaml"), "rules:\n  activity-size: sometimes\n");
    writeFileSync(join(dir, "a.yaml"), exampleProposal());
    const broken = gongshi(["lint", dir], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(".gongshirc.yaml:2:18");
  });

  it("defaults to the github format under GitHub Actions and stylish elsewhere", () => {
    expect(gongshi(["lint", "examples"], { env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: undefined } }).stdout).toMatch(/^::notice /);
    expect(gongshi(["lint", "examples"], { env: { GITHUB_ACTIONS: undefined } }).stdout).toMatch(/^examples\/community-elderly\.yaml\n/);
  });

  it("does not lint the config file itself", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".gongshirc.yaml"), "rules:\n  activity-size: off\n");
    writeFileSync(join(dir, "a.yaml"), exampleProposal());
    const json = JSON.parse(gongshi(["lint", dir, "-f", "json"]).stdout);
    expect(json.map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, "a.yaml")]);
    expect(existsSync(join(dir, ".gongshirc.yaml"))).toBe(true);
  });
});

describe("lint of a folder with a delivery file", () => {
  it("reports each finding under the file it is in", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.yaml"), exampleProposal({ services: "  - item: 专业咨询\n    count: 1371" }));
    writeFileSync(join(dir, "midterm.yaml"), "proposal: plan.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询: 600\n");
    const results = JSON.parse(gongshi(["lint", dir, "-f", "json"]).stdout);
    const byFile = Object.fromEntries(results.map((r: { filePath: string; messages: { ruleId: string; line: number }[] }) => [r.filePath.split("/").pop(), r.messages.map((m) => `${m.ruleId}@${m.line}`)]));
    expect(byFile).toEqual({ "midterm.yaml": ["delivery-behind-schedule@2"], "plan.yaml": ["workload-below-floor@6"] });
  });
});
