"""The Nu HTML Checker (vnu-jar, from `npm ci`) finds no error that kbgen's templates make."""

from __future__ import annotations

import re
from pathlib import Path

from tests.axe import validate_html

PAGES = ["index.html", "articles/billing/charged-twice-after-a-payment-retry.html",
         "articles/billing/index.html", "tags.html", "tags/billing.html", "team/index.html",
         "team/ana-souza.html", "contact.html", "404.html"]
MATERIAL = [
    # base.html's drawer and search toggles: <input type="checkbox" autocomplete="off">
    re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
]
"""Errors from Material's own base.html, which kbgen does not copy; each was checked."""


def test_no_validator_error_from_kbgen_templates(sample_site: Path, tmp_path: Path) -> None:
    # The two findings, in a page of their own: the checker must report both.
    old = tmp_path / "old.html"
    old.write_text('<!doctype html><html lang="en"><title>t</title><p aria-label="Tags">x</p>'
                   '<label for="__toc">Contents</label></html>')
    errors = validate_html([old, *(sample_site / page for page in PAGES)])
    found_old = [e for e in errors if e["url"].endswith("/old.html")]
    assert len(found_old) == 2, found_old
    errors = [e for e in errors if e not in found_old]
    ours = [f"{Path(e['url']).name}:{e.get('lastLine')}: {e['message']}" for e in errors
            if not any(known.search(e["message"]) for known in MATERIAL)]
    assert ours == []
