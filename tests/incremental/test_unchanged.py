"""`kbgen build` with nothing changed leaves the site as it is and says what the last build
said; anything that could change the site (an input, an option, the day, the site itself, a
build that never finished) makes it build for real."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kbgen.cli import cli
from kbgen.commands import build as build_command
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, SESSION_EPOCH, article, write_files

SKIPPED = "Nothing changed since the last build"
WARNING = "characters; keep it under 200, one sentence"
PAGE = "articles/billing/card-declined.html"


def settle(root: Path) -> None:
    """Date every file and folder of the project a minute back: a build vouches only for
    inputs that were not changing while it ran (each call moves the time on, as an editor
    saving would). The site, its spare (kbgen.build.spare) and the cache are left alone."""
    when = time.time() - 60
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if not {"site", "public", ".kbgen-cache"} & set(parts) and not any(
                part.endswith(".spare") for part in parts):  # the spare: links to the site's
            os.utime(path, (when, when))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A small project whose builds log a warning (a long summary)."""
    root = tmp_path_factory.mktemp("unchanged")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/card-declined.md": article().replace(
            "summary: One sentence", "summary: A very long sentence" + " and so on" * 20),
        "content/articles/wifi/router-change.md": article("Offline after a router change"),
    })
    settle(root)
    yield root / "mkdocs.yml"


def kbgen_build(config: Path, *options: str) -> Result:
    return CliRunner().invoke(cli, ["build", "-f", str(config), *options])


def snapshot(site: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file of the site: its bytes, modification time and inode."""
    return {str(p.relative_to(site)): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino)
            for p in sorted(site.rglob("*")) if p.is_file()}


def built_for_real(config: Path, *options: str) -> Result:
    result = kbgen_build(config, *options)
    assert result.exit_code == 0, result.output
    assert SKIPPED not in result.output
    return result


def ready(config: Path) -> None:
    """Build if need be, so that the next build has nothing to do."""
    assert kbgen_build(config).exit_code == 0
    skipped(config)


def skipped(config: Path, *options: str) -> Result:
    result = kbgen_build(config, *options)
    assert result.exit_code == 0, result.output
    assert SKIPPED in result.output, result.output
    return result


def test_nothing_changed_leaves_the_site_untouched_and_logs_the_same_warnings(
        project: Path) -> None:
    first = built_for_real(project)
    assert WARNING in first.output
    before = snapshot(project.parent / "site")
    again = skipped(project)
    assert again.output.count(WARNING) == first.output.count(WARNING)
    assert again.output.splitlines()[-1].rsplit(";", 1)[0] == first.output.splitlines()[-1
                                                                                 ].rsplit(";", 1)[0]
    assert snapshot(project.parent / "site") == before


def test_strict_fails_on_the_warning_as_a_real_build_would(project: Path) -> None:
    ready(project)
    before = snapshot(project.parent / "site")
    result = kbgen_build(project, "--strict")
    assert result.exit_code == 1
    assert WARNING in result.output and SKIPPED not in result.output
    assert snapshot(project.parent / "site") == before


def test_a_touched_input_is_read_again_and_found_the_same(project: Path) -> None:
    ready(project)
    assert kbgen_build(project, "--strict").exit_code == 1  # here, not the test before's
    built_for_real(project)  # after the failed strict build
    settle(project.parent)
    skipped(project)
    skipped(project)  # the new times were recorded: nothing read again


@pytest.mark.parametrize("tamper", ["edit", "delete and add"])
def test_a_site_changed_by_hand_is_built_again(project: Path, tamper: str) -> None:
    ready(project)
    site = project.parent / "site"
    page = site / PAGE
    good = page.read_bytes()
    if tamper == "edit":
        page.write_bytes(good.replace(b"Card declined", b"Card defaced"))
    else:
        page.unlink()
        (site / "articles/billing/extra.html").write_text("<p>not ours</p>")
    built_for_real(project)
    assert page.read_bytes() == good
    assert not (site / "articles/billing/extra.html").exists()
    skipped(project)


def test_another_address_or_day_builds_again(project: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ready(project)
    built_for_real(project, "--site-url", "https://elsewhere.example/help/")
    skipped(project, "--site-url", "https://elsewhere.example/help/")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(SESSION_EPOCH) + 86400))
    built_for_real(project, "--site-url", "https://elsewhere.example/help/")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SESSION_EPOCH)  # the session's day again
    built_for_real(project)  # the site was built for another address and day a build ago
    skipped(project)


def test_each_output_folder_has_its_own_record(project: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project.parent)
    ready(project)  # its warnings name files as seen from here: a record made here replays them
    built_for_real(project, "-d", "public")
    skipped(project, "-d", "public")
    skipped(project)  # site/ was not touched by the build into public/


@pytest.mark.parametrize("step", ["swap_in", "remember"])
def test_a_build_stopped_before_its_record_leaves_none_a_later_build_trusts(
        project: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    ready(project)

    def killed(*args: object) -> None:
        raise KeyboardInterrupt

    source = project.parent / "content/articles/wifi/router-change.md"
    text = source.read_text()
    source.write_text(text + "\nOne more line.\n")
    settle(project.parent)
    monkeypatch.setattr(build_command, step, killed)
    result = kbgen_build(project)
    assert result.exit_code == 1 and "stopped by Ctrl-C" in result.output
    monkeypatch.undo()
    source.write_text(text)  # the inputs of the last finished build, and maybe its site:
    settle(project.parent)   # still no record vouches for the site
    built_for_real(project)
    skipped(project)


def test_a_damaged_record_is_not_trusted(project: Path) -> None:
    ready(project)
    for record in (project.parent / ".kbgen-cache/builds").rglob("*"):
        if record.is_file():
            data = record.read_bytes()
            record.write_bytes(data[:-20] + b'"target": "/"}' + data[-6:])
    built_for_real(project)
    skipped(project)


def test_an_article_saved_while_building_is_built_next_time(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ready(project)
    source = project.parent / "content/articles/wifi/router-change.md"
    text = source.read_text()
    source.write_text(text.replace("It fails.", "It fails at first."))
    settle(project.parent)
    swap_in = build_command.swap_in

    def saved_meanwhile(staging: Path, target: Path) -> None:
        source.write_text(text.replace("It fails.", "It fails when saved meanwhile."))
        swap_in(staging, target)

    monkeypatch.setattr(build_command, "swap_in", saved_meanwhile)
    built_for_real(project)
    monkeypatch.undo()
    page = project.parent / "site/articles/wifi/router-change.html"
    assert "at first" in page.read_text()  # read before the save
    built_for_real(project)  # the record could not vouch for what the build read
    assert "saved meanwhile" in page.read_text()
    source.write_text(text)
    settle(project.parent)
    built_for_real(project)


def test_files_dated_in_the_future_still_let_a_build_be_skipped(project: Path) -> None:
    source = project.parent / "content/articles/wifi/router-change.md"
    text = source.read_text()
    source.write_text(text.replace("It fails.", "It fails from the future."))
    when = time.time() + 3600  # another machine's clock
    for path in (project.parent / "content").rglob("*"):
        os.utime(path, (when, when))
    built_for_real(project)
    assert "from the future" in (project.parent / "site/articles/wifi/router-change.html"
                                 ).read_text()
    skipped(project)
    source.write_text(text)
    settle(project.parent)
    built_for_real(project)
    skipped(project)


def test_pages_whose_bytes_the_cache_lost_are_rendered_again(project: Path) -> None:
    ready(project)
    site = project.parent / "site"
    before = {name: data for name, (data, _, _) in snapshot(site).items()}
    lost = [p for p in (project.parent / ".kbgen-cache/pages").rglob("*-html")]
    assert lost
    for path in lost:
        path.unlink()
    shutil.rmtree(site)  # nothing to link from either
    result = built_for_real(project)
    assert "Build cache: 0 of" in result.output
    assert {name: data for name, (data, _, _) in snapshot(site).items()} == before


def test_a_site_that_may_read_other_files_is_always_built(tmp_path: Path) -> None:
    """A Markdown extension that includes files from anywhere: no record can list them."""
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - pymdownx.snippets:\n"
                                    "      base_path: [notes]\n",
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/card-declined.md": article(),
        "notes/shared.md": "It fails on Mondays.\n",
    })
    settle(tmp_path)
    config = tmp_path / "mkdocs.yml"
    built_for_real(config)
    built_for_real(config)


@pytest.mark.parametrize("same_size", [True, False])
def test_an_article_copied_in_with_its_old_date_while_building_is_built_next_time(
        project: Path, monkeypatch: pytest.MonkeyPatch, same_size: bool) -> None:
    """`cp -p`, `rsync -a`, `tar x` and unzip keep a file's old modification time: a file
    replaced so while a build runs must not be vouched for by its record."""
    source = project.parent / "content/articles/wifi/router-change.md"
    text = article("Offline after a router change")
    source.write_text(text)
    settle(project.parent)
    ready(project)
    old = source.stat()
    copied = text.replace("It fails.", "It fails!" if same_size else "It fails, copied.")
    assert (len(copied) == len(text)) == same_size
    swap_in = build_command.swap_in

    def copied_meanwhile(staging: Path, target: Path) -> None:
        source.write_text(copied)
        os.utime(source, ns=(old.st_atime_ns, old.st_mtime_ns))
        swap_in(staging, target)

    source.write_text(text.replace("It fails.", "It fails at first."))
    settle(project.parent)
    monkeypatch.setattr(build_command, "swap_in", copied_meanwhile)
    built_for_real(project)
    monkeypatch.undo()
    page = project.parent / "site/articles/wifi/router-change.html"
    assert "at first" in page.read_text()  # read before the copy
    built_for_real(project)  # the record could not vouch for what the build read
    assert copied.split("It fails")[1].split("\n")[0] in page.read_text()
    source.write_text(text)
    settle(project.parent)
    built_for_real(project)


@pytest.mark.parametrize("how", ["old date restored", "link retargeted"])
def test_an_input_replaced_with_the_same_size_and_date_is_built_again(
        project: Path, how: str) -> None:
    """A file of the same size put back with the recorded time (`touch -r`, `cp -p`), or a
    symbolic link pointed at another such file: the change time and inode tell."""
    folder = project.parent / "content/articles/wifi"
    source = folder / "router-change.md"
    text = article("Offline after a router change")
    changed = text.replace("It fails.", "It fails!")
    versions = project.parent / "content/.versions"  # hidden: not published itself
    spare = versions / "spare.md"
    if how == "link retargeted":
        versions.mkdir(exist_ok=True)
        (versions / "first.md").write_text(text)
        spare.write_text(changed)
        source.unlink()
        source.symlink_to(versions / "first.md")
    else:
        source.write_text(text)
    settle(project.parent)
    ready(project)
    recorded = source.stat()
    if how == "link retargeted":
        os.utime(spare, ns=(recorded.st_atime_ns, recorded.st_mtime_ns))
        source.unlink()
        source.symlink_to(spare)
    else:
        source.write_text(changed)
        os.utime(source, ns=(recorded.st_atime_ns, recorded.st_mtime_ns))
    assert (source.stat().st_size, source.stat().st_mtime_ns) == (
        recorded.st_size, recorded.st_mtime_ns)
    built_for_real(project)
    assert "It fails!" in (project.parent / "site/articles/wifi/router-change.html").read_text()
    source.unlink()
    source.write_text(text)
    shutil.rmtree(versions, ignore_errors=True)
    settle(project.parent)
    built_for_real(project)


EXTENSION = '''
from markdown import Extension
from markdown.preprocessors import Preprocessor


class Stamp(Preprocessor):
    def run(self, lines):
        return [line.replace("It fails.", "It fails, {}.") for line in lines]


class StampExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(Stamp(md), "stamp", 30)


def makeExtension(**kwargs):
    return StampExtension(**kwargs)
'''


def test_a_markdown_extension_of_the_project_edited_is_built_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Markdown extension that is neither installed nor kbgen's (a module beside
    mkdocs.yml): its code is an input, as a page cache entry's and the record's."""
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - kbstamp\n",
        "content/index.md": "# Home\n", "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/card-declined.md": article(),
        "kbstamp.py": EXTENSION.format("stamp one"),
    })
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "kbstamp", raising=False)
    config = tmp_path / "mkdocs.yml"
    settle(tmp_path)
    built_for_real(config)
    page = tmp_path / "site" / PAGE
    assert "stamp one" in page.read_text()
    skipped(config)
    (tmp_path / "kbstamp.py").write_text(EXTENSION.format("stamp two"))
    settle(tmp_path)
    monkeypatch.delitem(sys.modules, "kbstamp")  # as a new process would import it
    built_for_real(config)
    assert "stamp two" in page.read_text()


HOOK = '''
from pathlib import Path

STAMP = (Path(__file__).parent / "stamp.txt").read_text().strip()


def on_page_markdown(markdown, **kwargs):
    return markdown.replace("It fails.", f"It fails, {STAMP}.")
'''


def kbgen_process(config: Path) -> str:
    """`kbgen build` in a process of its own (a hook is run as a new process runs it)."""
    done = subprocess.run([sys.executable, "-m", "kbgen", "build", "-f", str(config)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_a_data_file_beside_a_hook_edited_is_built_again(tmp_path: Path) -> None:
    """A hook reading a file beside it (hooks/stamp.txt): the hook's folder is an input, as
    a page cache entry's and the record's."""
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG + "hooks:\n  - hooks/stamp.py\n",
        "content/index.md": "# Home\n", "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/card-declined.md": article(),
        "hooks/stamp.py": HOOK, "hooks/stamp.txt": "stamp one\n",
    })
    config = tmp_path / "mkdocs.yml"
    settle(tmp_path)
    assert SKIPPED not in kbgen_process(config)
    page = tmp_path / "site" / PAGE
    assert "stamp one" in page.read_text()
    assert SKIPPED in kbgen_process(config)
    (tmp_path / "hooks/stamp.txt").write_text("stamp two\n")
    settle(tmp_path)
    assert SKIPPED not in kbgen_process(config)
    assert "stamp two" in page.read_text()


def test_a_page_changed_in_place_in_the_site_is_rendered_again_not_taken_from_the_cache(
        project: Path) -> None:
    """The cache keeps a page's bytes as a hard link to the page the build wrote: a page
    rewritten in place afterwards (a post-processing step, a hand edit) changes the cached
    bytes too, which then fail their signature; the page is rendered again."""
    ready(project)
    site = project.parent / "site"
    shutil.rmtree(project.parent / ".kbgen-cache/pages")  # every page rendered into this site
    shutil.rmtree(site)
    built_for_real(project)
    page = site / "articles/wifi/router-change.html"
    assert any(entry.stat().st_ino == page.stat().st_ino
               for entry in (project.parent / ".kbgen-cache/pages").rglob("*-html"))
    before = {name: data for name, (data, _, _) in snapshot(site).items()}
    original = page.read_bytes()
    with page.open("r+b") as out:  # same inode, same length
        out.write(original.replace(b"<html", b"<HTML", 1))
    result = built_for_real(project)
    assert ", 1 to render" in result.output, result.output
    assert {name: data for name, (data, _, _) in snapshot(site).items()} == before
    skipped(project)
