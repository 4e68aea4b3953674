"""What a new user's import of Frigate's docs (Docusaurus, MIT) broke, by class (issue 19,
imp38): prose starting with "import"/"export" deleted as MDX statements in any site, a
multi-line `export const` left half in the page (its `{{` reported as Liquid), a component
inside a sentence left as `&lt;Highlight …&gt;green</Highlight>`, and `kbgen check` refusing a
page whose code spans hold over 50 `<camera_name>` placeholders as "HTML nested 50 deep"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kbgen.core.limits import pathologies
from kbgen.importers.markdown_text import clean_markup
from tests.conftest import write_files


def test_sentences_starting_with_import_or_export_are_kept() -> None:
    text = ("To move your data:\n\nexport your contacts first, then\nimport them into the new"
            " phone.\n\nImport the file from **Settings**.\n")
    assert clean_markup(text, lambda target: target) == (text, [])


def test_a_multi_line_export_and_a_component_in_a_sentence() -> None:
    text = ("import Tabs from '@theme/Tabs';\nimport {\n  a,\n} from \"x\";\n\n"
            "export const Highlight = ({children, color}) => ( <span style={{\n"
            "      backgroundColor: color,\n    }}>{children}</span> );\n\n"
            '<Highlight color="#25c2a0">Docusaurus green</Highlight> and <Highlight'
            ' color="#1877F2">Facebook blue</Highlight> are my favourite colours.\n')
    out, removed = clean_markup(text, lambda target: target)
    assert out.strip() == "Docusaurus green and Facebook blue are my favourite colours."
    assert not any("Liquid" in line for line in removed)


def test_placeholders_in_code_spans_are_no_html() -> None:
    topics = "".join(f"### `frigate/<camera_name>/zone/<zone_name>/set{n}`\n\nTopic.\n\n"
                     for n in range(60))
    assert pathologies(topics) == []
    assert pathologies("<div>\n" * 60)  # real elements still counted
    assert pathologies("`a` <div> `b`\n\n" * 60)


def test_a_docusaurus_page_of_mqtt_topics_imports_and_checks(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    topics = "".join(f"### `frigate/<camera_name>/topic{n}`\n\nTopic number {n}.\n\n"
                     for n in range(55))
    write_files(tmp_path / "source", {
        "docusaurus.config.ts": "export default {};\n",
        "docs/integrations/mqtt.md": f"---\nid: mqtt\ntitle: MQTT\n---\n\n{topics}",
    }, dedent_yaml=False)
    result = run_import(str(tmp_path / "source"))
    assert result.exit_code == 0, result.output
    assert "nested more than" not in result.output


def test_a_self_closed_component_in_a_sentence() -> None:
    """242 `&lt;NavPath path="Settings &gt; Apps …" />` were published as text in Frigate's
    docs; `<CommunityBadge />` 13 times."""
    text = ('On the <NavPath path="Review > Motion" /> page, click **Search**.\n\n'
            "- <CommunityBadge /> [MemryX](https://memryx.com): a module.\n\n"
            '<ModelConfigDropdown model="yolo" />\n\nWrite `<Foo a="b" />` in code.\n')
    out, removed = clean_markup(text, lambda target: target)
    assert "On the **Review > Motion** page" in out
    assert "CommunityBadge" not in out and "&lt;" not in out and "yolo" not in out
    assert 'Write `<Foo a="b" />` in code.' in out
    assert "removed: MDX/JSX component (its one text attribute kept, in bold) (1×)" in removed
