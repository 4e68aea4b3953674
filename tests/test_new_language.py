"""`kbgen new` writes its article template in the site's language, and `kbgen check` knows
the template's stand-in lines in every language kbgen ships.

Before, a German or French site got `## Symptoms`, `## Cause`, `## Resolution` and English
instructions in every new article (kbgen.core.article_template)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.article_template import HEADINGS, template_text
from kbgen.core.i18n import SHIPPED
from kbgen.core.step_headings import RESOLUTION, WORKAROUND
from tests.helpers import run_cli

ENGLISH_BODY = """\
## Symptoms

What the customer sees, in their words: messages, lights, what stopped working.

## Cause

Why it happens, in two or three sentences.

## Resolution

1. First step: where to click or what to press.
2. Next step.
3. How the customer knows it worked.

## Workaround

Optional: what helps until the problem is fixed. Delete this section if there is none.
"""
SITES = {
    "de": ("konto", "Drucker druckt nicht", "drucker-druckt-nicht", "drucker-druckt-nicht",
           ("## Symptome", "## Ursache", "## Lösung", "## Umgehungslösung"),
           "2. Nächster Schritt."),
    "fr": ("compte", "Imprimante déconnectée", "imprimante-déconnectée",
           "imprimante-deconnectee",
           ("## Symptômes", "## Cause", "## Résolution", "## Solution de contournement"),
           "2. Étape suivante."),
}


def test_an_english_site_gets_the_template_as_before(tmp_path: Path) -> None:
    project = tmp_path / "help"
    assert run_cli("init", str(project), "--company", "Cloudworks").returncode == 0
    assert run_cli("new", "-c", "account", "-t", "Forgot password", cwd=project).returncode == 0
    text = (project / "content/articles/account/forgot-password.md").read_text("utf-8")
    assert 'summary: "One sentence: what fixes it."\n' in text
    assert text.split("---\n", 2)[2] == "\n" + ENGLISH_BODY


@pytest.mark.parametrize("language", SHIPPED)
def test_every_language_s_resolution_is_one_a_reply_quotes(language: str) -> None:
    """`kbgen reply` quotes the steps under a Resolution (else Workaround) heading it knows."""
    text = template_text(language)
    resolution, workaround = text.headings[2], text.headings[3]
    assert resolution.casefold() in RESOLUTION + ("resolution",)
    assert workaround.casefold() in WORKAROUND + ("workaround",)
    assert len(set(text.headings)) == len(HEADINGS)
    assert language == "en" or text.body() != ENGLISH_BODY


@pytest.mark.parametrize("language", sorted(SITES))
def test_new_writes_the_sites_language_and_check_finds_what_is_left(
        tmp_path: Path, language: str) -> None:
    category, title, slug, address, headings, step = SITES[language]
    project = tmp_path / "site"
    made = run_cli("init", str(project), "--language", language, "--company", "Wolkenwerk")
    assert made.returncode == 0, made.stdout + made.stderr
    new = run_cli("new", "-c", category, "-t", title, cwd=project)
    assert new.returncode == 0, new.stdout + new.stderr
    article = project / f"content/articles/{category}/{slug}.md"
    text = article.read_text("utf-8")
    body = text.split("---\n", 2)[2]
    assert [line for line in body.splitlines() if line.startswith("## ")] == list(headings)
    wording = template_text(language)
    assert f"\n{step}\n" in body and wording.summary in text and "Symptoms" not in text

    # Published with all its own words but one translated step: refused at that line.
    own = text.replace(wording.summary, "Ein neues Passwort anfordern.")
    for line in wording.body_lines() - {step}:
        own = own.replace(line + "\n", "")
    own = own.replace("status: draft", "status: published")
    article.write_text(own, "utf-8")
    check = run_cli("check", cwd=project)
    told = check.stdout + check.stderr
    number = own.splitlines().index(step) + 1
    assert check.returncode == 1, told
    assert (f"content/articles/{category}/{slug}.md:{number}: error: '{step}' is `kbgen new`'s"
            " template text") in told
    assert told.count("`kbgen new`'s") == 1, told

    # With that line replaced, the article builds under its translated headings.
    article.write_text(own.replace(step, "2. Klicken Sie auf *Senden*."), "utf-8")
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    page = (project / f"site/articles/{category}/{address}.html").read_text("utf-8")
    assert headings[2].removeprefix("## ") in page and "Klicken Sie auf" in page


ENGLISH_NEWS = """\
---
title: "Holiday hours"
summary: "One sentence for the news list and feeds."
date: 2026-12-20  # published by the first build on or after this day
category: "Announcements"  # a kind of news, or an article category (its page lists the post)
tags: []
status: draft  # published when it is ready
---

What changed, for whom, and what customers need to do (if anything).
"""


def test_news_and_known_issues_in_the_sites_language(tmp_path: Path) -> None:
    """`kbgen new --news` wrote an English summary, text and "Announcements" category (shown on
    the post) on a French site, and `--known-issue` an English first update; a post published
    with the stand-ins passed `kbgen check`. English sites get the same file as before."""
    english = tmp_path / "en"
    assert run_cli("init", str(english), "--company", "Cloudworks").returncode == 0
    assert run_cli("new", "--news", "-t", "Holiday hours", "--date", "2026-12-20",
                   cwd=english).returncode == 0
    assert (english / "content/news/holiday-hours.md").read_text("utf-8") == ENGLISH_NEWS

    project = tmp_path / "fr"
    assert run_cli("init", str(project), "--language", "fr", "--company", "Wolkenwerk"
                   ).returncode == 0
    news, text = _new(project, "content/news/horaires-des-fêtes.md", "--news", "-t",
                      "Horaires des fêtes", "--date", "2026-12-20")
    assert 'summary: "Une phrase pour la liste des actualités et les flux."\n' in text
    assert 'category: "Annonces"' in text and "\nCe qui a changé, pour qui" in text
    article, block = _new(project, "content/articles/compte/connexion-impossible.md",
                          "--known-issue", "-c", "compte", "-t", "Connexion impossible")
    assert 'text: "Nous sommes au courant et nous examinons le problème."}' in block
    assert "# workaround: Ce que les clients peuvent faire en attendant" in block

    # Published as written: each stand-in is an error at its line.
    news.write_text(text.replace("status: draft", "status: published"), "utf-8")
    wording = template_text("fr")
    article.write_text(
        block.replace("status: draft", "status: published")
        .replace(wording.summary, "Réinitialisez le mot de passe.")
        .replace("# workaround:", "workaround:"), "utf-8")
    check = run_cli("check", cwd=project)
    told = check.stdout + check.stderr
    lines = news.read_text("utf-8").splitlines()
    assert (f"content/news/horaires-des-fêtes.md:{lines.index(text.splitlines()[2]) + 1}:"
            " error: the summary is still `kbgen new`'s") in told
    assert (f"content/news/horaires-des-fêtes.md:{len(lines)}: error: '{wording.news_body}'"
            " is `kbgen new`'s template text") in told
    workaround = [n for n, line in enumerate(article.read_text("utf-8").splitlines(), 1)
                  if line.strip().startswith("workaround:")][0]
    assert (f"content/articles/compte/connexion-impossible.md:{workaround}: error:"
            " known_issue.workaround is still `kbgen new`'s") in told


def _new(project: Path, written: str, *args: str) -> tuple[Path, str]:
    """`kbgen new ARGS` in the project: the file it wrote, and its text."""
    made = run_cli("new", *args, cwd=project)
    assert made.returncode == 0, made.stdout + made.stderr
    return project / written, (project / written).read_text("utf-8")
