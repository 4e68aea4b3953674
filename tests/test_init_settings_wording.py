"""A French help centre from `kbgen init --language fr` kept init's English site name and
description ("Gladys SAS Help Centre" in every page's title and header): `kbgen check` pointed
at the English contact lines but said nothing of mkdocs.yml's. French has its own wording
since (kbgen/scaffold/languages/fr/); a language kbgen has no example text in (Italian) still
gets the English wording, and these warnings."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli


def test_inits_english_site_name_is_pointed_out_on_an_italian_site(tmp_path: Path) -> None:
    project = tmp_path / "aiuto"
    made = run_cli("init", str(project), "--language", "it", "--company", "Gladys SAS")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "site name and description are in English" in made.stdout
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    assert "<title>Gladys SAS Help Centre</title>" in (project / "site/index.html").read_text(
        "utf-8")
    told = [line for line in run_cli("check", cwd=project).stdout.splitlines()
            if line.startswith("mkdocs.yml:")]
    assert told == [
        "mkdocs.yml:3: warning: site_name 'Gladys SAS Help Centre' is kbgen init's English"
        " wording, on a site in Italian: write it in Italian (every page's title and header"
        " show it)",
        "mkdocs.yml:4: warning: site_description 'Answers to common questions from the"
        " Gladys SAS support team.' is kbgen init's English wording, on a site in Italian:"
        " write it in Italian (search engines and shared links show it)"]
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8")
                      .replace("Gladys SAS Help Centre", "Centro assistenza Gladys SAS")
                      .replace("Answers to common questions from the Gladys SAS support team.",
                               "Risposte del team di supporto di Gladys SAS."), "utf-8")
    assert "mkdocs.yml:" not in run_cli("check", cwd=project).stdout


def test_an_english_site_keeps_its_name_quietly(tmp_path: Path) -> None:
    project = tmp_path / "help"
    assert run_cli("init", str(project), "--company", "Gladys SAS").returncode == 0
    assert "mkdocs.yml:" not in run_cli("check", cwd=project).stdout


def test_inits_english_profile_is_pointed_out_on_an_italian_site(tmp_path: Path) -> None:
    """The French site's new article said "Rédigé par Alex Example, Support agent" (French
    has its own profile since; Italian has none)."""
    project = tmp_path / "aiuto"
    assert run_cli("init", str(project), "--language", "it").returncode == 0
    told = [line for line in run_cli("check", cwd=project).stdout.splitlines()
            if line.startswith("content/team/")]
    assert told == ["content/team/first-agent.yml:5: warning: 'Support agent' is kbgen init's"
                    " English example profile, on a site in Italian: every article it wrote"
                    " shows it; write the profile (role, team, expertise, bio) in Italian, or"
                    " rename it for a real person"]
    profile = project / "content/team/first-agent.yml"
    profile.write_text(profile.read_text("utf-8").replace("role: Support agent",
                                                          "role: Consulente"), "utf-8")
    assert "content/team/" not in run_cli("check", cwd=project).stdout
    for language in ("de", "fr"):  # kbgen's own profile in the language
        own = tmp_path / language
        assert run_cli("init", str(own), "--language", language).returncode == 0
        assert "content/team/" not in run_cli("check", cwd=own).stdout
