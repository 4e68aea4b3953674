"""An article whose body opens with its summary (an imported one: its summary is its first
sentence) shows the sentence once, under the title; other articles show their summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import article


def test_a_summary_the_body_opens_with_is_shown_once(
        build_project: Callable[..., Path]) -> None:
    """obsidian-help: every imported page without a description showed its first sentence
    twice, as the summary and as the body's first line."""
    opening = "We offer full refunds within 7 days of purchase & no questions asked."
    body = f"{opening} For\n*Sync* and Publish.\n\n## More\n\nText.\n"
    site = build_project({
        "content/articles/billing/refunds.md": article("Refund policy", body=body).replace(
            "One sentence about refund policy.", f"'{opening}'"),
        "content/articles/billing/other.md": article("Other"),
    })
    page = (site / "articles/billing/refunds.html").read_text(encoding="utf-8")
    shown = page[page.index("<article"):page.index("</article>")]
    assert shown.count("We offer full refunds") == 1, shown
    assert 'class="kb-summary"' not in shown
    other = (site / "articles/billing/other.html").read_text(encoding="utf-8")
    assert '<p class="kb-summary">One sentence about other.</p>' in other
