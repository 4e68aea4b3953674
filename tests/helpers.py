"""Small readers for built HTML, so tests assert on what a customer would get."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import traceback
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Collector:
    """Tags with attributes, and text, of an HTML document."""
    collector = _Collector()
    collector.feed(html)
    return collector


def hrefs(html: str) -> list[str]:
    """Every `<a href>` of a page."""
    return [attrs["href"] for tag, attrs in parse(html).tags if tag == "a" and "href" in attrs]


def visible_text(html: str) -> str:
    """The page's text with whitespace collapsed (scripts included; good enough for asserts)."""
    return re.sub(r"\s+", " ", " ".join(parse(html).text))


def between(html: str, start: str, end: str) -> str:
    """The part of `html` from the first `start` to the next `end`."""
    begin = html.index(start)
    return html[begin:html.index(end, begin)]


def shipped_index(site: Path) -> dict[str, Any]:
    """The compact prebuilt index the site ships (where search_index.json points: its head,
    then its parts), in one piece."""
    from kbgen.core.search import join_index
    from kbgen.core.search_head import unpack_head

    data = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    head_path = site / data["config"]["kb_url"]
    head = unpack_head(json.loads(head_path.read_text(encoding="utf-8")))
    parts = [json.loads((head_path.with_suffix("") / f"{n}.json").read_text(encoding="utf-8"))
             for n in range(len(head["parts"]))]
    pairs = [json.loads((site / "search/kb-pairs" / f"{n}.json").read_text(encoding="utf-8"))
             for n in range(head.get("pair_buckets", 0))]
    return join_index(head, parts, pairs)


def site_search(site: Path, query: str, limit: int = 5) -> list[str]:
    """Locations ranked by the site's own shipped index, with kbgen's query (with `#id` when a
    result's best section is a question its page asks, as the site links to it)."""
    from kbgen.core.search import search

    store, index = _loaded_index(site, _stamp(site / "search/search_index.json"))
    return [store[int(hit.ref)][1] + (f"#{hit.anchor}" if hit.anchor else "")
            for hit in search(index, query, limit)]


def _stamp(path: Path) -> tuple[int, int, int]:
    """What changes when a build writes `path` anew (builds swap in a new folder)."""
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=4)
def _loaded_index(site: Path, stamp: tuple[int, int, int]) -> tuple[list[Any], Any]:
    """The shipped index of `site` as built at `stamp`, loaded once for many queries."""
    from kbgen.core.search import load_compact

    data = shipped_index(site)
    return data["store"], load_compact(data)


def all_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site, by relative path."""
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file()}


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`kbgen ARGS` run in this process (a real process costs a second of imports), as a
    finished process: exit status, stdout, stderr. An exception other than an exit is raised."""
    from kbgen.cli import cli

    return _invoked(cli, "kbgen", args, cwd)


def run_mkdocs(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`mkdocs ARGS` (MkDocs' own command line, kbgen as its plugin) run in this process, as
    `run_cli` runs kbgen's; tests/site/test_publish.py keeps one real `python -m mkdocs`."""
    from mkdocs.__main__ import cli

    return _invoked(cli, "mkdocs", args, cwd)


def _invoked(cli: Any, name: str, args: tuple[str, ...],
             cwd: Path | None) -> subprocess.CompletedProcess[str]:
    """The click command `cli` invoked with `args` in `cwd`, as a finished process `name`."""
    from click.testing import CliRunner

    previous = Path.cwd()
    os.chdir(cwd or previous)
    try:
        result = CliRunner().invoke(cli, list(args))
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess([name, *args], result.exit_code, result.stdout,
                                       result.stderr)


def bench_module(name: str) -> Any:
    """The benchmark's script `bench/<name>.py` as a module (loaded once per session: its
    dataclasses need it registered in sys.modules)."""
    import importlib.util
    import sys

    module_name = f"kbgen_bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(
        module_name, Path(__file__).resolve().parents[1] / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def process_alive(pid: int) -> bool:
    """Process `pid` runs (exists and is not a zombie waiting to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def killed_build(config: Path, set_up: Callable[[], None]) -> int:
    """Build `config` in a forked process (not a new one: no second of imports) after
    `set_up()` there (which patches in the step that dies as by SIGKILL, `os._exit(9)`); its
    exit status: 1 when the build ended without reaching that step."""
    from kbgen.commands.build import build

    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        try:
            set_up()
            build(config, config.parent / "site", strict=True)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
