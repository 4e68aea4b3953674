"""`kbgen build` when only articles' bodies changed: their pages alone are rendered and the
rest linked from the published site (kbgen.site.quick_build). After seeded random body edits
(paragraphs, headings, links to headings, of published, draft, internal and scheduled
articles) the site equals, byte for byte, a clean build without cache; personal data is
refused as a full build refuses it; a lost or damaged snapshot, or a multilingual site, means
a full build with the same result; `--profile` shows the quick build's steps."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from random import Random

import pytest
from click.testing import CliRunner

from bench.edits import get_key, set_key, slug_list
from bench.generate import generate
from bench.site_diff import differences
from kbgen.build.fingerprint import scan_outputs
from kbgen.cli import cli
from kbgen.commands.build import build
from kbgen.commands.quick import snapshots_for
from kbgen.commands.unchanged import records_for
from kbgen.core import search_head
from kbgen.errors import KbError
from kbgen.site.urls import tag_uri
from tests.conftest import REPO
from tests.incremental.test_equivalence import _clean_build
from tests.incremental.test_unchanged import settle, snapshot

QUICK = "Quick build:"
NOTHING = "Nothing changed since the last build"
SEED = 14
STEPS = 5
SCHEDULED = "  state: investigating\n  since: 2099-01-02\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A generated project with a draft, an internal and a scheduled known-issue article,
    built once (its cache filled)."""
    root = tmp_path_factory.mktemp("quick") / "project"
    generate(root, 12, seed=3, as_of=dt.date(2026, 11, 1), team_size=3)
    articles = _unmentioned(root)
    for path, status in zip(articles[:2], ("draft", "internal")):
        path.write_text(set_key(path.read_text(encoding="utf-8"), "status", status))
    scheduled = articles[2]
    text = set_key(scheduled.read_text(encoding="utf-8"), "status", "published")
    scheduled.write_text(text.replace("\n---\n", f"\nknown_issue:\n{SCHEDULED}---\n", 1))
    settle(root)
    build(root / "mkdocs.yml", root / "site", strict=True)
    yield root / "mkdocs.yml"


def _unmentioned(root: Path) -> list[Path]:
    """The articles no other file names (in `related` or a link): a draft is then no
    problem."""
    articles = sorted((root / "content/articles").rglob("*.md"))
    texts = {path: path.read_text(encoding="utf-8") for path in articles}
    return [path for path in articles
            if not any(path.stem in text for other, text in texts.items() if other != path)]


def _append(rng: Random, text: str) -> str:
    return text + f"\nStill stuck? Restart the hub once more ({rng.randint(1, 999)}).\n"


def _heading(rng: Random, text: str) -> str:
    return text + f"\n## Step {rng.randint(1, 999)} of the fix\n\nHold the button.\n"


def _rename_heading(rng: Random, text: str) -> str:
    return text.replace("## Cause", "## Why it happens", 1) if "## Cause" in text \
        else _heading(rng, text)


def _link(rng: Random, text: str) -> str:
    return text + "\nSee also [the cause](#cause) and [the fix](#resolution).\n"


EDITS: list[Callable[[Random, str], str]] = [_append, _heading, _rename_heading, _link]


def _build_logged(config: Path, caplog: pytest.LogCaptureFixture) -> str:
    settle(config.parent)  # a build vouches only for inputs settled before it started
    caplog.clear()
    with caplog.at_level(logging.INFO), caplog.at_level(logging.DEBUG, "mkdocs.plugins.kbgen"):
        build(config, config.parent / "site", strict=True)  # debug: why a build was full
    return caplog.text


def test_quick_builds_equal_clean_builds_after_random_body_edits(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _build_logged(project, caplog)  # a record to build quickly from, whatever ran before
    rng = Random(SEED)
    articles = _unmentioned(project.parent)
    quick = 0
    for step in range(STEPS):
        # the draft, the internal and the scheduled article first, then at random
        path = articles[step] if step < 3 else rng.choice(articles)
        edit = _append if step < 3 else rng.choice(EDITS)
        path.write_text(edit(rng, path.read_text(encoding="utf-8")), encoding="utf-8")
        log = _build_logged(project, caplog)
        quick += QUICK in log
        if edit is _append:  # nothing in it for any check: always quick
            assert QUICK in log, f"step {step}: {edit.__name__} of {path.name}"
        clean = _clean_build(project.parent, tmp_path / "clean")
        assert differences(project.parent / "site", clean) == [], \
            f"step {step}: {edit.__name__} of {path.name}"
    assert quick >= 3


def test_personal_data_in_a_body_is_refused_as_a_full_build_refuses_it(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = sorted((project.parent / "content/articles").rglob("*.md"))[5]
    before = path.read_text(encoding="utf-8")
    site = project.parent / "site"
    published = snapshot(site)
    path.write_text(before + "\nMail jane.smith@gmail.com for help.\n", encoding="utf-8")
    settle(project.parent)
    errors, _ = _refused_by_both(project, tmp_path, caplog,
                                 lambda record: record.levelno >= logging.ERROR)
    assert errors[0] == errors[1], errors
    assert f"{path.name}:" in errors[0][0] and "e-mail address" in errors[0][0]
    assert snapshot(site) == published  # nothing published
    path.write_text(before, encoding="utf-8")


def _cli_build(config: Path, *options: str) -> str:
    settle(config.parent)
    result = CliRunner().invoke(cli, ["build", "--strict", *options, "-f", str(config),
                                      "-d", str(config.parent / "site")])
    assert result.exit_code == 0, result.output
    return result.output


def test_profile_shows_the_quick_build_and_a_lost_snapshot_means_a_full_build(
        project: Path, tmp_path: Path) -> None:
    _cli_build(project)  # after the refused build: a full one, a new snapshot
    path = sorted((project.parent / "content/articles").rglob("*.md"))[6]
    path.write_text(_append(Random(1), path.read_text(encoding="utf-8")), encoding="utf-8")
    output = _cli_build(project, "--profile")
    for step in ("kbgen build: quick", "read and check the changed articles",
                 "render the changed pages", "search index", "write the search index",
                 "take the spare copy of the site", "keep a spare copy of the site"):
        assert step in output
    for entry in (project.parent / ".kbgen-cache/snapshots").rglob("*"):
        if entry.is_file() and entry.stat().st_size > 10_000:  # the content, not the head
            entry.write_bytes(entry.read_bytes()[:-100])  # cut short: never trusted
    path.write_text(_append(Random(2), path.read_text(encoding="utf-8")), encoding="utf-8")
    output = _cli_build(project)
    assert QUICK not in output and "Build cache:" in output
    clean = _clean_build(project.parent, tmp_path / "clean")
    assert differences(project.parent / "site", clean) == []
    path.write_text(_append(Random(3), path.read_text(encoding="utf-8")), encoding="utf-8")
    assert QUICK in _cli_build(project)  # that build kept a snapshot again
    shutil.rmtree(project.parent / ".kbgen-cache")
    path.write_text(_append(Random(4), path.read_text(encoding="utf-8")), encoding="utf-8")
    assert QUICK not in _cli_build(project)


def test_a_translations_body_is_built_in_full_and_right(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", root)
    config = root / "mkdocs.yml"
    _build_logged(config, caplog)
    for path in (root / "translations/de/articles/billing/doppelt-abgebucht.md",
                 root / "content/articles/billing/charged-twice.md"):
        path.write_text(_append(Random(4), path.read_text(encoding="utf-8")),
                        encoding="utf-8")
        assert QUICK not in _build_logged(config, caplog)
        clean = _clean_build(root, tmp_path / "clean")
        assert differences(root / "site", clean) == []


def test_the_snapshot_keeps_each_word_of_the_pairs_once(project: Path) -> None:
    """The words of pairs that documents share are one object in the snapshot: pickled once
    (kbgen.site.quick_build.shared_words), the same sets."""
    snapshots = snapshots_for(project, project.parent / "site")
    head = snapshots.head()
    assert head is not None
    content = snapshots.content(head)
    first: dict[str, int] = {}
    shared = 0
    for _, _, words in content.search.documents.values():
        for word in words:
            shared += word in first
            assert id(word) == first.setdefault(word, id(word)), word
    assert shared > 20


def test_a_quick_build_takes_the_store_packed_by_the_full_build(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only bodies changed: titles, locations and summaries are as the full build packed them
    (kbgen.core.search_head.PackedStore); the site is still a clean build's."""
    packed: list[int] = []
    real = search_head._pack_store
    monkeypatch.setattr(search_head, "_pack_store",
                        lambda *args: packed.append(len(args[0])) or real(*args))
    _build_logged(project, caplog)  # this test's own start: the site as a build left it
    path = _unmentioned(project.parent)[5]
    path.write_text(_append(Random(5), path.read_text(encoding="utf-8")), encoding="utf-8")
    log = _build_logged(project, caplog)
    assert QUICK in log, log
    assert packed == []
    clean = _clean_build(project.parent, tmp_path / "clean")
    assert packed  # the clean build packs it
    assert differences(project.parent / "site", clean) == []


def test_a_quick_builds_record_lists_its_site_as_a_scan_finds_it(project: Path) -> None:
    """A quick build lists its site's linked files from the listing of the site they link to
    (kbgen.build.fingerprint.scan_outputs' `linked`): the same as a scan of every file; a
    linked page edited in place afterwards is still seen (a full build)."""
    site = project.parent / "site"
    _cli_build(project)  # a record to build quickly from, whatever ran before
    path = _unmentioned(project.parent)[6]
    path.write_text(_append(Random(6), path.read_text(encoding="utf-8")), encoding="utf-8")
    assert QUICK in _cli_build(project)
    record = records_for(project, site).load()
    assert record is not None and record.outputs == scan_outputs(site)
    assert NOTHING in _cli_build(project)
    page = sorted(site.glob("articles/*/*.html"))[0]  # a link to the page published before
    page.write_bytes(page.read_bytes())
    output = _cli_build(project)
    assert NOTHING not in output and QUICK not in output


def test_a_title_another_article_has_is_reported_and_blocks_as_a_full_build(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A front-matter change the quick build would take, but for a cross-file problem it
    makes (one title for two articles, kbgen.core.checks.unique_titles, over the articles
    the quick build does not check otherwise): the same warning as a clean build, which
    `--strict` makes an error; nothing published."""
    _build_logged(project, caplog)  # a record to build quickly from, whatever ran before
    paths = sorted((project.parent / "content/articles").rglob("*.md"))[6:8]
    before = paths[0].read_text(encoding="utf-8")
    title = next(line for line in paths[1].read_text(encoding="utf-8").splitlines()
                 if line.startswith("title:"))
    site = project.parent / "site"
    published = snapshot(site)
    paths[0].write_text(set_key(before, "title", title.removeprefix("title:").strip()),
                        encoding="utf-8")
    try:
        settle(project.parent)
        warned, quick_log = _refused_by_both(
            project, tmp_path, caplog, lambda record: record.levelno > logging.DEBUG
            and "title also used by" in record.getMessage(), logging.DEBUG)
        assert "not a quick one: the checks found: " in quick_log  # the quick build's checks
        assert "title also used by" in quick_log.split("not a quick one:")[1]
        assert warned[0] == warned[1] and len(warned[0]) == 1, warned
        assert paths[0].name in warned[0][0] or paths[1].name in warned[0][0]
        assert snapshot(site) == published  # nothing published
    finally:  # the module's other tests share the project
        paths[0].write_text(before, encoding="utf-8")
        settle(project.parent)


def _refused_by_both(project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture,
                     kept: Callable[[logging.LogRecord], bool], level: int = logging.INFO
                     ) -> tuple[list[list[str]], str]:
    """`kbgen build --strict` of the project, then a clean build of a copy, each failing
    with no quick build: the messages `kept` of each (paths as `<project>`), and the log of
    the first."""
    messages, first = [], ""
    for config, where, root in ((project, project.parent / "site", project.parent),
                                (None, tmp_path / "clean", tmp_path / "clean")):
        caplog.clear()
        with caplog.at_level(level), pytest.raises(KbError):
            if config is None:
                _clean_build(project.parent, where)
            else:
                build(config, where, strict=True)
        messages.append([record.getMessage().replace(str(root), "<project>")
                         for record in caplog.records if kept(record)])
        assert QUICK not in caplog.text
        first = first or caplog.text
    return messages, first


def test_a_related_article_that_does_not_exist_blocks_as_a_full_build(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The quick build checks the changed article alone (kbgen.site.changed_checks), yet a
    new finding in it is found there (its debug line), with the full build's error; nothing
    published."""
    _build_logged(project, caplog)  # a record again after the last test's refused build
    path = sorted((project.parent / "content/articles").rglob("*.md"))[7]
    before = path.read_text(encoding="utf-8")
    site = project.parent / "site"
    published = snapshot(site)
    path.write_text(set_key(before, "related", "[no-such-article]"), encoding="utf-8")
    try:
        settle(project.parent)
        errors, quick_log = _refused_by_both(
            project, tmp_path, caplog, lambda record: record.levelno >= logging.ERROR
            and "no-such-article" in record.getMessage(), logging.DEBUG)
        assert "related article 'no-such-article' does not exist" in \
            quick_log.split("not a quick one: the checks found:")[1].splitlines()[0]
        assert errors[0] == errors[1] and len(errors[0]) == 1, errors
        assert snapshot(site) == published
    finally:  # the module's other tests share the project
        path.write_text(before, encoding="utf-8")
        settle(project.parent)


def test_whole_site_files_are_made_again_only_where_their_inputs_changed(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A new title: the feeds that list the article are written again, another category's
    feed and the sitemap (no date changed) are the published files still (the same inode),
    and so are the tags' index and the pages of tags the article has not (they read each
    tag's list alone, kbgen.site.page_reads); the site is a clean build's; a new `updated`
    date: the sitemap is written again."""
    site = project.parent / "site"
    _build_logged(project, caplog)  # the site as a build left it
    path = _unmentioned(project.parent)[7]
    category = path.parent.name
    text = path.read_text(encoding="utf-8")
    path.write_text(set_key(text, "title", "A title no feed had before"), encoding="utf-8")
    files = [*site.glob("*"), *site.glob("tags/*")]
    inodes = {p.relative_to(site).as_posix(): p.stat().st_ino for p in files if p.is_file()}
    assert QUICK in _build_logged(project, caplog)
    now = {name: (site / name).stat().st_ino for name in inodes}
    kept = {name for name in inodes if now[name] == inodes[name]}
    assert {"sitemap.xml", "sitemap.xml.gz", "tags.html"} <= kept
    own = {tag_uri(tag)[:-3] + ".html" for tag in slug_list(get_key(text, "tags"))}
    tag_pages = {name for name in inodes if name.startswith("tags/")}
    assert own and own < tag_pages
    assert tag_pages - kept == own
    assert f"feed-articles-{category}.atom" not in kept and "feed-articles.json" not in kept
    assert any(name.startswith("feed-articles-") and category not in name for name in kept)
    assert differences(site, _clean_build(project.parent, tmp_path / "clean")) == []
    day = project_day(text)
    path.write_text(set_key(path.read_text(encoding="utf-8"), "updated", day),
                    encoding="utf-8")
    assert QUICK in _build_logged(project, caplog)
    assert site.joinpath("sitemap.xml").stat().st_ino != now["sitemap.xml"]  # as a clean
    # build's: test_equivalence's front-matter edits (dates among them)
    path.write_text(text, encoding="utf-8")
    settle(project.parent)


def project_day(text: str) -> str:
    """A day for `updated` other than the article's: its `created` day or the next."""
    def day(key: str) -> str:
        return next((line.split(":", 1)[1].strip().strip("'\"") for line in text.splitlines()
                     if line.startswith(f"{key}:")), "")
    created = dt.date.fromisoformat(day("created"))
    return next(str(d) for d in (created, created + dt.timedelta(days=1))
                if str(d) != day("updated"))
