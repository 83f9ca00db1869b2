/**
 * `gongshi lsp`: a language server over stdio for editors. For each open proposal or delivery file it
 * runs the same pipeline as `check` on the editor's text and publishes the findings and input problems
 * as diagnostics, re-checking a short while after the text stops changing; a hover over a service line
 * shows the hours computed for it. It reads no file it was not given: the open documents, the proposal
 * a delivery file names (the open buffer if that file is open too), a standard the proposal names, and
 * the --config file. The protocol library is imported here only: this module is loaded by `gongshi lsp`
 * alone (the bundle keeps it external and requires it when the command starts), so no other command pays for it.
 */
import { dirname, isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { TextDocument as Documents, type TextDocument } from "vscode-languageserver-textdocument";
import * as lsp from "vscode-languageserver/node.js";
import { analyseText, type AnalysisOptions } from "../analysis/analyse-file.js";
import type { Analysis } from "../analysis/analyse.js";
import { EMPTY_CONFIG, loadConfig, type LintConfig } from "../config/config.js";
import type { Lang } from "../i18n/lang.js";
import { findingDiagnostic, internalErrorDiagnostic, problemDiagnostic, type DiagnosticTarget } from "../report/lsp/diagnostics.js";
import { serviceHover } from "../report/lsp/hover.js";
import { AS_WRITTEN } from "../proposal/load.js";
import { isKnownRuleId } from "../rules/registry.js";
import { InputError } from "../source/problem.js";
import { YamlSource } from "../source/yaml-source.js";

export interface LanguageServerOptions extends AnalysisOptions {
  lang: Lang;
  /** The package's version and repository: a finding links to its rule's row in the README at this version. */
  version: string;
  repository: string;
  /** Quiet time after the last change before a document is checked again. */
  debounceMs: number;
}

/** Pause after the last keystroke: short enough to feel live, long enough not to check every character. */
export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Top-level keys only a gongshi proposal or delivery file has (after a colon a Chinese input method may
 * have typed full-width, which check then names); other YAML files the editor sends are left alone.
 */
const GONGSHI_FILE = /^(?:project|staff|services|proposal|months_elapsed)[ \t\u3000]*[:：]|^#[^\n]*\$schema=[^\n]*(?:proposal|delivery)\.schema\.json/m;

interface DocumentState {
  version: number;
  /** The analysis of this version, when the text could be used. */
  analysis?: Analysis;
  /** Other files this document's check read (a delivery file's proposal): re-checked when they change. */
  reads: Set<string>;
  timer?: NodeJS.Timeout;
}

export function startLanguageServer(options: LanguageServerOptions, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): void {
  const connection = lsp.createConnection(lsp.ProposedFeatures.all, input, output);
  const documents = new lsp.TextDocuments(Documents);
  const states = new Map<string, DocumentState>();
  let config: LintConfig = EMPTY_CONFIG;

  connection.onInitialize(() => {
    if (options.config) {
      try {
        config = loadConfig(options.config, isKnownRuleId);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        for (const p of error.problems) connection.console.error(`${p.file}:${p.line}:${p.column} ${p.message[options.lang]}`);
      }
    }
    return {
      capabilities: { textDocumentSync: lsp.TextDocumentSyncKind.Incremental, hoverProvider: true },
      serverInfo: { name: "gongshi", version: options.version },
    };
  });

  const check = (document: TextDocument): void => {
    const state = stateOf(document);
    clearTimeout(state.timer);
    state.timer = undefined;
    const result = diagnose(document, options, config, (file) => documentFor(file));
    Object.assign(state, { version: document.version, analysis: result.analysis, reads: result.reads });
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: result.diagnostics });
  };

  const stateOf = (document: TextDocument): DocumentState => {
    let state = states.get(document.uri);
    if (!state) states.set(document.uri, (state = { version: -1, reads: new Set() }));
    return state;
  };

  // Editors spell file URIs their own way (VS Code writes file:///c%3A/… on Windows): compare paths, not URIs.
  const documentFor = (file: string): TextDocument | undefined => documents.all().find((d) => sameFile(fileOf(d.uri), file));

  const schedule = (document: TextDocument): void => {
    const state = stateOf(document);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      const latest = documents.get(document.uri);
      if (latest) check(latest);
    }, options.debounceMs);
  };

  /** The open delivery files that read the one that changed are checked again too. */
  const scheduleReadersOf = (uri: string): void => {
    const file = fileOf(uri);
    if (file === undefined) return;
    for (const [other, state] of states) {
      const reader = documents.get(other);
      if (reader && other !== uri && [...state.reads].some((read) => sameFile(read, file))) schedule(reader);
    }
  };

  documents.onDidOpen(({ document }) => check(document));
  documents.onDidChangeContent(({ document }) => {
    // didOpen fires a content change too; the check it ran is for this very version.
    if (stateOf(document).version === document.version) return;
    schedule(document);
    scheduleReadersOf(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(states.get(document.uri)?.timer);
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    scheduleReadersOf(document.uri);
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    // A hover while a check is pending answers for the text on screen, not the one before.
    if (stateOf(document).version !== document.version || stateOf(document).timer) check(document);
    const analysis = stateOf(document).analysis;
    if (!analysis || analysis.proposal.file !== fileNameOf(document.uri)) return null;
    const entry = entryAt(analysis, position.line + 1, position.character + 1);
    const markdown = entry === undefined ? undefined : serviceHover(analysis, entry, options.lang);
    return markdown ? { contents: { kind: lsp.MarkupKind.Markdown, value: markdown } } : null;
  });

  documents.listen(connection);
  connection.listen();
}

export interface Diagnosis {
  diagnostics: lsp.Diagnostic[];
  analysis?: Analysis;
  reads: Set<string>;
}

/**
 * One document's diagnostics, never throwing: the analysis's findings, else its input problems, else
 * (a bug in gongshi) one diagnostic saying so. A YAML file that is no proposal or delivery file gets none.
 */
export function diagnose(
  document: Pick<TextDocument, "uri" | "getText">,
  options: Pick<LanguageServerOptions, "lang" | "standard" | "holidays" | "version" | "repository">,
  config: LintConfig,
  openDocument: (file: string) => Pick<TextDocument, "getText"> | undefined = () => undefined,
): Diagnosis {
  const text = document.getText();
  const reads = new Set<string>();
  if (!GONGSHI_FILE.test(text)) return { diagnostics: [], reads };
  const file = fileNameOf(document.uri);
  const onDisk = fileOf(document.uri) !== undefined;
  const read = (named: string) => {
    reads.add(named);
    if (!onDisk) throw new InputError([unsavedProblem(named)]);
    const open = openDocument(named);
    // As check reads it: full-width digits count, a GB18030 file on disk is read with a warning (load.ts).
    return open ? YamlSource.parse(named, open.getText(), AS_WRITTEN) : YamlSource.read(named, AS_WRITTEN);
  };
  const target: DiagnosticTarget = {
    file,
    elsewhere: { line: 1, column: 1 },
    nameOf: (other) => (isAbsolute(other) ? relative(dirname(file), other).split("\\").join("/") : other),
    repository: options.repository,
    version: options.version,
  };
  try {
    const analysis = analyseText(file, text, config, options, read);
    const delivery = analysis.proposal.delivery;
    if (delivery && delivery.source.file === file && analysis.proposal.file !== file) target.elsewhere = delivery.source.locate(["proposal"], "key");
    return { diagnostics: analysis.findings.map((f) => findingDiagnostic(f, target, options.lang)), analysis, reads };
  } catch (error) {
    if (error instanceof InputError) {
      if (reads.size > 0) target.elsewhere = proposalKeyOf(file, text);
      return { diagnostics: error.problems.map((p) => problemDiagnostic(p, target, options.lang)), reads };
    }
    return { diagnostics: [internalErrorDiagnostic(error, options.lang)], reads };
  }
}

/** The service entry whose YAML node holds the 1-based line and column, if any. */
export function entryAt(analysis: Analysis, line: number, column: number): number | undefined {
  const { source, entries } = analysis.proposal;
  const at = (p: { line: number; column: number }) => p.line < line || (p.line === line && p.column <= column);
  for (let i = entries.length - 1; i >= 0; i--) {
    const span = source.locate(["services", i]);
    if (!at(span)) continue;
    const end = { line: span.endLine ?? span.line, column: span.endColumn ?? span.column };
    return end.line > line || (end.line === line && end.column >= column) ? i : undefined;
  }
  return undefined;
}

/** One file, as Windows compares names (without regard to case) or as POSIX does. */
function sameFile(a: string | undefined, b: string): boolean {
  return a !== undefined && (process.platform === "win32" ? a.toLowerCase() === b.toLowerCase() : a === b);
}

/** The local path of a file: URI, else undefined (an unsaved buffer). */
function fileOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** How findings name the document: its path when it is a file, else its URI. */
function fileNameOf(uri: string): string {
  return fileOf(uri) ?? uri;
}

function proposalKeyOf(file: string, text: string) {
  try {
    return YamlSource.parse(file, text, AS_WRITTEN).source.locate(["proposal"], "key");
  } catch {
    return { line: 1, column: 1 };
  }
}

function unsavedProblem(named: string) {
  return {
    file: named,
    line: 1,
    column: 1,
    code: "file-unreadable",
    message: {
      zh: "这份执行情况文件尚未保存：保存后才能找到它指向的方案（路径相对本文件）",
      en: "this delivery file is not saved yet: save it so the proposal it names can be found (the path is relative to it)",
    },
  };
}
