"""What moving OpenCloud's docs in (Docusaurus, versioned, German translation; new44) found:
pages that only import a partial (`import Info from '../_static/readme.md'; <Info />`) were
skipped as empty, the partials themselves (`docs/_static/`, no page in Docusaurus) became 90
articles of a category "static", and `{url: "https://host.docker.internal:9200"}` in a JSON
example was refused as an attribute list with the class `internal`."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.internal import unrecognised_notes
from kbgen.importers import markdown_site
from kbgen.importers.mdx_partials import MdxPartials
from tests.conftest import write_files

SITE = {
    "docusaurus.config.js": "module.exports = {title: 'Docs', url: 'https://docs.example.org'};\n",
    "docs/services/antivirus/info.mdx":
        "---\ntitle: General Information\n---\n\n"
        "import Info from '../../_static/antivirus_readme.md';\n"
        "import yamlContent from '!!raw-loader!../../_static/antivirus.yaml';\n"
        "import CodeBlock from '@theme/CodeBlock';\n\n<Info />\n\n"
        '<CodeBlock language="yaml">{yamlContent}</CodeBlock>\n',
    "docs/services/antivirus/scanning.md": "---\ntitle: Scanning\n---\n\nScan files.\n",
    "docs/_static/antivirus_readme.md":
        "---\ntitle: readme\n---\n\n## Abstract\n\nThe `antivirus` service scans files; see"
        " [scanning](../services/antivirus/scanning.md#top) and [the site](https://example.org/)."
        "\n\nimport Deeper from './deeper.md';\n\n<Deeper />\n",
    "docs/_static/deeper.md": "Deeper text.\n",
    "docs/_static/antivirus.yaml": "antivirus:\n  workers: 2\n",
}


def test_an_imported_partial_is_the_pages_text(tmp_path: Path) -> None:
    write_files(tmp_path, SITE, dedent_yaml=False)
    export = markdown_site.read(tmp_path)
    assert sorted(a.origin for a in export.articles) == [
        "docs/services/antivirus/info.mdx", "docs/services/antivirus/scanning.md"]
    info = next(a for a in export.articles if a.origin.endswith("info.mdx"))
    assert "## Abstract" in info.body and "Deeper text." in info.body
    assert "[scanning](<scanning.md#top>)" in info.body  # rebased from _static/ to the page
    assert "```yaml\nantivirus:\n  workers: 2\n```" in info.body
    assert "<Info" not in info.body and "CodeBlock" not in info.body
    assert "import " not in info.body
    assert "files the old page imported with MDX put in the article (3×)" in info.warnings
    assert dict(export.skipped)["docs/_static/antivirus_readme.md"].startswith(
        "a Docusaurus partial")


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../outside.md", "react"])
def test_a_partial_outside_the_site_is_not_read(tmp_path: Path, target: str) -> None:
    (tmp_path / "site" / "docs").mkdir(parents=True)
    (tmp_path / "outside.md").write_text("Secret.\n", encoding="utf-8")
    page = tmp_path / "site" / "docs" / "page.mdx"
    body = f"import X from '{target}';\n\n<X />\n"
    assert MdxPartials(tmp_path / "site").inline(body, page) == (body, [])


def test_a_file_that_is_not_text_is_left(tmp_path: Path) -> None:
    (tmp_path / "shot.md").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    body = "import Shot from './shot.md';\n\n<Shot />\n"
    assert MdxPartials(tmp_path).inline(body, tmp_path / "page.mdx") == (body, [])


def test_a_partial_importing_itself_stops(tmp_path: Path) -> None:
    (tmp_path / "loop.md").write_text("Loop.\n\nimport Loop from './loop.md';\n\n<Loop />\n",
                                      encoding="utf-8")
    body = "import Loop from './loop.md';\n\n<Loop />\n"
    inlined, used = MdxPartials(tmp_path).inline(body, tmp_path / "page.mdx")
    assert inlined.count("Loop.") == 3 and len(used) == 3  # three levels in, then it stops


def test_a_partial_named_in_code_stays_code(tmp_path: Path) -> None:
    (tmp_path / "part.md").write_text("Inlined.\n", encoding="utf-8")
    body = "import P from './part.md';\n\n```mdx\n<P />\n```\n\n<P />\n"
    inlined, used = MdxPartials(tmp_path).inline(body, tmp_path / "page.mdx")
    assert inlined.endswith("```mdx\n<P />\n```\n\nInlined.\n") and used == ["part.md"]


def test_a_host_name_in_code_is_no_internal_class() -> None:
    line = 'like `[{url: "https://host.docker.internal:9200/customTranslations.json"}]`.'
    assert unrecognised_notes(line) == []
    assert unrecognised_notes("Agents\n{: .internal }") != []
