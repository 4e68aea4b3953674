"""A published article still holding `kbgen new`'s stand-in text is refused, by line.

A German article started with `kbgen new` and set to `published` was built with "One
sentence: what fixes it." as its summary and the template's English steps as its own."""

from __future__ import annotations

from pathlib import Path

from kbgen.core.article_template import template_text
from kbgen.core.i18n import SHIPPED
from tests.helpers import run_cli


def test_the_checked_lines_are_the_templates() -> None:
    for language in SHIPPED:
        text = template_text(language)
        lines = {line for line in text.body().splitlines() if line and not line.startswith("#")}
        assert lines == text.body_lines() and len(lines) == 6, language


def test_a_published_template_is_refused_with_its_lines(tmp_path: Path) -> None:
    project = tmp_path / "hilfe"
    assert run_cli("init", str(project), "--company", "Wolkenwerk").returncode == 0
    new = run_cli("new", "-c", "account", "-t", "Passwort vergessen", cwd=project)
    assert new.returncode == 0, new.stdout + new.stderr
    article = project / "content/articles/account/passwort-vergessen.md"
    text = article.read_text("utf-8").replace("status: draft", "status: published")
    article.write_text(text, "utf-8")
    build = run_cli("build", cwd=project)
    assert build.returncode == 1
    told = build.stdout + build.stderr
    lines = text.splitlines()
    summary = lines.index('summary: "One sentence: what fixes it."') + 1
    step = lines.index("2. Next step.") + 1
    assert (f"content/articles/account/passwort-vergessen.md:{summary}: error: the summary is"
            " still `kbgen new`'s") in told
    assert (f"content/articles/account/passwort-vergessen.md:{step}: error: '2. Next step.' is"
            " `kbgen new`'s template text") in told
    assert not (project / "site/articles/account/passwort-vergessen.html").exists()
    article.write_text(text.replace("One sentence: what fixes it.", "Neues Passwort anfordern.")
                       .split("## Symptoms")[0] + "## Lösung\n\nKlicken Sie auf *Passwort"
                       " vergessen*.\n", "utf-8")
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    assert (project / "site/articles/account/passwort-vergessen.html").exists()
