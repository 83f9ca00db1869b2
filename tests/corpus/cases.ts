/**
 * The bad-input corpus: files people and machines really produce, each with the exact first line of
 * what gongshi must say (file:line:column, severity, message, code) and the exit code. Texts are
 * built here so that invisible bytes (BOM, CRLF, tabs, non-UTF-8) are explicit.
 */
export interface CorpusCase {
  name: string;
  /** The proposal file's content (written as p.yaml), or bytes. */
  content: string | Buffer | (() => Buffer);
  /** Arguments after `gongshi`; "p.yaml" is the file. Defaults to check p.yaml. */
  args?: string[];
  /** Other files to write beside p.yaml. */
  files?: Record<string, string>;
  exit: number;
  /** The exact first line on stderr (or stdout when exit is 0). */
  first: string;
}

const HEAD = "project:\n  name: 测试项目\n  months: 12\nstaff:\n  fte: 1\nservices:\n";
const OK = `${HEAD}  - item: 专业咨询\n    count: 1372\n`;
const svc = (body: string) => `${HEAD}${body}`;
/** A proposal with one budget line whose unit price is written `price`. */
const budgetLine = (price: string) => `${OK}budget:\n  lines:\n    - {category: 活动经费, item: 物资, unit_price: ${price}, unit: 次, quantity: 1}\n`;

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
  { name: "a __proto__ key", content: "project:\n  name: 测试项目\n  __proto__:\n    polluted: true\nstaff:\n  fte: 1\nservices:\n  - item: 探访\n    count: 1\n", exit: 2, first: "p.yaml:3:3  错误  project 中没有 \"__proto__\" 这一项（拼写错误？）  unknown-key" },
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
];
