/**
 * The real yaml-language-server (npm, run on this Node) driven over stdio as an editor drives it, with a
 * JSON Schema associated to the files by the `yaml.schemas` setting: what a person sees in the editor.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { LspClient } from "../lsp-client.mjs";

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  message: string;
  source?: string;
}

const SERVER = createRequire(import.meta.url).resolve("yaml-language-server/bin/yaml-language-server");

export class YamlLanguageServer {
  private readonly client: LspClient;
  private readonly dir = mkdtempSync(join(tmpdir(), "gongshi-yamlls-"));
  private count = 0;

  private constructor(schemas: Record<string, string>) {
    this.client = new LspClient(process.execPath, [SERVER, "--stdio"]);
    // schema file → the file names it applies to, as a user writes them in settings.json.
    const associations = Object.fromEntries(Object.entries(schemas).map(([glob, schema]) => [pathToFileURL(schema).href, glob]));
    this.client.settings = { yaml: { validate: true, hover: true, completion: true, schemas: associations, schemaStore: { enable: false } } };
  }

  /** A server whose `yaml.schemas` maps each file-name glob to a schema file. */
  static async start(schemas: Record<string, string>): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer(schemas);
    await server.client.initialize(server.dir);
    server.client.notify("workspace/didChangeConfiguration", { settings: server.client.settings });
    return server;
  }

  /** The diagnostics the server settles on for a file of this name and text, written to a folder of its own. */
  async diagnose(name: string, text: string): Promise<Diagnostic[]> {
    const folder = join(this.dir, String(this.count++));
    mkdirSync(folder);
    writeFileSync(join(folder, name), text);
    return this.diagnoseAt(join(folder, name), text);
  }

  /** The diagnostics the server settles on for this text open as the file at `path` (its modeline resolves from there). */
  async diagnoseAt(path: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    const since = this.client.notifications.length;
    this.client.open(uri, text);
    let last = await this.client.diagnostics(uri, { since });
    // The server may validate again once the schema is loaded: take the last word after a quiet moment.
    for (;;) {
      const seen = this.client.notifications.length;
      await new Promise((r) => setTimeout(r, 150));
      const later = this.client.notifications.slice(seen).filter((n: { method: string; params: { uri: string } }) => n.method === "textDocument/publishDiagnostics" && n.params.uri === uri);
      if (later.length === 0) break;
      last = later[later.length - 1];
    }
    this.client.notify("textDocument/didClose", { textDocument: { uri } });
    return last.params.diagnostics as Diagnostic[];
  }

  /** What completion offers at a 0-based line and character of this text open as the file at `path`. */
  async completion(path: string, text: string, line: number, character: number): Promise<{ label: string; documentation?: unknown; detail?: string }[]> {
    const uri = pathToFileURL(path).href;
    this.client.open(uri, text);
    const result = await this.client.request("textDocument/completion", { textDocument: { uri }, position: { line, character } });
    this.client.notify("textDocument/didClose", { textDocument: { uri } });
    return Array.isArray(result) ? result : result.items;
  }

  /** The hover text (Markdown) at a 0-based line and character. */
  async hover(path: string, text: string, line: number, character: number): Promise<string> {
    const uri = pathToFileURL(path).href;
    this.client.open(uri, text);
    const result = await this.client.request("textDocument/hover", { textDocument: { uri }, position: { line, character } });
    this.client.notify("textDocument/didClose", { textDocument: { uri } });
    const contents = result?.contents;
    return typeof contents === "string" ? contents : (contents?.value ?? JSON.stringify(contents ?? null));
  }

  async stop(): Promise<void> {
    await this.client.close();
  }
}
