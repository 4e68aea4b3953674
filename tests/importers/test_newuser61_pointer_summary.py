"""An imported page without a description: its summary is its first sentence that says
something, not one that only points to another page (newuser60 saw TeslaMate's FAQ summed up
as "See Generating Tokens."). A sentence is a pointer by its shape (a link, with at most two
words besides), in any language and any form of link, never by a list of words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kbgen.importers.plan import first_sentence

NEXT = "Tokens let the app sign in without your password."


@pytest.mark.parametrize("body", [
    f"See [Generating Tokens](tokens.md).\n\n{NEXT}",
    f"See [Generating Tokens](tokens.md). {NEXT}",
    f"See also [Generating Tokens](tokens.md).\n\n{NEXT}",
    f"[Generating Tokens](tokens.md)\n\n{NEXT}",
    f"→ [Generating Tokens](tokens.md)\n\n{NEXT}",
    f"See [Generating Tokens][tokens].\n\n[tokens]: tokens.md\n\n{NEXT}",
    f'See <a href="tokens.html">Generating Tokens</a>.\n\n{NEXT}',
    f"See <https://example.com/tokens>.\n\n{NEXT}",
    f"See https://example.com/tokens.\n\n{NEXT}",
    f"**See [Generating Tokens](tokens.md).**\n\n{NEXT}",
    f"_Read [this first](tokens.md)_\n\n{NEXT}",
    f"> See [Generating Tokens](tokens.md).\n\n{NEXT}",
    f"See [Generating](a.md) and [Tokens](b.md).\n\n{NEXT}",
    f"More: [A](a.md), [B](b.md), [C](c.md).\n\n{NEXT}",
    f"Related: [Generating Tokens](tokens.md)\n\n{NEXT}",
    f'<p>See <a href="tokens.html">Generating Tokens</a>.</p>\n\n{NEXT}',
    f"See [Generating Tokens](https://docs.example.com/a.b/tokens.html#x.y).\n\n{NEXT}",
])
def test_a_pointer_first_is_passed_over(body: str) -> None:
    assert first_sentence(body) == NEXT


@pytest.mark.parametrize(("body", "summary"), [
    ("Siehe [Token erzeugen](t.md).\n\nMit einem Token meldet sich die App an.",
     "Mit einem Token meldet sich die App an."),
    ("Voir [la FAQ](faq.md). Le jeton remplace le mot de passe.",
     "Le jeton remplace le mot de passe."),
    ("Ver [Generar tokens](t.md).\n\nEl token sustituye a la contraseña.",
     "El token sustituye a la contraseña."),
    ("Zie [Tokens maken](t.md).\n\nMet een token logt de app in.",
     "Met een token logt de app in."),
    ("Смотрите [Создание токенов](t.md).\n\nТокен заменяет пароль приложения.",
     "Токен заменяет пароль приложения."),
    ("انظر [إنشاء الرموز](t.md).\n\nيسجل التطبيق الدخول بالرمز.",
     "يسجل التطبيق الدخول بالرمز."),
])
def test_a_pointer_in_any_language_is_passed_over(body: str, summary: str) -> None:
    assert first_sentence(body) == summary


@pytest.mark.parametrize(("body", "summary"), [
    # a link inside a sentence that says something is part of the summary
    ("Use the [Settings](s.md) page to change your password. Then sign in.",
     "Use the Settings page to change your password."),
    ("Open https://example.com/settings in your browser and tap Reset. Then wait.",
     "Open https://example.com/settings in your browser and tap Reset."),
    # nothing else follows: the pointer is better than no summary
    ("See [Generating Tokens](tokens.md).", "See Generating Tokens."),
    ("*[image: menu]*\n\nSee [the guide](x.md) first!\n", "See the guide first!"),
    # no link: short sentences are kept as they were
    ("Open the app. Then tap Wi-Fi.", "Open the app."),
])
def test_a_sentence_that_says_something_is_kept(body: str, summary: str) -> None:
    assert first_sentence(body) == summary


def test_an_imported_faq_is_summed_up_by_what_it_says(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "docs/faq.md").write_text(
        "---\ntitle: FAQ\n---\n\nSee [Generating Tokens](tokens.md).\n\n"
        "## Why does the car not wake up?\n\nThe car sleeps after 15 minutes.\n")
    (site / "docs/tokens.md").write_text("---\ntitle: Generating Tokens\n---\n\n"
                                         "Tokens let the app sign in.\n")
    result = run_import(str(site))
    assert result.exit_code == 0, result.output
    text = (project / "content/articles/docs/faq.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["summary"] == "The car sleeps after 15 minutes."
