import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleProposal } from "../src/rules/examples.js";
import { gongshi, tempDir } from "./helpers.js";

/**
 * gongshi lint in an evaluator's repository that takes pull requests from the organisations that wrote
 * the proposals (issue 13): one config per run, waivers under the repository's control, only proposals
 * linted, and ESLint's habits.
 */

const BELOW_FLOOR = exampleProposal({ services: "  - item: 专业咨询\n    count: 1371" });
const SMALL_EVENT = exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59" });

function write(root: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

function repository(files: Record<string, string>): string {
  return write(tempDir(), files);
}

function jsonOf(stdout: string): { filePath: string; messages: { ruleId: string; severity: number; message: string }[]; warningCount: number; errorCount: number }[] {
  return JSON.parse(stdout);
}

describe("one configuration per run", () => {
  const files = {
    ".gongshirc.yaml": "rules:\n  activity-size: error\n",
    "proposals/ngo-x/.gongshirc.yaml": "rules:\n  workload-below-floor: off\n",
    "proposals/ngo-x/bid.yaml": BELOW_FLOOR,
    "proposals/ngo-y/bid.yaml": SMALL_EVENT,
  };

  it("ignores a config file a submission adds in its own folder, and says so", () => {
    const dir = repository(files);
    const result = gongshi(["lint"], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("proposals/ngo-x/bid.yaml\n  6:1  错误  服务工作量 1371 小时低于下限");
    expect(result.stdout).toMatch(/proposals\/ngo-y\/bid\.yaml\n {2}11:19 {2}错误 {2}社区大型活动每次 59 人/);
    expect(result.stderr).toContain("未使用 proposals/ngo-x/.gongshirc.yaml：每次运行只用一份配置（本次为 .gongshirc.yaml）");
  });

  it("is the same for check, which finds the config from the working folder up", () => {
    const dir = repository(files);
    const result = gongshi(["check", "proposals/ngo-x/bid.yaml"], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("未使用 proposals/ngo-x/.gongshirc.yaml");
    const fromInside = gongshi(["check", "bid.yaml"], { cwd: join(dir, "proposals", "ngo-y") });
    expect(fromInside.status).toBe(1);
    expect(fromInside.stdout).toContain("社区大型活动每次 59 人");
  });

  it("takes -c FILE instead, and --rule on top of it", () => {
    const dir = repository({ ...files, "strict.yaml": "rules:\n  activity-size: info\n" });
    const result = gongshi(["lint", "proposals/ngo-y", "-c", "strict.yaml", "-f", "json"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("未使用 .gongshirc.yaml");
    expect(jsonOf(result.stdout)[0]!.messages[0]).toMatchObject({ ruleId: "activity-size", severity: 1 });
    const ruled = gongshi(["lint", "proposals/ngo-y", "-c", "strict.yaml", "--rule", "activity-size:error", "-f", "json"], { cwd: dir });
    expect(ruled.status).toBe(1);
    expect(gongshi(["lint", "proposals/ngo-y", "--rule", "activity-size: 关闭"], { cwd: dir }).status).toBe(0);
  });

  it("refuses --rule for a rule that does not exist or a severity that is not one", () => {
    const dir = repository(files);
    const unknown = gongshi(["lint", "--rule", "activity-sise:error"], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--rule：没有编号为 activity-sise 的规则");
    expect(gongshi(["lint", "--rule", "activity-size:sometimes"], { cwd: dir }).status).toBe(2);
    expect(gongshi(["check", "proposals/ngo-y/bid.yaml", "--rule", "nope"], { cwd: dir }).status).toBe(2);
  });

  it("prints the config in force for a file: the rules of its rule sets and their severities", () => {
    const dir = repository({
      ...files,
      "proposals/relief.yaml": exampleProposal({ project: "  kind: 社会救助" }),
    });
    const community = JSON.parse(gongshi(["lint", "--print-config", "proposals/ngo-y/bid.yaml"], { cwd: dir }).stdout);
    expect(community).toMatchObject({
      file: "proposals/ngo-y/bid.yaml",
      configFile: ".gongshirc.yaml",
      linted: true,
      waivers: "warnings",
      files: ["**/*.{yaml,yml}"],
      onlyProposals: true,
      ruleSets: ["suzhou-2016", "gongshi", "funder"],
    });
    expect(community.rules["activity-size"]).toBe("error");
    expect(community.rules["workload-below-floor"]).toBe("error");
    expect(community.rules["supervisor-required"]).toBeUndefined();
    const relief = JSON.parse(gongshi(["lint", "--print-config", "proposals/relief.yaml", "--rule", "supervision-ratio:off"], { cwd: dir }).stdout);
    expect(relief.ruleSets).toContain("db51");
    // DB51 is a draft for comments brought in by the kind alone: its 应 is a warning (issue 12).
    expect(relief.rules["supervisor-required"]).toBe("warning");
    expect(relief.rules["supervision-ratio"]).toBe("off");
  });
});

describe("waivers under the repository's control", () => {
  const waivedError = exampleProposal({ services: "  - item: 专业咨询\n    count: 1371", extra: "waivers:\n  - rule: workload-below-floor\n    reason: 差不多" });
  const waivedWarning = exampleProposal({
    services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59",
    extra: "waivers:\n  - rule: activity-size\n    reason: 场地所限",
  });

  it("does not honour a proposal's waiver of an error by default, and says so in the finding", () => {
    const dir = repository({ "p.yaml": waivedError });
    const check = gongshi(["check", "p.yaml", "--format", "json"], { cwd: dir });
    expect(check.status).toBe(1);
    const finding = JSON.parse(check.stdout).findings.find((f: { ruleId: string }) => f.ruleId === "workload-below-floor");
    expect(finding.waived).toBeNull();
    expect(finding.waiverNotHonoured).toMatchObject({ reason: "差不多", allow: "warnings", by: "default" });
    expect(gongshi(["check", "p.yaml"], { cwd: dir }).stdout).toContain("（豁免未采纳：仓库只允许豁免警告和提示，豁免错误须在仓库配置中写 waivers: all；方案的理由“差不多”）");
    const lint = gongshi(["lint"], { cwd: dir });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain("低于下限 1372 小时（1 FTE × 1372 小时 × 12/12），差 1 小时（豁免未采纳：仓库只允许豁免警告和提示");
    const english = gongshi(["--lang", "en", "lint"], { cwd: dir });
    expect(english.stdout).toContain("short by 1 h (waiver not honoured: the repository lets proposals waive only warnings and infos, and waiving an error needs waivers: all in its config; the proposal's reason: 差不多)");
    expect(lint.stdout).toContain("✖ 1 个问题（1 个错误，0 个警告）");
  });

  it("honours it when the repository's config says waivers: all", () => {
    const dir = repository({ "p.yaml": waivedError, ".gongshirc.yaml": "waivers: all\n" });
    const check = gongshi(["check", "p.yaml", "--format", "json"], { cwd: dir });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).findings[0]).toMatchObject({ ruleId: "workload-below-floor", waived: { reason: "差不多" }, waiverNotHonoured: null });
    expect(gongshi(["lint"], { cwd: dir }).status).toBe(0);
  });

  it("honours a waiver of a warning by default, none with waivers: none", () => {
    const dir = repository({ "p.yaml": waivedWarning });
    expect(gongshi(["lint", "--max-warnings", "0"], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, ".gongshirc.yaml"), "waivers: none\n");
    const none = gongshi(["lint", "--max-warnings", "0"], { cwd: dir });
    expect(none.status).toBe(1);
    expect(none.stdout).toContain("仓库配置 waivers: none，不采纳任何豁免");
  });

  it("shows every waiver and honours none with --no-waivers", () => {
    const dir = repository({ "p.yaml": waivedWarning, "q.yaml": waivedError, ".gongshirc.yaml": "waivers: all\n" });
    expect(gongshi(["lint"], { cwd: dir }).status).toBe(0);
    const strict = gongshi(["lint", "--no-waivers", "-f", "json"], { cwd: dir });
    expect(strict.status).toBe(1);
    const [p, q] = jsonOf(strict.stdout);
    expect(p!.warningCount).toBe(1);
    expect(p!.messages[0]!.message).toContain("（豁免未采纳：本次以 --no-waivers 运行，不采纳任何豁免；方案的理由“场地所限”）");
    expect(q!.errorCount).toBe(1);
    expect(gongshi(["check", "q.yaml", "--no-waivers"], { cwd: dir }).status).toBe(1);
  });
});

describe("which files are proposals", () => {
  const others = {
    "docker-compose.yml": "services:\n  web:\n    image: nginx\n",
    "mkdocs.yml": "site_name: 方案库\nnav:\n  - index.md\n",
    ".gitlab-ci.yml": "services:\n  - postgres:15\ntest:\n  script: [make]\n",
    "proposals/a.yaml": exampleProposal(),
    "proposals/broken.yaml": "project:\n  name: [未闭合\n",
    "proposals/midterm.yaml": "proposal: a.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询: 686\n",
    "proposals/services-only.yml": "services:\n  - item: 专业咨询\n    count: 1\n",
  };

  it("takes .yaml/.yml files that hold a proposal and skips the rest with a count", () => {
    const dir = repository(others);
    const result = gongshi(["lint", "-f", "json"], { cwd: dir });
    expect(jsonOf(result.stdout).map((r) => r.filePath.slice(dir.length + 1))).toEqual([
      "proposals/a.yaml",
      "proposals/broken.yaml",
      "proposals/midterm.yaml",
      "proposals/services-only.yml",
    ]);
    expect(result.stderr).toContain("跳过 3 个不是方案的 YAML 文件（顶层没有 project: 或 services: 列表，如 .gitlab-ci.yml、docker-compose.yml、mkdocs.yml）");
    // Named outright, a file is linted whatever it holds.
    expect(jsonOf(gongshi(["lint", "mkdocs.yml", "-f", "json"], { cwd: dir }).stdout)[0]!.errorCount).toBeGreaterThan(0);
  });

  it("takes what the config's files: names, and leaves out its ignores:", () => {
    const dir = repository({
      ...others,
      ".gongshirc.yaml": "files: [\"proposals/**/*.yaml\"]\nignores: [\"proposals/drafts/\"]\n",
      "proposals/drafts/wip.yaml": BELOW_FLOOR,
      "notes/old.yaml": BELOW_FLOOR,
    });
    const result = gongshi(["lint", "-f", "json"], { cwd: dir });
    expect(jsonOf(result.stdout).map((r) => r.filePath.slice(dir.length + 1))).toEqual(["proposals/a.yaml", "proposals/broken.yaml", "proposals/midterm.yaml"]);
    expect(result.stderr).toContain("跳过 5 个不在配置 files: 之内的文件");
    expect(result.stderr).toContain("忽略 1 个目录");
    // Relative to the config's folder, wherever lint runs from.
    const inside = gongshi(["lint", ".", "-f", "json"], { cwd: join(dir, "proposals") });
    expect(jsonOf(inside.stdout)).toHaveLength(3);
  });

  it("respects .gitignore, takes --ignore-pattern, and lints everything with --no-ignore", () => {
    const dir = repository({
      "proposals/a.yaml": exampleProposal(),
      "proposals/b.yaml": exampleProposal(),
      "build/proposals/a.yaml": BELOW_FLOOR,
      "proposals/scratch/tmp.yaml": BELOW_FLOOR,
      ".gitignore": "build/\n",
      "proposals/.gitignore": "scratch/\n",
    });
    expect(spawnSync("git", ["init", "-q"], { cwd: dir }).status).toBe(0);
    const result = gongshi(["lint", "-f", "json"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(jsonOf(result.stdout).map((r) => r.filePath.slice(dir.length + 1))).toEqual(["proposals/a.yaml", "proposals/b.yaml"]);
    expect(result.stderr).toContain("忽略 2 个目录");
    const pattern = gongshi(["lint", "--ignore-pattern", "proposals/b.yaml", "-f", "json"], { cwd: dir });
    expect(jsonOf(pattern.stdout).map((r) => r.filePath.slice(dir.length + 1))).toEqual(["proposals/a.yaml"]);
    const all = gongshi(["lint", "--no-ignore", "-f", "json"], { cwd: dir });
    expect(all.status).toBe(1);
    expect(jsonOf(all.stdout)).toHaveLength(4);
    const named = gongshi(["lint", "build/proposals/a.yaml"], { cwd: dir });
    expect(named.status).toBe(0);
    expect(named.stderr).toContain("忽略 build/proposals/a.yaml：它匹配忽略规则");
    const folder = gongshi(["lint", "build"], { cwd: dir });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain("匹配 build 的文件全部被忽略");
  });

  it("exits 2 when no proposal is found at all", () => {
    const dir = repository({ "docker-compose.yml": others["docker-compose.yml"] });
    const result = gongshi(["lint"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("没有找到方案文件");
  });
});

describe("a proposal on standard input", () => {
  it("is linted under the name --stdin-filename gives, under the run's config", () => {
    const dir = repository({ ".gongshirc.yaml": "rules:\n  activity-size: error\n" });
    const result = gongshi(["lint", "--stdin", "--stdin-filename", "proposals/new.yaml"], { cwd: dir, input: SMALL_EVENT });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^proposals\/new\.yaml\n {2}11:19 {2}错误 {2}社区大型活动每次 59 人/);
    const json = jsonOf(gongshi(["lint", "--stdin", "-f", "json"], { cwd: dir, input: SMALL_EVENT }).stdout);
    expect(json[0]!.filePath).toBe("<text>");
  });

  it("reads a delivery file's proposal relative to the given name, and reports a broken text at its place", () => {
    const dir = repository({ "proposals/plan.yaml": BELOW_FLOOR });
    const delivery = "proposal: plan.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询: 600\n";
    const result = jsonOf(gongshi(["lint", "--stdin", "--stdin-filename", "proposals/midterm.yaml", "-f", "json"], { cwd: dir, input: delivery }).stdout);
    expect(result[0]!.messages.map((m) => m.ruleId)).toEqual(["delivery-behind-schedule"]);
    const broken = gongshi(["lint", "--stdin", "--stdin-filename", "x.yaml"], { cwd: dir, input: "project:\n  name: [未闭合\n" });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^x\.yaml\n {2}\d+:\d+ {2}错误 {2}YAML 语法错误/);
  });

  it("is not linted when its name is ignored", () => {
    const dir = repository({ ".gongshirc.yaml": "ignores: [\"drafts/\"]\n" });
    const result = gongshi(["lint", "--stdin", "--stdin-filename", "drafts/x.yaml"], { cwd: dir, input: BELOW_FLOOR });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("忽略 drafts/x.yaml");
    expect(gongshi(["lint", "--stdin", "--stdin-filename", "drafts/x.yaml", "--no-ignore"], { cwd: dir, input: BELOW_FLOOR }).status).toBe(1);
  });

  it("refuses --stdin with paths, and --stdin-filename without --stdin", () => {
    expect(gongshi(["lint", "--stdin", "examples"], { input: "" }).status).toBe(2);
    expect(gongshi(["lint", "--stdin-filename", "x.yaml"]).status).toBe(2);
  });
});

describe("ESLint's habits", () => {
  it("takes --max-warnings -1 as no limit, as ESLint's default", () => {
    const dir = repository({ "p.yaml": SMALL_EVENT });
    expect(gongshi(["lint", "--max-warnings", "-1"], { cwd: dir }).status).toBe(0);
    expect(gongshi(["lint", "--max-warnings", "-2"], { cwd: dir }).status).toBe(2);
  });

  it("colours with --color even into a pipe, and not with --no-color", () => {
    const dir = repository({ "p.yaml": SMALL_EVENT });
    expect(gongshi(["--color", "lint"], { cwd: dir }).stdout).toMatch(/\x1b\[/);
    expect(gongshi(["lint", "--color"], { cwd: dir }).stdout).toMatch(/\x1b\[/);
    expect(gongshi(["lint", "--no-color"], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout).not.toMatch(/\x1b\[/);
  });

  it("takes a formatter module by path, CommonJS or ES module, with ESLint's results and context", () => {
    const dir = repository({
      "p.yaml": SMALL_EVENT,
      "formatters/count.cjs":
        "module.exports = (results, context) => results.map((r) => `${r.filePath.split('/').pop()} ${r.warningCount} ${r.messages[0].ruleId} ${context.rulesMeta[r.messages[0].ruleId].docs.url}`).join('\\n') + '\\n';\n",
      "formatters/async.mjs": "export default async function (results) { return `files: ${results.length}\\n`; }\n",
      "formatters/none.mjs": "export const x = 1;\n",
    });
    const cjs = gongshi(["lint", "-f", "./formatters/count.cjs"], { cwd: dir });
    expect(cjs.status).toBe(0);
    expect(cjs.stdout).toBe("p.yaml 1 activity-size https://github.com/gongshi-dev/gongshi/blob/v0.1.0/README.md#rule-activity-size\n");
    expect(gongshi(["lint", "--format", "formatters/async.mjs"], { cwd: dir }).stdout).toBe("files: 1\n");
    expect(gongshi(["lint", "-f", "formatters/none.mjs"], { cwd: dir }).status).toBe(2);
    expect(gongshi(["lint", "-f", "formatters/missing.js"], { cwd: dir }).status).toBe(2);
    expect(gongshi(["lint", "-f", "checkstyle"], { cwd: dir }).stderr).toContain("没有 checkstyle 格式");
  });

  it("counts infos as warnings in the ESLint JSON, where their severity 1 puts them", () => {
    const dir = repository({
      "p.yaml": exampleProposal({ services: "  - item: 专业咨询\n    count: 1352\n  - custom: 长者生日会\n    count: 1\n    hours: 20\n    justification: 筹备 12 + 现场 8" }),
    });
    const [result] = jsonOf(gongshi(["lint", "-f", "json"], { cwd: dir }).stdout);
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]).toMatchObject({ ruleId: "hours-by-proposal", severity: 1, gongshiSeverity: "info" });
    expect(result!.warningCount).toBe(1);
  });

  it("gives SARIF rules a name apart from the id, a helpUri into the README, and results partialFingerprints that survive moved lines", () => {
    const dir = repository({ "p.yaml": SMALL_EVENT });
    const sarif = JSON.parse(gongshi(["lint", "-f", "sarif"], { cwd: dir }).stdout);
    const rules: { id: string; name: string; helpUri: string }[] = sarif.runs[0].tool.driver.rules;
    const rule = rules.find((r) => r.id === "activity-size")!;
    expect(rule.name).toBe("ActivitySize");
    expect(rule.helpUri).toBe("https://github.com/gongshi-dev/gongshi/blob/v0.1.0/README.md#rule-activity-size");
    for (const r of rules) expect(r.name).not.toBe(r.id);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    expect(sarif.runs[0].tool.driver.informationUri).toBe("https://github.com/gongshi-dev/gongshi");
    const before = sarif.runs[0].results[0].partialFingerprints;
    expect(before["gongshi/v1"]).toMatch(/^[0-9a-f]{32}:1$/);
    writeFileSync(join(dir, "p.yaml"), "# 新增的注释行\n# 又一行\n" + SMALL_EVENT);
    const after = JSON.parse(gongshi(["lint", "-f", "sarif"], { cwd: dir }).stdout).runs[0].results[0];
    expect(after.locations[0].physicalLocation.region.startLine).toBe(13);
    expect(after.partialFingerprints).toEqual(before);
  });

  it("shows a progress line on standard error when a person at a terminal lints hundreds of files", () => {
    const dir = tempDir();
    for (let i = 0; i < 320; i++) writeFileSync(join(dir, `p${String(i).padStart(3, "0")}.yaml`), exampleProposal());
    const out = join(dir, "report.txt");
    // script(1) gives the command a terminal, as a person's shell would.
    const result = spawnSync("script", ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(join(__dirname, "..", "bin", "gongshi.js"))} lint . -o report.txt`, "/dev/null"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\r检查中 \d+\/320 个文件…/);
    expect(result.stdout).toContain("\r检查中 320/320 个文件…");
    expect(readFileSync(out, "utf8")).toContain("共检查 320 个文件");
    // Not on a pipe.
    expect(gongshi(["lint", "."], { cwd: dir }).stderr).not.toContain("检查中");
  });
});
