import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  visit,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from "yaml";
import { FileRefused, readRegularFile, type SpecialKind } from "../files/read.js";
import type { Localized } from "../i18n/lang.js";
import { decodeText, type Encoding } from "./decode.js";
import { explainByColons, fullWidthColons, fullWidthIndents, readFullWidthNumbers, type ColonSuspect, type Located } from "./input-method.js";
import { InputError, type InputProblem, type Position } from "./problem.js";
import { MAX_NESTING, nestingTooDeep, structureProblems } from "./structure.js";

export type YamlPath = ReadonlyArray<string | number>;

/** Larger inputs are refused before parsing: no real proposal comes near this. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** yaml's guard against alias bombs (billion laughs): expanding more aliases than this is refused. */
const MAX_ALIAS_COUNT = 100;

export interface ReadOptions {
  /**
   * Accept what a Chinese Windows set-up produces — GB18030 text from Notepad's "ANSI" or WPS, numbers
   * typed in full-width digits — and record each as a notice for the reader. Without it a GB18030 file
   * is refused and full-width digits stay text. Proposals are read leniently; settings and standards are not.
   */
  lenient?: boolean;
  /**
   * false for a file the user did not name — a proposal named by a delivery file, a standard named by a
   * proposal: its problems say where and what kind of thing is wrong, but never quote what it holds, so
   * pointing one at /etc/passwd or /proc/self/environ cannot print it.
   */
  echo?: boolean;
}

/** Something the reader should know about how the file was read (not a reason to refuse it). */
export type SourceNotice =
  | { kind: "legacy-encoding"; encoding: Encoding; path: YamlPath; position: Position }
  | { kind: "full-width-number"; written: string; value: number; path: YamlPath; position: Position };

/** A parsed YAML file that can still say where every node came from. */
export class YamlSource {
  /** How the file was read, for the reader: see ReadOptions.lenient. */
  readonly notices: SourceNotice[] = [];

  private constructor(
    readonly file: string,
    readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    /** Whether problems may quote the file's content: see ReadOptions.echo. */
    readonly echo: boolean,
  ) {}

  /**
   * Parses text; syntax errors (including duplicate keys) become InputProblems with positions, and what a
   * Chinese input method typed where YAML's structure goes (a full-width space as indentation, a full-width
   * colon after a key) is named for what it is.
   */
  static parse(file: string, rawText: string, options: ReadOptions & { encoding?: Encoding } = {}): { source: YamlSource; data: unknown } {
    // A BOM is invisible in editors; dropping it keeps columns on line 1 as the user sees them.
    // Text that did not come from a file (a workbook's hidden sheet) is held to the same size.
    if (rawText.length > MAX_SOURCE_BYTES) throw new InputError([tooLarge(file, undefined)]);
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const deep = nestingTooDeep(text);
    if (deep !== undefined) throw new InputError([nestingProblem(file, text, deep)]);
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const source = new YamlSource(file, text, doc, lines, options.echo !== false);
    const indents = fullWidthIndents(text, doc).map((found) => source.locatedProblem(found));
    const syntax = source.explainInputMethod(doc.errors.map((error) => source.syntaxProblem(error)));
    if (indents.length > 0) {
      // Whatever broke after the first full-width indent may well be its doing: the indents are said first,
      // with any full-width colon on the same lines (an input method left in full-width mode types both).
      const indented = new Set(indents.map((p) => p.line));
      const colons = fullWidthColons(text, doc).filter((c) => indented.has(c.line)).map((found) => source.locatedProblem(found));
      const firstLine = indents[0]!.line;
      const said = [...indents, ...colons].sort((a, b) => a.line - b.line || a.column - b.column);
      throw new InputError([...said, ...syntax.filter((p) => p.line < firstLine)]);
    }
    if (syntax.length > 0) throw new InputError(syntax);
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
      throw new InputError([
        source.problemAt(0, "empty-file", {
          zh: "文件为空（或只有注释），没有可检查的内容",
          en: "the file is empty (or holds only comments): nothing to check",
        }),
      ]);
    }
    const unresolved: InputProblem[] = [];
    visit(doc, {
      Alias(_, alias) {
        if (alias.resolve(doc) === undefined)
          unresolved.push(
            source.problemAt(alias.range?.[0] ?? 0, "yaml-unresolved-alias", {
              zh: `别名 *${alias.source} 没有对应的锚点 &${alias.source}（锚点须写在别名之前）`,
              en: `the alias *${alias.source} has no anchor &${alias.source} (the anchor must come before the alias)`,
            }),
          );
      },
    });
    if (unresolved.length > 0) throw new InputError(unresolved);
    const structure = structureProblems(doc);
    if (structure.length > 0) throw new InputError(structure.map((found) => source.locatedProblem(found)));
    if (options.lenient) source.readLeniently(options.encoding);
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      throw new InputError([
        source.problemAt(0, "alias-expansion", {
          zh: `别名（alias）展开过多，已拒绝（疑似“十亿笑声”攻击）：${(error as Error).message}`,
          en: `too many aliases to expand, refused (looks like a billion-laughs attack): ${(error as Error).message}`,
        }),
      ]);
    }
    return { source, data };
  }

  /**
   * Reads and parses a file: UTF-8 (with or without a BOM), UTF-16 with a BOM, and with `lenient` also
   * GB18030. Unreadable, oversized or undecodable files become InputProblems. The file is only ever read.
   */
  static read(file: string, options: ReadOptions = {}): { source: YamlSource; data: unknown } {
    return YamlSource.fromBytes(file, readSourceBytes(file), options);
  }

  /** Decodes and parses bytes read elsewhere (standard input) as the file `file`, as `read` does. */
  static fromBytes(file: string, bytes: Uint8Array, options: ReadOptions = {}): { source: YamlSource; data: unknown } {
    if (bytes.length > MAX_SOURCE_BYTES) throw new InputError([tooLarge(file, bytes.length)]);
    const decoded = decodeText(bytes, { legacy: options.lenient });
    if (!decoded.ok) throw new InputError([{ file, line: 1, column: 1, code: "not-utf8", message: decoded.message }]);
    return YamlSource.parse(file, decoded.text, { ...options, encoding: decoded.encoding });
  }

  /**
   * Problems found by any later step (schema, names) that a full-width colon explains are replaced by the
   * colon's own message, which says what to type instead: `fte：4` makes "staff" a string, not a map.
   */
  explainInputMethod(problems: readonly InputProblem[]): InputProblem[] {
    const mine = problems.filter((p) => p.file === this.file);
    if (mine.length === 0) return [...problems];
    this.colonSuspects ??= fullWidthColons(this.text, this.doc);
    const explained = explainByColons(
      mine,
      this.colonSuspects,
      (p) => (this.lines.lineStarts[p.line - 1] ?? 0) + p.column - 1,
      (suspect: ColonSuspect) => this.locatedProblem(suspect),
    );
    return [...explained, ...problems.filter((p) => p.file !== this.file)];
  }

  private colonSuspects: ColonSuspect[] | undefined;

  /** Records the notices of a lenient read, and reads full-width digits as numbers. */
  private readLeniently(encoding: Encoding | undefined): void {
    if (encoding === "gb18030") this.notices.push({ kind: "legacy-encoding", encoding, path: [], position: { line: 1, column: 1 } });
    for (const number of readFullWidthNumbers(this.text, this.doc)) {
      this.notices.push({ kind: "full-width-number", written: number.written, value: number.value, path: number.path, position: this.span(number.range[0], number.range[1]) });
    }
  }

  /** The position of the node at `path`: its key when `at` is "key", else its value. Falls back to the nearest ancestor. */
  locate(path: YamlPath, at: "key" | "value" = "value"): Position {
    let node: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    for (const segment of path) {
      const next = childOf(node, segment);
      if (!next) break;
      keyNode = next.key;
      node = next.value;
    }
    const target = at === "key" && keyNode ? keyNode : ((node as Node | null) ?? keyNode);
    const range = (target as Node | undefined)?.range ?? keyNode?.range;
    if (!range) return { line: 1, column: 1 };
    return this.span(range[0], range[1]);
  }

  problem(path: YamlPath, code: string, message: Localized, at: "key" | "value" = "value"): InputProblem {
    return { file: this.file, code, message, ...this.locate(path, at) };
  }

  private problemAt(offset: number, code: string, message: Localized): InputProblem {
    return { file: this.file, code, message, ...this.span(offset, offset) };
  }

  private locatedProblem(found: Located): InputProblem {
    return this.problemAt(found.offset, found.code, found.message);
  }

  private span(start: number, end: number): Position {
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(Math.max(start, end));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  private syntaxProblem(error: YAMLError): InputProblem {
    // yaml says it ran out of stack: nesting the scan in structure.ts did not foresee, said as what it is.
    if (/Maximum call stack/.test(error.message)) return { ...nestingProblem(this.file, this.text, error.pos[0]), ...this.span(error.pos[0], error.pos[0]) };
    const english = error.message.split("\n")[0] ?? error.message;
    const zh = SYNTAX_MESSAGES_ZH[error.code] ?? "YAML 语法错误";
    return {
      file: this.file,
      code: `yaml-${error.code.toLowerCase().replace(/_/g, "-")}`,
      message: { zh: `YAML 语法错误：${zh}（${english}）`, en: `YAML syntax error: ${english}` },
      ...this.span(error.pos[0], error.pos[1]),
    };
  }
}

function childOf(node: unknown, segment: string | number): { key?: Node; value: unknown } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = item.key as Node | null;
      const keyValue = isScalar(key) ? key.value : key;
      if (String(keyValue) === String(segment)) return { key: key ?? undefined, value: item.value ?? key };
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const value = node.items[segment];
    return value === undefined ? undefined : { value };
  }
  return undefined;
}

/**
 * The file's bytes, or an InputProblem: missing, a folder, not a regular file (a FIFO, a device),
 * unreadable, or larger than any proposal. Every file is read through files/read.ts, which decides what
 * may be read and how much.
 */
export function readSourceBytes(file: string, maxBytes: number = MAX_SOURCE_BYTES): Uint8Array {
  try {
    return readRegularFile(file, maxBytes);
  } catch (error) {
    if (error instanceof FileRefused) throw new InputError([refusalProblem(file, error)]);
    throw error;
  }
}

const REFUSAL_REASONS: Record<string, Localized> = {
  ENOENT: { zh: "文件不存在", en: "no such file" },
  EACCES: { zh: "没有读取权限", en: "permission denied" },
  EPERM: { zh: "没有读取权限", en: "permission denied" },
  EISDIR: { zh: "这是一个目录，不是文件", en: "is a directory" },
  ENOTDIR: { zh: "路径中有一段不是目录", en: "part of the path is not a folder" },
  ENAMETOOLONG: { zh: "文件名过长", en: "the name is too long" },
  ELOOP: { zh: "符号链接形成了循环", en: "the symbolic links form a loop" },
};

const SPECIAL_KINDS: Record<SpecialKind, Localized> = {
  fifo: { zh: "命名管道（FIFO）", en: "a named pipe (FIFO)" },
  "character-device": { zh: "字符设备", en: "a character device" },
  "block-device": { zh: "块设备", en: "a block device" },
  socket: { zh: "套接字", en: "a socket" },
  other: { zh: "特殊文件", en: "a special file" },
};

/** Why a file was not read, at its line 1, column 1. */
export function refusalProblem(file: string, refusal: FileRefused): InputProblem {
  if (refusal.code === "too-large") return tooLarge(file, refusal.size, refusal.limit ?? MAX_SOURCE_BYTES);
  let reason: Localized;
  if (refusal.code === "not-regular") {
    const kind = SPECIAL_KINDS[refusal.kind ?? "other"];
    reason = { zh: `这不是普通文件，而是${kind.zh}`, en: `not a regular file but ${kind.en}` };
  } else reason = REFUSAL_REASONS[refusal.code] ?? { zh: refusal.code, en: refusal.code };
  return { file, line: 1, column: 1, code: "file-unreadable", message: { zh: `无法读取文件：${reason.zh}`, en: `cannot read the file: ${reason.en}` } };
}

const SYNTAX_MESSAGES_ZH: Partial<Record<YAMLError["code"], string>> = {
  DUPLICATE_KEY: "同一层级中出现了重复的键",
  TAB_AS_INDENT: "缩进用了制表符（Tab），YAML 只允许空格缩进",
  BAD_INDENT: "缩进不正确",
  BAD_DQ_ESCAPE: "双引号字符串中的转义符无效",
  BAD_SCALAR_START: "值的开头字符无效",
  BLOCK_AS_IMPLICIT_KEY: "此处不能嵌套映射（多半是缩进不对，或冒号后少了空格）",
  BLOCK_IN_FLOW: "方括号/花括号内不能使用块结构",
  MISSING_CHAR: "缺少配对的字符（引号或括号未闭合）",
  MULTILINE_IMPLICIT_KEY: "键不能跨行（可能漏了冒号后的空格）",
  MULTIPLE_DOCS: "一个文件只能有一个 YAML 文档",
  UNEXPECTED_TOKEN: "出现了意外的符号",
  BAD_ALIAS: "别名引用无效",
  ALIAS_PROPS: "别名不能带标签或锚点",
  KEY_OVER_1024_CHARS: "键超过 1024 个字符",
  MULTIPLE_ANCHORS: "一个节点只能有一个锚点",
  MULTIPLE_TAGS: "一个节点只能有一个标签",
  TAG_RESOLVE_FAILED: "无法解析标签",
  BAD_DIRECTIVE: "指令无效",
  BAD_PROP_ORDER: "锚点与标签的位置不对",
  BAD_COLLECTION_TYPE: "集合类型与标签不符",
  NON_STRING_KEY: "键必须是字符串",
  RESOURCE_EXHAUSTION: "资源耗尽（别名展开过多）",
  IMPOSSIBLE: "内部解析错误",
};

/** Nesting deeper than any proposal: refused at the place it got too deep. */
function nestingProblem(file: string, text: string, offset: number): InputProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {
    file,
    line,
    column: offset - lineStart + 1,
    code: "nesting-too-deep",
    message: {
      zh: `嵌套超过 ${MAX_NESTING} 层，已拒绝（方案的结构只有几层：多半是括号未闭合或缩进出错）`,
      en: `nested more than ${MAX_NESTING} levels deep, refused (a proposal nests a few levels: an unclosed bracket or broken indentation, most likely)`,
    },
  };
}

function tooLarge(file: string, size: number | undefined, limit: number = MAX_SOURCE_BYTES): InputProblem {
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  const cap = `${Number(mb(limit))} MB`;
  return {
    file,
    line: 1,
    column: 1,
    code: "file-too-large",
    message:
      size === undefined
        ? { zh: `文件超过 ${cap} 的上限，未读取`, en: `file larger than the ${cap} limit: not read` }
        : { zh: `文件过大（${mb(size)} MB，上限 ${cap}），未读取`, en: `file too large (${mb(size)} MB, limit ${cap}): not read` },
  };
}
