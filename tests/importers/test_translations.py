"""A site's other languages imported into `translations/<code>/` (issue 19): Docusaurus
`i18n/de/`, Hugo `.de.md` files (Gitea's docs, `relref "name.de.md"` by name alone), and one
folder per language (Obsidian Help's `en/`, `de/`). Before, every translation was skipped
("kbgen imports one language"). The Docusaurus project is built with `languages: [en, de]`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.conftest import write_files
from tests.helpers import run_cli

DOCUSAURUS = {
    "docusaurus.config.js": "module.exports = {i18n: {defaultLocale: 'en', locales: ['en',"
                            " 'de', 'pt-BR', 'zh-Hans']}};\n",
    "docs/billing/_category_.json": '{"label": "Billing", "link": {"type": "generated-index"}}',
    "docs/billing/refund.md": "---\ntitle: Refund takes a week\ndescription: Why a refund"
                              " takes up to a week.\n---\n\nBanks take **five working days**."
                              " See [charged twice](charged-twice.md).\n",
    "docs/billing/charged-twice.md": "---\ntitle: Charged twice\ndescription: One payment"
                                     " shown twice.\n---\n\nThe second charge is a hold.\n",
    "i18n/de/docusaurus-plugin-content-docs/current/billing/_category_.json":
        '{"label": "Abrechnung"}',
    "i18n/de/docusaurus-plugin-content-docs/current/billing/refund.md":
        "---\ntitle: Erstattung dauert eine Woche\ndescription: Warum eine Erstattung bis zu"
        " einer Woche dauert.\n---\n\nBanken brauchen **fünf Werktage**. Siehe [doppelt"
        " abgebucht](charged-twice).\n",
    "i18n/de/docusaurus-plugin-content-docs/current/billing/charged-twice.md":
        "---\ntitle: Doppelt abgebucht\n---\n\nDie zweite Buchung ist eine Vormerkung.\n",
    "i18n/pt-BR/docusaurus-plugin-content-docs/current/billing/refund.md":
        "---\ntitle: O reembolso leva uma semana\n---\n\nOs bancos levam cinco dias.\n",
    "i18n/zh-Hans/docusaurus-plugin-content-docs/current/billing/refund.md":
        "---\ntitle: 退款需要一周\n---\n\n银行需要五个工作日。\n",
    "i18n/de/docusaurus-plugin-content-docs/current/billing/papier.md":
        "---\ntitle: Rechnung auf Papier\ndescription: Nur auf Deutsch.\n---\n\nWir schicken"
        " keine Papierrechnungen.\n",
}

HUGO = {
    "config.yaml": "defaultContentLanguage: en-us\ndefaultContentLanguageInSubdir: true\n"
                   "permalinks:\n  doc: /:slug/\n"
                   "languages:\n  en-us: {weight: 0}\n  de: {weight: 1}\n",
    "content/doc/installation/from-binary.en-us.md":
        "---\ntitle: From binary\nslug: install-from-binary\ntoc: true\n---\n\nDownload the"
        " binary. Help: [help]({{< relref \"seek-help.en-us.md\" >}}).\n\n"
        "- [64-bits version](ftp://ftp.example.com/make/64/make.exe)\n\n"
        "<a href='{{< relref \"doc/features/webhooks.en-us.md\" >}}'>See the webhooks</a>.\n",
    "content/doc/installation/from-binary.de.md":
        "---\ntitle: Aus der Binärdatei\n---\n\nLade die Datei. Hilfe: [Hilfe]({{< relref"
        " \"seek-help.de.md\" >}}).\n",
    "content/doc/help/seek-help.en-us.md": "---\ntitle: Seek help\n---\n\nAsk in the forum.\n",
    "content/doc/help/seek-help.de.md": "---\ntitle: Hilfe finden\n---\n\nFrag im Forum.\n",
    "content/doc/features/webhooks.en-us.md": "---\ntitle: Webhooks\n---\n\nSend events.\n",
    "content/page/index.en-us.md": "---\ntitle: Docs\n---\n\nThe documentation.\n",
}
"""Gitea's docs (Hugo, 2017): every page under `doc/<section>/`, languages as suffixes."""

FOLDERS = {
    "README.md": "# Obsidian Help\n\nThe vaults of help.obsidian.md.\n",
    "en/publish.css": "",
    "en/Sync/Sync not working.md": "Check the [[Sync settings]].\n",
    "en/Sync/Sync settings.md": "---\npermalink: sync/settings\n---\nChoose what to sync.\n",
    "de/publish.css": "",
    "de/Sync/Sync not working.md": "---\ntitle: Sync funktioniert nicht\n---\n\nPrüfe die"
                                   " Einstellungen.\n",
    "de/Synchronisation/Sync-Einstellungen.md": "---\npermalink: sync/settings\n---\nWähle,"
                                                " was synchronisiert wird.\n",
    "js/Sync/Script.md": "A folder named like no language.\n",
    "en/Getting started/Update Obsidian.md": "Open the settings.\n",
    "de/Getting started/Update Obsidian.md": "Öffne die Einstellungen.\n",
}
"""Obsidian Help's shape: one Publish vault per language folder (its `publish.css` inside),
a README beside them; a translation at the same path, or named in its language with the
original's `permalink`."""


@dataclass
class Imported:
    root: Path
    outputs: dict[str, str]

    def project(self, name: str) -> Path:
        return self.root / name / "kb"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("translations")
    outputs = {}
    for name, files in (("docusaurus", DOCUSAURUS), ("hugo", HUGO), ("folders", FOLDERS)):
        project = root / name / "kb"
        init = run_cli("init", str(project), "--company", "Acme", "--site-name", "Acme help")
        assert init.returncode == 0, init.stdout + init.stderr
        write_files(root / name / "source", files, dedent_yaml=False)
        result = run_cli("import", str(root / name / "source"), cwd=project)
        assert result.returncode == 0, result.stdout + result.stderr
        outputs[name] = result.stdout
    project = root / "docusaurus" / "kb"
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("\n  kb:\n", "\n  kb:\n    languages:"
                                                       " [en, de]\n", 1), encoding="utf-8")
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    outputs["docusaurus build"] = build.stdout + build.stderr
    return Imported(root, outputs)


def test_each_language_build_keeps_the_old_addresses(imported: Imported) -> None:
    """A category's old address (`/docs/category/billing`, Docusaurus' generated index) is
    redirected by the default language's build; the other language's build, into the same
    folder, found that page and warned it "is a page of the new site" (imp48)."""
    site = imported.project("docusaurus") / "site"
    page = (site / "docs/category/billing/index.html").read_text(encoding="utf-8")
    assert re.search(r'http-equiv="refresh" content="0; url=[./]*articles/billing[-0-9]*/', page)
    assert "of the new site" not in imported.outputs["docusaurus build"]


def test_docusaurus_i18n_is_published_beside_its_original(imported: Imported) -> None:
    project = imported.project("docusaurus")
    folder = next(p.name for p in (project / "content/articles").iterdir()
                  if (p / "refund.md").is_file())
    german = project / "translations/de/articles" / folder
    assert "title: Erstattung dauert eine Woche" in (german / "refund.md").read_text()
    assert (german / "papier.md").is_file()  # German only: kept, in the same category
    categories = yaml.safe_load((project / "translations/de/_data/categories.yml").read_text())
    assert categories[folder]["title"] == "Abrechnung"
    assert (project / "translations/de/index.md").is_file()
    out = imported.outputs["docusaurus"]
    assert "de: 3 articles into translations/de/, 2 at the path of the article they" \
           " translate" in out
    # a link by address (Docusaurus' `charged-twice`, no `.md`) leads to the German page
    assert "[doppelt abgebucht](charged-twice.md)" in (german / "refund.md").read_text()
    # Docusaurus published it at /de/ + the original's address: redirected from there
    assert "redirect_from:\n- /de/docs/billing/refund\n" in (german / "refund.md").read_text()
    assert "3 old addresses redirect to them" in out  # the 3 German pages
    redirects = (project / "site/_redirects").read_text()
    assert f"/de/docs/billing/refund /de/articles/{folder}/refund.html 301" in redirects
    # `pt-BR` is kbgen's `pt` (kbgen's languages are base codes)
    assert (project / "translations/pt/articles" / folder / "refund.md").is_file()
    # any language can be published now; one without a stemmer is said to be searched as written
    assert "cannot publish" not in out
    assert "zh-hans: search finds its words in the form they are written" in out
    assert "set `languages: [en, de, pt, zh-hans]` under `extra: kb:`" in out
    page = (project / f"site/de/articles/{folder}/refund.html").read_text()
    assert re.search(rf'href="[^"]*/articles/{folder}/refund\.html" hreflang="en"', page)
    assert "fünf Werktage" in page
    assert (project / f"site/de/articles/{folder}/papier.html").is_file()
    assert "Erstattung" not in (project / f"site/articles/{folder}/refund.html").read_text()


def test_hugo_language_suffixes_and_refs_by_name(imported: Imported) -> None:
    project = imported.project("hugo")
    german = project / "translations/de/articles/installation/from-binary.md"
    assert "title: Aus der Binärdatei" in german.read_text()
    assert "[Hilfe](../help/seek-help.md)" in german.read_text()
    english = (project / "content/articles/installation/from-binary.md").read_text()
    assert "[help](../help/seek-help.md)" in english
    assert (project / "translations/de/articles/help/seek-help.md").is_file()
    # no slug: `:slug` is the title, as Hugo fills it (permalinks.go), no /en-us/
    assert "redirect_from:\n- /de/aus-der-binärdatei/\n" in german.read_text()
    assert not (project / "content/articles/installation/from-binary-de.md").exists()
    assert "leads to no imported article" not in imported.outputs["hugo"]


def test_gitea_addresses_links_and_strict_build(imported: Imported) -> None:
    """Gitea's docs as imported before: old addresses `/doc/installation/from-binary.en-us/`
    (they were `/en-us/install-from-binary/`: `permalinks` and the language's folder), an HTML
    link to `make.en-us.md` left pointing at the old file, `ftp:` links that `build --strict`
    refused once the build removed them, and `toc: true` reported as dropped in every file."""
    project = imported.project("hugo")
    text = (project / "content/articles/installation/from-binary.md").read_text()
    assert "redirect_from:\n- /en-us/install-from-binary/\n" in text
    assert "64-bits version (`ftp://ftp.example.com/make/64/make.exe`)" in text
    assert "[See the webhooks](../features/webhooks.md)" in text
    assert "front matter not carried over: toc" not in imported.outputs["hugo"]
    build = run_cli("build", "--strict", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr


def test_a_folder_per_language_translates_the_same_path(imported: Imported) -> None:
    project = imported.project("folders")
    english = list((project / "content/articles").rglob("sync-not-working.md"))
    assert len(english) == 1
    relative = english[0].relative_to(project / "content")
    german = project / "translations/de" / relative
    assert "Sync funktioniert nicht" in german.read_text()
    assert not list((project / "content/articles").glob("de/*"))
    # the same permalink names the original: the German page goes to its path
    settings = list((project / "content/articles").rglob("sync-settings.md"))
    assert len(settings) == 1
    moved = project / "translations/de" / settings[0].relative_to(project / "content")
    assert "Wähle, was synchronisiert wird." in moved.read_text()
    assert "de: 3 articles into translations/de/, 3 at the path" in imported.outputs["folders"]
    # the English joined kbgen init's own category: the German needs it in its categories.yml
    assert (project / "content/articles/getting-started/update-obsidian.md").is_file()
    categories = yaml.safe_load((project / "translations/de/_data/categories.yml").read_text())
    assert categories["getting-started"]["title"] == "Getting started"
