"""A Hugo site whose docs are versioned in folders, as KEDA's (`params.versions.docs = ["2.20",
"2.19", ...]`, `params.unreleased`, pages under `content/docs/2.20/`): the newest released
version is imported, its folders are the categories, and the summary names the versions left
out. Before (imp48), every version was imported: 2,088 articles for about 120 pages, in
categories named "20", "19"..."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.importers import markdown_site
from kbgen.importers.model import Export
from tests.conftest import write_files


def page(title: str) -> str:
    return f"+++\ntitle = \"{title}\"\n+++\n\nAbout {title.lower()}.\n"


SITE = {
    "hugo.toml": '[params.versions]\ndocs = ["2.1", "2.0", "1.9", "../x"]\naddon = ["0.2"]\n'
                 '[params.unreleased]\ndocs = ["2.2"]\n',
    "content/docs/_index.md": "+++\ntitle = \"Docs\"\n+++\n",
    **{f"content/docs/{v}/scalers/kafka.md": page(f"Kafka {v}") for v in ("2.2", "2.1", "1.9")},
    **{f"content/docs/{v}/deploy.md": page(f"Deploy {v}") for v in ("2.2", "2.1", "1.9")},
    "content/docs/2.1/scalers/_index.md": "+++\ntitle = \"Scalers\"\n+++\n",
    "content/addon/0.2/_index.md": "+++\ntitle = \"HTTP Add-on\"\n+++\n",
    "content/addon/0.2/reference/spec.md": page("Add-on spec"),
    "content/docs/2.1/reference/spec.md": page("Spec"),
    "content/troubleshooting/timeouts.md": page("Timeouts"),
    "content/docs/2.1/faq.md": '+++\ntitle = "FAQ"\n+++\n\n{{< faq20 versionData="faq2_19" >}}\n',
}


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Export:
    root = tmp_path_factory.mktemp("hugo-versions")
    write_files(root, SITE, dedent_yaml=False)
    return markdown_site.read(root)


def test_the_newest_released_version_is_imported(export: Export) -> None:
    assert sorted(a.title for a in export.articles) == [
        "Add-on spec", "Deploy 2.1", "FAQ", "Kafka 2.1", "Spec", "Timeouts"]
    kafka = next(a for a in export.articles if a.title == "Kafka 2.1")
    assert export.categories[kafka.category or ""].title == "Scalers"  # not "2.1"
    assert kafka.old_urls == ["/docs/2.1/scalers/kafka/"]
    titles = {a.title: export.categories[a.category].title for a in export.articles
              if a.category is not None}
    assert (titles["Spec"], titles["Add-on spec"]) == ("Reference", "HTTP Add-on: Reference")
    # the second section listed is another product's docs: its folders apart (KEDA's add-on)


def test_the_summary_names_the_versions_left_out(export: Export) -> None:
    assert ("Hugo versions (params.versions): docs/: imported 2.1, left out 2.2, 1.9."
            " The newest released version is the one a reader saw; the others' addresses are"
            " not redirected.") in export.notes  # 2.0 has no folder, ../x is no version


def test_a_page_made_by_the_sites_own_shortcode_says_so(tmp_path: Path) -> None:
    """KEDA's FAQ is one shortcode over `data/faq2_19.toml`: the page is left out, and the
    summary says its text was made by the tag removed (before: "empty body")."""
    from kbgen.importers.plan import Planner

    write_files(tmp_path / "site", SITE, dedent_yaml=False)
    export = markdown_site.read(tmp_path / "site")
    (tmp_path / "content").mkdir()
    Planner(export, tmp_path / "content").make()
    assert ("content/docs/2.1/faq.md", "empty once its template tags were removed (Hugo"
            " shortcode (1×)): the old site made its text with them; write the text out") \
        in export.skipped
