"""A German help centre kept init's `languages: [en]`: its contact page told German readers
that the support line speaks "Englisch" only, and `kbgen check` said nothing of it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli


def test_inits_english_only_line_is_pointed_out_on_a_german_site(tmp_path: Path) -> None:
    project = tmp_path / "hilfe"
    assert run_cli("init", str(project), "--company", "Wolkenwerk").returncode == 0
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  language: en", "  language: de"),
                      "utf-8")
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    assert "Sprachen: Englisch" in (project / "site/contact.html").read_text("utf-8")
    told = [line for line in run_cli("check", cwd=project).stdout.splitlines()
            if "`languages: [en]`" in line]
    assert told == ["content/_data/contact.yml:10: warning: `languages: [en]` is kbgen init's"
                    " example: the contact page says this line speaks English only, on a site"
                    " in German; list the languages it speaks (`languages: [de, en]`)"]
    contact = project / "content/_data/contact.yml"
    contact.write_text(contact.read_text("utf-8").replace("languages: [en]",
                                                          "languages: [de, en]"), "utf-8")
    assert "`languages: [en]`" not in run_cli("check", cwd=project).stdout
