import { readFileSync, statSync } from "node:fs";
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
import type { Localized } from "../i18n/lang.js";
import { decodeText, type Encoding } from "./decode.js";
import { explainByColons, fullWidthColons, fullWidthIndents, readFullWidthNumbers, type ColonSuspect, type Located } from "./input-method.js";
import { InputError, type InputProblem, type Position } from "./problem.js";

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
  ) {}

  /**
   * Parses text; syntax errors (including duplicate keys) become InputProblems with positions, and what a
   * Chinese input method typed where YAML's structure goes (a full-width space as indentation, a full-width
   * colon after a key) is named for what it is.
   */
  static parse(file: string, rawText: string, options: ReadOptions & { encoding?: Encoding } = {}): { source: YamlSource; data: unknown } {
    // A BOM is invisible in editors; dropping it keeps columns on line 1 as the user sees them.
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const source = new YamlSource(file, text, doc, lines);
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
 * The file's bytes, or an InputProblem: missing, a folder, unreadable, or larger than any proposal.
 * Reading stays in this one place so that what may be read (and how much) is decided here.
 */
function readSourceBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    size = stats.size;
  } catch (error) {
    throw new InputError([fileProblem(file, error)]);
  }
  if (size > MAX_SOURCE_BYTES) throw new InputError([tooLarge(file, size)]);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError([fileProblem(file, error)]);
  }
}

function fileProblem(file: string, error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException).code ?? "EIO";
  const zh: Record<string, string> = {
    ENOENT: "文件不存在",
    EACCES: "没有读取权限",
    EISDIR: "这是一个目录，不是文件",
  };
  return {
    file,
    line: 1,
    column: 1,
    code: "file-unreadable",
    message: {
      zh: `无法读取文件：${zh[code] ?? code}`,
      en: `cannot read the file: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code}`,
    },
  };
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

function tooLarge(file: string, size: number): InputProblem {
  return {
    file,
    line: 1,
    column: 1,
    code: "file-too-large",
    message: {
      zh: `文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${MAX_SOURCE_BYTES / 1048576} MB），未读取`,
      en: `file too large (${(size / 1048576).toFixed(1)} MB, limit ${MAX_SOURCE_BYTES / 1048576} MB): not read`,
    },
  };
}
