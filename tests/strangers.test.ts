/**
 * Files from strangers (hardening, second round): the items the corpus cannot hold in one file —
 * returned workbooks changed by hand or by a hostile zip, pipes that close or fill, links, folders
 * nobody may read, devices given as outputs, terminal and Markdown injection, signals during a write.
 * Each test names the item it answers; the corpus (tests/corpus/cases.ts, `strangers:`) holds the rest.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, gongshi, tempDir } from "./helpers.js";
import { rewriteZip } from "./zip.js";

const POSIX = process.platform !== "win32";
const BELOW_FLOOR = "project:\n  name: 低项目\n  months: 12\nstaff:\n  fte: 2\nservices:\n  - item: 专业咨询\n    count: 1372\n";

/** Exports `text` as p.yaml in a fresh folder; returns the folder and the workbook's path. */
function exported(text: string, extra: Record<string, string> = {}): { dir: string; xlsx: string } {
  const dir = tempDir();
  writeFileSync(join(dir, "p.yaml"), text);
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  const run = gongshi(["export", "p.yaml", "-o", "p.xlsx"], { cwd: dir });
  expect(run.status, run.stderr).toBe(0);
  return { dir, xlsx: join(dir, "p.xlsx") };
}

/** Opens a workbook, lets `edit` change it, and saves it as a new file beside it. */
async function edited(xlsx: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  edit(workbook);
  const out = xlsx.replace(/\.xlsx$/, "-edited.xlsx");
  await workbook.xlsx.writeFile(out);
  return out;
}

/** The first cell of a sheet whose text contains `text`. */
function cellWith(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (!found && typeof cell.value === "string" && cell.value.includes(text)) found = cell;
  }));
  if (!found) throw new Error(`no cell with ${text} on ${sheet.name}`);
  return found;
}

function checkWorkbook(xlsx: string, ...args: string[]) {
  return gongshi(["check", xlsx, ...args]);
}

describe("2. returned workbooks have limits", () => {
  it("refuses a range larger than any gongshi writes, without running out of memory", async () => {
    const { xlsx } = exported(BELOW_FLOOR);
    const out = await edited(xlsx, (wb) => {
      const sheet = wb.getWorksheet("服务量测算")!;
      let total: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (!total && cell.formula?.startsWith("SUM(")) total = cell;
      }));
      total!.value = { formula: "SUM(A1:XFD1048576)", result: (total!.value as ExcelJS.CellFormulaValue).result } as ExcelJS.CellFormulaValue;
    });
    const run = checkWorkbook(out);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("区域 A1:XFD1048576 有 17179869184 个单元格，超过 gongshi 写的任何区域");
    expect(run.stderr).not.toMatch(/FATAL|heap/i);
  });

  it("follows a chain of 10,000 formulas to its end once (memoised, without recursion)", async () => {
    const { xlsx } = exported(BELOW_FLOOR);
    const out = await edited(xlsx, (wb) => {
      const sheet = wb.getWorksheet("概要")!;
      const far = wb.addWorksheet("链");
      for (let row = 1; row < 10_000; row++) far.getCell(`A${row}`).value = { formula: `A${row + 1}+0`, result: 1 } as ExcelJS.CellFormulaValue;
      far.getCell("A10000").value = 1;
      let target: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (!target && cell.formula) target = cell;
      }));
      target!.value = { formula: "'链'!A1", result: 1 } as ExcelJS.CellFormulaValue;
    });
    const run = checkWorkbook(out);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/概要![A-Z]+\d+\s+formula-changed/);
  });

  it("refuses a small zip that unpacks to more than it may, before exceljs sees it", () => {
    const { dir, xlsx } = exported(BELOW_FLOOR);
    const padded = rewriteZip(readFileSync(xlsx), (name, data) =>
      name === "xl/worksheets/sheet1.xml" ? Buffer.concat([data.subarray(0, 200), Buffer.alloc(160 * 1024 * 1024, " "), data.subarray(200)]) : data,
    );
    writeFileSync(join(dir, "padded.xlsx"), padded);
    expect(padded.length).toBeLessThan(2 * 1024 * 1024);
    const run = gongshi(["check", "padded.xlsx"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("padded.xlsx:1:1  错误  工作簿过大，未核对：解压后超过 150 MB；gongshi 为最大的方案写出的工作簿也远小于此  workbook-too-large");
  });

  it("refuses a million extra cells", () => {
    const { dir, xlsx } = exported(BELOW_FLOOR);
    const rows: string[] = [];
    for (let r = 1000; r < 1_001_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    const grown = rewriteZip(readFileSync(xlsx), (name, data) =>
      name === "xl/worksheets/sheet1.xml" ? Buffer.from(data.toString("utf8").replace("</sheetData>", `${rows.join("")}</sheetData>`)) : data,
    );
    writeFileSync(join(dir, "grown.xlsx"), grown);
    const run = gongshi(["check", "grown.xlsx"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("grown.xlsx:1:1  错误  工作簿过大，未核对：单元格超过 750000 个；gongshi 为最大的方案写出的工作簿也远小于此  workbook-too-large");
  });
});

describe("6. a damaged hidden sheet", () => {
  it("says the proposal's text is missing when its cell is empty, in text and in JSON", async () => {
    const { dir, xlsx } = exported(BELOW_FLOOR);
    const out = await edited(xlsx, (wb) => {
      wb.getWorksheet("gongshi")!.getCell("B1").value = null;
    });
    const text = checkWorkbook(out);
    expect(text.status).toBe(2);
    expect(text.stderr.split("\n")[0]).toBe(`${out}:1:1  错误  隐藏的 gongshi 工作表已损坏：B 列没有方案原文，无法核对  workbook-source-damaged`);
    const json = gongshi(["check", out, "--format", "json"], { cwd: dir });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout).problems[0].code).toBe("workbook-source-damaged");
  });

  it("reads a proposal cell that is not a proposal as unusable input, without a stack trace", async () => {
    const { xlsx } = exported(BELOW_FLOOR);
    const out = await edited(xlsx, (wb) => {
      wb.getWorksheet("gongshi")!.getCell("B1").value = "not json {";
    });
    const run = checkWorkbook(out);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain("internal error");
  });
});

describe.runIf(POSIX)("7. standard output that closes or fills", () => {
  it("ends quietly, by SIGPIPE as git does, when the reader goes away (no stack trace, no verdict)", () => {
    const dir = tempDir();
    // More than a pipe holds (64 KiB), so the reader is gone before the report is written.
    for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `p${i}.yaml`), BELOW_FLOOR);
    const run = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" lint . | head -1; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stderr.trim()).toBe("status 141");
  });

  it("says a full disk and exits 2", () => {
    if (!existsSync("/dev/full")) return;
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), BELOW_FLOOR);
    const run = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" check p.yaml > /dev/full`], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LANG: "" } });
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("错误  无法写出标准输出：磁盘空间不足（ENOSPC）");
  });
});

describe("8. an untouched workbook is clean", () => {
  it("with counts of 0, no fee or tax, and a total of 0 hours", () => {
    const zero = "project:\n  name: 零项目\n  months: 12\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 0\n  - item: 专业咨询\n    count: 0\nbudget:\n  lines:\n    - {category: 活动经费, item: 物资, unit_price: 0, unit: 次, quantity: 0}\n";
    const { xlsx } = exported(zero);
    const run = checkWorkbook(xlsx);
    expect(run.stdout).toContain("一致");
    expect(run.status).toBe(0);
  });
});

describe("9. tampering with any cell gongshi wrote is found", () => {
  const cases: [string, (wb: ExcelJS.Workbook) => void, RegExp][] = [
    ["the project title", (wb) => { cellWith(wb.getWorksheet("概要")!, "低项目").value = "别的项目"; }, /概要!A1\s+text-changed/],
    ["an item label (专业咨询 → 社区大型活动)", (wb) => { cellWith(wb.getWorksheet("服务量测算")!, "专业咨询").value = "社区大型活动"; }, /服务量测算!B\d+\s+text-changed/],
    ["the summary's count of errors", (wb) => { const c = cellWith(wb.getWorksheet("概要")!, "1 个错误"); c.value = String(c.value).replace("1 个错误", "0 个错误"); }, /概要!B\d+\s+text-changed/],
    ["an error row deleted from 检查结果", (wb) => { wb.getWorksheet("检查结果")!.spliceRows(2, 1); }, /检查结果!A2\s+text-changed/],
  ];
  it.each(cases)("%s", async (_name, edit, said) => {
    const { xlsx } = exported(BELOW_FLOOR);
    const run = checkWorkbook(await edited(xlsx, edit));
    expect(run.stdout).toMatch(said);
    expect(run.status).toBe(1);
  });
});

describe("10. a workbook exported with a custom standard", () => {
  const standard = readFileSync(join(ROOT, "templates", "standards", "suzhou-2016.yaml"), "utf8").replace(/^id: suzhou-2016$/m, "id: my-city");
  const proposal = BELOW_FLOOR.replace("  months: 12\n", "  months: 12\n  standard: my-city.yaml\n");

  it("is checked against the standard it carries, also where that file is gone, and says so", () => {
    const { dir, xlsx } = exported(proposal, { "my-city.yaml": standard });
    const elsewhere = join(tempDir(), "p.xlsx");
    copyFileSync(xlsx, elsewhere);
    const run = checkWorkbook(elsewhere);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/按工作簿携带的参考工时标准 苏州 2016（my-city，不是内置标准，SHA-256 [0-9a-f]{12}…）核对/);
    expect(existsSync(join(dir, "my-city.yaml"))).toBe(true);
  });

  it("honours --standard and says which standard it used", () => {
    const { xlsx } = exported(proposal, { "my-city.yaml": standard });
    const run = checkWorkbook(xlsx, "--standard", "suzhou-2016");
    expect(run.stdout).toContain("按 --standard 指定的参考工时标准 苏州 2016（suzhou-2016）核对");
  });
});

describe.runIf(POSIX)("11. lint never skips a file without a word", () => {
  it("lints a proposal reached through a symbolic link", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "real"));
    mkdirSync(join(dir, "repo"));
    writeFileSync(join(dir, "real", "low.yaml"), BELOW_FLOOR);
    symlinkSync(join(dir, "real", "low.yaml"), join(dir, "repo", "low.yaml"));
    const run = gongshi(["lint", "repo"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("workload-below-floor");
  });

  it("takes only proposals from 'dir/**' (no notes.txt, no c.yaml.bak)", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "d"));
    writeFileSync(join(dir, "d", "p.yaml"), BELOW_FLOOR);
    writeFileSync(join(dir, "d", "notes.txt"), "笔记\n");
    writeFileSync(join(dir, "d", "c.yaml.bak"), BELOW_FLOOR);
    const run = gongshi(["lint", "d/**", "-f", "json"], { cwd: dir });
    const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.split(/[\\/]/).pop());
    expect(files).toEqual(["p.yaml"]);
  });

  /**
   * Runs gongshi as a user who may not read what root may (root reads every folder), from a copy of the
   * built package that user can read (a fresh clone may sit in a folder only root can enter); undefined
   * where switching user cannot be done.
   */
  function asNobody(args: string[], cwd: string) {
    if (process.getuid?.() !== 0) return gongshi(args, { cwd });
    const probe = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]);
    if (probe.status !== 0) return undefined;
    const copy = tempDir();
    for (const part of ["bin", "dist/gongshi.cjs", "dist/standards", "templates", "schema", "package.json"]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    spawnSync("chmod", ["-R", "a+rX", copy]);
    const run = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, join(copy, "bin", "gongshi.js"), ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LANG: "", HOME: "/tmp", XDG_CACHE_HOME: "" } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it("says which sub-folder it could not read, and an explicit one is a permission error", (context) => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, "ok"), { mode: 0o755 });
    mkdirSync(join(dir, "closed"), { mode: 0o755 });
    writeFileSync(join(dir, "ok", "p.yaml"), BELOW_FLOOR.replace("fte: 2", "fte: 1"));
    writeFileSync(join(dir, "closed", "p.yaml"), BELOW_FLOOR);
    for (const f of ["ok", "ok/p.yaml", "closed/p.yaml"]) chmodSync(join(dir, f), f.endsWith(".yaml") ? 0o644 : 0o755);
    chmodSync(join(dir, "closed"), 0o000);
    const all = asNobody(["lint", "."], dir);
    if (!all) return context.skip();
    // A result for the folder, as for a file that cannot be read: an error, so the run fails.
    expect(all.stdout).toContain("closed\n  1:1  错误  无法读取目录：没有读取权限，其中的方案未检查");
    expect(all.stdout).toContain("共检查 2 个文件"); // ok/p.yaml, clean, and the folder
    expect(all.status).toBe(1);
    const explicit = asNobody(["lint", "closed"], dir)!;
    expect(explicit.stdout).toContain("closed\n  1:1  错误  无法读取目录：没有读取权限，其中的方案未检查");
    expect(explicit.stderr).not.toContain("没有匹配的文件");
    expect(explicit.status).toBe(1);
    chmodSync(join(dir, "closed"), 0o755);
  });
});

describe.runIf(POSIX)("14. --force never replaces a device or a link to one; -o - is standard output", () => {
  it("writes a lint report to /dev/null in place", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), BELOW_FLOOR);
    const run = gongshi(["lint", "p.yaml", "-o", "/dev/null", "--force"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("writes through a link to /dev/stdout, and the link stays a link", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), BELOW_FLOOR);
    symlinkSync("/dev/stdout", join(dir, "out"));
    // Through a shell pipe, as in CI (spawnSync's own pipes are sockets, which no file name can open).
    const run = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" lint p.yaml -o out --force | cat`], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LANG: "" } });
    expect(lstatSync(join(dir, "out")).isSymbolicLink()).toBe(true);
    expect(run.stdout).toContain("workload-below-floor");
    // Behind a socket it is refused with what it is.
    const socket = gongshi(["lint", "p.yaml", "-o", "out", "--force"], { cwd: dir });
    expect(socket.status).toBe(2);
    expect(socket.stderr.split("\n")[0]).toBe("错误  无法写入 out：这是一个套接字，不是文件");
  });

  it("writes an export given -o - on standard output, and no file named -", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), BELOW_FLOOR);
    const run = spawnSync(process.execPath, [BIN, "export", "p.yaml", "-o", "-"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(0);
    expect(run.stdout.subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["p.yaml"]);
  });
});

describe("15. text from a proposal is escaped for where it goes", () => {
  const hostile = 'project:\n  name: "a\\e]0;pwned\\a\\e[8mhidden | x\\n## all checks passed [link](http://x)"\n  months: 12\nstaff:\n  fte: 2\nservices:\n  - item: 专业咨询\n    count: 1372\n';

  it("shows control characters as escapes on a terminal and in a log", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), hostile);
    const run = gongshi(["check", "p.yaml"], { cwd: dir });
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).not.toContain("\u0007");
    expect(run.stdout).toContain("\\u001B]0;pwned\\u0007");
  });

  it("keeps a | or a new line in a name from breaking diff's Markdown table or starting a heading", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), hostile);
    writeFileSync(join(dir, "b.yaml"), hostile.replace("count: 1372", "count: 1300"));
    const run = gongshi(["diff", "a.yaml", "b.yaml", "-f", "markdown"], { cwd: dir });
    expect(run.stdout).not.toMatch(/^## all checks passed/m);
    expect(run.stdout).not.toContain("\u001b");
    for (const line of run.stdout.split("\n").filter((l) => l.startsWith("|"))) expect(line.endsWith("|")).toBe(true);
  });

  it("escapes the GitHub step summary and the workflow commands", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.yaml"), hostile);
    writeFileSync(join(dir, "summary.md"), "");
    const run = gongshi(["lint", "p.yaml", "-f", "github"], { cwd: dir, env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: join(dir, "summary.md") } });
    const summary = readFileSync(join(dir, "summary.md"), "utf8");
    expect(summary).not.toMatch(/^## all checks passed/m);
    expect(summary).not.toContain("\u001b");
    for (const line of run.stdout.split("\n").filter(Boolean)) expect(line.startsWith("::")).toBe(true);
  });
});

describe.runIf(POSIX)("16. a signal during a write leaves no temporary file", () => {
  it("holds SIGTERM while the workbook is written, then ends by it: never a half file or a temp file", async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) => `  - custom: 服务${i}\n    count: 1\n    like: 探访\n`).join("");
    writeFileSync(join(dir, "p.yaml"), `project:\n  name: 大项目\n  months: 12\nstaff:\n  fte: 2\nservices:\n${lines}`);
    for (const delay of [150, 300, 450, 600, 750, 900, 1100, 1300]) {
      const child = spawn(process.execPath, [BIN, "export", "p.yaml", "-o", "out.xlsx", "--force"], { cwd: dir, stdio: "ignore" });
      await new Promise((done) => setTimeout(done, delay));
      child.kill("SIGTERM");
      await new Promise((done) => child.on("exit", done));
      const left = readdirSync(dir).filter((f) => f !== "p.yaml" && f !== "out.xlsx");
      expect(left, `after ${delay} ms`).toEqual([]);
      if (existsSync(join(dir, "out.xlsx"))) expect(readFileSync(join(dir, "out.xlsx")).subarray(0, 2).toString()).toBe("PK");
    }
  }, 120_000);
});
