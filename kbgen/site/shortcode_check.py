"""`kbgen check`'s reading of shortcodes: each one the build would refuse on a published
article or page (an unknown name, a category, tag, team member or contact data that is not
there, a repeat of what the page already shows), with its file and line, found without
rendering anything (kbgen.site.shortcodes.refusal, the build's own test)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kbgen.core.allow_markers import HINT
from kbgen.core.markdown_code import code_map
from kbgen.errors import Problem
from kbgen.site.shortcodes import SHORTCODE, refusal, shown_key

if TYPE_CHECKING:
    from kbgen.core.model import KnowledgeBase, Located


def shortcode_problems(kb: KnowledgeBase) -> list[Problem]:
    """An error for each shortcode of a published article or page that the build refuses."""
    texts: list[tuple[Located, str, int]] = [
        *((a.origin, a.public_body, a.body_line) for a in kb.articles if a.is_public),
        *((p.origin, p.public_body, p.body_line) for p in kb.public_pages())]
    problems = []
    for origin, body, first_line in texts:
        problems += [Problem(origin.display_path, line, "error", message)
                     for line, message in refused(kb, body, first_line)]
    return problems


def refused(kb: KnowledgeBase, markdown: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, message) for each shortcode of `markdown` outside code that the build refuses,
    in one reading of the text."""
    if "<!--" not in markdown:
        return []
    found = []
    shown: dict[tuple[str, ...], tuple[int, str]] = {}
    line, at = first_line, 0
    for match in SHORTCODE.finditer(code_map(markdown).blanked()):  # code shows them as written
        line += markdown.count("\n", at, match.start())
        at = match.start()
        name, args = match.group(1), match.group(2).split()
        if f"kb:{name}" == HINT:
            continue  # a reviewed exception's marker: the gate reads it and reports its faults
        why = refusal(kb, name, args)
        written = markdown[match.start():match.end()]
        if why is None and (read := shown_key(name, args)) in shown:
            first, first_written = shown[read]
            why = (f"'{written}' shows the same as '{first_written}' on line {first}; keep one"
                   " (each is put in a page once: repeats of a listing would make the page the"
                   " site's size times over)")
        elif why is None:
            shown[read] = (line, written)
        if why is not None:
            found.append((line, f"shortcode {why}" if why.startswith("'") else why
                          if why.startswith("unknown shortcode") else
                          f"shortcode 'kb:{name}': {why}"))
    return found
