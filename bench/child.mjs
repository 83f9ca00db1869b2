// Runs the gongshi CLI in this process, loaded as bin/gongshi.js loads it, and reports its peak memory
// (maxRSS, KB) as stderr's last line, so the benchmark measures the same process that does the work.
import { loadCli } from "../bin/cli-loader.js";

const { main } = await loadCli();
process.exitCode = await main(["node", "gongshi", ...process.argv.slice(2)]);
process.on("exit", () => process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`));
