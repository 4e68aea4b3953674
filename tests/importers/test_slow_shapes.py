"""Shapes that took `kbgen import` seconds to minutes on one file (the importers' patterns
backtracked between runs of blanks, cubic) are read, and what they hold is still found. Sizes
are ones that were slow before the fix (seconds are in bench/RESULTS.md, never here)."""

from __future__ import annotations

from pathlib import Path

from kbgen.importers import anchors, markdown_text
from kbgen.importers.hugo_shortcodes import HugoShortcodes
from tests.conftest import write_files
from tests.helpers import run_cli


def test_blanks_in_a_heading_without_its_id_do_not_stall_the_anchors() -> None:
    # 1,600 blanks took 1.5 s, 12,800 about two minutes: _OWN_ID tried every split of them
    body = f"#{' ' * 12_800}Setup {{#x\n\n## 公開ベースパスの設定 {{#public-base}}\n##   {{#own}}\n"
    assert list(anchors.text_anchors(body).values()) == ["public-base"]


def test_blanks_after_a_heading_with_no_attribute_list_do_not_stall_the_cleaning() -> None:
    # 1,600 blanks took 7.5 s: _HEADING_IAL's three blank runs
    text = f"##{' ' * 1600}x\x00\n\n## Ports  {{: #ports .wide}}\n"
    cleaned, notes = markdown_text.clean_markup(text, lambda target: target)
    assert cleaned.endswith("\n\n## Ports {#ports}\n")
    assert notes == ["removed: kramdown attribute list (a heading's id kept) (1×)"]


def test_blanks_in_an_unfinished_liquid_variable_do_not_stall_the_cleaning() -> None:
    # 1,600 blanks took 14 s: _OUTPUT_NAME's two blank runs around the name
    text = f"Hi {{{{{' ' * 1600}x}}y}}}} and {{{{ site.url }}}}\n"
    assert markdown_text.clean_markup(text, lambda target: target) == (
        "Hi  and\n", ["removed: Liquid variable (2×): {{ site.url }} 1×"])


def test_blanks_in_an_unclosed_hugo_shortcode_do_not_stall_the_rewrite(tmp_path: Path) -> None:
    # 1,600 blanks took 16 s: _WITH_PARAMS' blank runs around the parameters
    shortcodes = HugoShortcodes(tmp_path, lambda target: target)
    write_files(tmp_path, {"layouts/shortcodes/x.html": "<b>{{ .Get 0 }}</b>\n"})
    text = f"{{{{%0{' ' * 1600}\x00 {{{{< figure src=\"a.png\" caption=\"Ports\" >}}}}\n"
    rewritten, notes = shortcodes.rewrite(text, tmp_path / "content/page.md")
    assert rewritten.endswith(" ![Ports](/a.png)\n\n*Ports*\n")
    assert notes == ["Hugo shortcodes turned into Markdown: {{< figure >}} 1×"]


def test_a_page_that_is_one_unended_heading_of_blanks_imports(tmp_path: Path) -> None:
    # 1,600 blanks took 1.4 s, 6,400 about a minute and a half: markdown_site._HEADING
    init = run_cli("init", str(tmp_path / "kb"), "--company", "Acme", "--site-name", "Acme")
    assert init.returncode == 0, init.stdout + init.stderr
    write_files(tmp_path / "old", {"mkdocs.yml": "site_name: Old\n",
                                   "docs/setup.md": f"#{' ' * 6400}Setup\tx",
                                   "docs/ports.md": "#  Ports and  firewalls ##\nText.\n"},
                dedent_yaml=False)
    result = run_cli("import", str(tmp_path / "old"), cwd=tmp_path / "kb")
    assert result.returncode == 0, result.stdout + result.stderr
    articles = tmp_path / "kb/content/articles/imported-articles"
    assert (articles / "setup.md").read_text().startswith("---\ntitle: Setup\n")
    assert (articles / "ports.md").read_text().startswith("---\ntitle: Ports and firewalls\n")
