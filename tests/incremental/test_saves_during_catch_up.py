"""New and renamed articles and texts saved while the preview's catch-up of the save before
still runs (kbgen.site.on_demand), in process: each build stops that catch-up (its search
index and feeds may still be written, before the next build's), a text's index is left to
the catch-up's end; once the last caught up, the
preview equals a clean preview of the same content file for file, and no page was rendered
with another build's state (a build on demand loaded its configuration, which starts the
plugin's next run, while the catch-up before still rendered pages: "kbgen's plugin ran
without its on_config event"). Texts saved after: the search index, made from the last one,
is the clean preview's too."""

from __future__ import annotations

import logging
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from random import Random

import pytest
from mkdocs.exceptions import Abort

from bench.edits import (
    Project,
    _retarget,
    add_article,
    delete_article,
    edit_body,
    rename_article,
    retitle_listed,
    set_key,
)
from bench.site_diff import differences
from kbgen.commands.serve import Preview
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article

SAVES = 6
"""Saves in a row, each at a random moment of the catch-up before."""
NOT_RENDERED = ("was not rendered", "Error building page")
"""What the log says of a page the catch-up failed to render."""


def _project() -> dict[str, str]:
    """Twelve articles in two categories, sharing tags, listing each other as related and
    linking to each other (a rename rewrites them)."""
    files = {"mkdocs.yml": MINI_CONFIG, "content/_data/categories.yml": MINI_CATEGORIES,
             "content/index.md": "# Home\n\n<!-- kb:categories -->\n\n<!-- kb:recent -->\n"}
    for number in range(12):
        category = ("billing", "wifi")[number % 2]
        related = f"related: [problem-{(number + 2) % 12}]\n"
        link = f"../{('billing', 'wifi')[(number + 1) % 2]}/problem-{(number + 1) % 12}.md"
        files[f"content/articles/{category}/problem-{number}.md"] = article(
            title=f"Problem {number} with the hub", extra=f"tags: [hub, t{number % 3}]\n{related}",
            body=f"## Symptoms\n\nIt fails. See [the next one]({link}).\n")
    return files


def _preview(config: Path) -> Preview:
    """A preview of the project of `config` started as `kbgen serve` starts one (its pages
    rendered when viewed, the rest caught up in a thread)."""
    shown = Preview(config, {})
    loaded = shown.config()
    loaded.plugins.on_startup(command="serve", dirty=False)
    shown.start_cold(loaded)
    assert shown.pages is not None
    shown.pages.viewed.set()  # no first page to wait for
    return shown


def _caught_up(preview: Preview) -> None:
    """The catch-up ended and a text save's search index, written once no save came for
    QUIET_S, is written."""
    assert preview.pages is not None and preview.pages._thread is not None
    preview.pages._thread.join(120)
    assert not preview.pages._thread.is_alive()
    preview.search.wait(120)


def _save(project: Project, rng: Random, number: int) -> set[Path]:
    """A new article, one renamed with the articles that list or link to it rewritten, or an
    article's text (its index then written by the catch-up's end); the files saved."""
    articles = project.articles()
    source = rng.choice(articles)
    if number % 3 == 2:
        source.write_text(source.read_text(encoding="utf-8") + "\nStill stuck?\n",
                          encoding="utf-8")
        return {source}
    if number % 3 == 0:
        new = source.with_name(f"new-{number}.md")
        new.write_text(set_key(source.read_text(encoding="utf-8"), "title",
                               f"New problem {number}"), encoding="utf-8")
        return {new}
    new = source.with_name(f"renamed-{number}-{source.name}")
    before = {path: path.read_bytes() for path in articles}
    source.rename(new)
    _retarget(project, source, new)
    return {source, new} | {path for path in project.articles()
                            if path in before and path.read_bytes() != before[path]}


def test_new_and_renamed_articles_saved_during_catch_ups_end_as_a_clean_preview(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
    config = write_project(_project())
    rng = Random(44)
    with caplog.at_level(logging.INFO):
        preview = _preview(config)
        for number in range(SAVES):
            pause = rng.uniform(0.0, 0.4)  # into the catch-up of the save before
            time.sleep(0 if number % 3 == 2 else pause)  # a text: at its start, surely
            assert preview.update(_save(Project(config.parent), rng, number))
        _caught_up(preview)
        for path in Project(config.parent).articles()[:2]:  # texts: the index from the last
            path.write_text(path.read_text(encoding="utf-8") + "\nRestart it.\n",
                            encoding="utf-8")
            assert preview.update({path})
        preview.search.wait()
    wrong = [r.getMessage() for r in caplog.records if any(t in r.getMessage() for t in
                                                             NOT_RENDERED)]
    assert wrong == []
    assert caplog.text.count("pages rendered when viewed, the others") == 1 + SAVES * 2 // 3
    assert caplog.text.count("(only its text changed") == SAVES // 3 + 2
    assert "follows with the other pages" in caplog.text  # a text saved during a catch-up

    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
    fresh = _preview(clean / "mkdocs.yml")
    _caught_up(fresh)
    assert differences(preview.site_dir, fresh.site_dir) == []


NARROWED = re.compile(r"The catch-up renders (\d+) of the (\d+) pages waiting")
"""Logged when a catch-up renders only the pages the record says can show a save."""
EDITS = (add_article, rename_article, retitle_listed, delete_article)
"""A new, renamed and retitled (listed by others) article, and a deleted article."""


def _edited(project: Project, edit: Callable[[Random, Project], str], rng: Random
            ) -> set[Path]:
    """Apply `edit` to `project`: the files it wrote, made or deleted."""
    def files() -> dict[Path, bytes]:
        return {path: path.read_bytes() for path in project.content.rglob("*")
                if path.is_file()}
    before = files()
    edit(rng, project)
    after = files()
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def test_a_catch_up_renders_only_the_pages_a_new_renamed_or_edited_article_can_change(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
    """Each save's catch-up renders fewer pages than the build on demand left waiting (what
    the other pages read, recorded as they were rendered, is unchanged), and once it ended
    the preview equals a clean preview of the same content, search index and feeds
    included: no page that shows the save was left out. First a text (the fast lane, after
    the recording ended: its page is not known), then a category's description (a data
    save, after another preview ran in this process) and a new article: the record outlives
    the data save. Last, an article
    renamed in two saves, the first failing (links to the old name): the record outlives
    the failed build."""
    config = write_project(_project())
    project, rng = Project(config.parent), Random(48)

    def shown(saved: set[Path], name: str, narrowed: bool = True) -> None:
        caplog.clear()
        assert preview.update(saved)
        _caught_up(preview)
        if narrowed:
            found = NARROWED.findall(caplog.text)
            assert len(found) == 1, (name, caplog.text)
            left, waiting = map(int, found[0])
            assert 0 < left < waiting, name
        if name in ("add_article", "rename_article"):  # not the search index made whole
            assert "put into the last index" in caplog.text, name
        clean = tmp_path_factory.mktemp(name) / "project"
        shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
        fresh = _preview(clean / "mkdocs.yml")
        _caught_up(fresh)
        assert differences(preview.site_dir, fresh.site_dir) == [], name

    with caplog.at_level(logging.DEBUG):
        preview = _preview(config)
        _caught_up(preview)
        shown(_edited(project, edit_body, rng), "edit_body", narrowed=False)  # the fast lane
        categories = project.content / "_data" / "categories.yml"  # a data save after
        categories.write_text(categories.read_text(encoding="utf-8").replace(  # another
            "Payments and invoices.", "Payments, refunds and invoices."),  # preview ran in
            encoding="utf-8")  # this process: shown with this preview's model, not that one's
        shown({categories}, "described", narrowed=False)  # a data save: its own lane
        shown(_edited(project, add_article, rng), "new_after_a_data_save")  # still recorded
        for edit in EDITS:
            shown(_edited(project, edit, rng), edit.__name__)
        old = project.articles()[0]
        new = old.with_name(f"renamed-twice-{old.name}")
        old.rename(new)
        with pytest.raises(Abort):  # other articles link to the old name
            preview.update({old, new})
        shown({old, new} | _edited(project, lambda _, p: _retarget(p, old, new), rng),
              "renamed_in_two_saves")


def test_a_server_started_from_the_last_preview_narrows_its_first_catch_up(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
    """The record of what the pages read is kept with the preview (kbgen.site.kept_reads): a
    server started again builds the last preview whole, then its first saves are caught up
    narrowed (the first one's search index from the whole build's) and equal a clean
    preview. A title other pages list, changed while no server ran, is taken back by the
    second save: the pages that show it are rendered again."""
    config = write_project(_project())
    project, rng = Project(config.parent), Random(50)
    first = _preview(config)
    _caught_up(first)
    before = {path: path.read_bytes() for path in project.articles()}
    retitle_listed(rng, project)  # while no server runs
    retitled = next(path for path in project.articles() if path.read_bytes() != before[path])
    with caplog.at_level(logging.DEBUG):
        again = Preview(config, {})  # as `kbgen serve` starts with the last preview
        again.config().plugins.on_startup(command="serve", dirty=False)
        again.serve_url = "http://127.0.0.1:8000/"  # as `kbgen serve`: drafts built whole
        again.build()
        assert "pages' records hold" in caplog.text
        for name in ("new_article", "title_taken_back"):
            caplog.clear()
            if name == "new_article":
                assert again.update(_edited(project, add_article, rng))
            else:
                retitled.write_bytes(before[retitled])
                assert again.update({retitled})
            _caught_up(again)
            found = NARROWED.findall(caplog.text)
            assert len(found) == 1, (name, caplog.text)
            left, waiting = map(int, found[0])
            assert 0 < left < waiting, name
            if name == "new_article":  # into the whole build's search index
                assert "put into the last index" in caplog.text
            clean = tmp_path_factory.mktemp(name) / "project"
            shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
            fresh = _preview(clean / "mkdocs.yml")
            _caught_up(fresh)
            assert differences(again.site_dir, fresh.site_dir) == [], name
