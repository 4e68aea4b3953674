"""`kbgen reply`: replies from real articles in each format, refusals, templates, export."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import REPO
from tests.helpers import hrefs, parse

SAMPLE = REPO / "mkdocs.yml"
HUB = "hub-offline-light-blinking-red"
HUB_URL = ("https://help.hearthly.example/articles/wifi-connectivity/"
           "hub-offline-light-blinking-red.html")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_text_reply_of_a_sample_article() -> None:
    code, out, _ = run("reply", "-f", str(SAMPLE), HUB, "--name", "Ana")
    assert code == 0
    lines = out.split("\n")
    assert lines[0] == "Hello Ana,"
    assert lines[2].startswith("A red blinking hub light means the hub has no internet")
    assert "1. Check that the hub's cable goes into a normal LAN port on the router." in out
    assert "**" not in out and "##" not in out  # plain text, no Markdown marks
    assert f"You can read the full article here: {HUB_URL}" in out
    assert out.rstrip().endswith("call us on +44 20 7946 0958 (Customer support).")
    assert "HD-10301" not in out  # the article's ticket
    assert "Room Sensors keep measuring" not in out  # the Workaround, not the Resolution


def test_markdown_and_html_replies_link_absolutely() -> None:
    code, markdown, _ = run("reply", "-f", str(SAMPLE),
                            "alexa-device-unresponsive-after-skill-update", "--format",
                            "markdown")
    assert code == 0
    assert ("[Alexa says the thermostat is unresponsive](https://help.hearthly.example/"
            "articles/integrations/alexa-says-thermostat-is-unresponsive.html)") in markdown
    code, html, _ = run("reply", "-f", str(SAMPLE), HUB, "--format", "html")
    assert code == 0
    tags = [tag for tag, _ in parse(html).tags]
    assert "ol" in tags and tags.count("li") == 5 and "script" not in tags
    assert HUB_URL in hrefs(html)
    assert all(h.startswith(("https://", "tel:", "mailto:")) for h in hrefs(html))


def test_json_reply_has_every_format() -> None:
    code, out, _ = run("reply", "-f", str(SAMPLE), HUB, "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"slug", "title", "url", "subject", "text", "markdown", "html"}
    assert data["slug"] == HUB and data["url"] == HUB_URL
    assert data["html"].startswith("<p>Hello,</p>")


@pytest.mark.parametrize("slug,status", [("switch-from-monthly-to-annual-billing", "draft")])
def test_drafts_have_no_reply(slug: str, status: str) -> None:
    code, out, err = run("reply", "-f", str(SAMPLE), slug)
    assert code == 1 and out == ""
    assert f"'{slug}' is {status}, not published" in err


def test_unknown_slug_suggests_articles() -> None:
    code, _, err = run("reply", "-f", str(SAMPLE), "hub-offline")
    assert code == 1 and f"did you mean {HUB}" in err


SECRET_BODY = """\
## Resolution

1. Restart the router.

!!! internal
    Escalate to the network team, ask for Jo on extension 4411.

2. Wait two minutes.
"""


def small_site(write_project: Callable[[dict[str, str]], Path], **files: str) -> Path:
    from tests.conftest import article
    return write_project({
        "content/articles/wifi/router.md": article(
            "Router drops", extra="tickets: [HD-4242]\nerrors: [WIFI_1]\n", body=SECRET_BODY),
        "content/articles/wifi/internal-one.md": article("Internal one", status="internal",
                                                         body="## Resolution\n\nDo it.\n"),
        "content/articles/billing/pasted.md": article(
            "Pasted ticket", extra="tickets: [HD-777]\n",
            body="## Resolution\n\nAs in HD-777, refund the customer.\n"),
        **files})


def test_internal_notes_never_and_internal_articles_refused(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = small_site(write_project)
    code, out, _ = run("reply", "-f", str(config), "router", "--json")
    assert code == 0
    data = json.loads(out)
    for form in ("text", "markdown", "html"):
        assert "Restart the router" in data[form] and "Wait two minutes" in data[form]
        assert "Escalate" not in data[form] and "4411" not in data[form]
        assert "HD-4242" not in data[form]
    assert data["url"] == "https://help.test.example/articles/wifi/router.html"
    code, _, err = run("reply", "-f", str(config), "internal-one")
    assert code == 1 and "'internal-one' is internal, not published" in err
    code, _, err = run("reply", "-f", str(config), "pasted")
    assert code == 1 and "private value 'HD-777'" in err


def test_export_writes_every_published_reply(
        write_project: Callable[[dict[str, str]], Path], tmp_path: Path) -> None:
    config = small_site(write_project)
    target = tmp_path / "out" / "replies.json"
    result = CliRunner().invoke(cli, ["reply", "-f", str(config), "--export", str(target)])
    assert result.exit_code == 0, result.output
    assert "Wrote 1 replies" in result.stdout
    assert "pasted.md: no reply" in result.stderr
    data = json.loads(target.read_text())
    assert data["version"] == 1 and data["site_url"] == "https://help.test.example/"
    assert [r["slug"] for r in data["replies"]] == ["router"]
    entry = data["replies"][0]
    assert entry["category"] == "Wi-Fi" and entry["html"].startswith("<p>Hello,</p>")
    assert "internal" not in json.dumps(data).lower().replace("internal notes", "")


def test_the_site_template_words_the_reply(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = small_site(write_project, **{"content/_data/reply.md": (
        "Hi there,\n\n$summary\n\nTry this:\n$steps\n\nMore: $link\n$company costs $$0.\n")})
    code, out, _ = run("reply", "-f", str(config), "router")
    assert code == 0, out
    assert out.startswith("Hi there,\n") and "Try this:\n1. Restart the router." in out
    assert "More: https://help.test.example/articles/wifi/router.html" in out
    assert "costs $0." in out
    site = config.parent
    assert not (site / "site").exists() or not list((site / "site").rglob("reply*"))


def test_a_broken_template_is_reported_with_its_line(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = small_site(write_project, **{"content/_data/reply.md": (
        "Hello,\n\n$summary\n${ticket}\nCosts $ 5\n")})
    code, _, err = run("reply", "-f", str(config), "router")
    assert code == 1
    assert "content/_data/reply.md:4: error: unknown placeholder $ticket" in err
    assert "content/_data/reply.md:5: error: a `$` that is not a placeholder" in err


def test_directory_urls_and_a_missing_site_url(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = small_site(write_project)
    text = config.read_text()
    config.write_text(text.replace("use_directory_urls: false\n", ""))
    code, out, _ = run("reply", "-f", str(config), "router", "--json")
    assert json.loads(out)["url"] == "https://help.test.example/articles/wifi/router/"
    config.write_text(text.replace("site_url: https://help.test.example/\n", ""))
    code, _, err = run("reply", "-f", str(config), "router")
    assert code == 1 and "needs `site_url:" in err
