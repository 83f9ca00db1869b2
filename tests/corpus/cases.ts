/**
 * The bad-input corpus: files people and machines really produce, each with the exact first line of
 * what gongshi must say (file:line:column, severity, message, code) and the exit code. Texts are
 * built here so that invisible bytes (BOM, CRLF, tabs, non-UTF-8) are explicit.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";

export interface CorpusCase {
  name: string;
  /** The proposal file's content (written as p.yaml), or bytes. */
  content: string | Buffer | (() => Buffer);
  /** Arguments after `gongshi`; "p.yaml" is the file. Defaults to check p.yaml. */
  args?: string[];
  /** Other files to write beside p.yaml. */
  files?: Record<string, string>;
  /** Anything files cannot say (a FIFO, a link to a device, a folder nobody may read), made in the case's folder. */
  setup?: (dir: string) => void;
  /** Environment variables for the run. */
  env?: Record<string, string>;
  /** Where `first` is read: standard error when the exit code is not 0, else standard output, unless said here. */
  stream?: "stdout" | "stderr";
  /** The numbered item of the issue "Files from strangers" (hardening, second round) that the case answers. */
  strangers?: number;
  exit: number;
  /** The exact first line on stderr (or stdout when exit is 0). */
  first: string;
}

const HEAD = "project:\n  name: 测试项目\n  months: 12\nstaff:\n  fte: 1\nservices:\n";
const OK = `${HEAD}  - item: 专业咨询\n    count: 1372\n`;
const svc = (body: string) => `${HEAD}${body}`;
/** A proposal with one budget line whose unit price is written `price`. */
const budgetLine = (price: string) => `${OK}budget:\n  lines:\n    - {category: 活动经费, item: 物资, unit_price: ${price}, unit: 次, quantity: 1}\n`;

/** 91 budget lines at the largest amount a line may have: their sum is past what a double holds to the fen. */
const BIG_BUDGET = `${OK}budget:\n  lines:\n${Array.from({ length: 91 }, (_, i) => `    - {category: 活动经费, item: 物资${i + 1}, unit_price: 1000000000, unit: 次, quantity: 1}\n`).join("")}`;

export const CASES: CorpusCase[] = [
  { name: "an unclosed double quote", content: 'project:\n  name: "测试项目\n  months: 12\n', exit: 2, first: "p.yaml:4:1  错误  YAML 语法错误：缺少配对的字符（引号或括号未闭合）（Missing closing \"quote）  yaml-missing-char" },
  { name: "an unclosed flow sequence", content: svc("  - item: 探访\n    count: [1, 2\n"), exit: 2, first: "p.yaml:9:1  错误  YAML 语法错误：缩进不正确（Flow sequence in block collection must be sufficiently indented and end with a ]）  yaml-bad-indent" },
  { name: "an unclosed flow map", content: "project: {name: 测试项目, months: 12\nstaff:\n  fte: 1\n", exit: 2, first: "p.yaml:2:1  错误  YAML 语法错误：缩进不正确（Flow map in block collection must be sufficiently indented and end with a }）  yaml-bad-indent" },
  { name: "a tab used for indentation", content: "project:\n\tname: 测试项目\n", exit: 2, first: "p.yaml:2:1  错误  YAML 语法错误：缩进用了制表符（Tab），YAML 只允许空格缩进（Tabs are not allowed as indentation）  yaml-tab-as-indent" },
  { name: "a key indented too far", content: "project:\n  name: 测试项目\n    months: 12\n", exit: 2, first: "p.yaml:2:9  错误  YAML 语法错误：此处不能嵌套映射（多半是缩进不对，或冒号后少了空格）（Nested mappings are not allowed in compact mappings）  yaml-block-as-implicit-key" },
  { name: "a duplicate key", content: svc("  - item: 探访\n    count: 1\n    count: 2\n"), exit: 2, first: "p.yaml:9:5  错误  YAML 语法错误：同一层级中出现了重复的键（Map keys must be unique）  yaml-duplicate-key" },
  { name: "two YAML documents in one file", content: `${OK}---\n${OK}`, exit: 2, first: "p.yaml:9:1  错误  YAML 语法错误：一个文件只能有一个 YAML 文档（Source contains multiple documents; please use YAML.parseAllDocuments()）  yaml-multiple-docs" },
  { name: "a bad escape in a double-quoted string", content: 'project:\n  name: "测试\\q"\n', exit: 2, first: "p.yaml:2:12  错误  YAML 语法错误：双引号字符串中的转义符无效（Invalid escape sequence \\q）  yaml-bad-dq-escape" },
  { name: "an alias to an anchor that does not exist", content: svc("  - item: 探访\n    count: *n\n"), exit: 2, first: "p.yaml:8:12  错误  别名 *n 没有对应的锚点 &n（锚点须写在别名之前）  yaml-unresolved-alias" },
  { name: "a colon missing its space", content: "project:\n  name:测试项目\n  months: 12\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:2:3  错误  YAML 语法错误：键不能跨行（可能漏了冒号后的空格）（Implicit keys need to be on a single line）  yaml-multiline-implicit-key" },
  { name: "a BOM before an error (columns as the editor shows them)", content: `\uFEFF${svc("  - item: 探访\n    count: -1\n")}`, exit: 2, first: "p.yaml:8:12  错误  services[0].count：不能小于 0（实际为 -1）  too-small" },
  { name: "CRLF line endings before an error", content: svc("  - item: 探访\n    count: -1\n").replace(/\n/g, "\r\n"), exit: 2, first: "p.yaml:8:12  错误  services[0].count：不能小于 0（实际为 -1）  too-small" },
  { name: "an empty file", content: "", exit: 2, first: "p.yaml:1:1  错误  文件为空（或只有注释），没有可检查的内容  empty-file" },
  { name: "a file of only comments", content: "# 方案\n# 待填写\n", exit: 2, first: "p.yaml:1:1  错误  文件为空（或只有注释），没有可检查的内容  empty-file" },
  { name: "a list where the proposal map belongs", content: "- project\n- staff\n", exit: 2, first: "p.yaml:1:1  错误  应为键值映射（key: value），实际为列表（- 开头的各行）  invalid-type" },
  { name: "a bare word where the proposal map belongs", content: "方案\n", exit: 2, first: "p.yaml:1:1  错误  应为键值映射（key: value），实际为文本 \"方案\"  invalid-type" },
  { name: "a list where project's map belongs", content: "project:\n  - name: 测试项目\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:2:3  错误  project：应为键值映射（key: value），实际为列表（- 开头的各行）  invalid-type" },
  { name: "a map where the services list belongs", content: `${HEAD}  item: 探访\n  count: 1\n`, exit: 2, first: "p.yaml:7:3  错误  services：应为列表（- 开头的各行），实际为键值映射（key: value）  invalid-type" },
  { name: "an empty services list", content: `${HEAD.replace("services:\n", "services: []\n")}`, exit: 2, first: "p.yaml:6:11  错误  services：至少需要 1 项  too-small" },
  { name: "FTE written as text", content: "project:\n  name: 测试项目\nstaff:\n  fte: 三\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:4:8  错误  staff.fte：应为数字，实际为文本 \"三\"  invalid-type" },
  { name: "a negative count", content: svc("  - item: 探访\n    count: -3\n"), exit: 2, first: "p.yaml:8:12  错误  services[0].count：不能小于 0（实际为 -3）  too-small" },
  { name: "a fractional count", content: svc("  - item: 探访\n    count: 2.5\n"), exit: 2, first: "p.yaml:8:12  错误  services[0].count：应为整数，实际为数字 2.5  invalid-type" },
  { name: "a huge count (1e20)", content: svc("  - item: 探访\n    count: 1e20\n"), exit: 2, first: "p.yaml:8:12  错误  services[0].count：不能大于 1000000（实际为 100000000000000000000）  too-big" },
  { name: "a non-numeric count", content: svc("  - item: 探访\n    count: 十次\n"), exit: 2, first: "p.yaml:8:12  错误  services[0].count：应为数字，实际为文本 \"十次\"  invalid-type" },
  { name: "a count of NaN", content: svc("  - item: 探访\n    count: .nan\n"), exit: 2, first: "p.yaml:8:12  错误  services[0].count：应为数字，实际为NaN  invalid-type" },
  { name: "a count of Infinity", content: svc("  - item: 探访\n    count: .inf\n"), exit: 2, first: "p.yaml:8:12  错误  services[0].count：应为数字，实际为Infinity  invalid-type" },
  { name: "hours with three decimals", content: svc("  - item: 人员招募甄选\n    count: 1\n    hours: 1.125\n    justification: 面谈\n"), exit: 2, first: "p.yaml:9:12  错误  services[0].hours：最多 2 位小数  not-multiple-of" },
  { name: "an FTE of zero", content: "project:\n  name: 测试项目\nstaff:\n  fte: 0\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:4:8  错误  staff.fte：必须大于 0（实际为 0）  too-small" },
  { name: "an unknown item in Chinese", content: svc("  - item: 入户慰问\n    count: 1\n"), exit: 2, first: "p.yaml:7:11  错误  参考工时表（苏州 2016）中没有 \"入户慰问\"，是否想写：探访（home-visit）、社区资源调查（community-resource-survey）？  unknown-item" },
  { name: "an unknown item code", content: svc("  - item: home-vist\n    count: 1\n"), exit: 2, first: "p.yaml:7:11  错误  参考工时表（苏州 2016）中没有 \"home-vist\"，是否想写：探访（home-visit）？  unknown-item" },
  { name: "a misspelt key", content: svc("  - item: 探访\n    cout: 1\n"), exit: 2, first: "p.yaml:7:5  错误  services[0] 缺少必填项 count  missing-key" },
  { name: "a missing project name", content: "project:\n  months: 12\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:1:1  错误  project 缺少必填项 name  missing-key" },
  { name: "a merge key (not part of YAML 1.2)", content: "base: &b\n  count: 1\nproject:\n  name: 测试项目\nstaff:\n  fte: 1\nservices:\n  - <<: *b\n    item: 探访\n", exit: 2, first: "p.yaml:8:5  错误  services[0] 缺少必填项 count  missing-key" },
  {
    name: "an alias bomb (billion laughs)",
    content: ["a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]", "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]", ""].join("\n"),
    exit: 2,
    first: "p.yaml:1:1  错误  别名（alias）展开过多，已拒绝（疑似“十亿笑声”攻击）：Excessive alias count indicates a resource exhaustion attack  alias-expansion",
  },
  { name: "a 50 MB file", content: () => Buffer.alloc(50 * 1024 * 1024, "#"), exit: 2, first: "p.yaml:1:1  错误  文件过大（50.0 MB，上限 5 MB），未读取  file-too-large" },
  { name: "a __proto__ key", content: "project:\n  name: 测试项目\n  __proto__:\n    polluted: true\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:3:3  错误  “__proto__”不能用作键或名称  reserved-key" },
  { name: "a constructor key", content: svc("  - item: 探访\n    count: 1\n    constructor: 1\n"), exit: 2, first: "p.yaml:9:5  错误  services[0] 中没有 \"constructor\" 这一项（拼写错误？）  unknown-key" },
  { name: "a project of 0 months", content: "project:\n  name: 测试项目\n  months: 0\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:3:11  错误  project.months：不能小于 1（实际为 0）  too-small" },
  { name: "a period that is not whole months", content: "project:\n  name: 测试项目\n  period: {start: 2026-01-01, end: 2026-12-30}\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:3:3  错误  项目期 2026-01-01 至 2026-12-30 不是整月（应如 2026-01-01 至 2026-12-31）；请改写或直接写 months  period-not-whole-months" },
  { name: "both months and a period", content: "project:\n  name: 测试项目\n  months: 12\n  period: {start: 2026-01-01, end: 2026-12-31}\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:4:3  错误  months 与 period 只能写一个  months-and-period" },
  { name: "an escort on an item without one", content: svc("  - item: 接案\n    count: 1\n    escort: true\n"), exit: 2, first: "p.yaml:9:5  错误  escort 只适用于有“是否陪同”两档工时的项目（转介）  field-not-applicable" },
  { name: "a referral that does not say whether it is escorted", content: svc("  - item: 转介\n    count: 1\n"), exit: 2, first: "p.yaml:7:5  错误  转介 有两档工时，须写明 escort: false（无需陪同，8 小时/案） 或 escort: true（需陪同，12 小时/案）  variant-required" },
  { name: "社区活动 alone, which could be 大型 or 中小型", content: svc("  - item: 社区活动\n    count: 1\n"), exit: 2, first: "p.yaml:7:11  错误  “社区活动”可能指 社区大型活动（60 小时/次） 或 社区中小型活动（20 小时/次），请写明是哪一个  ambiguous-item" },
  { name: "a custom service like a two-rate item, without the rate", content: svc("  - custom: 健康讲座\n    count: 2\n    like: 讲座\n"), exit: 2, first: "p.yaml:7:5  错误  like: 专题培训/讲座：专题培训/讲座 有两档工时，须写明 delivery: 自行组织（自行组织开展，20 小时/次） 或 delivery: 外聘专家（外聘专家讲解，8 小时/次）  variant-required" },
  { name: "a per-community item whose communities are not its count", content: svc("  - item: 社区资源调查\n    count: 3\n    community: [甲社区, 乙社区]\n"), exit: 2, first: "p.yaml:9:5  错误  社区资源调查以社区为单位：count 为 3，却列了 2 个社区  community-count" },
  { name: "个案管理 as an item without sessions", content: svc("  - item: 个案管理\n    count: 4\n"), exit: 2, first: "p.yaml:7:5  错误  “个案管理”是整体写法（个案），须写明每案的节数 sessions（也可写作 bundle: 个案管理）  bundle-sessions" },
  { name: "a delivered count of 社区活动, which could be 大型 or 中小型", content: `${OK}  - item: 社区大型活动\n    count: 1\ndelivery:\n  months_elapsed: 6\n  counts:\n    社区活动: 3\n`, exit: 2, first: "p.yaml:14:5  错误  “社区活动”可能指 社区大型活动 或 社区中小型活动，请分开写明各自完成的数量  ambiguous-item" },
  { name: "an unknown bundle", content: svc("  - bundle: 家庭\n    count: 1\n    sessions: 4\n"), exit: 2, first: "p.yaml:7:13  错误  没有名为 \"家庭\" 的整体写法（可用：个案、小组）  unknown-bundle" },
  { name: "a bundle without sessions", content: svc("  - bundle: 小组\n    count: 1\n"), exit: 2, first: "p.yaml:7:5  错误  整体写法的小组须写明每个小组的节数 sessions  bundle-sessions" },
  { name: "an unknown sub-step", content: svc("  - item: 社区调研\n    count: 1\n    exclude: [调研设计]\n"), exit: 2, first: "p.yaml:9:15  错误  社区调研 没有 \"调研设计\" 这个环节（环节：调研准备、搜集资料、数据整理、数据分析、调研报告撰写）  unknown-substep" },
  { name: "a supervision rate with three decimals", content: `${OK}supervision:\n  supervisors:\n    - {name: 王督导, origin: 本土, years: 8, rate: 200.005}\n`, exit: 2, first: "p.yaml:11:47  错误  supervision.supervisors[0].rate：最多 2 位小数  not-multiple-of" },
  { name: "a budget line in a category gongshi computes", content: `${OK}budget:\n  lines:\n    - {category: 税费, item: 增值税, unit_price: 100, unit: 项, quantity: 1}\n`, exit: 2, first: "p.yaml:11:18  错误  税费由工具计算（督导费来自 supervision，管理费、税费来自 management_fee_percent、tax_percent），不要手写为预算行  computed-category" },
  { name: "a tender indicator whose counts names a service nobody has", content: `${OK}tender:\n  indicators:\n    - text: 开展街头巡查活动（其中街头救助活动不少于6次）\n      counts: [街头救助]\n`, exit: 2, first: "p.yaml:12:16  错误  方案与参考工时表中都没有“街头救助”这一服务（可写表内项目名称、个案、小组，或方案中其他服务 custom 的名称）  unknown-item" },
  // "project:\n  name: 测试\nstaff: 1\n" as Notepad's "ANSI" (GBK) writes it: read as GB18030, so the error is about the content.
  { name: "text that is not UTF-8 but GBK (Notepad's ANSI)", content: Buffer.from([0x70, 0x72, 0x6f, 0x6a, 0x65, 0x63, 0x74, 0x3a, 0x0a, 0x20, 0x20, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xb2, 0xe2, 0xca, 0xd4, 0x0a, 0x73, 0x74, 0x61, 0x66, 0x66, 0x3a, 0x20, 0x31, 0x0a]), exit: 2, first: "p.yaml:3:8  错误  staff：应为键值映射（key: value），实际为整数 1  invalid-type" },
  { name: "text that is neither UTF-8 nor GB18030 (Latin-1)", content: Buffer.from("project:\n  name: caf\xe9\n", "latin1"), exit: 2, first: "p.yaml:1:1  错误  文件不是 UTF-8 编码的文本（也不是 GB18030/GBK 或带 BOM 的 UTF-16）。请把文件另存为 UTF-8：记事本用“文件 → 另存为”，“编码”选“UTF-8”；WPS 用“文件 → 另存为”，“文件类型”选纯文本后编码选“UTF-8”；VS Code 点右下角的编码，选“通过编码保存”→“UTF-8”  not-utf8" },
  { name: "a full-width colon after a key (a Chinese input method)", content: "project:\n  name: 测试项目\nstaff:\n  fte：1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:4:6  错误  “fte”后面是全角冒号“：”（U+FF1A，中文输入法全角模式下打出的冒号），YAML 不认它作键值的分隔：请改为半角冒号加一个空格，写成“fte: 1”  full-width-colon" },
  { name: "a full-width space as indentation (a Chinese input method)", content: "project:\n\u3000name: 测试项目\n", exit: 2, first: "p.yaml:2:1  错误  行首有 1 个全角空格“　”（U+3000，中文输入法全角模式下打出的空格），YAML 不认它作缩进：请删去，改用半角空格（英文状态下的空格键）缩进  full-width-space" },
  { name: "UTF-16 with a BOM (Notepad's Unicode) before an error", content: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svc("  - item: 探访\n    count: -1\n"), "utf16le")]), exit: 2, first: "p.yaml:8:12  错误  services[0].count：不能小于 0（实际为 -1）  too-small" },
  { name: "a folder instead of a file", content: OK, args: ["check", "."], exit: 2, first: ".:1:1  错误  无法读取文件：这是一个目录，不是文件  file-unreadable" },
  { name: "a file that does not exist", content: OK, args: ["check", "nope.yaml"], exit: 2, first: "nope.yaml:1:1  错误  无法读取文件：文件不存在  file-unreadable" },
  { name: "a holiday count the standard does not list", content: OK, args: ["check", "p.yaml", "--holidays", "12"], exit: 2, first: "p.yaml:1:1  错误  公众假期天数 12 不在标准 苏州 2016 允许的取值中：11（苏政民社〔2016〕2号 四（一）1 原文）；13（国务院令第 795 号（2025 年 1 月 1 日起全体公民放假的节日共 13 天））  bad-holidays" },
  {
    name: "a delivery file naming a service the proposal lacks",
    content: OK,
    files: { "d.yaml": "proposal: p.yaml\nmonths_elapsed: 6\ncounts:\n  专业咨洵: 10\n" },
    args: ["check", "d.yaml"],
    exit: 2,
    first: "d.yaml:4:3  错误  方案中没有“专业咨洵”这一服务，是否想写：专业咨询（consultation）、专题培训/讲座（training-lecture）、组织培育（咨询）（organisation-consultation）？  unknown-item",
  },
  { name: "a delivery file naming a proposal that does not exist", content: OK, files: { "d.yaml": "proposal: gone.yaml\nmonths_elapsed: 6\ncounts: {}\n" }, args: ["check", "d.yaml"], exit: 2, first: "d.yaml:1:11  错误  无法读取文件：文件不存在  file-unreadable" },
  { name: "a standard file whose sub-steps do not add up", content: OK, files: { "s.yaml": "STANDARD_BROKEN" }, args: ["check", "p.yaml", "--standard", "./s.yaml"], exit: 2, first: "./s.yaml:192:12  错误  社区调研：各环节之和 161 与总工时 160 不符  inconsistent-standard" },
  { name: "a standard file that is not YAML", content: OK, files: { "s.yaml": "id: [x\n" }, args: ["check", "p.yaml", "--standard", "./s.yaml"], exit: 2, first: "./s.yaml:2:1  错误  YAML 语法错误：缩进不正确（Flow sequence in block collection must be sufficiently indented and end with a ]）  yaml-bad-indent" },
  { name: "an export to a folder that does not exist", content: OK, args: ["export", "p.yaml", "-o", "no/such/folder/out.xlsx"], exit: 2, first: "错误  无法写入 no/such/folder/out.xlsx：所在目录不存在" },
  { name: "an export over a file that exists", content: OK, files: { "out.xlsx": "mine" }, args: ["export", "p.yaml", "-o", "out.xlsx"], exit: 2, first: "错误  out.xlsx 已存在，未覆盖（确需覆盖请加 --force）" },
  { name: "a misspelt item (探望 for 探访)", content: svc("  - item: 探望\n    count: 1\n"), exit: 2, first: "p.yaml:7:11  错误  参考工时表（苏州 2016）中没有 \"探望\"，是否想写：探访（home-visit）？  unknown-item" },
  { name: "a negative unit price", content: budgetLine("-100"), exit: 2, first: "p.yaml:11:46  错误  budget.lines[0].unit_price：不能小于 0（实际为 -100）  too-small" },
  { name: "a unit price over the money maximum", content: budgetLine("2000000000"), exit: 2, first: "p.yaml:11:46  错误  budget.lines[0].unit_price：不能大于 1000000000（实际为 2000000000）  too-big" },
  { name: "a unit price with three decimals", content: budgetLine("99.999"), exit: 2, first: "p.yaml:11:46  错误  budget.lines[0].unit_price：最多 2 位小数  not-multiple-of" },
  { name: "a tax rate over 100 %", content: `${OK}budget:\n  tax_percent: 106\n  lines:\n    - {category: 活动经费, item: 物资, unit_price: 100, unit: 次, quantity: 1}\n`, exit: 2, first: "p.yaml:10:16  错误  budget.tax_percent：不能大于 100（实际为 106）  too-big" },
  { name: "a start date written with slashes", content: "project:\n  name: 测试项目\n  period: {start: 2026/01/01, end: 2026-12-31}\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:3:19  错误  project.period.start：日期应写成 YYYY-MM-DD（实际为 \"2026/01/01\"）  invalid-format" },
  { name: "12 public holidays in the proposal", content: "project:\n  name: 测试项目\n  public_holidays: 12\nstaff:\n  fte: 1\nservices:\n  - item: 专业咨询\n    count: 1372\n", exit: 2, first: "p.yaml:3:20  错误  公众假期天数 12 不在标准 苏州 2016 允许的取值中：11（苏政民社〔2016〕2号 四（一）1 原文）；13（国务院令第 795 号（2025 年 1 月 1 日起全体公民放假的节日共 13 天））  bad-holidays" },
  { name: "samples on an item not counted by samples", content: svc("  - item: 探访\n    count: 1\n    samples: 100\n"), exit: 2, first: "p.yaml:9:5  错误  samples 只适用于按样本量计算的项目（社区调研）  field-not-applicable" },
  { name: "hours on a table item that has its own", content: svc("  - item: 探访\n    count: 1\n    hours: 3\n"), exit: 2, first: "p.yaml:9:5  错误  hours 只用于表中没有固定工时的项目（人员招募甄选、募款等其它活动）和其他服务（custom）；表内项目的工时以参考工时表为准  field-not-applicable" },
  { name: "an unknown rule set in follows", content: "project:\n  name: 测试项目\n  follows: [DB52]\nstaff:\n  fte: 1\nservices:\n  - item: 专业咨询\n    count: 1372\n", exit: 2, first: "p.yaml:3:13  错误  不认识的规范 \"DB52\"（可写：苏州2016、gongshi、资助方、DB51、DB3701/T 36、MZ/T 071）  unknown-rule-set" },
  { name: "individual supervision with supervisees", content: `${OK}supervision:\n  supervisors:\n    - {name: 王督导, origin: 本土, years: 8, rate: 200}\n  sessions:\n    - {type: 个别, count: 12, hours: 1, supervisees: 3}\n`, exit: 2, first: "p.yaml:13:39  错误  个别督导是一对一的，不写 supervisees  field-not-applicable" },
  { name: "two supervisors and a session that names neither", content: `${OK}supervision:\n  supervisors:\n    - {name: 王督导, origin: 本土, years: 8, rate: 200}\n    - {name: 李督导, origin: 本土, years: 12, rate: 250}\n  sessions:\n    - {type: 团体, count: 12, hours: 2, supervisees: 3}\n`, exit: 2, first: "p.yaml:14:7  错误  有多名督导者时，每项督导安排须写明 supervisor（督导姓名）  session-supervisor" },
  { name: "a qualification not in the list", content: "project:\n  name: 测试项目\nstaff:\n  members:\n    - {name: 张三, qualification: 社工证}\nservices:\n  - item: 专业咨询\n    count: 1372\n", exit: 2, first: "p.yaml:5:33  错误  staff.members[0].qualification：只能是 \"高级社会工作师\"、\"社会工作师\"、\"助理社会工作师\"、\"社会工作专业大专及以上学历\"、\"无\" 之一（实际为 \"社工证\"）  invalid-value" },
  { name: "a part-time member over 1 FTE", content: "project:\n  name: 测试项目\nstaff:\n  members:\n    - {name: 张三, fte: 1.5}\nservices:\n  - item: 专业咨询\n    count: 1372\n", exit: 2, first: "p.yaml:5:23  错误  staff.members[0].fte：不能大于 1（实际为 1.5）  too-big" },
  { name: "a workshop that does not say who runs it", content: svc("  - item: 志愿者增能（主题工作坊）\n    count: 2\n"), exit: 2, first: "p.yaml:7:5  错误  志愿者增能（主题工作坊） 有两档工时，须写明 delivery: 自行组织（自行组织开展，20 小时/次） 或 delivery: 外聘专家（外聘专家讲解，8 小时/次）  variant-required" },
  { name: "a group bundle of zero sessions", content: svc("  - bundle: 小组\n    count: 2\n    sessions: 0\n"), exit: 2, first: "p.yaml:9:15  错误  services[0].sessions：不能小于 1（实际为 0）  too-small" },
  { name: "names starting with = + - @ (accepted: they stay text)", content: svc("  - custom: '=SUM(A1:A9)'\n    count: 1372\n    hours: 1\n    justification: '@cmd'\n  - custom: '+1'\n    count: 0\n    hours: 1\n    justification: '-1'\n"), args: ["check", "p.yaml", "--format", "json"], exit: 0, first: "{" },

  // ── Files from strangers (hardening, second round): each case names its item with `strangers`. ──
  // 1. Special files: opened without blocking, refused unless a regular file, read with a byte cap.
  { strangers: 1, name: "a FIFO as the proposal", content: OK, setup: (d) => fifo(d, "x.yaml"), args: ["check", "x.yaml"], exit: 2, first: "x.yaml:1:1  错误  无法读取文件：这不是普通文件，而是命名管道（FIFO）  file-unreadable" },
  { strangers: 1, name: "/dev/zero as the proposal", content: OK, args: ["check", "/dev/zero"], exit: 2, first: "/dev/zero:1:1  错误  无法读取文件：这不是普通文件，而是字符设备  file-unreadable" },
  { strangers: 1, name: "a FIFO as the proposal's standard", content: svc("  - item: 探访\n    count: 1\n").replace("  months: 12\n", "  months: 12\n  standard: ./s.yaml\n"), setup: (d) => fifo(d, "s.yaml"), exit: 2, first: "s.yaml:1:1  错误  无法读取文件：这不是普通文件，而是命名管道（FIFO）  file-unreadable" },
  { strangers: 1, name: "a FIFO as a delivery file's proposal", content: OK, files: { "d.yaml": "proposal: x.yaml\nmonths_elapsed: 6\ncounts: {}\n" }, setup: (d) => fifo(d, "x.yaml"), args: ["check", "d.yaml"], exit: 2, first: "d.yaml:1:11  错误  无法读取文件：这不是普通文件，而是命名管道（FIFO）  file-unreadable" },
  { strangers: 1, name: "a FIFO given as --config", content: OK, setup: (d) => fifo(d, "c.yaml"), args: ["check", "p.yaml", "-c", "c.yaml"], exit: 2, first: "c.yaml:1:1  错误  无法读取文件：这不是普通文件，而是命名管道（FIFO）  file-unreadable" },
  { strangers: 1, name: "a .gongshirc.yaml linked to /dev/zero", content: OK, setup: (d) => symlinkSync("/dev/zero", join(d, ".gongshirc.yaml")), exit: 2, first: ".gongshirc.yaml:1:1  错误  无法读取文件：这不是普通文件，而是字符设备  file-unreadable" },
  { strangers: 1, name: "a FIFO given as --standard to lint --cache", content: OK, setup: (d) => fifo(d, "s.yaml"), args: ["lint", "p.yaml", "--cache", "--standard", "./s.yaml"], exit: 2, first: "./s.yaml:1:1  错误  无法读取文件：这不是普通文件，而是命名管道（FIFO）  file-unreadable" },
  { strangers: 1, name: "a FIFO as the workbook to check", content: OK, setup: (d) => fifo(d, "x.xlsx"), args: ["check", "x.xlsx"], exit: 2, first: "x.xlsx:1:1  错误  无法读取文件：这不是普通文件，而是命名管道（FIFO）  file-unreadable" },
  { strangers: 1, name: "GITHUB_STEP_SUMMARY set to a FIFO nobody reads", content: OK, setup: (d) => fifo(d, "summary"), env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: "summary" }, args: ["lint", "p.yaml", "-f", "github"], exit: 0, stream: "stderr", first: "注意  未写入作业摘要（GITHUB_STEP_SUMMARY）：无法写入 summary：没有程序在读取这个命名管道；注释与退出码不受影响" },
  // 4. Money: the accepted amounts are capped, so every total stays exact; every command says the same.
  { strangers: 4, name: "91 budget lines at the largest amount (check)", content: BIG_BUDGET, exit: 2, first: "p.yaml:10:3  错误  直接费用（各行与督导费之和）超过 ¥1,000,000,000.00  amount-too-large" },
  { strangers: 4, name: "91 budget lines at the largest amount (export)", content: BIG_BUDGET, args: ["export", "p.yaml"], exit: 2, first: "p.yaml:10:3  错误  直接费用（各行与督导费之和）超过 ¥1,000,000,000.00  amount-too-large" },
  { strangers: 4, name: "91 budget lines at the largest amount (diff)", content: BIG_BUDGET, files: { "q.yaml": OK }, args: ["diff", "q.yaml", "p.yaml"], exit: 2, first: "p.yaml:10:3  错误  直接费用（各行与督导费之和）超过 ¥1,000,000,000.00  amount-too-large" },
  { strangers: 4, name: "91 budget lines at the largest amount (lint)", content: BIG_BUDGET, args: ["lint", "p.yaml", "-f", "github"], exit: 1, stream: "stdout", first: "::error file=p.yaml,line=10,col=3,endLine=10,endColumn=8,title=gongshi input-error::直接费用（各行与督导费之和）超过 ¥1,000,000,000.00" },
  { strangers: 4, name: "fee and tax at 100 % on the largest direct costs (accepted, exact)", content: `${OK}budget:\n  management_fee_percent: 100\n  tax_percent: 100\n  lines:\n    - {category: 活动经费, item: 物资, unit_price: 1000000000, unit: 次, quantity: 1}\n`, exit: 0, first: "项目：测试项目" },
  // 5. A self-referencing alias.
  { strangers: 5, name: "an alias inside its own anchor", content: "project: &p {name: x, kind: *p}\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:1:29  错误  别名 *p 在它所指的 &p 之内，会形成包含自身的结构（循环引用）  yaml-circular-alias" },
  { strangers: 5, name: "an alias inside its own anchor in .gongshirc.yaml", content: OK, files: { ".gongshirc.yaml": "rules: &r {x: *r}\n" }, exit: 2, first: ".gongshirc.yaml:1:15  错误  别名 *r 在它所指的 &r 之内，会形成包含自身的结构（循环引用）  yaml-circular-alias" },
  // 6. init of names every object has.
  { strangers: 6, name: "init constructor", content: OK, args: ["init", "constructor"], exit: 2, first: "错误  没有名为 \"constructor\" 的模板（可用：community 社区、social-assistance 社会救助、station 社工站、delivery 执行情况、config 配置）" },
  { strangers: 6, name: "init __proto__", content: OK, args: ["init", "__proto__"], exit: 2, first: "错误  没有名为 \"__proto__\" 的模板（可用：community 社区、social-assistance 社会救助、station 社工站、delivery 执行情况、config 配置）" },
  { strangers: 6, name: "init toString", content: OK, args: ["init", "toString"], exit: 2, first: "错误  没有名为 \"toString\" 的模板（可用：community 社区、social-assistance 社会救助、station 社工站、delivery 执行情况、config 配置）" },
  { strangers: 6, name: "a GITHUB_STEP_SUMMARY that cannot be written", content: OK, setup: (d) => mkdirSync(join(d, "summary")), env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: "summary" }, args: ["lint", "p.yaml", "-f", "github"], exit: 0, stream: "stderr", first: "注意  未写入作业摘要（GITHUB_STEP_SUMMARY）：无法写入 summary：这是一个目录；注释与退出码不受影响" },
  // 12. Misplaced and contradictory fields.
  { strangers: 12, name: "supervision sessions with no supervisor listed", content: `${OK}supervision:\n  supervisors: []\n  sessions:\n    - {type: 个别, count: 3, hours: 1}\n`, exit: 2, first: "p.yaml:12:7  错误  督导安排须有督导者：supervisors 为空，这项督导无从计价（请在 supervisors 中写明督导者）  session-supervisor" },
  { strangers: 12, name: "like together with hours", content: svc("  - custom: 生日会\n    count: 1\n    like: 社区中小型活动\n    hours: 3\n    justification: 筹备 3 小时\n"), exit: 2, first: "p.yaml:9:5  错误  like 与 hours 只能写一个：参照表内项目的工时写 like，自定工时写 hours 与 justification  like-and-hours" },
  { strangers: 12, name: "minutes on 专业咨询", content: svc("  - item: 专业咨询\n    count: 1372\n    minutes: 30\n"), exit: 2, first: "p.yaml:9:5  错误  minutes 只用于有人参加的活动（社区活动、小组、工作坊、讲座、募款等活动）和其他服务  field-not-applicable" },
  { strangers: 12, name: "participants on 探访", content: svc("  - item: 探访\n    count: 686\n    participants: 3\n"), exit: 2, first: "p.yaml:9:5  错误  participants 只用于有人参加的活动（社区活动、小组、工作坊、讲座、募款等活动）和其他服务；探访、咨询、个案等按次数计  field-not-applicable" },
  { strangers: 12, name: "100,000 hours delivered by 1 FTE in 6 months", content: `${OK}delivery:\n  months_elapsed: 6\n  counts:\n    专业咨询: 100000\n`, exit: 0, first: "项目：测试项目" },
  { strangers: 12, name: "__proto__ in delivery counts", content: `${OK}delivery:\n  months_elapsed: 6\n  counts:\n    __proto__: 3\n`, exit: 2, first: "p.yaml:12:5  错误  “__proto__”不能用作键或名称  reserved-key" },
  { strangers: 12, name: "__proto__ in a config's rules", content: OK, files: { ".gongshirc.yaml": "rules:\n  __proto__: off\n" }, exit: 2, first: ".gongshirc.yaml:2:3  错误  “__proto__”不能用作键或名称  reserved-key" },
  { strangers: 12, name: "two custom services with the same name", content: svc("  - custom: 生日会\n    count: 1\n    like: 社区中小型活动\n  - custom: 生日会\n    count: 1\n    like: 社区中小型活动\n"), exit: 2, first: "p.yaml:10:13  错误  已有名为“生日会”的其他服务：名称须各不相同  duplicate-name" },
  { strangers: 12, name: "two supervisors with the same name", content: `${OK}supervision:\n  supervisors:\n    - {name: 黄慧, origin: 本土, years: 3, qualification: 社会工作师, rate: 100}\n    - {name: 黄慧, origin: 本土, years: 5, qualification: 社会工作师, rate: 100}\n`, exit: 2, first: "p.yaml:12:14  错误  已有名为“黄慧”的督导者：名称须各不相同  duplicate-name" },
  // 13. A proposal names only standards beside or below it; nothing of another file is echoed.
  { strangers: 13, name: "project.standard: /proc/self/environ", content: OK.replace("  months: 12\n", "  months: 12\n  standard: /proc/self/environ\n"), env: { GONGSHI_SECRET: "s3cr3t-token" }, exit: 2, first: "p.yaml:4:13  错误  标准文件须在方案所在的文件夹或其子文件夹中（或写内置标准的编号，如 suzhou-2016）；未读取 /proc/self/environ  standard-outside" },
  { strangers: 13, name: "project.standard: /etc/passwd", content: OK.replace("  months: 12\n", "  months: 12\n  standard: /etc/passwd\n"), exit: 2, first: "p.yaml:4:13  错误  标准文件须在方案所在的文件夹或其子文件夹中（或写内置标准的编号，如 suzhou-2016）；未读取 /etc/passwd  standard-outside" },
  { strangers: 13, name: "project.standard: ../ outside the proposal's folder", content: "", files: { "sub/p.yaml": OK.replace("  months: 12\n", "  months: 12\n  standard: ../s.yaml\n"), "s.yaml": "id: x\n" }, args: ["check", "sub/p.yaml"], exit: 2, first: "sub/p.yaml:4:13  错误  标准文件须在方案所在的文件夹或其子文件夹中（或写内置标准的编号，如 suzhou-2016）；未读取 ../s.yaml  standard-outside" },
  { strangers: 13, name: "project.standard beside the proposal, run from another folder", content: "", files: { "sub/p.yaml": OK.replace("  months: 12\n", "  months: 12\n  standard: s.yaml\n"), "sub/s.yaml": "STANDARD_BROKEN" }, args: ["check", "sub/p.yaml"], exit: 2, first: "sub/s.yaml:192:12  错误  社区调研：各环节之和 161 与总工时 160 不符  inconsistent-standard" },
  { strangers: 13, name: "a delivery file's proposal that is not YAML is not echoed", content: OK, files: { "d.yaml": "proposal: notes.txt\nmonths_elapsed: 6\ncounts: {}\n", "notes.txt": "password = hunter2\n" }, args: ["check", "d.yaml"], exit: 2, first: "notes.txt:1:1  错误  应为键值映射（key: value），实际为文本  invalid-type" },
  // 14. -o - is standard output.
  { strangers: 14, name: "lint -o - writes the report on standard output", content: OK, args: ["lint", "p.yaml", "-o", "-"], exit: 0, first: "✔ 没有错误或警告，共检查 1 个文件" },
  // 16. Periods, numbers, tags, nesting, an empty config, long names, a long kind.
  { strangers: 16, name: "a period that ends before it starts", content: period("2026-06-01", "2026-01-31"), exit: 2, first: "p.yaml:3:3  错误  项目期 2026-06-01 至 2026-01-31：结束日期早于开始日期  period-reversed" },
  { strangers: 16, name: "a period of 72 months", content: period("2020-01-01", "2025-12-31"), exit: 2, first: "p.yaml:3:3  错误  项目期 2020-01-01 至 2025-12-31：长于 60 个月（gongshi 读取的项目期最长 60 个月）  period-too-long" },
  { strangers: 16, name: "a period starting on 2023-02-29", content: period("2023-02-29", "2024-02-28"), exit: 2, first: "p.yaml:3:19  错误  project.period.start：这一天不存在（如 2 月 30 日，或平年的 2 月 29 日）  invalid-format" },
  { strangers: 16, name: "a period ending on 2026-02-30", content: period("2025-03-01", "2026-02-30"), exit: 2, first: "p.yaml:3:36  错误  project.period.end：这一天不存在（如 2 月 30 日，或平年的 2 月 29 日）  invalid-format" },
  { strangers: 16, name: "a period from 01-31 to 03-30", content: period("2026-01-31", "2026-03-30"), exit: 2, first: "p.yaml:3:3  错误  项目期 2026-01-31 至 2026-03-30：开始日为 31 日，并非每个月都有这一天，整月的结束日期无法确定；请直接写 months，或从 28 日以前开始  period-month-end" },
  { strangers: 16, name: "a period from 01-31 to 02-28", content: period("2026-01-31", "2026-02-28"), exit: 2, first: "p.yaml:3:3  错误  项目期 2026-01-31 至 2026-02-28：开始日为 31 日，并非每个月都有这一天，整月的结束日期无法确定；请直接写 months，或从 28 日以前开始  period-month-end" },
  { strangers: 16, name: "count: 1e-400 (would be read as 0)", content: svc("  - item: 专业咨询\n    count: 1e-400\n"), exit: 2, first: "p.yaml:8:12  错误  数字 1e-400 无法按所写的精确读取（会被读成 0）：请写成不超过 15 位有效数字的数  number-not-exact" },
  { strangers: 16, name: "count: 1.00000000000000001 (would be read as 1)", content: svc("  - item: 专业咨询\n    count: 1.00000000000000001\n"), exit: 2, first: "p.yaml:8:12  错误  数字 1.00000000000000001 无法按所写的精确读取（会被读成 1）：请写成不超过 15 位有效数字的数  number-not-exact" },
  { strangers: 16, name: "a !!binary tag", content: svc("  - item: 专业咨询\n    count: !!binary aGVsbG8=\n"), exit: 2, first: "p.yaml:8:21  错误  不支持 YAML 标签 !!binary：方案中只有文本、数字、true/false、列表和键值映射（去掉这个标签）  yaml-unsupported-tag" },
  { strangers: 16, name: "a !!timestamp tag", content: svc("  - item: 专业咨询\n    count: !!timestamp 2001-12-14\n"), exit: 2, first: "p.yaml:8:24  错误  不支持 YAML 标签 !!timestamp：方案中只有文本、数字、true/false、列表和键值映射（去掉这个标签）  yaml-unsupported-tag" },
  { strangers: 16, name: "a !!set tag", content: svc("  - item: 专业咨询\n    count: !!set {a, b}\n"), exit: 2, first: "p.yaml:8:18  错误  不支持 YAML 标签 !!set：方案中只有文本、数字、true/false、列表和键值映射（去掉这个标签）  yaml-unsupported-tag" },
  { strangers: 16, name: "nesting 900 deep", content: `${OK}x: ${"[".repeat(900)}${"]".repeat(900)}\n`, exit: 2, first: "p.yaml:9:67  错误  嵌套超过 64 层，已拒绝（方案的结构只有几层：多半是括号未闭合或缩进出错）  nesting-too-deep" },
  { strangers: 16, name: "an empty .gongshirc.yaml", content: OK, files: { ".gongshirc.yaml": "" }, exit: 0, first: "项目：测试项目" },
  { strangers: 16, name: "an output name of 257 bytes", content: OK, args: ["export", "p.yaml", "-o", `${"长".repeat(84)}.xlsx`], exit: 2, first: `错误  无法写入 ${"长".repeat(84)}.xlsx：文件名过长` },
  { strangers: 16, name: "an output name of 250 bytes", content: OK, args: ["export", "p.yaml", "-o", `${"长".repeat(80)}.xlsx`], exit: 0, first: `已写入 ${"长".repeat(80)}.xlsx（0 个错误，0 个警告，0 个提示，详见“检查结果”工作表）` },
  { strangers: 16, name: "a 1 MB kind", content: OK.replace("  months: 12\n", `  months: 12\n  kind: ${"社".repeat(350_000)}\n`), exit: 2, first: `p.yaml:4:9  错误  project.kind：只能是 "community"、"社区"、"社区服务"、"social-assistance"、"社会救助"、"station"、"社工站" 之一（实际为 "${"社".repeat(40)}…"）  invalid-value` },
  { strangers: 16, name: "check of an unusable workbook with --format json", content: OK, files: { "x.xlsx": "not a zip" }, args: ["check", "x.xlsx", "--format", "json"], exit: 2, stream: "stdout", first: "{" },
];

/** A named pipe nobody writes to: a plain read of it blocks forever. */
function fifo(dir: string, name: string): void {
  execFileSync("mkfifo", [join(dir, name)]);
}

/** A proposal over the given period. */
function period(start: string, end: string): string {
  return `project:\n  name: 测试项目\n  period: {start: ${start}, end: ${end}}\nstaff:\n  fte: 1\nservices:\n  - item: 专业咨询\n    count: 1372\n`;
}
