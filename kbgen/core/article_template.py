"""The text `kbgen new` writes into a new article, in the site's language: the headings, the
stand-in lines under them and the stand-in summary, from kbgen's catalogues (kbgen/locale).

A German or French site got `## Symptoms`, `## Cause` and English instructions in every new
article, and then had `kbgen check` refuse those English lines as leftovers. English sites
get the same text as before, byte for byte."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kbgen.core.i18n import N_, SHIPPED, catalogue_file, compile_catalogue, read_catalogue

SUMMARY = N_("One sentence: what fixes it.")
"""The summary `kbgen new` writes."""
HEADINGS = (N_("Symptoms"), N_("Cause"), N_("Resolution"), N_("Workaround"))
"""The template's sections, in order."""
SECTION_LINES = (
    (N_("What the customer sees, in their words: messages, lights, what stopped working."),),
    (N_("Why it happens, in two or three sentences."),),
    (N_("1. First step: where to click or what to press."), N_("2. Next step."),
     N_("3. How the customer knows it worked.")),
    (N_("Optional: what helps until the problem is fixed. Delete this section if there is"
        " none."),),
)
"""The stand-in lines under each heading (instructions to the author)."""
ISSUE_UPDATE = N_("We know about this and are looking into it.")
"""A known issue's first update (`kbgen new --known-issue`): published as written."""
ISSUE_WORKAROUND = N_("What customers can do meanwhile, in one line.")
"""The stand-in of a known issue's `workaround` (commented out until the author writes it)."""
ISSUE_FIXED_IN = N_("What fixes it.")
"""The stand-in of a known issue's `fixed_in` (commented out until the author writes it)."""
NEWS_SUMMARY = N_("One sentence for the news list and feeds.")
"""The summary `kbgen new --news` writes."""
NEWS_BODY = N_("What changed, for whom, and what customers need to do (if anything).")
"""The stand-in text of a news post."""
NEWS_CATEGORY = N_("Announcements")
"""A news post's category when `kbgen new --news` is given none (published as written)."""


@dataclass(frozen=True)
class TemplateText:
    """The template's words in one language."""

    summary: str
    headings: tuple[str, ...]
    lines: tuple[tuple[str, ...], ...]
    issue_update: str
    """A known issue's first update."""
    issue_workaround: str
    issue_fixed_in: str
    news_summary: str
    news_body: str
    news_category: str

    def body(self) -> str:
        """The Markdown after the front matter: each heading, a blank line, its lines."""
        return "\n".join(f"## {heading}\n\n" + "\n".join(lines) + "\n"
                         for heading, lines in zip(self.headings, self.lines, strict=True))

    def body_lines(self) -> frozenset[str]:
        """Every stand-in line under the headings."""
        return frozenset(line for lines in self.lines for line in lines)


@cache
def template_text(language: str) -> TemplateText:
    """The template in `language` (`pt-BR` falls back to `pt`), in English when kbgen has no
    catalogue for it."""
    path = catalogue_file(language)
    say = compile_catalogue(read_catalogue(path)).gettext if path else str
    return TemplateText(say(SUMMARY), tuple(say(h) for h in HEADINGS),
                        tuple(tuple(say(line) for line in lines) for lines in SECTION_LINES),
                        *(say(text) for text in (ISSUE_UPDATE, ISSUE_WORKAROUND, ISSUE_FIXED_IN,
                                                 NEWS_SUMMARY, NEWS_BODY, NEWS_CATEGORY)))


@cache
def stand_ins() -> tuple[frozenset[str], frozenset[str]]:
    """The stand-in summaries and body lines of every language kbgen ships (English too), of
    articles, known issues and news posts: a page keeps its template's language when the
    site's changes."""
    texts = [template_text(language) for language in SHIPPED]
    return (frozenset(s for text in texts for s in (text.summary, text.news_summary)),
            frozenset(line for text in texts for line in (
                *text.body_lines(), text.news_body, text.issue_workaround, text.issue_fixed_in)))
