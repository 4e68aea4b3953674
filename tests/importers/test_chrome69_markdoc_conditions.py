"""Markdoc's `{% if %}`/`{% else /%}` and functions on an imported `.mdoc` page, decided by the
page's front matter (chrome69, kbgen.importers.markdoc_conditions): the branch the page showed
is kept, the others left out and named in the summary; a condition on the old site's settings
(`$env.x`) keeps every branch's text, as before, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.importers.markdoc import fill

META = {"title": "Page", "beta": True, "plan": "pro", "count": 0, "name": "Ann"}


@pytest.mark.parametrize(("text", "kept", "left_out", "note"), [
    ("{% if $frontmatter.beta %}\nBeta.\n{% else /%}\nStable.\n{% /if %}", "Beta.", "Stable.",
     "left out the other branches"),
    ("{% if $frontmatter.missing %}\nNew.\n{% else /%}\nOld.\n{% /if %}", "Old.", "New.",
     "left out the other branches"),
    ("{% if equals($frontmatter.plan, \"free\") %}Free.{% else equals($frontmatter.plan, "
     "\"pro\") /%}Pro.{% else /%}Other.{% /if %}", "Pro.", "Free.", "left out"),
    ("{% if not($frontmatter.beta) %}Hidden.{% /if %}After.", "After.", "Hidden.", "left out"),
    ("{% if and($frontmatter.beta, equals($frontmatter.count, 0)) %}Both.{% /if %}", "Both.",
     "{%", ""),
    ("{% if or($frontmatter.missing, $frontmatter.beta) %}One.{% /if %}", "One.", "{%", ""),
    ("{% if $frontmatter.beta %}Out {% if $frontmatter.missing %}In.{% /if %}{% /if %}", "Out",
     "In.", "left out"),
    ("Hi {% default($frontmatter.nickname, \"friend\") %}.", "Hi friend.", "{%",
     "functions filled"),
    ("Hi {% default($frontmatter.name, \"friend\") %}.", "Hi Ann.", "friend", "functions filled"),
    ("{% if $env.beta %}\nBeta.\n{% else /%}\nStable.\n{% /if %}", "Beta.\n\nStable.", "{%",
     "on the old site's settings kept with every branch"),
    ("{% if $frontmatter.beta %}\nUnclosed.", "{% if $frontmatter.beta %}", "", ""),
    ("```\n{% if $frontmatter.missing %}Code.{% /if %}\n```", "{% if $frontmatter.missing %}"
     "Code.{% /if %}", "", ""),
])
def test_markdoc_conditions(tmp_path: Path, text: str, kept: str, left_out: str,
                            note: str) -> None:
    body, notes = fill(text, tmp_path / "page.mdoc", tmp_path, META)
    assert kept in body, body
    if left_out:
        assert left_out not in body, body
    summary = "\n".join(notes.lines())
    assert note in summary, summary
