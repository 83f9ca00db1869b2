import { describe, expect, it } from "vitest";
import { gongshi, tempFile } from "./helpers.js";

const HEAD = "project:\n  name: 测试项目\n  months: 12\nstaff:\n  fte: 1\nservices:\n";

interface Case {
  name: string;
  text: string;
  /** file:line:column as printed */
  at: string;
  code: string;
  zh: string;
  en: string;
}

// Each case says where the problem is: line and column counted from the text as written.
const CASES: Case[] = [
  {
    name: "broken YAML (an unclosed quote)",
    text: 'project:\n  name: "测试项目\n  months: 12\n',
    at: "4:1",
    code: "yaml-missing-char",
    zh: "YAML 语法错误：缺少配对的字符",
    en: "YAML syntax error: Missing closing \"quote",
  },
  {
    name: "a tab used for indentation",
    text: "project:\n\tname: 测试项目\n",
    at: "2:1",
    code: "yaml-tab-as-indent",
    zh: "缩进用了制表符（Tab）",
    en: "Tabs are not allowed as indentation",
  },
  {
    name: "a duplicate key",
    text: HEAD + "  - item: 探访\n    count: 1\n    count: 2\n",
    at: "9:5",
    code: "yaml-duplicate-key",
    zh: "同一层级中出现了重复的键",
    en: "Map keys must be unique",
  },
  {
    name: "a count written as text",
    text: HEAD + '  - item: 探访\n    count: "十"\n',
    at: "8:12",
    code: "invalid-type",
    zh: 'services[0].count：应为数字，实际为文本 "十"',
    en: 'services[0].count: expected a number, got text "十"',
  },
  {
    name: "a negative count",
    text: HEAD + "  - item: 探访\n    count: -3\n",
    at: "8:12",
    code: "too-small",
    zh: "services[0].count：不能小于 0（实际为 -3）",
    en: "services[0].count: must be at least 0 (got -3)",
  },
  {
    name: "a fractional count",
    text: HEAD + "  - item: 接案\n    count: 1\n  - item: 探访\n    count: 2.5\n",
    at: "10:12",
    code: "invalid-type",
    zh: "services[1].count：应为整数，实际为数字 2.5",
    en: "services[1].count: expected a whole number, got a number 2.5",
  },
  {
    name: "a huge count",
    text: HEAD + "  - item: 探访\n    count: 1e20\n",
    at: "8:12",
    code: "too-big",
    zh: "services[0].count：不能大于 1000000",
    en: "services[0].count: must be at most 1000000",
  },
  {
    name: "an unknown item in Chinese, with suggestions",
    text: HEAD + "  - item: 小组准被\n    count: 1\n",
    at: "7:11",
    code: "unknown-item",
    zh: '参考工时表（苏州 2016）中没有 "小组准被"，是否想写：小组准备工作（group-preparation）',
    en: 'the reference table (suzhou-2016) has no item "小组准被"; did you mean 小组准备工作（group-preparation）',
  },
  {
    name: "an unknown item code, with a suggestion",
    text: HEAD + "  - item: case-intak\n    count: 1\n",
    at: "7:11",
    code: "unknown-item",
    zh: "是否想写：接案（case-intake）",
    en: "did you mean 接案（case-intake）",
  },
  {
    name: "a misspelt key",
    text: HEAD + "  - item: 探访\n    cuont: 2\n    count: 1\n",
    at: "8:5",
    code: "unknown-key",
    zh: 'services[0] 中没有 "cuont" 这一项',
    en: 'services[0] has no key "cuont"',
  },
  {
    name: "a missing count",
    text: HEAD + "  - item: 探访\n",
    at: "7:5",
    code: "missing-key",
    zh: "services[0] 缺少必填项 count",
    en: "services[0] is missing the required key count",
  },
  {
    name: "a list where a map belongs",
    text: "- project\n- staff\n",
    at: "1:1",
    code: "invalid-type",
    zh: "应为键值映射（key: value），实际为列表",
    en: "expected a map (key: value), got a list",
  },
  {
    name: "a referral without saying whether it is escorted",
    text: HEAD + "  - item: 转介\n    count: 2\n",
    at: "7:5",
    code: "variant-required",
    zh: "转介 有两档工时，须写明 escort: false（无需陪同，8 小时/案） 或 escort: true（需陪同，12 小时/案）",
    en: "转介 has two rates: give escort: false (8 h) or escort: true (12 h)",
  },
  {
    name: "a field that does not fit its item",
    text: HEAD + "  - item: 接案\n    count: 2\n    samples: 100\n",
    at: "9:5",
    code: "field-not-applicable",
    zh: "samples 只适用于按样本量计算的项目（社区调研）",
    en: "samples applies only to items scaled by samples",
  },
  {
    name: "an unknown sub-step",
    text: HEAD + "  - item: 社区调研\n    count: 1\n    exclude: [调研准被]\n",
    at: "9:15",
    code: "unknown-substep",
    zh: '社区调研 没有 "调研准被" 这个环节',
    en: '社区调研 has no sub-step "调研准被"',
  },
  {
    name: "an empty file",
    text: "",
    at: "1:1",
    code: "empty-file",
    zh: "文件为空（或只有注释）",
    en: "the file is empty (or holds only comments)",
  },
  {
    name: "fte with three decimals",
    text: "project:\n  name: 测试项目\nstaff:\n  fte: 1.125\nservices:\n  - item: 探访\n    count: 1\n",
    at: "4:8",
    code: "not-multiple-of",
    zh: "staff.fte：最多 2 位小数",
    en: "staff.fte: at most 2 decimals",
  },
];

describe("bad input gets file:line:column, a clear message and exit 2, never a stack trace", () => {
  it.each(CASES)("$name", ({ text, at, code, zh, en }) => {
    const file = tempFile(text);
    const chinese = gongshi(["check", file]);
    expect(chinese.status).toBe(2);
    expect(chinese.stdout).toBe("");
    const first = chinese.stderr.split("\n")[0]!;
    expect(first).toContain(`${file}:${at}  错误  `);
    expect(first).toContain(zh);
    expect(first).toContain(code);
    expect(chinese.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack frames

    const english = gongshi(["--lang", "en", "check", file]);
    expect(english.status).toBe(2);
    expect(english.stderr.split("\n")[0]).toContain(`${file}:${at}  error  `);
    expect(english.stderr.split("\n")[0]).toContain(en);
  });

  it("reports a missing file without a stack trace", () => {
    const result = gongshi(["check", "no/such/proposal.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no/such/proposal.yaml:1:1  错误  无法读取文件：文件不存在");
  });

  it("gives machine-readable problems with --format json", () => {
    const file = tempFile(HEAD + "  - item: 探访\n    count: -3\n");
    const result = gongshi(["check", file, "--format", "json"]);
    expect(result.status).toBe(2);
    const json = JSON.parse(result.stdout);
    expect(json.problems[0]).toMatchObject({ file, line: 8, column: 12, code: "too-small" });
    expect(json.summary.exitCode).toBe(2);
  });

  it("reports every problem of a file in one run", () => {
    const file = tempFile(HEAD + "  - item: 个按\n    count: 1\n  - item: 接案\n    count: 1\n    escort: true\n");
    const result = gongshi(["check", file]);
    expect(result.stderr).toContain(":7:11  错误");
    expect(result.stderr).toContain(":11:5  错误");
    expect(result.stderr).toContain("2 处输入错误");
  });

  it("refuses unusable flags with exit 2", () => {
    expect(gongshi(["check", "examples/station.yaml", "--format", "xml"]).status).toBe(2);
    expect(gongshi(["check", "examples/station.yaml", "--holidays", "ten"]).status).toBe(2);
    expect(gongshi(["--lang", "fr", "check", "examples/station.yaml"]).status).toBe(2);
    expect(gongshi(["nonsense"]).status).toBe(2);
  });
});
