"""A translation's link to a page only the default language has (issue 19): Docusaurus and
Starlight show the default language's page there, and an import now writes such a link as the
path of the default language's file (`../../../../content/articles/wifi/x.md`). On main MkDocs
left that path in the page (a broken link) and reported it (the strict build of the sample
failed). The two-language sample's German thermostat article links the English-only hub
article (tests/fixtures/multilingual), built once per session."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbgen.core.links import with_link_targets

GERMAN = "de/articles/wifi/thermostat-offline-after-router-change.html"


def test_the_link_leads_to_the_default_languages_page(multilingual_site: Path) -> None:
    html = (multilingual_site / GERMAN).read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]*hub-light-blinks-red[^"]*)"', html)
    assert links == ["../../../articles/wifi/hub-light-blinks-red.html#resolution"], links
    target = (multilingual_site / GERMAN).parent / links[0].split("#")[0]
    assert target.resolve().is_file()
    assert 'id="resolution"' in target.read_text(encoding="utf-8")
    assert "kb-default-language" not in html


@pytest.mark.parametrize(("text", "made"), [
    ("[a](x.md)", "[a](X)"),
    ("[a](<x.md> \"title\")", "[a](<X> \"title\")"),
    ("![a](x.md)", "![a](X)"),
    ("[a]: x.md\n\n[b][a]", "[a]: X\n\n[b][a]"),
    ("[a]: <x.md> \"t\"", "[a]: <X> \"t\""),
    ("`[a](x.md)`", "`[a](x.md)`"),
    ("```\n[a](x.md)\n```", "```\n[a](x.md)\n```"),
    ("    [a](x.md)", "    [a](x.md)"),
    ("[x.md](x.md)", "[x.md](X)"),
    ("[a](y.md) [b](x.md)", "[a](y.md) [b](X)"),
    ("> [a](x.md)", "> [a](X)"),
    ("| [a](x.md) |", "| [a](X) |"),
])
def test_link_targets_are_changed_outside_code(text: str, made: str) -> None:
    assert with_link_targets(text, lambda href: "X" if href == "x.md" else None) == made
