"""Internal notes in every form an author may write them: hidden, or the file is refused.

One real build publishes an article per recognised variant; each row then asserts its note's
text is nowhere in site/ (pages, search index, sitemap) while the text around it is. The
look-alikes fail `kbgen check` and `kbgen build` with the line. The render-time net (a
Python-Markdown treeprocessor) is checked on its own, since the source-level split keeps such
input from ever reaching it in a build.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files

# id -> Markdown body; each hides "Zebracorn <id>" and shows "Before <id>" and "After <id>".
# (The plain `!!! internal "Title"` form is covered by tests/site/test_hostile.py, and so is
# its preview with the badge under `kbgen serve`.)
HIDDEN = [
    ("no-space", "!!!internal\n    Zebracorn {id}\n"),
    ("capital", '!!! Internal "For agents"\n    Zebracorn {id}\n'),
    ("upper-no-title", "!!! INTERNAL\n    Zebracorn {id}\n"),
    ("second-class", "!!! note internal\n    Zebracorn {id}\n"),
    ("open-collapsible", "???+ Internal\n    Zebracorn {id}\n"),
    ("indented-opening", "  !!! internal\n      Zebracorn {id}\n"),
    ("list-step", "1. Open the app.\n\n    !!! internal\n        Zebracorn {id}\n\n"
                  "2. Tap Settings.\n"),
    ("list-marker-line", "- Open the app.\n- !!! internal\n      Zebracorn {id}\n"
                         "- Tap Settings.\n"),
    ("deep-list", "- One\n    - Two\n        - Three\n\n            ??? internal\n"
                  "                Zebracorn {id}\n"),
    ("quote", "> Tip for you.\n>\n> !!! internal\n>     Zebracorn {id}\n"),
    ("quote-lazy-body", "> !!! internal\n    Zebracorn {id}\n"),
    ("nested-quote", "> > !!! internal\n> >     Zebracorn {id}\n"),
    ("quote-list", "> 1. Step\n>\n>     !!! internal\n>         Zebracorn {id}\n"),
    ("in-other-note", "!!! tip\n    Public tip.\n\n    !!! internal\n        Zebracorn {id}\n"),
    ("definition", "Term\n:   !!! internal\n        Zebracorn {id}\n"),
    ("zero-width-in-class", "!!! inter\u200bnal\n    Zebracorn {id}\n"),
    ("after-nested-fence", "````markdown\n```\nx\n```\n````\n\n!!! internal\n"
                           "    Zebracorn {id}\n"),
    ("after-unclosed-fence", "```\n\n!!! internal\n    Zebracorn {id}\n"),
    ("inside-code", "```markdown\n!!! internal\n    Zebracorn {id}\n```\n"),
]


def _body(key: str, note: str) -> str:
    return f"## Steps\n\nBefore {key}.\n\n{note.replace('{id}', key)}\nAfter {key}.\n"


@pytest.fixture(scope="module")
def hidden_site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """One build with an article per variant; every file of site/."""
    root = tmp_path_factory.mktemp("notes")
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES}
    for key, note in HIDDEN:
        files[f"content/articles/billing/{key}.md"] = article(f"Variant {key}",
                                                              body=_body(key, note))
    write_files(root, files)
    result = CliRunner().invoke(cli, ["build", "--strict", "-f", str(root / "mkdocs.yml"),
                                      "-d", str(root / "site")])
    assert result.exit_code == 0, result.output
    return all_files(root / "site")


@pytest.mark.parametrize("key", [key for key, _ in HIDDEN])
def test_the_note_is_nowhere_in_the_site(hidden_site: dict[str, bytes], key: str) -> None:
    leaks = [name for name, data in hidden_site.items() if f"Zebracorn {key}".encode() in data]
    assert leaks == []
    page = hidden_site[f"articles/billing/{key}.html"].decode()
    assert f"Before {key}." in page and f"After {key}." in page
    assert "articles/billing/" + key in hidden_site["sitemap.xml"].decode()


# id -> (Markdown body, line of the problem in the body's note, start of the message)
LOOKALIKE = "looks like an internal note but would be published"
CLASS = "the class 'internal' on HTML or an attribute list does not hide text"
REFUSED = [
    ("misspelt", "!!! interal\n    Zebracorn\n", 1, LOOKALIKE),
    ("hyphenated", "!!! internal-note\n    Zebracorn\n", 1, LOOKALIKE),
    ("synonym", "!!! private\n    Zebracorn\n", 1, LOOKALIKE),
    ("homoglyph", "!!! \u0456nternal\n    Zebracorn\n", 1, LOOKALIKE),
    ("zero-width-first", "\u200b!!! internal\n    Zebracorn\n", 1, LOOKALIKE),
    ("fullwidth-marker", "\uff01\uff01\uff01 internal\n    Zebracorn\n", 1, LOOKALIKE),
    ("mid-line", "Agents only !!! internal\n    Zebracorn\n", 1, LOOKALIKE),
    ("task-item", "- [ ] !!! internal\n      Zebracorn\n", 1, LOOKALIKE),
    ("html-class", '<div class="Internal" markdown>\nZebracorn\n</div>\n', 1, CLASS),
    ("attr-list", "Zebracorn\n{: .internal }\n", 2, CLASS),
    ("attr-list-second-class", "Zebracorn\n{.note .internal}\n", 2, CLASS),
    ("attr-list-on-heading", "## Zebracorn {.internal}\n", 1, CLASS),
    ("blocks-type", "/// admonition | Agents\n    type: internal\n\nZebracorn\n///\n", 2,
     "a `///` block marked internal would be published"),
]
NOTE_LINE = 12
"""File line where `_body` puts the note: after 6 lines of front matter, a blank line, the
heading, a blank line, the text before and a blank line."""


@pytest.mark.parametrize("key, note, line, message", REFUSED, ids=[r[0] for r in REFUSED])
def test_a_look_alike_is_refused_with_its_line(project: Path, key: str, note: str, line: int,
                                               message: str) -> None:
    target = "content/articles/billing/case.md"
    write_files(project, {target: article("Look-alike", body=_body(key, note))})
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    expected = f"{target}:{NOTE_LINE + line - 1}: error: "
    assert any(out.startswith(expected) and message in out
               for out in result.output.splitlines()), result.output
    built = CliRunner().invoke(cli, ["build", "-d", str(project / "site")])
    assert built.exit_code == 1 and "Traceback" not in built.output
    assert not (project / "site").exists()


def test_a_note_in_a_bio_is_refused(project: Path) -> None:
    write_files(project, {"content/team/sam.yml": """\
        name: Sam Lee
        role: Billing specialist
        bio: |
          Sam answers billing questions.

          !!! internal
              Zebracorn: Sam is leaving in May.
        """})
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert ("content/team/sam.yml:3: error: 'bio', line 3 of its text: internal notes belong in"
            " articles; a profile is published whole, so remove the note") in result.output


# The render-time net: HTML that Python-Markdown makes with the class `internal`, any case.
NET = [
    ("admonition", '!!! note Internal\n    Zebracorn\n\nKept'),
    ("details", "??? INTERNAL\n    Zebracorn\n\nKept"),
    ("attr-list", "Zebracorn\n{: .Internal }\n\nKept"),
    ("md-in-html", '<div class="internal" markdown>\nZebracorn\n</div>\n\nKept'),
    ("raw-html", '<div class="x INTERNAL">Zebracorn</div>\n\nKept'),
    ("heading-inside", "!!! internal\n    ## Zebracorn\n\nKept"),
]
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "toc", "pymdownx.details"]


@pytest.mark.parametrize("source", [s for _, s in NET], ids=[k for k, _ in NET])
def test_render_time_net_removes_anything_classed_internal(source: str) -> None:
    from kbgen.core.internal_markdown import InternalNotesExtension

    md = markdown.Markdown(extensions=[*EXTENSIONS, InternalNotesExtension()])
    html = md.convert(source)
    assert "Zebracorn" not in html and "Kept" in html
    assert "Zebracorn" not in str(md.toc_tokens)  # type: ignore[attr-defined]


@pytest.mark.parametrize("source", [s for _, s in NET[:3]], ids=[k for k, _ in NET[:3]])
def test_previews_show_every_case_with_the_badge_class(source: str) -> None:
    from kbgen.core.internal_markdown import InternalNotesExtension

    html = markdown.Markdown(extensions=[*EXTENSIONS, InternalNotesExtension(reveal=True)]
                             ).convert(source)
    assert "Zebracorn" in html and re.search(r'class="(?:[^"]* )?internal"', html), html
