// Runs the gongshi CLI in this process and reports its peak memory (maxRSS, KB) on stderr's last line,
// so the benchmark measures the same process that does the work.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/bundle/main.mjs", import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : "../dist/cli/main.js");
process.exitCode = await main(["node", "gongshi", ...process.argv.slice(2)]);
process.on("exit", () => process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`));
