"""Pages rendered from frames: the same HTML as the template renders whole."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from jinja2 import DictLoader, Environment

from kbgen.commands.build import build
from kbgen.site.fastrender import workers as parallel
from kbgen.site.fastrender.frames import FrameRenderer, _reads_page
from kbgen.site.fastrender.template_reads import TemplateReads
from tests.conftest import MINI_CONFIG, REPO, article
from tests.helpers import all_files
from tests.site.test_parallel import _Kept, _with_workers

BASE = """{% import "lang.html" as lang with context %}<html lang="{{ lang.t() }}">
<head>{% block site_meta %}<meta content="{{ page.meta.description }}">{% endblock %}
{% block htmltitle %}<title>{{ page.title }}</title>{% endblock %}</head>
{% set features = config.features %}
<body>{% if page.toc | first is defined %}<a href="{{ (page.toc | first).url }}">Skip</a>{% endif %}
{% if self.announce() %}<aside>{% block announce %}{% endblock %}</aside>{% endif %}
{% block header %}<header>{{ page.title }} {{ features | join(",") }}</header>{% endblock %}
{% block container %}<article>{% block content %}{{ page.content }}{% endblock %}</article>
{% endblock %}
{% block footer %}<footer>{{ lang.t() }}</footer>{% endblock %}</body></html>
"""
CHILD = """{% extends "base.html" %}
{% block content %}<h1>{{ page.title }}</h1>{{ super() }}{% include "part.html" %}{% endblock %}
{% block header %}{{ super() }}{{ self.kb_extra() }}{% endblock %}
{% block kb_extra %}<p>{{ page.meta.description }}</p>{% endblock %}
"""
TEMPLATES = {"base.html": BASE, "child.html": CHILD, "lang.html": "{% macro t() %}en{% endmacro %}",
             "part.html": "<small>{{ page.url }}</small>"}


def _page(n: int, toc: list[str], folder: str = "articles/a") -> Any:
    return SimpleNamespace(
        url=f"{folder}/page-{n}.html", title=f"Page {n}", content=f"<p>Body {n}</p>",
        meta={"description": f"About {n} & more"},
        toc=[SimpleNamespace(url=u, title=u.strip("#").title(), level=2, children=[])
             for u in toc],
        file=SimpleNamespace(src_uri=f"{folder}/page-{n}.md"))


def _render_all(templates: dict[str, str], pages: list[Any]) -> tuple[FrameRenderer, bool]:
    env = Environment(loader=DictLoader(templates))
    template = env.get_template("child.html")
    renderer = FrameRenderer()
    same = True
    for page in pages:
        context = {"page": page, "config": {"features": ["a", "b"]}}
        same &= renderer.render(template, context, page) == template.render(context)
    return renderer, same


def test_pages_of_a_frame_render_as_the_whole_template() -> None:
    pages = [_page(n, ["#symptoms"]) for n in range(5)] + [_page(9, ["#other"]),
                                                           _page(10, [], "articles/b")]
    renderer, same = _render_all(TEMPLATES, pages)
    assert same
    checked = [key[:2] for key, frame in renderer.frames.items() if frame and frame.checked]
    assert checked == [("child.html", "articles/a")]
    assert len(renderer.frames) == 3  # another skip link, another folder: their own frames


@pytest.mark.parametrize("body", [
    "<body class='{{ page.url }}'>",                       # the page, outside any block
    "<body>{% include 'part.html' %}",                     # an include that reads the page
    "<body>{% include ['gone.html', 'part.html'] %}",      # the same, named in a list
    "<body>{% set crumbs = kb_article %}",                 # kbgen's per-article view
    "<body data-n='{{ page.toc | length }}'>",             # more of the contents than the key
    "<body>{% if config.banner %}{% include 'banner.html' %}{% endif %}",  # missing, unused
    "<body>{% include 'banner.html' ignore missing %}",
])
def test_templates_reading_the_page_outside_blocks_are_rendered_whole(body: str) -> None:
    templates = {**TEMPLATES, "base.html": BASE.replace("<body>", body)}
    renderer, same = _render_all(templates, [_page(n, ["#s"]) for n in range(4)])
    assert same
    assert renderer.framable == {"child.html": False} and renderer.frames == {}


def test_a_page_read_that_only_shows_when_rendering_is_caught_on_the_second_page() -> None:
    """An include named by an expression is not read beforehand: the second page of the
    frame, rendered whole too, shows that the frame does not fit."""
    templates = {**TEMPLATES, "base.html": BASE.replace("<body>", "<body>{% include 'pa' ~ "
                                                                  "'rt.html' %}")}
    renderer, same = _render_all(templates, [_page(n, ["#s"]) for n in range(4)])
    assert same
    assert renderer.framable == {"child.html": True}
    assert list(renderer.frames.values()) == [None]


def test_namespaces_set_outside_blocks_are_not_shared_by_pages() -> None:
    """A block that counts in a namespace would count on from the page that made the frame."""
    templates = {**TEMPLATES, "child.html": "{% set seen = namespace(n=0) %}" + CHILD.replace(
        "{% block kb_extra %}", "{% block kb_extra %}{% set seen.n = seen.n + 1 %}{{ seen.n }}")}
    renderer, same = _render_all(templates, [_page(n, ["#s"]) for n in range(5)])
    assert same
    assert list(renderer.frames.values()) == [None]


def test_root_macros_are_not_framed() -> None:
    templates = {**TEMPLATES, "child.html": "{% macro m() %}<b>{{ config.features | first }}</b>"
                 "{% endmacro %}" + CHILD.replace("{{ super() }}{% include", "{{ m() }}{% include")}
    renderer, same = _render_all(templates, [_page(n, ["#s"]) for n in range(4)])
    assert same
    assert list(renderer.frames.values()) == [None]


@pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked")
def test_generated_help_centre_is_byte_identical_with_frames(tmp_path: Path) -> None:
    """Hundreds of articles, many per frame: workers (frames) and MkDocs' loop agree."""
    sys.path.insert(0, str(REPO / "bench"))
    import generate

    generate.generate(tmp_path / "serial", 160, 3)
    generate.generate(tmp_path / "forked", 160, 3)
    _with_workers(tmp_path / "serial" / "mkdocs.yml", 1)
    _with_workers(tmp_path / "forked" / "mkdocs.yml", 2)
    serial = build(tmp_path / "serial" / "mkdocs.yml", tmp_path / "serial" / "site", strict=True)
    forked = build(tmp_path / "forked" / "mkdocs.yml", tmp_path / "forked" / "site", strict=True)
    one, two = all_files(serial), all_files(forked)
    assert one.keys() == two.keys()
    assert len([name for name in one if name.startswith("articles/")]) > 150
    assert [name for name in one if one[name] != two[name]] == []


def test_kbgen_and_material_templates_can_be_framed() -> None:
    """Material's base.html, kbgen's main.html and article.html read only the first heading
    of the page outside their blocks: article pages are rendered from frames."""
    from mkdocs.config import load_config

    from kbgen.site.fastrender.frames import reads_page_outside_blocks, unframable
    from kbgen.site.theme import use_kbgen_theme

    config = load_config(str(REPO / "mkdocs.yml"))
    use_kbgen_theme(config)
    env = config.theme.get_env()
    assert not reads_page_outside_blocks(env, "article.html")
    assert not reads_page_outside_blocks(env, "main.html")
    assert unframable(env, ["article.html", "main.html", "404.html"]) == []


@pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked")
def test_a_custom_template_that_cannot_be_framed_is_named_in_the_log(
        write_project: Callable[[dict[str, str]], Path], tmp_path: Path) -> None:
    """Such pages are right, but slower: the build says so, once, and why."""
    main = ('{% extends "base.html" %}\n{% set crumbs = page.title %}\n'
            '{% block hero %}<p class="kbtest">{{ crumbs }}</p>{% endblock %}\n')
    config = write_project({
        "mkdocs.yml": MINI_CONFIG.replace("  font: false\n",
                                          "  font: false\n  custom_dir: theme\n"),
        "theme/main.html": main,
        **{f"content/articles/wifi/router-{n}.md": article(f"Router problem {n}")
           for n in range(4)},
    })
    _with_workers(config, 2)
    kept, logger = _Kept(logging.INFO), logging.getLogger("mkdocs")
    level = logger.level
    logger.addHandler(kept)
    logger.setLevel(logging.INFO)
    try:
        site = build(config, tmp_path / "site", strict=True)
    finally:
        logger.removeHandler(kept)
        logger.setLevel(level)
    slow = [m for m in kept.messages if "reads the page outside its blocks" in m]
    assert len(slow) == 1  # article.html extends the site's own main.html
    assert "article.html and main.html are rendered whole" in slow[0]
    for n in range(4):
        html = (site / f"articles/wifi/router-{n}.html").read_text(encoding="utf-8")
        assert f'<p class="kbtest">Router problem {n}</p>' in html


@pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked")
def test_a_template_edited_or_overridden_between_builds_of_one_process_is_read_again(
        write_project: Callable[[dict[str, str]], Path], tmp_path: Path) -> None:
    """What the frames learnt of the templates' code is kept for the process (a test
    session, `kbgen serve`), but not past a change: a site's own main.html that starts
    reading the page outside its blocks, then goes away, is seen at each build."""
    framable = ('{% extends "base.html" %}\n'
                '{% block hero %}<p class="kbtest">{{ page.title }}</p>{% endblock %}\n')
    reading = ('{% extends "base.html" %}\n{% set crumbs = page.title %}\n'
               '{% block hero %}<p class="kbtest">{{ crumbs }}</p>{% endblock %}\n')
    config = write_project({
        "mkdocs.yml": MINI_CONFIG.replace("  font: false\n",
                                          "  font: false\n  custom_dir: theme\n"),
        "theme/main.html": framable,
        **{f"content/articles/wifi/router-{n}.md": article(f"Router problem {n}")
           for n in range(4)},
    })
    _with_workers(config, 2)
    main = config.parent / "theme" / "main.html"

    def build_and_read(name: str) -> tuple[list[str], list[str]]:
        kept, logger = _Kept(logging.INFO), logging.getLogger("mkdocs")
        level = logger.level
        logger.addHandler(kept)
        logger.setLevel(logging.INFO)
        try:
            site = build(config, tmp_path / name, strict=True)
        finally:
            logger.removeHandler(kept)
            logger.setLevel(level)
        pages = [(site / f"articles/wifi/router-{n}.html").read_text(encoding="utf-8")
                 for n in range(4)]
        return [m for m in kept.messages if "reads the page outside its blocks" in m], pages

    slow, pages = build_and_read("framed")
    assert slow == []
    assert all(f'<p class="kbtest">Router problem {n}</p>' in html
               for n, html in enumerate(pages))
    main.write_text(reading, encoding="utf-8")  # the same file, edited
    slow, pages = build_and_read("edited")
    assert len(slow) == 1 and "article.html and main.html are rendered whole" in slow[0]
    assert all(f'<p class="kbtest">Router problem {n}</p>' in html
               for n, html in enumerate(pages))
    main.unlink()  # kbgen's own main.html again: framed
    slow, pages = build_and_read("kbgen")
    assert slow == []
    assert not any("kbtest" in html for html in pages)


def test_templates_are_parsed_once_per_process_while_their_sources_stay_the_same() -> None:
    """Each build makes a new environment: the answers are kept across them, and a changed
    template is parsed again, alone."""
    reads = TemplateReads()

    def ask(templates: dict[str, str]) -> bool:
        env = Environment(loader=DictLoader(templates))
        return reads.answer(env, "reads", "child.html", lambda parse: _reads_page(parse,
                                                                             "child.html"))

    assert ask(TEMPLATES) is False
    first = reads.parsed
    assert first == 3  # child, base and lang (part.html is only included in a block)
    assert ask(dict(TEMPLATES)) is False
    assert reads.parsed == first
    assert ask({**TEMPLATES, "part.html": "<small>{{ config.x }}</small>"}) is False
    assert reads.parsed == first  # not read for the answer: not read again
    assert ask({**TEMPLATES, "lang.html": "{% macro t() %}en-GB{% endmacro %}"}) is False
    assert reads.parsed == first + 1
    assert ask({**TEMPLATES, "base.html": BASE.replace("<body>", "<body id='{{ page.url }}'>")})
    assert reads.parsed == first + 2
