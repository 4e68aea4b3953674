"""`kbgen serve` (a real server on a free port): drafts and internal articles previewed with
a banner; a save of an article's text shown by rendering its page alone; a title other
pages list, a new article and a broken article through the full rebuild (the error printed,
the server still serving); what it serves after all that equal to what a clean `kbgen
serve` of the same content serves; a later start answering at once with the last preview;
port 0: the system's free port, bound before the first build."""

from __future__ import annotations

import shutil
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.incremental import BOUND, Preview, wait_for
from bench.site_diff import differences
from kbgen.commands.preview_server import remove_leftovers, replace_folder
from kbgen.commands.serve import preview_dir
from kbgen.site.on_demand import CAUGHT_UP
from kbgen.site.quick_edit import UP_TO_DATE
from tests.conftest import MINI_CONFIG, article
from tests.helpers import run_cli

ON_DEMAND_START = "pages rendered when viewed"
"""What the log says when the preview starts without rendering its pages."""
FAST = "Rendered articles/{} in"
"""What the log says when a save was shown by rendering its page alone."""


def _save(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _until_logged(preview: Preview, text: str, times: int = 1, limit: float = 300) -> str:
    start = time.perf_counter()
    while (log := preview.output()).count(text) < times:
        assert time.perf_counter() - start < limit, f"not logged: {text!r}\n{log[-3000:]}"
        time.sleep(0.1)
    return log


def serve_project(write_project: Callable[[dict[str, str]], Path]) -> Path:
    """The mkdocs.yml of a project with two linked articles, a draft and an internal one, and
    the offline plugin."""
    return write_project({
        "mkdocs.yml": MINI_CONFIG.replace("  - search\n", "  - search\n  - offline\n"),
        "content/articles/billing/card-declined.md": article(),
        "content/articles/billing/expired-card.md": article(
            "Expired card", extra="related: [card-declined]\n"),
        "content/articles/wifi/work-in-progress.md": article("Work in progress", "draft"),
        "content/articles/wifi/agents-only.md": article("Agents only", "internal"),
    })


def test_serve_shows_saves_fast_stays_up_on_errors_and_equals_a_clean_preview(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    config = serve_project(write_project)
    project = config.parent
    articles = project / "content/articles"
    card = articles / "billing/card-declined.md"
    preview = Preview(project)
    page = f"{preview.base}articles/billing/card-declined.html"
    try:
        wait_for(preview.base + "index.html", None, limit=300)
        serves_on_the_port_it_bound_first(preview)
        wait_for(preview.base + "articles/wifi/work-in-progress.html", "kb-banner--draft")

        # the text of a published article and of a draft: their pages alone (an editor's
        # swap file and test file beside them change nothing)
        builds = preview.output().count("Building documentation")
        _save(card.with_name(".card-declined.md.swp"), "swap")
        (articles / "billing/4913").write_text("test")
        (articles / "billing/4913").unlink()
        _save(card, article(body="## Symptoms\n\nRestart the router first.\n"))
        wait_for(page, "Restart the router first.", limit=120)
        _save(articles / "wifi/work-in-progress.md",
              article("Work in progress", "draft", body="Half written.\n"))
        wait_for(preview.base + "articles/wifi/work-in-progress.html", "Half written.")
        _save(articles / "wifi/agents-only.md",
              article("Agents only", "internal", body="Call the night shift.\n"))
        inside = wait_for_text_when(f"{preview.base}articles/wifi/agents-only.html",
                                    "Call the night shift.")
        assert "kb-banner--internal" in inside
        log = _until_logged(preview, FAST.format("wifi/agents-only.md"))
        assert FAST.format("billing/card-declined.md") in log, log
        assert FAST.format("wifi/work-in-progress.md") in log
        assert log.count("Building documentation") == builds
        assert "kb-banner--draft" in wait_for_text(
            preview.base + "articles/wifi/work-in-progress.html")

        # a title other pages list, and a new article: the whole preview anew
        _save(articles / "billing/expired-card.md", article(
            "Card expired last month", extra="related: [card-declined]\n"))
        wait_for(page, "Card expired last month", limit=120)  # its related list
        wait_for(f"{preview.base}articles/billing/index.html", "Card expired last month")
        _save(articles / "wifi/router-reboot.md", article("Router reboots at night"))
        wait_for(f"{preview.base}articles/wifi/router-reboot.html", "Router reboots at night",
                 limit=120)

        # a broken article, then personal data in a text: the errors printed, the last
        # preview still served
        _save(card, "---\ntitle: [unclosed\n---\n\nBody.\n")
        log = _until_logged(preview, "The preview was not updated")
        assert "card-declined.md" in log and "Body." not in wait_for_text(page)
        _save(card, article(body="Write to jane.doe@gmail.com for a refund.\n"))
        log = _until_logged(preview, "The preview was not updated", times=2)
        gate = log.split("The preview was not updated")[1]
        assert "card-declined.md" in gate and "e-mail address" in gate
        assert "jane.doe" not in wait_for_text(page)
        assert "Restart the router first." in wait_for_text(page)

        # a Python tag in mkdocs.yml: refused before anything runs, the server stays up
        settings = project / "mkdocs.yml"
        good = settings.read_text(encoding="utf-8")
        settings.write_text(good + "x: !!python/object/apply:os.system [true]\n",
                            encoding="utf-8")
        log = _until_logged(preview, "The preview was not updated", times=3)
        assert "!!python/object/apply:os.system" in log.split("The preview was not updated")[2]
        settings.write_text(good, encoding="utf-8")

        # fixed: a full build, then texts saved again are shown alone
        _save(card, article(body="## Symptoms\n\nFixed at last.\n"))
        wait_for(page, "Fixed at last.", limit=120)
        _save(articles / "wifi/router-reboot.md",
              article("Router reboots at night", body="See [the card](../billing/"
                      "card-declined.md#symptoms).\n"))
        wait_for(f"{preview.base}articles/wifi/router-reboot.html", "See <a", limit=120)
        _until_logged(preview, FAST.format("wifi/router-reboot.md"))
        deadline = time.perf_counter() + 300
        while (log := preview.output()).rfind(UP_TO_DATE) < log.rfind("INFO    -  Rendered"):
            assert time.perf_counter() < deadline, log[-3000:]  # the index holds the last save
            time.sleep(0.1)
    finally:
        preview.stop()
    assert not (project / "site").exists()  # a preview is never the published site

    assert differences_from_a_clean_preview(config, tmp_path_factory) == []

    again = Preview(project)
    try:
        wait_for(again.base + "articles/billing/card-declined.html", "Fixed at last.",
                 limit=120)
    finally:
        again.stop()
    assert "Serving the last preview while it is brought up to date" in again.output()


def serves_on_the_port_it_bound_first(preview: Preview) -> None:
    """Started with port 0 (no port kept beside a new project), `preview` took its address
    before its first build and serves on the port the system gave it; the same address again
    is a clear error at once, before any build (a port picked by a test and bound a build later
    by the server could be taken meanwhile by another process: bench/RESULTS.md, flaky64)."""
    preview.wait_for_log("Serving on", limit=300)
    log = preview.output()
    bound = BOUND.search(log)
    assert bound and bound[1] != "0" and int(bound[1]) == preview.port, log[-3000:]
    assert f"Serving on http://127.0.0.1:{bound[1]}/" in log, log[-3000:]
    assert log.index("Bound to") < log.index("Building documentation"), log[-3000:]
    # In this process (the preview above is the real `kbgen serve` process): both refusals
    # come before any build, so a second of imports a process would only cost time.
    taken = run_cli("serve", "-a", f"127.0.0.1:{bound[1]}", cwd=preview.project)
    said = taken.stdout + taken.stderr
    assert taken.returncode != 0 and "Traceback" not in said, said
    assert "Building documentation" not in said, said
    assert f"cannot listen on http://127.0.0.1:{bound[1]}/" in said, said
    assert "Address already in use" in said and "-a 127.0.0.1:0" in said, said
    past = run_cli("serve", "-a", "127.0.0.1:99999", cwd=preview.project)  # past 65535 (rev64)
    said = past.stdout + past.stderr
    assert past.returncode != 0 and "Traceback" not in said, said
    assert "a port is a number from 0 to 65535" in said, said


def differences_from_a_clean_preview(config: Path, tmp_path_factory: pytest.TempPathFactory
                                     ) -> list[str]:
    """How the preview of the project of `config` differs from what a clean `kbgen serve` of
    a copy of it (without its cache) serves."""
    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
    fresh = Preview(clean)
    try:
        wait_for(fresh.base + "index.html", None, limit=300)
        caught_up(fresh)
    finally:
        fresh.stop()
    return differences(preview_dir(config), preview_dir(clean / "mkdocs.yml"))


def caught_up(preview: Preview, limit: float = 300) -> None:
    """Wait until a preview started with its pages rendered when viewed (no earlier preview)
    rendered the rest, the search index and feeds (a whole build is done when it serves)."""
    if ON_DEMAND_START in preview.output():
        _until_logged(preview, CAUGHT_UP, limit=limit)


def wait_for_text_when(url: str, text: str) -> str:
    """What `url` serves once it shows `text`."""
    wait_for(url, text, limit=120)
    return wait_for_text(url)


def wait_for_text(url: str) -> str:
    """What `url` serves now."""
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read().decode("utf-8", "replace")


def test_a_rebuilt_preview_replaces_the_served_folder_whole(tmp_path: Path) -> None:
    served, new = tmp_path / "preview", tmp_path / "preview-next"
    _save(served / "gone.html", "old page")
    _save(new / "index.html", "new home")
    _save(tmp_path / "preview-old-1" / "x.html", "a stopped server's leftover")
    remove_leftovers(served)
    replace_folder(new, served)
    assert [p.name for p in served.iterdir()] == ["index.html"]
    assert not new.exists()
    deadline = time.perf_counter() + 30
    while len(list(tmp_path.iterdir())) > 1:  # the old folder goes in the background
        assert time.perf_counter() < deadline, list(tmp_path.iterdir())
        time.sleep(0.05)
