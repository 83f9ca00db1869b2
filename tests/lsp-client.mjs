/**
 * A minimal Language Server Protocol client for tests: spawns a server, speaks JSON-RPC with
 * Content-Length framing over its stdin/stdout, answers the requests servers send (configuration,
 * registration) and keeps every notification so a test can wait for the one it expects.
 */
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";

export class LspClient {
  /** Every notification the server sent: { method, params, at (performance.now() when it arrived) }. */
  notifications = [];
  buffer = Buffer.alloc(0);
  nextId = 1;
  pending = new Map();
  waiters = [];
  stderr = "";
  /** The client's settings by section ({ yaml: {...} }): what it answers to workspace/configuration. */
  settings = {};

  constructor(command, args, options = {}) {
    this.process = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    this.process.stdout.on("data", (chunk) => this.receive(chunk));
    this.process.stderr.on("data", (chunk) => (this.stderr += chunk.toString("utf8")));
  }

  get exited() {
    return new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once("exit", (code) => resolve(code));
    });
  }

  send(message) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.id !== undefined && message.method === undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`${message.error.code} ${message.error.message}`));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server: configuration gets the settings of each section asked for, everything else a plain yes.
      const result = message.method === "workspace/configuration" ? message.params.items.map((item) => this.settings[item.section] ?? null) : null;
      this.send({ id: message.id, result });
      return;
    }
    const notification = { method: message.method, params: message.params, at: performance.now() };
    this.notifications.push(notification);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(notification)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(notification);
      }
    }
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ id, method, params });
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  /** The next notification (after `since`, a count of those already seen) that passes `test`. */
  waitFor(test, timeoutMs = 20_000, since = 0) {
    const seen = this.notifications.slice(since).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching notification within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: (n) => {
          clearTimeout(timer);
          resolve(n);
        },
      });
    });
  }

  /** The diagnostics published for `uri` (at `version`, when given) from now on or already seen after `since`. */
  diagnostics(uri, options = {}) {
    return this.waitFor(
      (n) => n.method === "textDocument/publishDiagnostics" && n.params.uri === uri && (options.version === undefined || n.params.version === options.version),
      options.timeoutMs,
      options.since,
    );
  }

  async initialize(rootPath, initializationOptions) {
    const result = await this.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(rootPath).href,
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: "root" }],
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ["markdown", "plaintext"] },
          synchronization: { didSave: true, dynamicRegistration: false },
        },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      },
      initializationOptions,
    });
    this.notify("initialized", {});
    return result;
  }

  open(uri, text, version = 1, languageId = "yaml") {
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, text) {
    this.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close() {
    await this.request("shutdown", null);
    this.notify("exit", null);
    return this.exited;
  }

  kill() {
    this.process.kill();
  }
}
