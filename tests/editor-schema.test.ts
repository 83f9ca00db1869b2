import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASES } from "./corpus/cases.js";
import { NOT_SCHEMA, outOfReach, seeInEditor } from "./editor/corpus-in-editor.js";
import { YamlLanguageServer } from "./editor/yaml-ls.js";
import { gongshi, ROOT, tempDir } from "./helpers.js";

/**
 * The committed schemas in the real yaml-language-server (npm), driven over stdio as an editor drives
 * it: every mistake of the bad-input corpus that a schema can catch is flagged on the line where
 * `gongshi check` puts it, and nothing check accepts is flagged at all.
 */

const SCHEMA = (name: string) => join(ROOT, "schema", `${name}.schema.json`);

describe("the proposal schema in yaml-language-server, against the bad-input corpus", () => {
  it("flags every case a schema can catch on the line check reports (the others are named with why)", { timeout: 120_000 }, async () => {
    const reachable = CASES.filter((c) => c.exit === 2 && !outOfReach(c));
    const seen = await seeInEditor(SCHEMA("proposal"), reachable);
    const flagged = seen.filter((s) => s.flagged).length;
    const outside = CASES.filter((c) => c.exit === 2 && outOfReach(c));
    console.log(`yaml-language-server flags ${flagged} of the ${reachable.length} schema-expressible corpus cases on check's line (${outside.length} cases are beyond any schema: syntax, files, flags, or ${Object.keys(NOT_SCHEMA).length} named)`);
    expect(seen.filter((s) => !s.flagged).map((s) => `${s.name}: line ${s.line}, editor shows ${JSON.stringify(s.diagnostics.map((d) => [d.range.start.line + 1, d.message]))}`)).toEqual([]);
    // Each named exception is still a case of the corpus.
    for (const name of Object.keys(NOT_SCHEMA)) expect(CASES.map((c) => c.name)).toContain(name);
  });

  it("flags no number typed in full-width digits, which check reads as the number with an info", { timeout: 30_000 }, async () => {
    const text = [
      "project:\n  name: 测试项目\n  months: １２\n  public_holidays: １３\nstaff:\n  fte: ０．５\nservices:\n  - item: 专业咨询\n    count: ６８６\n",
      "budget:\n  lines:\n    - {category: 活动经费, item: 物资, unit_price: １００．５, unit: 次, quantity: ２}\n",
    ].join("");
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), text);
    const checked = gongshi(["check", "p.yaml", "--format", "json"], { cwd: dir });
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "full-width-digits")).toHaveLength(6);
    const [seen] = await seeInEditor(SCHEMA("proposal"), [{ name: "full-width digits", content: text, exit: 0, first: "" }]);
    expect(seen!.diagnostics).toEqual([]);
    // Text that is no number is still flagged where check puts it.
    const [words] = await seeInEditor(SCHEMA("proposal"), [{ name: "a count in words", content: text.replace("count: ６８６", "count: 六百"), exit: 2, first: "p.yaml:9:12" }]);
    expect(words!.flagged).toBe(true);
  });

  it("flags nothing in the corpus case check accepts", { timeout: 30_000 }, async () => {
    const accepted = CASES.filter((c) => c.exit === 0 && typeof c.content === "string");
    expect(accepted.length).toBeGreaterThan(0);
    for (const seen of await seeInEditor(SCHEMA("proposal"), accepted)) expect(seen.diagnostics, seen.name).toEqual([]);
  });
});

describe("the schemas as the files name them (the modeline on their first line)", () => {
  let server: YamlLanguageServer;
  beforeAll(async () => {
    server = await YamlLanguageServer.start({});
  });
  afterAll(async () => {
    await server.stop();
  });

  const examples = [
    ...readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join("examples", f)),
    ...readdirSync(join(ROOT, "examples", "delivery")).map((f) => join("examples", "delivery", f)),
  ];

  it.each(examples)("%s: named schema, no diagnostic", async (example) => {
    const text = readFileSync(join(ROOT, example), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=\.\.\/(\.\.\/)?schema\/(proposal|delivery)\.schema\.json$/);
    expect(await server.diagnoseAt(join(ROOT, example), text)).toEqual([]);
  });

  it.each(["community", "social-assistance", "station", "delivery", "config"])("gongshi init %s: named schema, no diagnostic", async (template) => {
    const dir = tempDir();
    const out = template === "config" ? ".gongshirc.yaml" : template === "delivery" ? "delivery.yaml" : "proposal.yaml";
    expect(gongshi(["init", template, "-o", out], { cwd: dir }).status).toBe(0);
    const text = readFileSync(join(dir, out), "utf8");
    const schema = template === "config" ? "config" : template === "delivery" ? "delivery" : "proposal";
    expect(text.split("\n")[0]).toMatch(new RegExp(`^# yaml-language-server: \\$schema=.*schema/${schema}\\.schema\\.json$`));
    expect(await server.diagnoseAt(join(dir, out), text)).toEqual([]);
  });

  it("completes an item with the Chinese names, each with its hours and clause", async () => {
    const text = "# yaml-language-server: $schema=" + SCHEMA("proposal") + "\nproject:\n  name: x\nstaff:\n  fte: 1\nservices:\n  - item: \n    count: 1\n";
    const items = await server.completion(join(tempDir(), "p.yaml"), text, 6, 10);
    const visit = items.find((i) => i.label === "探访");
    expect(visit).toBeDefined();
    expect(JSON.stringify(visit!.documentation)).toContain("2 小时/次");
    expect(JSON.stringify(visit!.documentation)).toContain("四（二）");
    expect(items.map((i) => i.label)).not.toContain("home-visit");
  });

  it("shows a field's Chinese description with an example on hover", async () => {
    const text = "# yaml-language-server: $schema=" + SCHEMA("proposal") + "\nproject:\n  name: x\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n";
    const hover = await server.hover(join(tempDir(), "p.yaml"), text, 4, 3);
    expect(hover).toContain("要求配备的全职人员数（FTE）");
    expect(hover).toContain("例：");
  });

  it("flags a delivery file's and a config file's mistakes where check does", async () => {
    const delivery = "# yaml-language-server: $schema=" + SCHEMA("delivery") + "\nproposal: p.yaml\nmonths_elapsed: 0\ncounts:\n  探访: -1\n";
    const shown = await server.diagnoseAt(join(tempDir(), "d.yaml"), delivery);
    expect(shown.map((d) => d.range.start.line + 1).sort()).toEqual([3, 5]);
    const config = "# yaml-language-server: $schema=" + SCHEMA("config") + "\nrules:\n  activity-sise: off\n  lecture-duration: loud\n";
    const flagged = await server.diagnoseAt(join(tempDir(), ".gongshirc.yaml"), config);
    expect(flagged.map((d) => d.range.start.line + 1).sort()).toEqual([3, 4]);
    expect(flagged.find((d) => d.range.start.line === 2)!.message).toContain("没有这个编号的规则");
  });
});
