"""Loading articles: every bad input gives one clear problem at the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.build_day import build_day
from kbgen.core.loader import load
from tests.conftest import MINI_CATEGORIES, write_files

TODAY = build_day()  # the session's day (tests/conftest.py)
VALID = """---
title: Card declined at checkout
summary: The bank refused the payment.
status: published
errors: [code 51]
---

## Symptoms
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages show paths relative to the working directory."""
    monkeypatch.chdir(tmp_path)


def load_one(tmp_path: Path, text: str | bytes, name: str = "articles/billing/card.md",
             extra: dict[str, str] | None = None) -> list[str]:
    """Write one article (plus the categories file) and return the problems as text."""
    write_files(tmp_path, {"_data/categories.yml": MINI_CATEGORIES, **(extra or {}), name: text})
    _, problems = load(tmp_path)
    return [str(p) for p in problems]


def fm(*lines: str) -> str:
    """An article whose front matter is the given lines."""
    return "---\n" + "\n".join(lines) + "\n---\n\nBody\n"


BASE = ("title: Card declined", "summary: The bank refused it.", "status: published",
        "symptoms: [card refused]")
CARD = "articles/billing/card.md"

CASES = [
    ("valid", VALID, []),
    ("missing status",
     fm("title: Card declined", "summary: The bank refused it."),
     [f"{CARD}:1: error: missing required key 'status': write published, draft or internal"]),
    ("misspelled status",
     fm("title: Card declined", "summary: The bank refused it.", "status: publised"),
     [f"{CARD}:4: error: 'status' must be one of 'published', 'draft' or 'internal',"
      " not 'publised'"]),
    ("missing title and summary", fm("status: draft"),
     [f"{CARD}:1: error: missing required key 'title'",
      f"{CARD}:1: error: missing required key 'summary'"]),
    ("tags not a list", fm(*BASE, "tags: foo"),
     [f"{CARD}:6: error: 'tags' must be a list, e.g. `tags: [first, second]`, not 'foo'"]),
    ("created yesterday", fm(*BASE, "created: yesterday"),
     [f"{CARD}:6: error: 'created' must be a date like 2025-01-31, not 'yesterday'"]),
    ("impossible date", fm(*BASE, "updated: 2024-02-30"),
     [f"{CARD}:6: error: invalid YAML: '2024-02-30' is not a valid date"
      " (day is out of range for month)"]),
    ("unknown key", fm(*BASE, "colour: red"),
     [f"{CARD}:6: error: unknown key 'colour'; known keys: title, summary, status, symptoms,"
      " errors, applies_to, tags, author, created, updated, reviewed, related, tickets,"
      " redirect_from, known_issue, order, translation_of, hide, template, search, icon,"
      " description"]),
    ("order not a whole number", fm(*BASE, "order: 1.5"),
     [f"{CARD}:6: error: 'order' must be a whole number like 10, not 1.5"]),
    ("order yes", fm(*BASE, "order: true"),
     [f"{CARD}:6: error: 'order' must be a whole number like 10, not True"]),
    ("order of 5000 digits (rev43: a traceback)", fm(*BASE, "order: " + "9" * 5000),
     [f"{CARD}:6: error: invalid YAML: '99999999999999999999…' cannot be read as a value of type"
      " int (Exceeds the limit (4300 digits) for integer string conversion); quote it to keep"
      " it as text"]),
    ("a tag its value cannot hold (rev43: a traceback)", fm(*BASE, "order: !!int ten"),
     [f"{CARD}:6: error: invalid YAML: 'ten' cannot be read as a value of type int (invalid"
      " literal for int() with base 10); quote it to keep it as text"]),
    ("material keys allowed", fm(*BASE, "hide: [toc]", "search:", "  boost: 2"), []),
    ("malformed yaml", fm(*BASE, 'symptoms: ["unclosed'),
     [f"{CARD}:6: error: invalid YAML: the quoted value that starts on this line is never"
      " closed; add the closing \" at its end"]),
    ("duplicate key", fm(*BASE, "title: Again"),
     [f"{CARD}:6: error: invalid YAML: duplicate key 'title' (first on line 2); keep only one"]),
    ("tab indentation", fm(*BASE, "tags:", "\t- a"),
     [f"{CARD}:7: error: invalid YAML: a tab character; YAML is indented with spaces only"]),
    ("no front matter", "# Card declined\n",
     [f"{CARD}:1: error: no front matter; start the file with `---`, the keys (title, summary,"
      " status, ...) and `---` (see the README)"]),
    ("unclosed front matter", "---\ntitle: x\n\nBody\n",
     [f"{CARD}:1: error: front matter is not closed; add a line `---` after the last key"]),
    ("empty file", "", [f"{CARD}: error: the file is empty; write the content or delete the file"]),
    ("not utf-8", VALID.encode() + b"caf\xe9\n",
     [f"{CARD}:9: error: byte 0xe9 is not valid UTF-8; save the file with UTF-8 encoding"]),
    ("bom and crlf", b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode(), []),
    ("title too long", fm(f"title: {'x' * 121}", *BASE[1:]),
     [f"{CARD}:2: error: 'title' is 121 characters long; keep it under 120"]),
    ("alias refused", fm(*BASE, "tags: &t [a]", "applies_to: *t"),
     [f"{CARD}:6: error: invalid YAML: YAML anchors and aliases (&name, *name) are not"
      " allowed; write the value out"]),
    ("yaml 1.1 surprises stay text", fm(*BASE, "errors: [NO, 9:30, 01234, 0x80070005]"), []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_article_problems(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert load_one(tmp_path, text) == expected


def test_yaml_11_values_are_kept_as_written(tmp_path: Path) -> None:
    (tmp_path / "articles/billing").mkdir(parents=True)
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data/categories.yml").write_text(MINI_CATEGORIES)
    (tmp_path / CARD).write_text(fm(*BASE, "errors: [NO, 9:30, 01234, 0x80070005]"))
    kb, problems = load(tmp_path)
    assert problems == []
    assert kb.articles[0].meta.errors == ["NO", "9:30", "01234", "0x80070005"]


CROSS = [
    ("unknown category", {"articles/printers/jam.md": VALID},
     ["articles/printers/jam.md:1: error: unknown category 'printers'; add it to"
      " _data/categories.yml or move the file (known: billing, wifi)"]),
    ("article outside a category", {"articles/jam.md": VALID},
     ["articles/jam.md:1: error: articles must be at articles/<category>/<slug>.md;"
      " move this file into its category folder"]),
    ("bad slug", {"articles/billing/Card_Declined.md": VALID},
     ["articles/billing/Card_Declined.md:1: error: file name 'Card_Declined.md' is not a valid"
      " slug; use lowercase words of letters or digits (any script) joined by hyphens, e.g."
      " 'reset-password.md' or 'überweisung-fehlgeschlagen.md'"]),
    ("capitals in another script", {"articles/billing/Überweisung.md": VALID},
     ["articles/billing/Überweisung.md:1: error: file name 'Überweisung.md' is not a valid"
      " slug; use lowercase words of letters or digits (any script) joined by hyphens, e.g."
      " 'reset-password.md' or 'überweisung-fehlgeschlagen.md'"]),
    ("slugs in other scripts", {"articles/billing/überweisung-fehlgeschlagen.md": VALID,
                                "articles/wifi/ошибка-входа.md": VALID.replace(
                                    "Card declined", "Login"),
                                "articles/wifi/ログインできない.md": VALID.replace(
                                    "Card declined", "Japanese")}, []),
    ("two names, one address", {"articles/billing/süß.md": VALID,
                                "articles/billing/suss.md": VALID.replace("Card declined", "S")},
     ["articles/billing/süß.md:1: error: 'süß.md' is published at the same address as"
      " articles/billing/suss.md ('suss.html', written in ASCII); rename one of the files"]),
    ("nothing to write in ASCII", {"articles/billing/ʔ.md": VALID},
     ["articles/billing/ʔ.md:1: error: file name 'ʔ.md' has no letter or digit that can be"
      " written in ASCII for its address; add a word such as an error code or a Latin-script"
      " keyword"]),
    ("duplicate slug", {"articles/billing/card.md": VALID,
                        "articles/wifi/card.md": VALID.replace("Card declined", "Other")},
     ["articles/wifi/card.md:1: error: duplicate slug 'card': also articles/billing/card.md;"
      " rename one of the files"]),
    ("related nowhere", {CARD: fm(*BASE, "related: [no-such-article]")},
     [f"{CARD}:6: error: related article 'no-such-article' does not exist; check the slug"
      " (the file name without .md)"]),
    ("related to a draft", {CARD: fm(*BASE, "related: [wip]"),
                            "articles/billing/wip.md": fm("title: Wip", "summary: S.",
                                                          "status: draft", "errors: [E1]")},
     [f"{CARD}:6: warning: related article 'wip' is draft and will not be shown"]),
    ("link to a missing article",
     {CARD: fm(*BASE) + "\nSee [the fix](../wifi/reset.md#steps).\n"},
     [f"{CARD}:10: error: link to '../wifi/reset.md' points to a missing file"
      " (articles/wifi/reset.md); fix the path, relative to this file"]),
    ("link with spaces in its address to a missing file (Python-Markdown links it)",
     {CARD: fm(*BASE) + "\nSee [the fix](../wifi/my fix.md) or [it](<../wifi/my fix.md>).\n"},
     [f"{CARD}:10: error: link to '../wifi/my fix.md' points to a missing file"
      " (articles/wifi/my fix.md); fix the path, relative to this file"] * 2),
    ("an encoded space names the file with the space, as MkDocs reads it",
     {CARD: fm(*BASE) + "\n![shot](my%20shot.png) ![gone](my%20gone.png)\n",
      "articles/billing/my shot.png": "x"},
     [f"{CARD}:10: error: image 'my%20gone.png' points to a missing file"
      " (articles/billing/my gone.png); fix the path, relative to this file"]),
    ("link inside code is ignored", {CARD: fm(*BASE) + "\n```\n[x](missing.md)\n```\n"}, []),
    ("link inside inline code is ignored, the one after it is not",
     {CARD: fm(*BASE) + "\nWrite `[x](gone.md)` then [y](lost.md).\n"},
     [f"{CARD}:10: error: link to 'lost.md' points to a missing file"
      " (articles/billing/lost.md); fix the path, relative to this file"]),
    ("reference link to a missing file", {CARD: fm(*BASE) + "\nSee [the fix].\n\n"
                                          "[the fix]: ../wifi/fix.md\n"},
     [f"{CARD}:12: error: link to '../wifi/fix.md' points to a missing file"
      " (articles/wifi/fix.md); fix the path, relative to this file"]),
    ("reference link in angle brackets to a missing file",
     {CARD: fm(*BASE) + "\nSee [the fix].\n\n[the fix]: <../wifi/fix.md> \"Fix\"\n"},
     [f"{CARD}:12: error: link to '../wifi/fix.md' points to a missing file"
      " (articles/wifi/fix.md); fix the path, relative to this file"]),
    ("comments written as empty references", {CARD: fm(*BASE) + "\n[//]: <> (A comment.)\n"
                                              "[//]: # (Another one.)\n\nText.\n"}, []),
    ("a definition no link uses is no link (a comment naming an old page)",
     {CARD: fm(*BASE) + "\n[//]: <AlphaFold.md> (APPS PAGE BOILERPLATE START)\n"
                        "[old]: ../wifi/gone.md\n\nText [with brackets].\n"}, []),
    ("a full reference link uses its label whatever its case",
     {CARD: fm(*BASE) + "\nSee [the fix][Fix  It].\n\n[fix it]: ../wifi/fix.md\n"},
     [f"{CARD}:12: error: link to '../wifi/fix.md' points to a missing file"
      " (articles/wifi/fix.md); fix the path, relative to this file"]),
    ("two sources at one address", {CARD: VALID, "articles/billing/card.html": "<p>x</p>"},
     ["articles/billing/card.html: error: a .html file is copied into the site as it is and a"
      " browser runs any script in it, past kbgen's checks; write the page in Markdown (.md)"
      " instead, or remove the file",
      "articles/billing/card.md: error: articles/billing/card.md and"
      " articles/billing/card.html would be published at the same address;"
      " rename or remove one of them"]),
    ("links to category pages: the build makes them; one with no published article has none",
     {CARD: fm(*BASE) + "\nSee [billing](index.md), [Wi-Fi](../wifi/index.md) and"
                        " [gone](../gone/index.md).\n"},
     [f"{CARD}:10: error: link to '../wifi/index.md' points to the page of category 'wifi',"
      " which has no published article (so no page)",
      f"{CARD}:10: error: link to '../gone/index.md' points to a missing file"
      " (articles/gone/index.md); fix the path, relative to this file"]),
    ("link to an internal article",
     {CARD: fm(*BASE) + "\n[notes](notes.md)\n",
      "articles/billing/notes.md": fm("title: Notes", "summary: S.", "status: internal",
                                               "errors: [E2]")},
     [f"{CARD}:10: error: link to 'notes.md' points to an article that is internal,"
      " not published"]),
    ("unknown author once team exists",
     {CARD: fm(*BASE, "author: sam"), "team/alex.yml": "name: Alex\nrole: Agent\n"},
     [f"{CARD}:6: error: author 'sam' is not a team member; add team/sam.yml or use one of:"
      " alex"]),
    ("any author while there is no team", {CARD: fm(*BASE, "author: sam")}, []),
    ("a date still to come", {CARD: fm(*BASE, "created: 2026-01-05", "updated: 2999-01-01")},
     [f"{CARD}:7: warning: updated (2999-01-01) is after today ({TODAY}): feeds and the"
      " sitemap would date the article in the future; use the day it was written, e.g."
      f" `updated: {TODAY}`"]),
    ("a date still to come, in a draft",
     {CARD: fm("title: Card declined", "summary: S.", "errors: [E9]", "status: draft",
               "updated: 2999-01-01")}, []),
    ("duplicate title", {CARD: VALID, "articles/wifi/other.md": VALID},
     ["articles/wifi/other.md:2: warning: title also used by articles/billing/card.md;"
      " make it say what is different"]),
]


@pytest.mark.parametrize("files, expected", [c[1:] for c in CROSS], ids=[c[0] for c in CROSS])
def test_cross_file_problems(tmp_path: Path, files: dict[str, str], expected: list[str]) -> None:
    name, text = next(iter(files.items()))
    rest = dict(list(files.items())[1:])
    assert load_one(tmp_path, text, name, rest) == expected


PROFILES = [
    ("valid", "name: Sam Lee\nrole: Billing specialist\ntimezone: Europe/London\n", []),
    ("missing name and role", "team: Specialists\n",
     ["team/sam.yml:1: error: missing required key 'name'",
      "team/sam.yml:1: error: missing required key 'role'"]),
    ("unknown key", "name: Sam\nrole: Agent\nemail: sam@example.com\n",
     ["team/sam.yml:3: error: unknown key 'email'; known keys: name, status, role, team,"
      " pronouns, expertise, languages, location, timezone, since, photo, bio, links"]),
    ("http link", "name: Sam\nrole: Agent\nlinks:\n  - label: Site\n    url: http://sam.example\n",
     ["team/sam.yml:5: error: 'links[0].url' must be an https:// URL, not 'http://sam.example'"]),
    ("missing photo", "name: Sam\nrole: Agent\nphoto: sam.jpg\n",
     ["team/sam.yml:3: error: photo 'sam.jpg' does not exist next to this file; add the image"
      " or remove the `photo` key"]),
    ("hot-linked photo", "name: Sam\nrole: Agent\nphoto: https://cdn.example/sam.jpg\n",
     ["team/sam.yml:3: error: 'photo': 'https://cdn.example/sam.jpg' must be a file next to"
      " this one (no URL, no absolute path, no '..'); files are copied into the site, never"
      " linked from elsewhere"]),
    ("unknown time zone", "name: Sam\nrole: Agent\ntimezone: Mars/Base\n",
     ["team/sam.yml:3: error: 'timezone': unknown time zone 'Mars/Base'; use an IANA name such"
      " as Europe/London or America/New_York"]),
    ("not a mapping", "- Sam\n",
     ["team/sam.yml:1: error: expected `key: value` lines, found list"]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in PROFILES], ids=[c[0] for c in PROFILES])
def test_profile_problems(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert load_one(tmp_path, VALID, extra={"team/sam.yml": text}) == expected


CONTACT_OK = """\
company: Hearthly Ltd
email: support@hearthly.example
lines:
  - label: Support
    number: +44 20 7946 0958
    timezone: Europe/London
    hours:
      monday: 08:00-20:00
"""

CONTACTS = [
    ("valid", CONTACT_OK, []),
    ("invalid number", CONTACT_OK.replace("+44 20 7946 0958", "+44 12"),
     ["_data/contact.yml:5: error: 'lines[0].number': '+44 12' is not a valid phone number"
      " (start with + and the country code, or set `region`)"]),
    ("national number without region", CONTACT_OK.replace("+44 20 7946 0958", "020 7946 0958"),
     ["_data/contact.yml:5: error: 'lines[0].number': '020 7946 0958' is not a valid phone"
      " number (start with + and the country code, or set `region`)"]),
    ("unknown time zone", CONTACT_OK.replace("Europe/London", "Europe/Londn"),
     ["_data/contact.yml:6: error: 'lines[0].timezone': unknown time zone 'Europe/Londn'; use an"
      " IANA name such as Europe/London or America/New_York"]),
    ("malformed hours", CONTACT_OK.replace("08:00-20:00", "8am to 8pm"),
     ["_data/contact.yml:8: error: 'lines[0].hours.monday': '8am to 8pm' is not a time range;"
      " write it like \"08:00-17:30\", or closed"]),
    ("unknown weekday", CONTACT_OK + "      funday: 08:00-09:00\n",
     ["_data/contact.yml:9: error: unknown key 'lines[0].hours.funday'"]),
    ("no lines", CONTACT_OK.split("lines:")[0] + "lines: []\n",
     ["_data/contact.yml:3: error: 'lines': List should have at least 1 item after validation,"
      " not 0"]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CONTACTS], ids=[c[0] for c in CONTACTS])
def test_contact_problems(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert load_one(tmp_path, VALID, extra={"_data/contact.yml": text}) == expected


def test_a_helper_process_reads_the_same(tmp_path: Path) -> None:
    """`helpers` share the reading; articles come back in order, problems all reported."""
    from kbgen.core.background import can_fork

    if not can_fork():
        pytest.skip("helpers are forked")
    files = {"_data/categories.yml": MINI_CATEGORIES}
    for n in range(40):
        files[f"articles/billing/a{n:02}.md"] = VALID.replace("Card declined", f"Card {n}")
    files["articles/billing/a07.md"] = "---\ntitle: [unclosed\n---\n"
    files["articles/wifi/z.md"] = VALID.replace("status: published", "status: nonsense")
    write_files(tmp_path / "content", files)
    alone, alone_problems = load(tmp_path / "content")
    helped, helped_problems = load(tmp_path / "content", helpers=2)
    assert [a.slug for a in helped.articles] == [a.slug for a in alone.articles]
    assert len(alone.articles) == 39  # a07 and z are refused
    assert [a.meta for a in helped.articles] == [a.meta for a in alone.articles]
    assert helped_problems == alone_problems and len(alone_problems) >= 2


def test_a_link_back_up_the_content_folder_is_refused_not_walked(tmp_path: Path) -> None:
    """`loop -> .` would make MkDocs publish loop/, loop/loop/, ... until the system refuses;
    it and a broken link are refused, each once, and the clash is reported once."""
    (tmp_path / "articles/billing").mkdir(parents=True)
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data/categories.yml").write_text(MINI_CATEGORIES)
    (tmp_path / CARD).write_text(VALID)
    (tmp_path / "articles/billing/card.html").write_text("<p>An old copy</p>")
    (tmp_path / "loop").symlink_to(".")
    (tmp_path / "articles/billing/gone.html").symlink_to("nowhere.html")
    _, problems = load(tmp_path)
    assert [p.message for p in problems] == [
        "a .html file is copied into the site as it is and a browser runs any script in it,"
        " past kbgen's checks; write the page in Markdown (.md) instead, or remove the file",
        "symbolic link to a missing file; remove the link or restore the file",
        "symbolic link loop: it points to a folder that contains it, which would be published"
        " again and again; remove the link",
        "articles/billing/card.md and articles/billing/card.html would be published at the"
        " same address; rename or remove one of them"]


def test_a_reference_python_markdown_cannot_read_is_a_warning_at_its_line(
        tmp_path: Path) -> None:
    """`[my label]: <my page.md>` (CommonMark, imported or pasted) shows as text on the page;
    the checker called it a link to the missing file `<my`."""
    body = VALID + "\nSee [the page][my label].\n\n[my label]: <my page.md>\n"
    assert load_one(tmp_path, body) == [
        f"{CARD}:12: warning: `[my label]: <my page.md>` is no link on the site: Python-Markdown"
        " reads no space in a reference's address, so the line shows as text and `[my label]`"
        " links nowhere; write `[my label]: my%20page.md`"]
