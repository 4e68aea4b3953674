"""The agent's workflow: search before writing, start a draft, check, stats."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.commands import search as searching
from tests.conftest import REPO
from tests.site.test_sample_site import ARTICLES, PUBLISHED

FIXTURES = Path(__file__).parent / "fixtures"

# A customer's phrasing -> the article that answers it (first result).
QUERIES = [
    ("thermostat offline after new router", "thermostat-offline-after-router-change"),
    ("ERR_SYNC_409", "sync-conflict-between-app-and-web-dashboard"),
    ("0x80070005", "windows-app-install-fails-with-0x80070005"),
    ("I was charged twice", "charged-twice-after-a-payment-retry"),
    ("payment declined code 51", "charged-twice-after-a-payment-retry"),
    ("cannot log in since I changed my email", "cant-sign-in-after-changing-email"),
    ("not getting the sms code", "two-factor-codes-not-arriving"),
    ("alexa says unresponsive", "alexa-says-thermostat-is-unresponsive"),
    ("home assistant 401", "home-assistant-integration-fails-with-401"),
    ("mini batteries die quickly", "thermostat-mini-batteries-drain-fast"),
    ("hub light blinking red", "hub-offline-light-blinking-red"),
    ("firmwre update faild", "firmware-update-failed-f-12"),
    ("no c wire", "install-thermostat-without-c-wire"),
    ("schedule wrong after clocks change", "schedule-an-hour-off-after-the-clocks-change"),
    ("refund annual plan", "refund-for-an-annual-hearthly-plus-plan"),
]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the sample project to work in."""
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture(scope="module")
def searched_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the sample project for the module's searches that change no file: `kbgen
    search` builds its index into the copy's cache once and answers the others from it."""
    root = tmp_path_factory.mktemp("searched")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.fixture
def searched(searched_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The module's copy of the sample, as the working directory."""
    monkeypatch.chdir(searched_copy)
    return searched_copy


@pytest.mark.parametrize("query, slug", QUERIES)
def test_search_finds_the_answer_first(searched: Path, query: str, slug: str) -> None:
    result = CliRunner().invoke(cli, ["search", query, "--json", "-n", "5"])
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["slug"] == slug


def test_search_text_output_and_no_results(searched: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "ERR_SYNC_409", "-n", "1"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "1. Sync conflict ERR_SYNC_409 when editing in the app and on the web"
    assert lines[1] == ("   content/articles/app-account/"
                        "sync-conflict-between-app-and-web-dashboard.md")
    assert lines[3].startswith("   … web dashboard shows **ERR_SYNC_409**: Someone else changed")
    assert lines[4].startswith("   matched title: err_sync_409; errors: err_sync_409")
    missing = CliRunner().invoke(cli, ["search", "zzqqxx"])
    assert missing.exit_code == 1
    assert missing.output == "No article or news post matches 'zzqqxx'.\n"


def test_search_marks_drafts_and_internal(searched: Path) -> None:
    hidden = {p.stem: m for p, m in ARTICLES.items() if p not in PUBLISHED}
    for slug, meta in hidden.items():
        result = CliRunner().invoke(cli, ["search", meta["title"], "-n", "1"])
        assert result.output.splitlines()[0].endswith(f"[{meta['status']}]"), slug


def test_query_syntax_never_breaks_search(searched: Path) -> None:
    for query in ["title:wifi", "~router", "^2", "+hub -offline", "*", "router~2", ":"]:
        result = CliRunner().invoke(cli, ["search", query])
        assert result.exit_code in (0, 1), query
        assert result.exception is None or isinstance(result.exception, SystemExit), query


def test_index_is_cached_and_rebuilt_only_for_changed_files(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    real = searching.load_article

    def counting(content_dir: Path, src_uri: str, *args):  # type: ignore[no-untyped-def]
        reads.append(src_uri)
        return real(content_dir, src_uri, *args)

    monkeypatch.setattr(searching, "load_article", counting)
    assert CliRunner().invoke(cli, ["search", "router"]).exit_code == 0
    assert len(reads) == len(ARTICLES)
    reads.clear()
    assert CliRunner().invoke(cli, ["search", "router"]).exit_code == 0
    assert reads == []
    changed = project / "content/articles/billing/charged-twice-after-a-payment-retry.md"
    changed.write_text(changed.read_text().replace("Charged twice", "Billed twice", 1))
    result = CliRunner().invoke(cli, ["search", "billed twice", "--json"])
    assert reads == ["articles/billing/charged-twice-after-a-payment-retry.md"]
    assert json.loads(result.output)[0]["slug"] == "charged-twice-after-a-payment-retry"


def test_searches_at_once_each_leave_a_whole_cache_and_an_unwritable_one_is_no_error(
        project: Path) -> None:
    """Two `kbgen search` runs at once (an editor's plugin and a terminal) each write the
    cache through a file of their own; a cache that cannot be written is skipped."""
    import subprocess
    import sys
    runs = [subprocess.Popen([sys.executable, "-m", "kbgen", "search", "router", "--json"],
                             cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], [err for _, err in outputs]
    cache = project / searching.CACHE_DIR
    assert json.loads((cache / searching.CACHE_FILE).read_text())  # whole, valid JSON
    assert not [p.name for p in cache.iterdir() if p.name.startswith(".tmp")]
    (cache / searching.CACHE_FILE).unlink()
    (cache / searching.CACHE_FILE).mkdir()  # cannot be replaced, even by root
    result = CliRunner().invoke(cli, ["search", "router", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)


def test_new_creates_a_draft_from_the_template(project: Path) -> None:
    result = CliRunner().invoke(cli, ["new", "-c", "billing", "-t", "Invoice shows the wrong"
                                      " company name", "-a", "sam-lee", "-s", "wrong name on"
                                      " invoice"])
    assert result.exit_code == 0, result.output
    path = project / "content/articles/billing/invoice-shows-the-wrong-company-name.md"
    assert result.output.endswith(f"Created {path.relative_to(project)} (status: draft). Write the"
                                  " Symptoms, Cause and Resolution, then run kbgen check and"
                                  " preview with kbgen serve.\n")
    text = path.read_text()
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["status"] == "draft" and meta["author"] == "sam-lee"
    assert meta["symptoms"] == ["wrong name on invoice"]
    assert set(meta) >= {"title", "summary", "symptoms", "errors", "applies_to", "tags",
                         "author", "created", "updated", "status", "related", "tickets"}
    for section in ("## Symptoms", "## Cause", "## Resolution"):
        assert section in text
    check = CliRunner().invoke(cli, ["check"])
    assert "0 errors" in check.output


def test_new_dates_what_it_writes_by_the_build_day(project: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`kbgen new` takes the day from SOURCE_DATE_EPOCH, as a build does (not the clock), so
    the build that follows agrees: a second before midnight UTC is still that day."""
    last_second = dt.datetime(2030, 6, 30, 23, 59, 59, tzinfo=dt.timezone.utc)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(last_second.timestamp())))
    result = CliRunner().invoke(cli, ["new", "-c", "billing", "-t", "Refund took two weeks"])
    assert result.exit_code == 0, result.output
    text = (project / "content/articles/billing/refund-took-two-weeks.md").read_text()
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["created"] == meta["updated"] == dt.date(2030, 6, 30)
    news = CliRunner().invoke(cli, ["new", "--news", "-t", "Summer opening hours"])
    assert "(status: draft, date: 2030-06-30)" in news.output, news.output


def test_new_starts_a_known_issue_and_a_news_post(project: Path) -> None:
    issue = CliRunner().invoke(cli, ["new", "--known-issue", "-c", "app-account", "-t",
                                     "App shows SYNC_777 on every change"])
    assert issue.exit_code == 0, issue.output
    text = (project / "content/articles/app-account/app-shows-sync-777-on-every-change.md"
            ).read_text()
    block = yaml.safe_load(text.split("---\n")[1])["known_issue"]
    assert block["state"] == "investigating" and block["updates"][0]["date"] == block["since"]
    news = CliRunner().invoke(cli, ["new", "--news", "-t", "Holiday opening hours", "-c",
                                    "billing", "--date", "2027-01-04"])
    assert news.exit_code == 0, news.output
    assert news.output == ("Created content/news/holiday-opening-hours.md (status: draft, date:"
                           " 2027-01-04). Write it, set status: published; the first build on or"
                           " after its date publishes it.\n")
    post = project / "content/news/holiday-opening-hours.md"
    meta = yaml.safe_load(post.read_text().split("---\n")[1])
    assert meta["date"].isoformat() == "2027-01-04" and meta["category"] == "billing"
    check = CliRunner().invoke(cli, ["check", "--as-of", "2026-11-23"])
    assert "0 errors" in check.output, check.output  # both drafts are valid as written
    post.write_text(post.read_text().replace("status: draft", "status: published"))
    check = CliRunner().invoke(cli, ["check", "--as-of", "2026-11-23"])
    assert "holiday-opening-hours.md:4: scheduled: news post published by the first build on" \
        " or after 2027-01-04 (in 42 days)" in check.output
    assert CliRunner().invoke(cli, ["new", "--news", "-t", "Index"]).exit_code == 1
    wrong = CliRunner().invoke(cli, ["new", "--date", "2027-01-04", "-t", "X"])
    assert wrong.exit_code == 2 and "--date goes with --news" in wrong.output


def test_new_lists_likely_matches_and_still_writes_a_draft(project: Path) -> None:
    result = CliRunner().invoke(cli, ["new", "-c", "wifi-connectivity", "-t",
                                      "Thermostat went offline after a router change"])
    assert result.exit_code == 0
    assert result.output.startswith("This may already be solved:\n1. Thermostat shows"
                                    " \"Offline\" after you change your router\n")
    draft = (project / "content/articles/wifi-connectivity"
             / "thermostat-went-offline-after-a-router-change.md")
    assert "status: draft" in draft.read_text()


def test_new_asks_in_a_terminal_and_can_stop(project: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: True)
    result = CliRunner().invoke(cli, ["new"], input="wifi-connectivity\nThermostat went offline"
                                " after a router change\nrouter replaced\n\nn\n")
    assert "Category" in result.output and "This may already be solved:" in result.output
    assert result.output.endswith("Write a new article anyway? [y/N]: n\nNothing written.\n")
    assert result.exit_code == 1


def test_new_never_overwrites(project: Path) -> None:
    args = ["new", "-c", "billing", "-t", "Brand new billing question"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 1
    assert again.output.endswith("Error: an article with the slug 'brand-new-billing-question'"
                                 " exists: content/articles/billing/brand-new-billing-question.md;"
                                 " edit it or choose another title\n")


def test_new_without_a_terminal_needs_category_and_title(project: Path) -> None:
    result = CliRunner().invoke(cli, ["new", "-t", "Something"])
    assert result.exit_code == 2
    assert result.output.endswith("Error: --category required when not run in a terminal\n")


def test_check_finds_a_planted_duplicate_but_not_the_sample(project: Path) -> None:
    clean = CliRunner().invoke(cli, ["check", "--as-of", "2026-11-23"])
    assert clean.output == "0 errors, 0 warnings in 53 files\n" or "duplicate" not in clean.output
    assert "likely duplicate" not in clean.output
    shutil.copy(FIXTURES / "planted-duplicate.md",
                project / "content/articles/wifi-connectivity/thermostat-offline-new-router.md")
    result = CliRunner().invoke(cli, ["check", "--as-of", "2026-11-23"])
    lines = [line for line in result.output.splitlines() if "likely duplicate" in line]
    assert len(lines) == 1
    assert "thermostat-offline" in lines[0] and "same error err_wifi_auth" in lines[0]
    score = float(lines[0].split("(similarity ")[1].split(",")[0])
    assert score >= 0.6


def test_stale_articles_are_listed_oldest_first(project: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--as-of", "2027-09-01"])
    stale = [line.split(":")[0] for line in result.output.splitlines() if "stale:" in line]
    ages = [int(line.split("reviewed ")[1].split(" days")[0])
            for line in result.output.splitlines() if "stale:" in line]
    assert len(stale) == len(PUBLISHED) and ages == sorted(ages, reverse=True)
    assert result.exit_code == 0
    assert CliRunner().invoke(cli, ["check", "--as-of", "2027-09-01", "--strict"]).exit_code == 1


def test_check_formats(project: Path) -> None:
    bad = project / "content/articles/billing/broken.md"
    bad.write_text("---\ntitle: Broken\nsummary: S.\nstatus: live\n---\n\nBody\n")
    github = CliRunner().invoke(cli, ["check", "--format", "github", "--as-of", "2026-11-23"])
    assert github.output.splitlines()[0] == (
        "::error file=content/articles/billing/broken.md,line=4,title=kbgen check::'status'"
        " must be one of 'published', 'draft' or 'internal', not 'live'")
    data = json.loads(CliRunner().invoke(cli, ["check", "--format", "json"]).output)
    assert data["failed"] is True and data["problems"][0] == {
        "path": "content/articles/billing/broken.md", "line": 4, "level": "error",
        "message": "'status' must be one of 'published', 'draft' or 'internal', not 'live'"}


def test_stats_describe_the_process_not_people(project: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--json", "--as-of", "2026-11-23"])
    figures = json.loads(result.output)
    assert figures["published"] == len(PUBLISHED)
    assert figures["with_errors"] == sum(1 for m in PUBLISHED.values() if m.get("errors"))
    assert sum(figures["per_category"].values()) == len(PUBLISHED)
    assert sum(figures["added_per_month"].values()) == len(PUBLISHED)
    text = CliRunner().invoke(cli, ["stats"]).output
    team = [yaml.safe_load(p.read_text()) for p in (REPO / "content/team").glob("*.yml")]
    for member in team:
        assert member["name"] not in text and member["name"].split()[0] not in text
