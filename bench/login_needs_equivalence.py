"""The login phrases' need asked as words, and the secret compounds' need skipped on an ASCII
text without the words it starts with (kbgen.core.ascii_needs), answer as the case-blind
expressions did, on every article and every distinct line of the seen gate corpora (the held-out
ones are never read); the shapes left out of ASCII lines match none of them; and the CPU of each.

Example:
    python bench/login_needs_equivalence.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gatecorpus import CENTRES, load  # noqa: E402

from kbgen.core.normalize import CONFUSABLES  # noqa: E402
from kbgen.core.privacy import login_phrases as lp  # noqa: E402
from kbgen.core.privacy import secret_compounds as sc  # noqa: E402


def expression(text: str) -> bool:
    """The need as it was asked: the case-blind expression on the folded text."""
    return bool(lp._NEEDS.search(text.translate(CONFUSABLES)))


def main() -> int:
    texts = [article["body"] for centre in CENTRES if not centre.held_out
             for article in load(centre)]
    lines = list({line for text in texts for line in text.split("\n")})
    differ = [text for text in texts + lines if expression(text) != lp.needs(text, "")]
    print(f"{len(texts)} articles, {len(lines)} distinct lines"
          f" ({sum(line.isascii() for line in lines)} ASCII,"
          f" {sum(map(expression, lines))} with the need): {len(differ)} differ")
    start = time.process_time()
    for text in texts:
        expression(text)
    before = time.process_time() - start
    start = time.process_time()
    for text in texts:
        lp.needs(text, "")
    after = time.process_time() - start
    print(f"the articles' need: expression {before:.2f} CPU s, words {after:.2f} CPU s")
    ascii_lines = [line.translate(CONFUSABLES) for line in lines if line.isascii()]
    left_out = [shape for shape in lp._SHAPES if shape not in lp._ASCII_SHAPES]
    matched = sum(1 for shape in left_out for line in ascii_lines if shape.search(line))
    print(f"{len(left_out)} shapes left out of ASCII lines: {matched} matches on them")
    sample = ascii_lines[:50000]
    start = time.process_time()
    for shape in lp._SHAPES:
        for line in sample:
            list(shape.finditer(line))
    before = time.process_time() - start
    start = time.process_time()
    for shape in lp._ASCII_SHAPES:
        for line in sample:
            list(shape.finditer(line))
    after = time.process_time() - start
    print(f"{len(sample)} ASCII lines: every shape {before:.2f} CPU s, ASCII shapes {after:.2f}")
    compounds = [text for text in texts + lines
                 if sc.needs(text, "") != bool(sc._NEEDS.search(text))]
    start = time.process_time()
    for text in texts:
        sc._NEEDS.search(text)
    before = time.process_time() - start
    start = time.process_time()
    for text in texts:
        sc.needs(text, "")
    after = time.process_time() - start
    print(f"secret compounds' need: {len(compounds)} differ; the articles' expression"
          f" {before:.2f} CPU s, with the leading words {after:.2f}")
    return 1 if differ or matched or compounds else 0


if __name__ == "__main__":
    sys.exit(main())
