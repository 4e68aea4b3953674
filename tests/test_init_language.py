"""`kbgen init --language de`: a new help centre in German in one command. Before, there was
no such option: a German user found "Languages" in the README, edited `theme.language` by
hand, and the site description, contact wording, team profile and example articles stayed
English (issue 19, new37 / imp38)."""

from __future__ import annotations

from pathlib import Path

import yaml

from kbgen.importers.examples_left import examples_left
from tests.helpers import run_cli

GERMAN = ["--language", "de", "--company", "Wolkenwerk GmbH", "--phone", "+49 911 1234567",
          "--timezone", "Europe/Berlin"]


def test_a_german_site_in_one_command(tmp_path: Path) -> None:
    project = tmp_path / "hilfe"
    made = run_cli("init", str(project), *GERMAN)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "no example text" not in made.stdout
    config = yaml.safe_load((project / "mkdocs.yml").read_text("utf-8").replace("!!", ""))
    assert config["theme"]["language"] == "de"  # kbgen's and Material's text, and search
    assert config["site_name"] == "Wolkenwerk GmbH Hilfe"
    assert config["site_description"].startswith("Antworten des Support-Teams")
    contact = yaml.safe_load((project / "content/_data/contact.yml").read_text("utf-8"))
    assert contact["lines"][0]["languages"] == ["de"]
    assert contact["lines"][0]["label"] == "Kundensupport"
    assert contact["email_subject"] == "Hilfe zu Wolkenwerk GmbH Hilfe"
    articles = sorted(p.relative_to(project / "content/articles").as_posix()
                      for p in (project / "content/articles").rglob("*.md"))
    assert articles == ["abrechnung/rechnung-zeigt-den-falschen-firmennamen.md",
                        "erste-schritte/checkliste-fuer-ein-neues-konto.md",
                        "konto/e-mail-zum-zuruecksetzen-des-passworts-kommt-nicht-an.md"]
    check = run_cli("check", cwd=project)  # init's English wording check says nothing
    assert "0 errors, 0 warnings" in check.stdout, check.stdout
    build = run_cli("build", "--strict", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    page = (project / "site/articles/konto/e-mail-zum-zuruecksetzen-des-passworts-kommt-nicht-an"
            ".html").read_text("utf-8")
    assert '<html lang="de"' in page and "Lösung" in page
    assert "Sprachen: Deutsch" in (project / "site/contact.html").read_text("utf-8")
    found = run_cli("search", "passwort vergessen link kommt nicht", cwd=project)
    assert found.stdout.startswith("1. E-Mail zum Zurücksetzen des Passworts kommt nicht an")


def test_a_french_site_in_one_command(tmp_path: Path) -> None:
    """French examples (new38 and imp42 left them English; new44): site name, description,
    contact wording, profile, categories and three articles, which pass `kbgen check` and
    answer a French question."""
    project = tmp_path / "aide"
    made = run_cli("init", str(project), "--language", "fr", "--company", "Nuage SARL",
                   "--phone", "+33 1 23 45 67 89", "--timezone", "Europe/Paris")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "no example text" not in made.stdout
    config = yaml.safe_load((project / "mkdocs.yml").read_text("utf-8").replace("!!", ""))
    assert (config["site_name"], config["theme"]["language"]) == ("Centre d’aide Nuage SARL", "fr")
    contact = yaml.safe_load((project / "content/_data/contact.yml").read_text("utf-8"))
    assert (contact["lines"][0]["label"], contact["lines"][0]["languages"]) == (
        "Service client", ["fr"])
    assert contact["email_subject"] == "Demande d’aide\u00a0: Centre d’aide Nuage SARL"
    categories = yaml.safe_load((project / "content/_data/categories.yml").read_text("utf-8"))
    assert [c["title"] for c in categories.values()] == [
        "Premiers pas", "Compte et connexion", "Facturation et factures"]
    assert sorted(p.relative_to(project / "content/articles").as_posix()
                  for p in (project / "content/articles").rglob("*.md")) == [
        "compte/e-mail-de-reinitialisation-du-mot-de-passe-non-recu.md",
        "facturation/la-facture-affiche-un-mauvais-nom-de-societe.md",
        "premiers-pas/liste-de-controle-pour-un-nouveau-compte.md"]
    check = run_cli("check", cwd=project)  # no English wording, links and related resolve
    assert "0 errors, 0 warnings" in check.stdout, check.stdout
    assert len(examples_left(project / "content")) == 3  # `kbgen import` says to delete them
    found = run_cli("search", "lien mot de passe oublié n'arrive pas", cwd=project)
    assert found.stdout.startswith("1. E-mail de réinitialisation du mot de passe non reçu")


def test_a_language_without_examples_is_set_and_said(tmp_path: Path) -> None:
    project = tmp_path / "aiuto"
    made = run_cli("init", str(project), "--language", "it", "--company", "Nuvola Srl")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "kbgen has no example text in Italian: the example articles" in made.stdout
    assert "  language: it\n" in (project / "mkdocs.yml").read_text("utf-8")
    assert "languages: [it]" in (project / "content/_data/contact.yml").read_text("utf-8")
    assert "languages: [it]" in (project / "content/team/first-agent.yml").read_text("utf-8")


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    made = run_cli("init", str(tmp_path / "x"), "--language", "deutsch")
    assert made.returncode == 2
    assert "'deutsch' is not a language code such as de, fr or pt-BR" in made.stderr
    assert not (tmp_path / "x").exists()
