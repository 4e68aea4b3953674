"""`kbgen new`'s stand-in text still in a published article: its summary and the lines under
its headings are instructions to the author, in the site's language when it was written
(kbgen.core.article_template): recognised in every language kbgen ships, English included.

A German article started with `kbgen new` and set to `published` passed `kbgen check` and the
build with "One sentence: what fixes it." as its summary and "1. First step: where to click or
what to press." as its first step."""

from __future__ import annotations

from collections.abc import Iterator

from kbgen.core.article_template import stand_ins
from kbgen.core.markdown_code import code_map
from kbgen.core.model import Article, Page
from kbgen.errors import Problem


def template_left(article: Article | Page) -> Iterator[Problem]:
    """An error at the summary, a known issue's `workaround` and `fixed_in`, and each line of
    a public article or news post that is still the template's; drafts are unfinished and
    never published."""
    if not article.is_public:
        return
    where = article.origin.display_path
    summaries, body_lines = stand_ins()
    summary = str(getattr(article.meta, "summary", None) or "").strip()
    if summary in summaries:
        yield Problem(where, article.origin.line_of("summary"), "error",
                      f"the summary is still `kbgen new`'s '{summary}': write in one sentence"
                      " what fixes the problem (readers see it in search results and lists)")
    issue = getattr(article.meta, "known_issue", None)
    for key in ("workaround", "fixed_in"):
        value = str(getattr(issue, key, None) or "").strip()
        if value in body_lines:
            yield Problem(where, article.origin.line_of(f"known_issue.{key}"), "error",
                          f"known_issue.{key} is still `kbgen new`'s '{value}': write what it"
                          " is for this issue, or delete the line")
    if not any(line.strip() in body_lines for line in article.body.split("\n")):
        return  # no line of the template's (most bodies): no code map to make
    code = code_map(article.body)
    for number, line in enumerate(code.lines):
        if line.strip() in body_lines and not code.is_code(number):
            yield Problem(where, article.body_line + number, "error",
                          f"'{line.strip()}' is `kbgen new`'s template text: replace it with"
                          " this article's own words, or delete the line (and its section"
                          " if it has no other text)")
