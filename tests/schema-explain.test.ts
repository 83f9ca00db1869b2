import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMAS, jsonSchemaText, type SchemaName } from "../src/json-schema/schemas.js";
import { RULES } from "../src/rules/registry.js";
import { gongshi, ROOT, tempDir } from "./helpers.js";

describe("the proposal JSON Schema", () => {
  it.each(Object.keys(JSON_SCHEMAS) as SchemaName[])("%s: committed under schema/ as generated (regenerate with gongshi schema NAME -o schema/NAME.schema.json --force)", (name) => {
    const committed = readFileSync(join(ROOT, "schema", JSON_SCHEMAS[name].file), "utf8");
    expect(committed).toBe(jsonSchemaText(name));
  });

  it("is what gongshi schema prints: draft-07, with Chinese titles, and the table's names offered as the item", () => {
    const printed = JSON.parse(gongshi(["schema"]).stdout);
    expect(printed.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(printed.properties.project.title).toBe("项目");
    expect(printed.allOf[0].then.properties.services.items.properties.item.anyOf[0].enum).toContain("接案");
    expect(printed.additionalProperties).toBe(false);
    expect(JSON.parse(gongshi(["schema", "delivery"]).stdout).properties.proposal.title).toBe("方案文件（相对本文件的路径）");
    expect(JSON.parse(gongshi(["schema", "配置"]).stdout).properties.rules.anyOf[0].properties["activity-size"]).toBeDefined();
    expect(gongshi(["schema", "budget"]).status).toBe(2);
  });

  it("gives every field of every schema a Chinese description with an example", () => {
    for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) {
      const walk = (schema: Record<string, unknown>, path: string) => {
        for (const [key, property] of Object.entries((schema.properties as Record<string, Record<string, unknown>>) ?? {})) {
          // Under counts and rules each key is an item or a rule, described by the table or the rule itself.
          if (!/(^|\.)(counts|rules)$/.test(path)) expect(property.markdownDescription, `${name}: ${path}.${key}`).toMatch(/\*\*.+\*\*[\s\S]*例：/);
          walk(property, path ? `${path}.${key}` : key);
        }
        if (schema.items && typeof schema.items === "object") walk(schema.items as Record<string, unknown>, path);
        for (const branch of (schema.anyOf as Record<string, unknown>[]) ?? []) walk(branch, path);
      };
      walk(JSON.parse(jsonSchemaText(name)), "");
    }
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schema", "proposal.schema.json"), "utf8")));

  it.each(readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")))("accepts examples/%s, which names it for the editor", (file) => {
    const text = readFileSync(join(ROOT, "examples", file), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/proposal.schema.json");
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects what the tool rejects: a misspelt key, a fractional count", () => {
    expect(validate({ project: { name: "x" }, staff: { fte: 1 }, services: [{ item: "探访", cuont: 1 }] })).toBe(false);
    expect(validate({ project: { name: "x" }, staff: { fte: 1 }, services: [{ item: "探访", count: 1.5 }] })).toBe(false);
  });

  it("is named by the proposals gongshi init writes", () => {
    const dir = tempDir();
    gongshi(["init", "community", "-o", "p.yaml"], { cwd: dir });
    const first = readFileSync(join(dir, "p.yaml"), "utf8").split("\n")[0]!;
    expect(first).toMatch(/^# yaml-language-server: \$schema=.*schema\/proposal\.schema\.json$/);
    const target = join(dir, first.replace(/^.*\$schema=/, ""));
    expect(readFileSync(target, "utf8")).toBe(jsonSchemaText("proposal"));
  });

  it("refuses to overwrite an existing schema file without --force", () => {
    const dir = tempDir();
    expect(gongshi(["schema", "-o", "s.json"], { cwd: dir }).status).toBe(0);
    expect(gongshi(["schema", "-o", "s.json"], { cwd: dir }).status).toBe(2);
    expect(gongshi(["schema", "-o", "s.json", "--force"], { cwd: dir }).status).toBe(0);
  });
});

describe("gongshi explain", () => {
  it("prints the rule, the quoted clause, a passing and a failing example with its finding", () => {
    const result = gongshi(["explain", "activity-size"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("activity-size  警告");
    expect(result.stdout).toContain("苏政民社〔2016〕2号 第五节 4(1)");
    expect(result.stdout).toContain("“本指引中，社区大型活动服务人数一般不少于 60 人");
    expect(result.stdout).toContain("通过的例子");
    expect(result.stdout).toContain("不通过的例子");
    expect(result.stdout).toMatch(/→ 检查结果\n {4}11:19 {2}警告 {2}社区大型活动每次 59 人/);
  });

  it("says when a rule's source is a draft, and which of its findings weigh less than the rule", () => {
    const result = gongshi(["explain", "supervisor-qualification"]);
    expect(result.stdout).toContain("supervisor-qualification  错误");
    expect(result.stdout).toContain("“具有 5 年及以上社会救助社会工作实务经验并取得社会工作师职业水平证书");
    expect(result.stdout).toContain("征求意见稿：在 project.follows 中写明时，“应”的规则为错误；仅由项目类型带入时为警告");
    expect(result.stdout).toMatch(/以下情形另有级别：\n {2}提示 {2}督导 \{name\} 未写社会救助社会工作实务年限/);
    expect(result.stdout).toMatch(/→ 检查结果\n {4}18:25 {2}错误 {2}督导 王督导（社会救助实务 6 年，助理社会工作师）不符合.*征求意见稿/);
  });

  it("lists every rule without an argument", () => {
    const result = gongshi(["explain"]);
    for (const rule of RULES) expect(result.stdout).toContain(rule.meta.id);
  });

  it("suggests the nearest rule for a typo, with exit 2", () => {
    const result = gongshi(["explain", "activity-sise"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("是否想查：activity-size");
  });
});
