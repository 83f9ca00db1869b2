import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_CONFIG } from "../src/config/config.js";
import { diagnose } from "../src/lsp/server.js";
import { BIN, gongshi, proposalText, ROOT, tempDir } from "./helpers.js";
import { LspClient } from "./lsp-client.mjs";

/** `gongshi lsp` driven over stdio by a real protocol client, as an editor would. */

const uriOf = (path: string) => pathToFileURL(path).href;
const EXAMPLES = [
  ...readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)),
  ...readdirSync(join(ROOT, "examples", "delivery")).map((f) => join("examples", "delivery", f)),
];

/** 2 h short of 1 FTE × 1372: the floor rule's error at the services key. */
const BELOW_FLOOR = proposalText("  - item: 专业咨询\n    count: 1000\n  - item: 探访\n    count: 185\n");

let client: LspClient;
beforeAll(async () => {
  client = new LspClient(process.execPath, [BIN, "lsp", "--stdio", "--debounce", "50"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
  const init = await client.initialize(ROOT);
  expect(init.capabilities.hoverProvider).toBe(true);
  expect(init.capabilities.textDocumentSync).toBe(2);
  expect(init.serverInfo.name).toBe("gongshi");
});
afterAll(async () => {
  expect(await client.close()).toBe(0);
});

describe("gongshi lsp over stdio", () => {
  it.each(EXAMPLES)("publishes for %s exactly the findings gongshi check reports, at their positions", async (example) => {
    const text = readFileSync(join(ROOT, example), "utf8");
    const uri = uriOf(join(ROOT, example));
    client.open(uri, text);
    const published = (await client.diagnostics(uri, { version: 1 })).params.diagnostics;
    const findings: { ruleId: string; severity: string; line: number; column: number }[] = JSON.parse(gongshi(["check", example, "--format", "json"]).stdout).findings;
    const severity = { error: 1, warning: 2, info: 3 };
    const delivery = example.includes("delivery");
    // A delivery file's findings in its proposal are shown at the line that names the proposal, with their place.
    const proposalLine = text.split("\n").findIndex((l) => l.startsWith("proposal:")) + 1;
    expect(published.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line + 1, column: d.range.start.character + 1, where: /^[^：]*:\d+:\d+：/.exec(d.message)?.[0] }))).toEqual(
      findings.map((f) => ({
        code: f.ruleId,
        severity: severity[f.severity as keyof typeof severity],
        line: delivery ? proposalLine : f.line,
        column: delivery ? 1 : f.column,
        where: delivery ? `../community-elderly.yaml:${f.line}:${f.column}：` : undefined,
      })),
    );
    for (const d of published) expect(d.source).toBe("gongshi");
  });

  it("shows a proposal below the floor as an error where check puts it, with rule id, clause and a link to the rule", async () => {
    const uri = uriOf(join(tempDir(), "below.yaml"));
    client.open(uri, BELOW_FLOOR);
    const [diagnostic] = (await client.diagnostics(uri)).params.diagnostics;
    expect(diagnostic).toMatchObject({ severity: 1, code: "workload-below-floor", source: "gongshi", range: { start: { line: 5, character: 0 } } });
    expect(diagnostic!.message).toContain("低于下限");
    expect(diagnostic!.message).toContain("依据：苏政民社〔2016〕2号 四（一）3");
    // The link SARIF gives too: the rule's anchored row in the README at this version (packed-install.test.ts checks every anchor).
    expect(diagnostic!.codeDescription!.href).toBe("https://github.com/gongshi-dev/gongshi/blob/v0.1.0/README.md#rule-workload-below-floor");
  });

  it("re-checks as the text changes: raising a count clears the error, breaking the YAML shows where", async () => {
    const uri = uriOf(join(tempDir(), "edit.yaml"));
    client.open(uri, BELOW_FLOOR);
    expect((await client.diagnostics(uri, { version: 1 })).params.diagnostics.map((d) => d.code)).toEqual(["workload-below-floor"]);
    client.change(uri, 2, BELOW_FLOOR.replace("count: 185", "count: 200"));
    expect((await client.diagnostics(uri, { version: 2 })).params.diagnostics).toEqual([]);
    client.change(uri, 3, BELOW_FLOOR.replace("count: 185", "count: [186"));
    const broken = (await client.diagnostics(uri, { version: 3 })).params.diagnostics;
    expect(broken[0]).toMatchObject({ severity: 1, code: "yaml-bad-indent", source: "gongshi" });
    client.change(uri, 4, BELOW_FLOOR.replace("count: 185", "count: -1"));
    const invalid = (await client.diagnostics(uri, { version: 4 })).params.diagnostics;
    expect(invalid).toEqual([expect.objectContaining({ code: "too-small", range: { start: { line: 9, character: 11 }, end: { line: 9, character: 13 } } })]);
  });

  it("publishes once for a burst of changes (debounced), for the last text", async () => {
    const uri = uriOf(join(tempDir(), "burst.yaml"));
    client.open(uri, BELOW_FLOOR);
    await client.diagnostics(uri, { version: 1 });
    const before = client.notifications.length;
    for (let v = 2; v <= 20; v++) client.change(uri, v, BELOW_FLOOR.replace("count: 185", `count: ${180 + v}`));
    const last = await client.diagnostics(uri, { version: 20, since: before });
    expect(last.params.diagnostics).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    const published = client.notifications.slice(before).filter((n) => n.method === "textDocument/publishDiagnostics" && n.params.uri === uri);
    expect(published.length).toBeLessThan(5);
  });

  it("shows the computed hours of a service line on hover, and of each step of a bundle", async () => {
    const uri = uriOf(join(ROOT, "examples", "community-elderly.yaml"));
    const text = readFileSync(fileURLToPath(uri), "utf8");
    client.open(uri, text, 7);
    await client.diagnostics(uri, { version: 7 });
    const lines = text.split("\n");
    const consultation = lines.findIndex((l) => l.includes("item: 专业咨询"));
    const hover = await client.request("textDocument/hover", { textDocument: { uri }, position: { line: consultation + 1, character: 6 } });
    expect(hover.contents.kind).toBe("markdown");
    expect(hover.contents.value).toMatch(/\*\*专业咨询\*\*：1 小时\/次 × \d+ = \*\*[\d,]+ 小时\*\*/);
    expect(hover.contents.value).toContain("方案合计");
    const bundle = lines.findIndex((l) => l.includes("bundle: 小组"));
    const group = await client.request("textDocument/hover", { textDocument: { uri }, position: { line: bundle, character: 14 } });
    expect(group.contents.value).toContain("- 小组准备工作");
    expect(group.contents.value).toContain("- 小组活动");
    expect(await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 4 } })).toBeNull();
  });

  it("checks a delivery file against its proposal, and again when the open proposal changes in the editor", async () => {
    const dir = tempDir();
    const proposal = join(dir, "p.yaml");
    writeFileSync(proposal, proposalText("  - item: 专业咨询\n    count: 1372\n"));
    const delivery = join(dir, "d.yaml");
    const deliveryText = "proposal: p.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询: 100\n";
    client.open(uriOf(delivery), deliveryText);
    const behind = (await client.diagnostics(uriOf(delivery), { version: 1 })).params.diagnostics;
    expect(behind.map((d) => d.code)).toEqual(["delivery-behind-schedule"]);
    // The proposal, opened and edited (not saved): the delivery file now reads the editor's text.
    client.open(uriOf(proposal), readFileSync(proposal, "utf8"));
    await client.diagnostics(uriOf(proposal), { version: 1 });
    const since = client.notifications.length;
    client.change(uriOf(proposal), 2, proposalText("  - item: 专业咨洵\n    count: 1372\n"));
    const broken = (await client.diagnostics(uriOf(delivery), { since })).params.diagnostics;
    expect(broken[0]).toMatchObject({ code: "unknown-item", range: { start: { line: 0, character: 0 } } });
    expect(broken[0]!.message).toMatch(/^p\.yaml:7:11：参考工时表（苏州 2016）中没有 "专业咨洵"/);
  });

  it("says where a delivery file's proposal cannot be found", async () => {
    const uri = uriOf(join(tempDir(), "d.yaml"));
    client.open(uri, "proposal: gone.yaml\nmonths_elapsed: 6\ncounts: {}\n");
    expect((await client.diagnostics(uri)).params.diagnostics).toEqual([
      expect.objectContaining({ code: "file-unreadable", range: { start: { line: 0, character: 10 }, end: { line: 0, character: 19 } } }),
    ]);
  });

  it("reads an open proposal as check reads the file: full-width digits count, with check's info at its place", async () => {
    const dir = tempDir();
    const text = proposalText("  - item: 专业咨询\n    count: １３７２\n  - item: 探访\n    count: ２\n");
    writeFileSync(join(dir, "p.yaml"), text);
    const uri = uriOf(join(dir, "p.yaml"));
    client.open(uri, text);
    const published = (await client.diagnostics(uri)).params.diagnostics;
    const findings: { ruleId: string; severity: string; line: number; column: number }[] = JSON.parse(gongshi(["check", "p.yaml", "--format", "json"], { cwd: dir }).stdout).findings;
    expect(findings.filter((f) => f.ruleId === "full-width-digits")).toHaveLength(2);
    const severity = { error: 1, warning: 2, info: 3 };
    expect(published.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line + 1, column: d.range.start.character + 1 }))).toEqual(
      findings.map((f) => ({ code: f.ruleId, severity: severity[f.severity as keyof typeof severity], line: f.line, column: f.column })),
    );
    expect(published[0]!.message).toContain("“１３７２”是全角数字，已按 1372 读取");
  });

  it("names a full-width colon and a full-width indent where check does", async () => {
    for (const [text, first] of [
      ["project:\n  name: 测试项目\nstaff:\n  fte：1\nservices:\n  - item: 探访\n    count: 1\n", { code: "full-width-colon", line: 3, character: 5 }],
      ["project:\n\u3000name: 测试项目\n", { code: "full-width-space", line: 1, character: 0 }],
      // Every top-level key typed in full-width mode: still a proposal to the server.
      ["project：\n  name: 测试项目\nstaff：\n  fte: 1\nservices：\n  - item: 探访\n    count: 1\n", { code: "full-width-colon", line: 0, character: 7 }],
    ] as const) {
      const dir = tempDir();
      writeFileSync(join(dir, "p.yaml"), text);
      const uri = uriOf(join(dir, "p.yaml"));
      client.open(uri, text);
      const [diagnostic] = (await client.diagnostics(uri)).params.diagnostics;
      expect(diagnostic).toMatchObject({ code: first.code, severity: 1, range: { start: { line: first.line, character: first.character } } });
      expect(gongshi(["check", "p.yaml"], { cwd: dir }).stderr).toContain(`p.yaml:${first.line + 1}:${first.character + 1}  错误  ${diagnostic!.message}`);
    }
  });

  it("reads a delivery file's proposal as check does: an open buffer with full-width digits, a GB18030 file on disk", async () => {
    const dir = tempDir();
    const proposal = join(dir, "p.yaml");
    writeFileSync(proposal, proposalText("  - item: 专业咨询\n    count: 1372\n"));
    const delivery = join(dir, "d.yaml");
    client.open(uriOf(proposal), proposalText("  - item: 专业咨询\n    count: １３７２\n"));
    await client.diagnostics(uriOf(proposal));
    client.open(uriOf(delivery), "proposal: p.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询: 686\n");
    const fromBuffer = (await client.diagnostics(uriOf(delivery))).params.diagnostics;
    expect(fromBuffer.map((d) => [d.code, d.severity])).toEqual([["full-width-digits", 3]]);
    expect(fromBuffer[0]!.message).toMatch(/^p\.yaml:8:12：“１３７２”是全角数字/);

    // Notepad's "ANSI": a proposal on disk in GB18030 (bytes from the system's iconv), read with check's warning.
    const other = tempDir();
    const gb = spawnSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: proposalText("  - item: 专业咨询\n    count: 1372\n") });
    expect(gb.status).toBe(0);
    writeFileSync(join(other, "p.yaml"), gb.stdout);
    writeFileSync(join(other, "d.yaml"), "proposal: p.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询: 686\n");
    const checked: { ruleId: string; severity: string }[] = JSON.parse(gongshi(["check", "d.yaml", "--format", "json"], { cwd: other }).stdout).findings;
    expect(checked.map((f) => f.ruleId)).toEqual(["file-encoding"]);
    client.open(uriOf(join(other, "d.yaml")), readFileSync(join(other, "d.yaml"), "utf8"));
    const fromDisk = (await client.diagnostics(uriOf(join(other, "d.yaml")))).params.diagnostics;
    expect(fromDisk.map((d) => [d.code, d.severity])).toEqual([["file-encoding", 2]]);
    expect(fromDisk[0]!.message).toMatch(/^p\.yaml:1:1：文件不是 UTF-8 编码，已按 GB18030（GBK）读取/);
  });

  it("leaves other YAML files alone", async () => {
    const uri = uriOf(join(tempDir(), "workflow.yaml"));
    client.open(uri, "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
    expect((await client.diagnostics(uri)).params.diagnostics).toEqual([]);
  });

  it("survives any text: garbage, binary, an alias bomb, a 2,000-line proposal, and still answers", async () => {
    const uri = uriOf(join(tempDir(), "fuzz.yaml"));
    const texts = [
      "project: [\n",
      "services:\n  - \u0000\u0001\u0002",
      "project:\n" + "  ".repeat(5000) + "x",
      ["a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "project: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]"].join("\n"),
      "project:\n  name: x\nstaff:\n  fte: 1\nservices:\n" + "  - item: 探访\n    count: 1\n".repeat(1000),
    ];
    client.open(uri, "project:\n");
    await client.diagnostics(uri, { version: 1 });
    for (const [i, text] of texts.entries()) {
      client.change(uri, i + 2, text);
      const published = await client.diagnostics(uri, { version: i + 2 });
      expect(published.params.diagnostics.every((d) => d.code !== "internal-error")).toBe(true);
    }
  });
});

describe("the diagnostics of one document (in-process)", () => {
  it("never throws on any text, and never reports an internal error", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (tail) => {
        const result = diagnose({ uri: "file:///tmp/x.yaml", getText: () => `project:\n${tail}` }, { lang: "zh", version: "0", repository: "" }, EMPTY_CONFIG);
        expect(result.diagnostics.map((d) => d.code)).not.toContain("internal-error");
      }),
      { numRuns: 300 },
    );
  });
});
