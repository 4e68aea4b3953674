"""A quick build (kbgen.site.quick_build) reuses what the full build it starts from found
about the files besides the articles: the theme's file listing (kbgen.site.theme_listing),
its compiled templates, and the check of mkdocs.yml, the contact data and the theme folder;
it hashes no unchanged
article's body for the search index and dates no page for the sitemap it does not write.
None of that is done again, and the site still equals a clean build's, byte for byte (a
content file that shadows one of the theme's included)."""

from __future__ import annotations

import datetime as dt
import logging
import struct
import zlib
from pathlib import Path
from typing import Any

import jinja2
import pytest

from bench.generate import generate
from bench.site_diff import differences
from kbgen.commands.build import build
from kbgen.site import configure, lazy_dates, search_index
from kbgen.site.template_cache import COMPILED
from tests.incremental.test_equivalence import _clean_build
from tests.incremental.test_unchanged import settle

SHADOW = "assets/images/favicon.png"
"""A file of Material's theme that the content gives a version of its own."""


def _png(red: int) -> bytes:
    """A 1x1 PNG of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = zlib.compress(bytes([0, red, 0, 0]))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixel)
            + chunk(b"IEND", b""))


def test_a_quick_build_lists_the_theme_and_checks_the_settings_no_more(
        tmp_path: Path, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "project"
    generate(root, 12, seed=5, as_of=dt.date(2026, 11, 1), team_size=3)
    (root / "content" / SHADOW).parent.mkdir(parents=True, exist_ok=True)
    (root / "content" / SHADOW).write_bytes(_png(200))
    settle(root)
    build(root / "mkdocs.yml", root / "site", strict=True)
    article = sorted((root / "content/articles").rglob("*.md"))[4]
    article.write_text(article.read_text(encoding="utf-8") + "\nHold the button.\n",
                       encoding="utf-8")
    settle(root)
    compiled: list[str] = []
    listed: list[Any] = []
    checked: list[Any] = []
    hashed: list[str] = []
    dated: list[Any] = []
    list_templates = jinja2.Environment.list_templates
    settings_problems = configure.settings_problems
    digest = search_index._digest
    content_dates = lazy_dates.content_dates
    bodies = {path.read_text(encoding="utf-8").split("\n---\n", 1)[1][:200]
              for path in (root / "content/articles").rglob("*.md") if path != article}

    def listing(env: jinja2.Environment, *args: Any, **kwargs: Any) -> list[str]:
        if kwargs.get("filter_func") is not None:  # MkDocs' listing of the theme's files
            listed.append(kwargs)
        return list_templates(env, *args, **kwargs)

    def check(*args: Any, **kwargs: Any) -> Any:
        checked.append(args)
        return settings_problems(*args, **kwargs)

    def hashing(text: str) -> str:
        hashed.append(text)
        return digest(text)

    def dating(*args: Any) -> dict[str, str]:
        dated.append(args)
        return content_dates(*args)

    compile_template = jinja2.Environment.compile

    def compiling(env: jinja2.Environment, source: Any, name: str | None = None,
                  *args: Any, **kwargs: Any) -> Any:
        if name is not None:  # a theme file's, not a template made from a string
            compiled.append(name)
        return compile_template(env, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "list_templates", listing)
    monkeypatch.setattr(jinja2.Environment, "compile", compiling)
    monkeypatch.setattr(configure, "settings_problems", check)
    monkeypatch.setattr(search_index, "_digest", hashing)
    monkeypatch.setattr(lazy_dates, "content_dates", dating)
    COMPILED._code.clear()  # as in a new process: only what the full build kept on disk
    with caplog.at_level(logging.INFO):
        build(root / "mkdocs.yml", root / "site", strict=True)
    assert "Quick build:" in caplog.text
    assert listed == [] and checked == [] and dated == []
    # the full build kept them compiled (the theme's language, read before the build's
    # templates have their cache, is compiled in every build)
    assert [name for name in compiled if not name.startswith("partials/language")] == []
    assert hashed and not [text for text in hashed if text.lstrip("\n")[:100] in
                           {body.lstrip("\n")[:100] for body in bodies}]
    monkeypatch.undo()
    assert (root / "site" / SHADOW).read_bytes() == _png(200)
    clean = _clean_build(root, tmp_path / "clean")
    assert differences(root / "site", clean) == []
