/**
 * Where bid writers work: files saved by Notepad and WPS (GB18030 "ANSI", UTF-16 "Unicode", CRLF line
 * endings), a Chinese input method left in full-width mode, Windows paths. Each case reads the real bytes
 * such an editor writes; GB18030 bytes come from the system's iconv, not from gongshi.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, win32 } from "node:path";
import { describe, expect, it } from "vitest";
import { displayFile, repositoryPath } from "../src/report/lint/messages.js";
import { artifactUri, folderUri } from "../src/report/lint/sarif.js";
import { analyseText, gongshi, proposalText, ROOT, tempDir } from "./helpers.js";

const EXAMPLES = ["community-elderly.yaml", "social-assistance.yaml", "station.yaml"];

function gb18030(text: string): Buffer {
  const result = spawnSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: text });
  if (result.status !== 0) throw new Error(`iconv failed: ${result.stderr}`);
  return result.stdout;
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
const crlf = (text: string) => text.replace(/\r?\n/g, "\r\n");

/** Writes bytes as p.yaml in a fresh folder and checks it there (relative paths keep messages comparable). */
function checkBytes(bytes: Buffer | string, args: string[] = [], name = "p.yaml") {
  const dir = tempDir();
  writeFileSync(join(dir, name), bytes);
  const result = gongshi(["check", name, ...args], { cwd: dir });
  return { ...result, dir, file: join(dir, name) };
}

function example(name: string): string {
  return readFileSync(join(ROOT, "examples", name), "utf8");
}

describe("files from Notepad and WPS", () => {
  it.each(EXAMPLES)("%s saved as UTF-16 (Notepad's “Unicode”, both byte orders) reads exactly as the UTF-8 file", (name) => {
    const text = example(name);
    const utf8 = checkBytes(text, ["--format", "json"]);
    for (const bytes of [utf16le(text), utf16be(text), utf16le(crlf(text))]) {
      const other = checkBytes(bytes, ["--format", "json"]);
      expect(other.stderr).toBe("");
      expect(other.status).toBe(utf8.status);
      expect(other.stdout).toBe(utf8.stdout);
    }
  });

  it.each(EXAMPLES)("%s saved as GB18030 (Notepad's “ANSI”) is read, with one warning naming the encoding, and the file is not rewritten", (name) => {
    const text = example(name);
    const utf8 = JSON.parse(checkBytes(text, ["--format", "json"]).stdout);
    const bytes = gb18030(text);
    const result = checkBytes(bytes, ["--format", "json"]);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    const warning = report.findings.filter((f: { ruleId: string }) => f.ruleId === "file-encoding");
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatchObject({ severity: "warning", line: 1, column: 1 });
    expect(warning[0].message).toContain("GB18030");
    // Everything else is what the UTF-8 file gives.
    const rest = report.findings.filter((f: { ruleId: string }) => f.ruleId !== "file-encoding");
    expect(rest).toEqual(utf8.findings);
    expect(report.lines).toEqual(utf8.lines);
    expect(report.total).toEqual(utf8.total);
    expect(readFileSync(result.file).equals(bytes)).toBe(true);
  });

  it("names the encoding in the text report and in lint, and lint and export never rewrite the file", () => {
    const bytes = gb18030(example("community-elderly.yaml"));
    const result = checkBytes(bytes);
    expect(result.stdout).toContain("  1:1  警告  文件不是 UTF-8 编码，已按 GB18030（GBK）读取（文件本身未改动）");
    const lint = gongshi(["lint", "p.yaml"], { cwd: result.dir });
    expect(lint.stdout).toContain("GB18030");
    expect(lint.stdout).toContain("file-encoding");
    expect(gongshi(["export", "p.yaml"], { cwd: result.dir }).status).toBe(0);
    expect(readFileSync(result.file).equals(bytes)).toBe(true);
  });

  it("an error in a GB18030 file is reported with its Chinese intact", () => {
    const result = checkBytes(gb18030(proposalText("  - item: 入户慰问\n    count: 1\n")));
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("p.yaml:7:11  错误  参考工时表（苏州 2016）中没有 \"入户慰问\"，是否想写：探访（home-visit）、社区资源调查（community-resource-survey）？  unknown-item");
  });

  it("bytes that are neither UTF-8, UTF-16 nor GB18030 are refused with how to save as UTF-8", () => {
    const latin1 = Buffer.from("project:\n  name: caf\xe9\n", "latin1");
    for (const bytes of [latin1, Buffer.from([0x70, 0x3a, 0x20, 0xff, 0xfe, 0x00, 0x01, 0x0a]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41])])]) {
      const result = checkBytes(bytes);
      expect(result.status).toBe(2);
      const first = result.stderr.split("\n")[0]!;
      expect(first).toMatch(/^p\.yaml:1:1 {2}错误 {2}文件/);
      expect(first).toContain("另存为");
      expect(first).toContain("UTF-8");
      expect(first).toMatch(/not-utf8$/);
    }
    const en = gongshi(["--lang", "en", "check", "p.yaml"], { cwd: checkBytes(latin1).dir });
    expect(en.stderr).toContain("save the file as UTF-8");
  });

  it("a settings file must be UTF-8: a GB18030 .gongshirc.yaml is refused, naming its encoding", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), example("community-elderly.yaml"));
    writeFileSync(join(dir, ".gongshirc.yaml"), gb18030("rules:\n  activity-size: 关闭\n"));
    const result = gongshi(["check", "p.yaml"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("GB18030");
    expect(result.stderr).toContain("另存为");
  });
});

describe("a Chinese input method in full-width mode", () => {
  const services = (count: string) => `  - item: 专业咨询\n    count: ${count}\n  - item: 探访\n    count: 100\n`;

  it("reads full-width digits as the number they spell, with an info at the number", () => {
    const plain = JSON.parse(checkBytes(proposalText(services("120"), { fte: "0.5" }), ["--format", "json"]).stdout);
    const typed = checkBytes(proposalText(services("１２０"), { fte: "０．５" }), ["--format", "json"]);
    const report = JSON.parse(typed.stdout);
    expect(report.total).toEqual(plain.total);
    expect(report.lines).toEqual(plain.lines);
    const infos = report.findings.filter((f: { ruleId: string }) => f.ruleId === "full-width-digits");
    expect(infos.map((f: { line: number; column: number; severity: string }) => [f.line, f.column, f.severity])).toEqual([
      [5, 8, "info"],
      [8, 12, "info"],
    ]);
    expect(infos[1].message).toBe("“１２０”是全角数字，已按 120 读取（中文输入法处于全角模式；可改为半角数字 120）");
  });

  it("reads full-width digits in a tender's sentence as the number they spell", () => {
    const analysis = analyseText(`${proposalText(services("1272"))}tender:\n  indicators:\n    - 探访不少于１００人次，服务时数不超过１４７２．５小时\n`);
    expect(analysis.tender!.map((r) => [r.indicator.measure.kind, r.indicator.value, r.verdict])).toEqual([
      ["count", 100, "met"],
      ["hours", 1472.5, "met"],
    ]);
  });

  it("keeps quoted full-width digits as text (quotes say the writer meant text)", () => {
    const result = checkBytes(proposalText(services('"１２０"')));
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe('p.yaml:8:12  错误  services[0].count：应为数字，实际为文本 "１２０"  invalid-type');
  });

  const colonCases: [string, string, string][] = [
    ["after a key whose value is a map (staff)", "project:\n  name: 测试项目\n  months: 12\nstaff:\n  fte：4\nservices:\n  - item: 探访\n    count: 1\n", "p.yaml:5:6  错误  “fte”后面是全角冒号“：”（U+FF1A，中文输入法全角模式下打出的冒号），YAML 不认它作键值的分隔：请改为半角冒号加一个空格，写成“fte: 4”  full-width-colon"],
    ["after a key among others", "project:\n  name: 测试项目\n  months：12\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", "p.yaml:3:9  错误  “months”后面是全角冒号“：”（U+FF1A，中文输入法全角模式下打出的冒号），YAML 不认它作键值的分隔：请改为半角冒号加一个空格，写成“months: 12”  full-width-colon"],
    ["after a section name", "project:\n  name: 测试项目\nstaff：\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", "p.yaml:3:6  错误  “staff”后面是全角冒号“：”（U+FF1A，中文输入法全角模式下打出的冒号），YAML 不认它作键值的分隔：请改为半角冒号加一个空格，写成“staff:”  full-width-colon"],
    ["inside a list entry", "project:\n  name: 测试项目\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count：1372\n", "p.yaml:7:10  错误  “count”后面是全角冒号“：”（U+FF1A，中文输入法全角模式下打出的冒号），YAML 不认它作键值的分隔：请改为半角冒号加一个空格，写成“count: 1372”  full-width-colon"],
    ["after a Chinese key (a delivery count)", "proposal: ../p.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询：58\n  探访: 20\n", "d.yaml:4:7  错误  “专业咨询”后面是全角冒号“：”（U+FF1A，中文输入法全角模式下打出的冒号），YAML 不认它作键值的分隔：请改为半角冒号加一个空格，写成“专业咨询: 58”  full-width-colon"],
  ];

  it.each(colonCases)("names a full-width colon %s, where it is, and what to type", (_name, text, first) => {
    const dir = tempDir();
    const name = first.startsWith("d.yaml") ? "d.yaml" : "p.yaml";
    writeFileSync(join(dir, "p.yaml"), proposalText("  - item: 探访\n    count: 100\n"));
    writeFileSync(join(dir, name), text);
    for (const bytes of [text, crlf(text)]) {
      writeFileSync(join(dir, name), bytes);
      const result = gongshi(["check", name], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stderr.split("\n")[0]).toBe(first);
    }
  });

  it("says it in English too", () => {
    const result = checkBytes(colonCases[0]![1], [], "p.yaml");
    const en = gongshi(["--lang", "en", "check", "p.yaml"], { cwd: result.dir });
    expect(en.stderr.split("\n")[0]).toBe("p.yaml:5:6  error  a full-width colon “：” (U+FF1A, typed by a Chinese input method in full-width mode) after “fte”: YAML separates a key from its value only with a half-width colon and a space; type “fte: 4” instead  full-width-colon");
  });

  const indentCases: [string, string, string][] = [
    ["two of them before a key", "project:\n\u3000\u3000name: 测试项目\n\u3000\u3000months: 12\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1372\n", "p.yaml:2:1  错误  行首有 2 个全角空格“　”（U+3000，中文输入法全角模式下打出的空格），YAML 不认它作缩进：请删去，改用半角空格（英文状态下的空格键）缩进  full-width-space"],
    ["after half-width spaces", "project:\n  name: 测试项目\n  \u3000months: 12\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1372\n", "p.yaml:3:3  错误  行首有 1 个全角空格“　”（U+3000，中文输入法全角模式下打出的空格），YAML 不认它作缩进：请删去，改用半角空格（英文状态下的空格键）缩进  full-width-space"],
    ["in a list entry", "project:\n  name: 测试项目\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n  \u3000\u3000count: 1372\n", "p.yaml:7:3  错误  行首有 2 个全角空格“　”（U+3000，中文输入法全角模式下打出的空格），YAML 不认它作缩进：请删去，改用半角空格（英文状态下的空格键）缩进  full-width-space"],
  ];

  it.each(indentCases)("names a full-width space used as indentation %s, where it is, and what to type", (_name, text, first) => {
    for (const bytes of [text, crlf(text)]) {
      const result = checkBytes(bytes);
      expect(result.status).toBe(2);
      expect(result.stderr.split("\n")[0]).toBe(first);
    }
  });

  it("names both when a line has a full-width indent and a full-width colon", () => {
    const result = checkBytes("project:\n  name: 测试项目\nstaff:\n\u3000\u3000fte：1\n");
    expect(result.stderr.split("\n").slice(0, 2).map((line) => line.replace(/ {2}错误 {2}.*(full-width-\w+)$/, " $1"))).toEqual(["p.yaml:4:1 full-width-space", "p.yaml:4:6 full-width-colon"]);
  });

  it("leaves full-width colons and spaces inside text alone", () => {
    const text = [
      "project:",
      "  name: 长者关爱项目：第二期",
      "  months: 12",
      "staff:",
      "  fte: 1",
      "services:",
      "  - item: 人员招募甄选",
      "    count: 1",
      "    hours: 1372",
      "    justification: |",
      "      \u3000\u3000招募：发布 4 小时",
      "      \u3000\u3000甄选：面谈 12 小时",
      "tender:",
      "  indicators:",
      "    - 服务时数：不少于 1000 小时",
      "",
    ].join("\n");
    const result = checkBytes(text);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("Windows line endings and paths", () => {
  it.each(EXAMPLES)("%s with CRLF line endings gives the same report, positions included", (name) => {
    const text = example(name);
    const lf = checkBytes(text, ["--format", "json"]);
    const windows = checkBytes(crlf(text), ["--format", "json"]);
    expect(windows.stdout).toBe(lf.stdout);
    const lint = (dir: string) => gongshi(["lint", "p.yaml", "-f", "json"], { cwd: dir }).stdout.replaceAll(dir, "DIR");
    expect(lint(windows.dir)).toBe(lint(lf.dir));
  });

  it("a CRLF delivery file and its CRLF proposal give the same positions as LF ones", () => {
    const run = (convert: (t: string) => string) => {
      const dir = tempDir();
      writeFileSync(join(dir, "p.yaml"), convert(example("community-elderly.yaml")));
      writeFileSync(join(dir, "d.yaml"), convert("proposal: p.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨询: 10\n  探访: 400\n  no-such: 1\n"));
      return gongshi(["check", "d.yaml"], { cwd: dir });
    };
    const lf = run((t) => t);
    expect(lf.status).toBe(2);
    expect(run(crlf).stderr).toBe(lf.stderr);
  });

  it("names the proposal a delivery file points to as the user would, not as an absolute path", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "mid"));
    writeFileSync(join(dir, "p.yaml"), proposalText("  - item: 探访\n    count: -1\n"));
    writeFileSync(join(dir, "mid", "d.yaml"), "proposal: ../p.yaml\nmonths_elapsed: 6\ncounts:\n  探访: 1\n");
    expect(gongshi(["check", "mid/d.yaml"], { cwd: dir }).stderr.split("\n")[0]).toBe("p.yaml:8:12  错误  services[0].count：不能小于 0  too-small");
    // (Without the value: the user named the delivery file, not this one, whose content is never echoed.)
  });

  it("writes Windows paths the Windows way for people, and with forward slashes for GitHub and SARIF", () => {
    const cwd = "C:\\Users\\社工\\标书";
    const inside = "C:\\Users\\社工\\标书\\proposals\\长者.yaml";
    expect(displayFile(inside, cwd, win32)).toBe("proposals\\长者.yaml");
    expect(repositoryPath(inside, cwd, win32)).toEqual({ inside: true, path: "proposals/长者.yaml" });
    expect(artifactUri(inside, cwd, win32)).toEqual({ uri: "proposals/%E9%95%BF%E8%80%85.yaml", uriBaseId: "%SRCROOT%" });
    expect(folderUri(cwd, win32)).toBe("file:///C:/Users/%E7%A4%BE%E5%B7%A5/%E6%A0%87%E4%B9%A6/");
    // A USB stick is another drive: the path stays whole, and SARIF gets a file URI.
    const stick = "E:\\方案\\长者.yaml";
    expect(displayFile(stick, cwd, win32)).toBe(stick);
    expect(artifactUri(stick, cwd, win32)).toEqual({ uri: "file:///E:/%E6%96%B9%E6%A1%88/%E9%95%BF%E8%80%85.yaml" });
  });

  it("the README's Windows commands run in Windows PowerShell 5.1 (no &&, npm.cmd past the execution policy) and in cmd", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const blocks = (lang: string) => [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
    const powershell = blocks("powershell");
    expect(powershell.length).toBeGreaterThanOrEqual(2);
    for (const block of powershell.map((b) => b.replace(/#.*$/gm, ""))) {
      expect(block).not.toContain("&&");
      expect(block).not.toMatch(/(^|[;\s])(npm|npx) /m);
      expect(block).not.toMatch(/bin\/gongshi/);
    }
    expect(powershell.join("\n")).toContain("npm.cmd ci; npm.cmd run build; node bin\\gongshi.js check examples\\community-elderly.yaml");
    expect(blocks("bat").join("\n")).toContain("npm ci && npm run build && node bin\\gongshi.js check examples\\community-elderly.yaml");
    // npx only ever runs the locally installed gongshi: the name on the registry is not this project's.
    for (const block of [...powershell, ...blocks("bat")]) {
      for (const npx of block.replace(/#.*$/gm, "").match(/npx(\.cmd)? .*/g) ?? []) expect(npx).toMatch(/^npx(\.cmd)? --no-install gongshi /);
    }
    expect(readme).toContain("Set-ExecutionPolicy");
  });

  it("keeps the user's spelling of a path in messages", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), proposalText("  - item: 探访\n    count: -1\n"));
    for (const spelt of ["./p.yaml", "../" + dir.split("/").pop() + "/p.yaml", "p.yaml"]) {
      const result = gongshi(["check", spelt], { cwd: dir });
      expect(result.stderr.split("\n")[0]).toMatch(new RegExp(`^${spelt.replace(/[.]/g, "\\.")}:8:12  错误`));
    }
  });
});
