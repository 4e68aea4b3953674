/* The search worker (kb-search.js) run in Node against a built site, without a browser:
   its ranking of each query, or its CPU time per query, to compare two versions of the worker
   exactly (the same ranks) and cheaply (CPU, not wall time, on a loaded machine).

     node bench/worker_rank.js WORKER.js SITE rank < queries.json > ranks.json
     node bench/worker_rank.js WORKER.js SITE time < queries.json

   queries.json: a JSON list of queries. `rank` prints, per query, the first 50 hits as
   "reference:rank"; `time` prints the median ms of 15 rounds per query and the process's CPU. */
"use strict";
const fs = require("fs");
const [workerPath, site, mode] = process.argv.slice(2);
require("./worker_node")(site);
const posted = [], listeners = [];
globalThis.postMessage = (message) => posted.push(message);
globalThis.addEventListener = (type, listener) => listeners.push(listener);
(0, eval)(fs.readFileSync(workerPath, "utf8"));

const queries = JSON.parse(fs.readFileSync(0, "utf8"));
const send = (message) => listeners.forEach((listener) => listener({ data: message }));
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  send({ type: 0, data: { config: { separator: "[\\s\\-]+" }, docs: [], options: {} } });
  while (!posted.some((message) => message.type === 1)) await pause(5);
  for (const query of queries) {  /* as Material asks: the parts of the index come in */
    send({ type: 2, data: query });
    await pause(30);
  }
  await pause(500);
  if (mode === "rank") {
    console.log(JSON.stringify(queries.map((query) =>
      self.kbRank(query).hits.slice(0, 50).map((hit) => hit.ref + ":" + hit.rank))));
    return;
  }
  const times = queries.map(() => []);
  for (let round = 0; round < 15; round++)
    queries.forEach((query, i) => {
      const start = performance.now();
      self.kbRank(query);
      times[i].push(performance.now() - start);
    });
  const medians = times.map((list) => list.sort((a, b) => a - b)[7]);
  console.log(JSON.stringify({ median_ms: medians.map((ms) => +ms.toFixed(2)),
                               cpu_user_ms: process.cpuUsage().user / 1000 }));
})();
