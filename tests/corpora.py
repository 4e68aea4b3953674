"""The benchmark's real help centres as CI builds them for the browser's parity tests.

Building a whole corpus (bench/realcorpus.py: 203 articles, torsupport.py: 221,
arduinohelp.py: 407, netbirdhelp.py: 293) is most of what a parity test costs. CI builds a
fixed part of each: every article a query of the set expects, and every `EVERY`-th of the
others in slug order, with the articles' text as it is. The parity tests still type every
query of the set. Set KB_FULL_CORPORA=1 to build them whole; bench/relevance.py always
measures the whole sets.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

EVERY = 4
"""One article in EVERY of those no query expects is kept."""


def full_corpora() -> bool:
    """Whether the whole corpora are asked for (KB_FULL_CORPORA=1)."""
    return os.environ.get("KB_FULL_CORPORA", "") not in ("", "0")


def ci_articles(articles: list[dict[str, Any]], queries: list[dict[str, Any]],
                every: int = EVERY) -> list[dict[str, Any]]:
    """The articles any query expects, and one in `every` of the others (slug order)."""
    expected = {slug for row in queries for slug in row["expected"]}
    others = sorted((a for a in articles if a["slug"] not in expected), key=lambda a: a["slug"])
    kept = {a["slug"] for a in others[::every]} | expected
    return [a for a in articles if a["slug"] in kept]


def write_ci_project(module: ModuleType, root: Path) -> Path:
    """The project of bench module `module` (realcorpus, torsupport, arduinohelp,
    netbirdhelp, mastodonhelp or entehelp) below
    `root`, with CI's part of its articles unless KB_FULL_CORPORA is set; its mkdocs.yml."""
    if full_corpora():
        return Path(module.write_project(root))
    if module.__name__.endswith("realcorpus"):  # the first set: its own defaults
        return Path(module.write_project(root, ci_articles(module.load(),
                                                           module.load_queries())))
    converted = module.__name__.endswith(("arduinohelp", "netbirdhelp", "mastodonhelp"))
    articles = module.convert() if converted else module.load()
    return Path(module.realcorpus.write_project(
        root, ci_articles(articles, module.load_queries()), module.SITE_NAME, module.DOMAINS))
