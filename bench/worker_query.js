/* The search worker (kb-search.js) answering queries in Node as Material asks them, each
   query new to it: ms from the QUERY message to its first RESULT (parts of the index read
   and parsed, ranking, excerpts of the texts already here, the answer built), the answer's
   size, and the process's CPU; `answers` prints each query's first answer instead, to compare
   two versions of the worker exactly (the same items, excerpts and order).

     node bench/worker_query.js WORKER.js SITE time < queries.json
     node bench/worker_query.js WORKER.js SITE answers < queries.json > answers.json
     node --cpu-prof bench/worker_query.js WORKER.js SITE first < queries.json

   Every query is asked twice in a row: the first answer is timed (the browser's case: a
   query never asked before); the second, once the texts of its excerpts are here, is the
   one `answers` prints (the same as the browser's answer once the texts came). The same
   query list comes twice: the second round times queries whose terms are already read.
   `first` times the first answers only (one round, nothing asked again: for a profile). */
"use strict";
const fs = require("fs");
const [workerPath, site, mode] = process.argv.slice(2);
require("./worker_node")(site);
let onResult = null;
const listeners = [];
let ready = false;
globalThis.postMessage = (message) => {
  if (message.type === 1) ready = true;
  else if (onResult) onResult(message);
};
globalThis.addEventListener = (type, listener) => listeners.push(listener);
(0, eval)(fs.readFileSync(workerPath, "utf8"));

const queries = JSON.parse(fs.readFileSync(0, "utf8"));
const send = (message) => listeners.forEach((listener) => listener({ data: message }));
const FIRST_QUERY = "thermostat offline after a power cut";  /* FIRST_QUERY in bench/run.py */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/* The first RESULT after sending `query`, with the ms it took. */
function ask(query) {
  return new Promise((resolve) => {
    const start = performance.now(), cpu = process.cpuUsage();
    onResult = (message) => {
      onResult = null;
      const used = process.cpuUsage(cpu);
      resolve({ ms: performance.now() - start, cpu: (used.user + used.system) / 1000,
                data: message.data });
    };
    send({ type: 2, data: query });
  });
}

(async () => {
  send({ type: 0, data: { config: { separator: "[\\s\\-]+" }, docs: [], options: {} } });
  while (!ready) await pause(5);
  await pause(400);  /* the token set, made when idle */
  await ask(FIRST_QUERY);  /* as bench/run.py's query times begin, the page's first query */
  await pause(5);
  const rounds = [[], []], cpus = [[], []], answers = [], bytes = [];
  for (let round = 0; round < (mode === "first" ? 1 : 2); round++)
    for (const query of queries) {
      const first = await ask(query);
      rounds[round].push(first.ms);
      cpus[round].push(first.cpu);
      if (round === 0) bytes.push(JSON.stringify(first.data).length);
      await pause(5);  /* the texts of the excerpts come in */
      if (mode === "first") continue;
      const again = await ask(query);
      if (round === 0) {
        answers.push(again.data);
      }
      await ask("");
    }
  if (mode === "answers") {
    console.log(JSON.stringify(answers));
    return;
  }
  const sorted = (list) => list.slice().sort((a, b) => a - b);
  const p = (list, q) => sorted(list)[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)];
  console.log(JSON.stringify({
    first_ms: rounds[0].map((ms) => +ms.toFixed(2)),
    first_p50_ms: +p(rounds[0], 0.5).toFixed(2), first_p90_ms: +p(rounds[0], 0.9).toFixed(2),
    first_cpu_p50_ms: +p(cpus[0], 0.5).toFixed(2), first_cpu_p90_ms: +p(cpus[0], 0.9).toFixed(2),
    again_p50_ms: rounds[1].length ? +p(rounds[1], 0.5).toFixed(2) : null,
    again_p90_ms: rounds[1].length ? +p(rounds[1], 0.9).toFixed(2) : null,
    answer_chars_median: sorted(bytes)[bytes.length >> 1],
    cpu_user_ms: Math.round(process.cpuUsage().user / 1000)
  }));
})();
