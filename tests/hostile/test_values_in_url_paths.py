"""A card, an IBAN, a phone number or a key is not a record id or a file name because it
stands in a URL path: `/orders/1-<card>-jane`, `/pay/<card>.pdf`, `/hook/<key>.json`.

Each case is a real project checked with `kbgen check`; the harmless cases (Zendesk ids and
id-slugs, digests and named files) must stay harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import article

ARTICLE = "content/articles/billing/case.md"
KEY = "q8Zr4Xk2pL9wN3vB7mT5yH1jK6dF0sA2"

# (case, line of the article, kind reported or None)
CASES = [
    ("card after an id-slug's id", "https://shop.example.net/orders/1-4111111111111111-jane",
     "payment card number"),
    ("card as a path segment", "https://shop.example.net/cards/4539148803436467/edit",
     "payment card number"),
    ("card as a file name", "https://shop.example.net/pay/4111111111111111.pdf",
     "payment card number"),
    ("IBAN as a file name", "https://shop.example.net/pay/GB82WEST12345698765432.pdf", "IBAN"),
    ("phone as a file name", "https://shop.example.net/call/+447911123456.vcf",
     "phone number"),
    ("key as a file name", f"https://api.example.net/hook/{KEY}.json", "API key or token"),
    ("key in an id-slug", f"https://api.example.net/hook/1-{KEY}", "API key or token"),
    ("key in a file name's words", f"https://api.example.net/f/export-{KEY}_final.csv",
     "API key or token"),
    ("Zendesk id-slug", "https://help.example.net/hc/en-us/articles/4402764401554-Fix-it", None),
    ("Zendesk id", "https://help.example.net/hc/en-us/articles/4407770369042", None),
    ("digest as a file name",
     "https://cdn.example.net/img/205e460b479e2e5b48aec07710c08d50.png", None),
    ("named download", "https://downloads.example.net/v1.1.0/20190206PROD_ArduinoPro"
                       "Gateway_SD.zip", None),
]


@pytest.mark.parametrize("case, url, kind", CASES, ids=[c[0] for c in CASES])
def test_values_hidden_in_url_paths_are_found(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, case: str,
        url: str, kind: str | None) -> None:
    config = write_project({ARTICLE: article(body=f"See {url} for the details.\n"),
                            "content/articles/wifi/ok.md": article("Fine article")})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    if kind is None:
        assert errors == [] and result.exit_code == 0, result.output
    else:
        assert len(errors) == 1 and f"{ARTICLE}:8: error: {kind} (" in errors[0], result.output
        assert result.exit_code == 1
