"""A snippet included from any Markdown the site renders is compared with what was written
(rev68, finding 13).

On m68 a team profile whose `bio:` ended with `--8<-- "contact.txt"` published the file's
address and phone number: `kbgen check` said "0 errors" and the build compared only articles
and pages of the content folder with their text. Now every page Python-Markdown renders (a
profile, the contact page, a category's listing) is compared with the Markdown the site
handed it (kbgen.site.included.check_included), and check expands the includes of the data
files whose text the site renders (kbgen.site.included.included_problems). One check judges
every profile; one real build shows the refusal; the build's comparison is judged for each
variant on the profile's Markdown rendered with the site's snippets."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from markdown import Markdown
from mkdocs.exceptions import PluginError
from pymdownx.snippets import SnippetExtension

from kbgen.core.loader import load
from kbgen.project import find_project
from kbgen.site.included import check_included
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

PHONE, ADDRESS = "+44 7911 123456", "jane.roe.r68@gmail.com"
NOTES = {
    "notes/contact.txt": f"Reach me on {ADDRESS} or {PHONE}.\n",
    "notes/address.txt": f"Write to {ADDRESS}.\n",
    "notes/entity.txt": "Write to jane.roe.r68&#64;gmail.com.\n",
    "notes/outer.txt": '--8<-- "address.txt"\n',
    "notes/lines.txt": f"I answer billing questions.\nCall me on {PHONE}.\n",
    "notes/parts.txt": ("# --8<-- [start:public]\nI answer billing questions.\n"
                        "# --8<-- [end:public]\n# --8<-- [start:private]\n"
                        f"Call me on {PHONE}.\n# --8<-- [end:private]\n"),
    "notes/secrets.env": "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n",
    "notes/iban.txt": "Refunds go to GB82 WEST 1234 5698 7654 32.\n",
    "notes/german.txt": f"Schreiben Sie mir an {ADDRESS} oder rufen Sie {PHONE} an.\n",
    "notes/example.txt": "Write to name@example.com.\n",
    "notes/plain.txt": "I answer questions about invoices and refunds.\n",
}
INCLUDING = {
    "contact file": '--8<-- "contact.txt"',
    "block syntax": "--8<--\naddress.txt\n--8<--",
    "nested": '--8<-- "outer.txt"',
    "entity": '--8<-- "entity.txt"',
    "line range": '--8<-- "lines.txt:2:2"',
    "section": '--8<-- "parts.txt:private"',
    "env file": '--8<-- "secrets.env"',
    "iban": '--8<-- "iban.txt"',
    "german": '--8<-- "german.txt"',
    "in a list": '- Billing:\n\n    --8<-- "address.txt"',
    "in a code block": '```text\n--8<-- "address.txt"\n```',
    "single quotes": "--8<-- 'contact.txt'",
}
"""Bios whose includes publish a value no source holds."""
PUBLISHABLE = {
    "public section": '--8<-- "parts.txt:public"',
    "public line": '--8<-- "lines.txt:1:1"',
    "example address": '--8<-- "example.txt"',
    "plain text": '--8<-- "plain.txt"',
    "escaped": ';--8<-- "contact.txt"',
    "written address": f"Write to {ADDRESS}.",  # the gate's business where it is written
}
"""Near misses: what they include may be published, nothing is included, or the bio holds it."""
BIO_LINE = 7
"""The file line of the bio's first line in `_profile`."""


def _slug(name: str) -> str:
    return name.replace(" ", "-")


def _profile(name: str, bio: str, status: str = "") -> str:
    lines = "\n".join(f"  {line}" if line else "" for line in
                      f"I answer customers' questions.\n\n{bio}".split("\n"))
    return (f"name: Agent {name}\nrole: Support agent\nteam: Support\nlanguages: [en]\n"
            f"since: 2026\n{status}bio: |\n{lines}\n")


def _project(root: Path, profiles: dict[str, str]) -> Path:
    config = (f"{MINI_CONFIG}markdown_extensions:\n  - pymdownx.snippets:\n"
              "      base_path: [notes]\n")
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **NOTES,
                       **{f"content/team/{_slug(name)}.yml": text
                          for name, text in profiles.items()}}, dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    profiles = {name: _profile(name, bio) for name, bio in {**INCLUDING, **PUBLISHABLE}.items()}
    profiles["draft"] = _profile("draft", '--8<-- "contact.txt"', status="status: draft\n")
    return _project(tmp_path_factory.mktemp("profiles"), profiles)


@pytest.fixture(scope="module")
def checked(project: Path) -> str:
    code, output = run_in(project, "check")
    assert code == 1, output
    return output


def _errors(output: str, name: str) -> list[str]:
    return [line for line in output.splitlines()
            if line.startswith(f"content/team/{_slug(name)}.yml:") and ": error: " in line]


@pytest.mark.parametrize("name", INCLUDING)
def test_check_finds_what_a_bio_includes(checked: str, name: str) -> None:
    errors = _errors(checked, name)
    assert errors, checked
    assert all("would be published by text a Markdown extension included into the page" in e
               for e in errors), errors
    include = INCLUDING[name]
    line = BIO_LINE + 2 + include[:include.index("--8<--")].count("\n")
    assert all(f".yml:{line}: error: " in e for e in errors), errors  # the include's line


@pytest.mark.parametrize("name", [*PUBLISHABLE, "draft"])
def test_check_passes_what_may_be_published(checked: str, name: str) -> None:
    assert [e for e in _errors(checked, name) if "included into the page" in e] == [], checked


@pytest.fixture(scope="module")
def rendered(project: Path) -> dict[str, str | None]:
    """For each profile, the build's verdict on its page: the error, or None."""
    site = find_project(project / "mkdocs.yml")
    kb, _ = load(site.content_dir, site.settings)
    state: Any = SimpleNamespace(articles={}, kb=kb, settings=site.settings,
                                 own_host="help.test.example")
    verdicts: dict[str, str | None] = {}
    for name, bio in {**INCLUDING, **PUBLISHABLE}.items():
        markdown = f"# Agent {name}\n\nI answer customers' questions.\n\n{bio}\n"
        html = Markdown(extensions=["fenced_code", SnippetExtension(
            base_path=[str(project / "notes")])]).convert(markdown)
        try:
            check_included(state, f"team/{_slug(name)}.md", html, markdown,
                           f"content/team/{_slug(name)}.yml")
            verdicts[name] = None
        except PluginError as error:
            verdicts[name] = str(error)
    return verdicts


@pytest.mark.parametrize("name", INCLUDING)
def test_build_refuses_what_a_bio_includes(rendered: dict[str, str | None], name: str) -> None:
    assert rendered[name] and f"content/team/{_slug(name)}.yml: error: " in rendered[name], \
        rendered[name]


@pytest.mark.parametrize("name", PUBLISHABLE)
def test_build_passes_what_may_be_published(rendered: dict[str, str | None],
                                            name: str) -> None:
    assert rendered[name] is None, rendered[name]


def test_a_real_build_refuses_a_profile_that_includes_an_address(
        tmp_path: Path) -> None:
    root = _project(tmp_path, {"first": _profile("first", '--8<-- "contact.txt"')})
    code, output = run_in(root, "build")
    assert code == 1, output
    assert "content/team/first.yml: error: e-mail address (j***@g***.com) would be published" \
        " by text a Markdown extension included into the page" in output, output
    assert not (root / "site").exists() or ADDRESS not in "".join(
        path.read_text("utf-8", "replace") for path in (root / "site").rglob("*.html"))
