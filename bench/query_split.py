"""Where a query's time goes in Chromium, after the first results (as `bench/run.py`'s query
times): for each of its 20 queries, the ms from setting the query to Material sending it to the
search worker, from there to the worker's first answer arriving in the page (parts of the
index fetched and parsed, ranking, excerpts, the answer built and copied), and from there to
the results showing; sites taken in turn, the load average noted.

Example:
    python bench/query_split.py main=/tmp/site-main new=/tmp/site-new --rounds 3
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import run  # noqa: E402

WATCH_MESSAGES = """(() => {
  // Each query Material sends the search worker, and each answer, with its time.
  const Real = window.Worker;
  if (!Real) return;
  const log = window.__kbMessages = [];
  window.Worker = function (url, options) {
    const worker = new Real(url, options);
    worker.addEventListener("message", event => {
      if (event.data && event.data.type === 3)
        log.push({kind: "answer", t: performance.now(),
                  items: (event.data.data.items || []).length});
    });
    const post = worker.postMessage;
    worker.postMessage = function (message, ...rest) {
      if (message && message.type === 2)
        log.push({kind: "query", t: performance.now(), query: message.data});
      return post.call(this, message, ...rest);
    };
    return worker;
  };
  window.Worker.prototype = Real.prototype;
})()"""

# As run.SET_QUERY, but also noting when the query was set, for the messages after it.
SET_AND_NOTE = """async ([inputSel, itemSel, query, timeout]) => {
  window.__kbSet = performance.now();
  window.__kbMessages.length = 0;
  const shown = await (%s)([inputSel, itemSel, query, "items", timeout]);
  return {shown, set: window.__kbSet, messages: window.__kbMessages.slice()};
}""" % run.SET_QUERY


def split_queries(browser: Any, base: str, queries: list[str]) -> list[dict[str, Any]]:
    """For each query: ms set -> sent, sent -> first answer, first answer -> shown."""
    context = run._context(browser, base)
    context.add_init_script(WATCH_MESSAGES)
    rows, finished = [], []
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        page = context.new_page()
        page.goto(base + "index.html", wait_until="load")
        run._open_search(page)
        page.keyboard.type(run.FIRST_QUERY)
        page.wait_for_selector(run.RESULT_ITEM, state="visible")
        for query in queries:
            page.evaluate(run.SET_QUERY, [run.SEARCH_INPUT, run.RESULT_ITEM, run.NO_MATCH,
                                          "empty", 10_000])
            got = page.evaluate(SET_AND_NOTE, [run.SEARCH_INPUT, run.RESULT_ITEM, query,
                                               10_000])
            sent = next((m["t"] for m in got["messages"]
                         if m["kind"] == "query" and m["query"] == query), None)
            answer = next((m["t"] for m in got["messages"]
                           if m["kind"] == "answer" and sent is not None and m["t"] >= sent
                           and m["items"]), None)
            if got["shown"] is None or sent is None or answer is None:
                continue
            shown = got["set"] + got["shown"]
            origin = page.evaluate("performance.timeOrigin")
            fetched = _fetched(finished, origin + sent, origin + answer)
            finished.clear()
            rows.append({"query": query, "total": got["shown"], "to_sent": sent - got["set"],
                         "worker": answer - sent, "render": shown - answer, **fetched})
    finally:
        context.close()
    return rows


def _fetched(finished: list[Any], start: float, end: float) -> dict[str, Any]:
    """The parts and pair buckets of the index fetched between `start` and `end` (epoch ms):
    how many, ms from the query sent to the first one's start and to the last one's end, and
    the longest wait for a response (request sent to its first byte)."""
    last, first, count, waits = start, end, 0, []
    for request in finished:
        if "/kb-index/" not in request.url and "/kb-pairs/" not in request.url:
            continue
        timing = request.timing
        begun, ended = timing["startTime"], timing["startTime"] + timing["responseEnd"]
        if begun >= start - 1 and ended <= end + 1:
            count, last, first = count + 1, max(last, ended), min(first, begun)
            waits.append(timing["responseStart"] - timing["requestStart"])
    return {"requests": count, "fetching": last - start,
            "first_request": first - start if count else 0.0,
            "server_wait": max(waits, default=0.0)}


def summary(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Median and p90 of each span."""
    found = {}
    for key in ("total", "to_sent", "worker", "render", "requests", "first_request",
                "fetching", "server_wait"):
        values = [row[key] for row in rows]
        found[f"{key}_p50"] = round(statistics.median(values), 1)
        found[f"{key}_p90"] = round(run._percentile(values, 90), 1)
    return found


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="+", help="LABEL=DIR of sites already built.")
    parser.add_argument("--rounds", type=int, default=3, help="Rounds, the sites in turn.")
    parser.add_argument("--gzip", action="store_true", help="Serve gzip-compressed.")
    parser.add_argument("--json", type=Path, help="Also write every query's spans here.")
    args = parser.parse_args(argv)
    sites = {label: Path(folder) for label, folder in (item.split("=", 1) for item in args.sites)}
    served = run.gzserve.serve if args.gzip else run.serve
    figures: dict[str, Any] = {"load_before": os.getloadavg(), "rounds": {}}
    with contextlib.ExitStack() as stack, run.chromium() as browser:
        bases = {label: stack.enter_context(served(site)) for label, site in sites.items()}
        for turn in range(args.rounds):
            for label, base in bases.items():
                rows = split_queries(browser, base, run.timing_queries())
                figures["rounds"].setdefault(label, []).append(rows)
                print(f"round {turn + 1} {label}: {summary(rows)} "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
    figures["load_after"] = os.getloadavg()
    for label, rounds in figures["rounds"].items():
        print(f"{label}, all rounds: {summary([row for rows in rounds for row in rows])}")
    print(f"load average before {figures['load_before']}, after {figures['load_after']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
