// A lint worker thread (src/lint/parallel.ts): loads the bundled CLI as bin/gongshi.js does, code cache
// included, and lints the share of files it was handed. CommonJS, as the launcher.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");

require("./cli-loader.js")
  .loadCli()
  .then((cli) => cli.exports.serveLintWorker(workerData, (message) => parentPort.postMessage(message)));
