"""Jekyll's way to print Liquid's own braces in code: `{{ '{{' }}` (GitHub Actions'
`${{ '{{' }} secrets.KEY }}` in F-Droid's docs). Liquid runs before Markdown, in code blocks
too, so the old site showed `${{ secrets.KEY }}`; the import shows what it showed. In prose
the tag stays for clean_markup, which removes Liquid there and says so."""

from __future__ import annotations

import re

from kbgen.importers.markdown_text import protected

_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.S)
_LITERAL = re.compile(r"""\{\{-?\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*-?\}\}""")
"""A Liquid output of a quoted text alone, no filter: `{{ '{{' }}`, `{{ "}}" }}`."""
_PROSE = re.compile("\x02[^\x03]*\x03")


def print_literals(body: str) -> tuple[str, int]:
    """`body` with each Liquid output of a quoted text in code written as that text (`{% raw
    %}` blocks apart: Jekyll shows those as written); and how many."""
    if "{{" not in body:
        return body, 0
    count = 0

    def literal(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group(1) if match.group(1) is not None else match.group(2)

    def in_code(text: str) -> str:
        marked = protected(text, lambda part: _LITERAL.sub(lambda m: f"\x02{m.group(0)}\x03",
                                                          part))
        out, position = [], 0
        for prose in _PROSE.finditer(marked):
            out.append(_LITERAL.sub(literal, marked[position:prose.start()]))
            out.append(prose.group(0)[1:-1])
            position = prose.end()
        out.append(_LITERAL.sub(literal, marked[position:]))
        return "".join(out)

    if "\x02" in body or "\x03" in body:
        return body, 0  # never text; not worth a guess
    out, position = [], 0
    for raw in _RAW.finditer(body):
        out.append(in_code(body[position:raw.start()]))
        out.append(raw.group(0))
        position = raw.end()
    out.append(in_code(body[position:]))
    return "".join(out), count
