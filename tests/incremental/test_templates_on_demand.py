"""A build on demand writes the theme's templates (the 404 page, the sitemap) when a browser
asks for them or in the catch-up, before the search index and feeds; never twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import Files

from kbgen.site.on_demand import PagesOnDemand


def test_templates_are_written_when_asked_for_or_caught_up_before_the_finish(
        tmp_path: Path) -> None:
    written: list[str] = []
    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    pages.take_templates({name: (lambda name=name: written.append(name))
                          for name in ("404.html", "sitemap.xml")})
    pages.render("404.html")  # a browser's missing page: the error page asks for it
    pages.render("404.html")
    pages.render("sitemap.xml")  # not a page a browser views: left to the catch-up
    assert written == ["404.html"]

    pages.catch_up(lambda: written.append("search index and feeds"))
    assert pages._thread is not None
    pages._thread.join(30)
    assert written == ["404.html", "sitemap.xml", "search index and feeds"]


def test_a_retired_build_writes_no_template(tmp_path: Path) -> None:
    written: list[str] = []
    pages = PagesOnDemand(tmp_path)
    nothing: Any = None
    pages.take([], config=nothing, files=Files([]), nav=nothing, env=nothing)
    pages.take_templates({"404.html": lambda: written.append("404.html")})
    pages.retire()  # a newer build serves the folder
    pages.render("404.html")
    assert written == []
