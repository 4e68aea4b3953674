"""Hostile settings and the messages kbgen gives: issue 21, items 7 and 12 and the low ones.

Each case writes a small real project, runs the real `kbgen check` / `build` / `init` / `new` /
`serve` through click, and asserts the exit code and the exact line printed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article

ARTICLE = "content/articles/billing/case.md"
TAG_REFUSED = ("makes MkDocs run Python code when it reads this file; remove it (allowed: !ENV,"
               " !relative, and !!python/name: only for the emoji, fence and slug functions of"
               " Markdown extensions, such as !!python/name:material.extensions.emoji.twemoji)")


def run(*args: str) -> Result:
    """`kbgen ARGS` in the working directory."""
    return CliRunner().invoke(cli, list(args))


def lines_of(result: Result) -> list[str]:
    """The printed lines, after checking nothing crashed."""
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output.splitlines()


# ------------------------------------------------------------- 7: Python tags in mkdocs.yml

PWNED = "pwned-marker"
RUN = f'["touch {PWNED}"]'
TAGGED = [
    # (id, YAML added to mkdocs.yml, the tag as reported)
    ("apply", f"extra:\n  x: !!python/object/apply:os.system {RUN}\n",
     "!!python/object/apply:os.system"),
    ("new", f"extra:\n  x: !!python/object/new:os.system {RUN}\n", "!!python/object/new:os.system"),
    ("long form", f"extra:\n  x: !<tag:yaml.org,2002:python/object/apply:os.system> {RUN}\n",
     "!!python/object/apply:os.system"),
    ("tag handle", None, "!!python/object/apply:os.system"),
    ("in a key", f"extra:\n  ? !!python/object/apply:os.system {RUN}\n  : 1\n",
     "!!python/object/apply:os.system"),
    ("name", "extra:\n  x: !!python/name:os.system ''\n", "!!python/name:os.system"),
    ("module", "extra:\n  x: !!python/module:os ''\n", "!!python/module:os"),
    ("fence format", "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
     "        - name: x\n          class: x\n          format: !!python/name:os.system\n",
     "!!python/name:os.system"),
]


def _tagged_config(added: str | None) -> tuple[str, int]:
    """mkdocs.yml text with the hostile YAML, and the line the tag is on."""
    if added is None:  # a %TAG directive names the python/ prefix `!p!`
        text = f"%TAG !p! tag:yaml.org,2002:python/\n---\n{MINI_CONFIG}extra:\n" \
               f"  x: !p!object/apply:os.system {RUN}\n"
    else:
        text = MINI_CONFIG + added
    line = next(n for n, row in enumerate(text.split("\n"), 1)
                if ("python/" in row or "!p!" in row) and not row.startswith("%"))
    return text, line


def _no_server(*args: object, **kwargs: object) -> None:
    """Stands in for MkDocs' server: a serve that gets this far has read mkdocs.yml."""
    raise RuntimeError("the server was started")


@pytest.mark.parametrize("command", ["check", "build", "serve"])
@pytest.mark.parametrize("case, added, shown", TAGGED, ids=[t[0] for t in TAGGED])
def test_python_tags_in_mkdocs_yml_are_refused_before_mkdocs_reads_it(
        project: Path, monkeypatch: pytest.MonkeyPatch, command: str, case: str,
        added: str | None, shown: str) -> None:
    monkeypatch.setattr("mkdocs.commands.serve.LiveReloadServer", _no_server)
    text, line = _tagged_config(added)
    (project / "mkdocs.yml").write_text(text)
    result = run(command)
    assert result.exit_code == 1, result.output
    assert f"Error: mkdocs.yml:{line}: error: the YAML tag {shown} {TAG_REFUSED}" \
        in lines_of(result)
    assert not (project / PWNED).exists() and not (project / "site").exists()


def test_a_python_tag_in_an_inherited_file_is_refused(project: Path) -> None:
    (project / "base.yml").write_text(f"extra:\n  x: !!python/object/apply:os.system {RUN}\n")
    (project / "mkdocs.yml").write_text("INHERIT: base.yml\n" + MINI_CONFIG)
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1
        assert (f"Error: base.yml:2: error: the YAML tag !!python/object/apply:os.system"
                f" {TAG_REFUSED}") in lines_of(result)
    assert not (project / PWNED).exists()


def test_serve_refuses_a_tag_added_while_it_runs(project: Path) -> None:
    """`kbgen serve` reloads mkdocs.yml after each change: the reload is refused too."""
    from mkdocs.commands import serve as serving

    from kbgen.core.config_tags import guarded_reloads

    text, line = _tagged_config(TAGGED[0][1])
    (project / "mkdocs.yml").write_text(text)
    with guarded_reloads(serving), pytest.raises(SystemExit) as stopped:
        serving.load_config(config_file="mkdocs.yml")
    assert str(stopped.value) == (f"mkdocs.yml:{line}: error: the YAML tag"
                                  f" !!python/object/apply:os.system {TAG_REFUSED}")
    assert not (project / PWNED).exists()


ALLOWED = [
    ("env", "extra:\n  x: !ENV [KBGEN_UNSET_VARIABLE, fallback]\n"),
    ("emoji", "markdown_extensions:\n  - pymdownx.emoji:\n"
     "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
     "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n"),
    ("fence", "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
     "        - name: mermaid\n          class: mermaid\n"
     "          format: !!python/name:pymdownx.superfences.fence_code_format\n"),
]


@pytest.mark.parametrize("case, added", ALLOWED, ids=[a[0] for a in ALLOWED])
def test_only_the_python_tag_is_refused_and_mkdocs_own_tags_still_build(
        project: Path, case: str, added: str) -> None:
    hostile = f"  y: !!python/object/apply:os.system {RUN}\n"
    text = MINI_CONFIG + added + ("" if added.startswith("extra:") else "extra:\n") + hostile
    (project / "mkdocs.yml").write_text(text)
    result = run("check")
    assert result.exit_code == 1
    assert lines_of(result) == [f"Error: mkdocs.yml:{text.count(chr(10))}: error: the YAML tag"
                                f" !!python/object/apply:os.system {TAG_REFUSED}"]
    (project / "mkdocs.yml").write_text(MINI_CONFIG + added)
    assert run("check").exit_code == 0
    result = run("build")
    assert result.exit_code == 0, result.output
    assert (project / "site/articles/wifi/ok.html").is_file() and not (project / PWNED).exists()


CONFIG_TEXTS = [
    # (setting, value): shown on every page, so held to the rules of one-line fields
    ("site_name", "Help \u202eertneC"),
    ("site_description", "Answers\u2066 for you"),
    ("copyright", "\u00a9 Acme\u200f"),
]


@pytest.mark.parametrize("key, value", CONFIG_TEXTS, ids=[c[0] for c in CONFIG_TEXTS])
def test_invisible_characters_in_published_settings_are_refused(project: Path, key: str,
                                                                 value: str) -> None:
    text = MINI_CONFIG.replace("site_name: Test Help Centre\n", "") + f'{key}: "{value}"\n'
    if key != "site_name":
        text += "site_name: Test Help Centre\n"
    (project / "mkdocs.yml").write_text(text)
    line = text.split("\n").index(f'{key}: "{value}"') + 1
    char = next(c for c in value if c in "\u202e\u2066\u200f")
    name = {"\u202e": "U+202E RIGHT-TO-LEFT OVERRIDE", "\u2066": "U+2066 LEFT-TO-RIGHT ISOLATE",
            "\u200f": "U+200F RIGHT-TO-LEFT MARK"}[char]
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1
        assert lines_of(result) == [f"Error: mkdocs.yml:{line}: error: {key}: contains {name}, a"
                                    " character that reorders how the text around it reads;"
                                    " delete it (retype the text if you cannot see it)"]


# --------------------------------------------------------- 7: kbgen init quotes every value

HOSTILE_VALUES = [
    # each holds a character YAML reads as a line break, and YAML syntax around it
    "line\u2028separator: !!python/object/apply:os.system [\"touch pwned-marker\"]",
    'He said "hi"\x85# not a comment: really',
    "It's ${company}\x85& *star !tag %TAG [list] {map}",
    "\u2029- starts like a list item",
    "ends with a backslash \\\u2028",
    "quote at the end'\x85",
]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_init_writes_hostile_values_back_exactly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                value: str) -> None:
    """`create` quotes what it is given: the YAML reads back the same text, nothing more."""
    from mkdocs.config import load_config

    from kbgen.commands.init import Answers, create

    target = tmp_path / "help"
    create(target, Answers(company=value, site_name=value, phone="+44 20 7946 0000",
                           email="support@example.com", timezone="Europe/London",
                           site_url="https://help.example.com/"))
    settings = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    assert settings["site_name"] == value
    assert settings["extra"]["kb"]["brand"]["footer"] == f"© {value}"
    contact = yaml.safe_load((target / "content/_data/contact.yml").read_text(encoding="utf-8"))
    assert contact["company"] == value
    monkeypatch.chdir(target)  # MkDocs' own (unsafe) loader reads the same values and runs nothing
    assert load_config(str(target / "mkdocs.yml"))["site_name"] == value
    assert not (target / PWNED).exists() and not (tmp_path / PWNED).exists()


INVISIBLE = [("\u2028", "U+2028 LINE SEPARATOR", "is invisible or breaks the line"),
             ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE", "reorders how the text around it reads"),
             ("\x85", "U+0085 NEXT LINE", "is invisible or breaks the line")]


@pytest.mark.parametrize("char, name, effect", INVISIBLE, ids=[i[1] for i in INVISIBLE])
@pytest.mark.parametrize("option", ["--company", "--site-name"])
def test_init_refuses_invisible_characters_in_names(
        tmp_path: Path, option: str, char: str, name: str, effect: str) -> None:
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "help"), option, f"Acme{char}x"])
    assert result.exit_code == 2
    assert (f"Error: Invalid value for '{option}': contains {name}, a character that {effect};"
            " delete it (retype the text if you cannot see it)") in result.output
    assert not (tmp_path / "help").exists()


def test_init_below_a_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("a file")
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "notes/help")])
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'notes'}, above {tmp_path / 'notes/help'}, is a file; choose a" \
           " new or empty folder" in lines_of(result)


# -------------------------------------------------------------- 12 and low: what check says

CHECKED = [
    # (id, files to write, exact lines `kbgen check` prints)
    ("unclosed double quote", {ARTICLE: '---\ntitle: "Unclosed\nsummary: S.\nstatus: published\n'
                               '---\n\nBody\n'},
     [f'{ARTICLE}:2: error: invalid YAML: the quoted value that starts on this line is never'
      ' closed; add the closing " at its end']),
    ("unclosed single quote", {ARTICLE: "---\ntitle: Fine\nsummary: 'Unclosed\nstatus: published"
                               "\n---\n\nBody\n"},
     [f"{ARTICLE}:3: error: invalid YAML: the quoted value that starts on this line is never"
      " closed; add the closing ' at its end"]),
    ("quote closed a line later", {ARTICLE: '---\ntitle: "Unclosed\nsummary: "S."\nstatus:'
                                   ' published\n---\n\nBody\n'},
     [f'{ARTICLE}:2: error: invalid YAML: the quoted value that starts on this line is never'
      ' closed; add the closing " at its end']),
    ("unclosed list", {ARTICLE: article(extra="tags: [wifi, router\n")},
     [f"{ARTICLE}:6: error: invalid YAML: the list opened with '[' on this line is not closed;"
      " add ']' at its end"]),
    ("every problem of a broken file", {ARTICLE: '---\ntitle: "Unclosed\nsummary: S.\n'
                                        'status: live\nowner: sam\nrelated: [Not A Slug]\n'
                                        '---\n\nBody\n'},
     [f'{ARTICLE}:2: error: invalid YAML: the quoted value that starts on this line is never'
      ' closed; add the closing " at its end',
      f"{ARTICLE}:4: error: 'status' must be one of 'published', 'draft' or 'internal', not"
      " 'live'",
      f"{ARTICLE}:5: error: unknown key 'owner'; known keys: title, summary, status, symptoms,"
      " errors, applies_to, tags, author, created, updated, reviewed, related, tickets,"
      " redirect_from, known_issue, order, translation_of, hide, template, search, icon,"
      " description",
      f"{ARTICLE}:6: error: 'related[0]': 'Not A Slug' is not an article slug (its file name"
      " without .md: lowercase words joined by hyphens, in any script)"]),
    ("duplicate key names the file's line", {ARTICLE: article(extra="title: Again\n")},
     [f"{ARTICLE}:6: error: invalid YAML: duplicate key 'title' (first on line 2); keep only"
      " one"]),
    ("duplicate nested key", {ARTICLE: article(extra="search:\n  boost: 2\n  boost: 3\n")},
     [f"{ARTICLE}:8: error: invalid YAML: duplicate key 'boost' (first on line 7); keep only"
      " one"]),
    ("missing same-page anchor", {ARTICLE: article(body="See [the steps](#stepz).\n\n## Steps\n")},
     [f"{ARTICLE}:8: warning: link to '#stepz': no heading with the anchor 'stepz' in"
      f" {ARTICLE}"]),
    ("right-to-left override in a file name",
     {"content/articles/billing/invoice\u202egpj.md": article("Invoice")},
     ["content/articles/billing/invoice<U+202E RIGHT-TO-LEFT OVERRIDE>gpj.md: error: the name"
      " holds U+202E RIGHT-TO-LEFT OVERRIDE, a character that reorders how the name reads (what"
      " a reader sees is not the file they get); rename it (retype the name if you cannot see"
      " it)"]),  # any file's or folder's name (hostile60), before the slug's rule
    ("zero-width space in a folder name", {"content/articles/bill\u200bing/case.md": article()},
     ["content/articles/bill<U+200B ZERO WIDTH SPACE>ing: error: the name holds U+200B ZERO"
      " WIDTH SPACE, a character that is invisible or breaks the line, so a name that looks like"
      " another's is not, and links to it break; rename it (retype the name if you cannot see"
      " it)"]),
    ("right-to-left override in a title", {ARTICLE: article("Refund \u202edetaerc")},
     [f"{ARTICLE}:{line}: error: '{key}': contains U+202E RIGHT-TO-LEFT OVERRIDE, a character"
      " that reorders how the text around it reads; delete it (retype the text if you cannot"
      " see it)" for line, key in ((2, "title"), (3, "summary"))]),
    ("isolate in a symptom", {ARTICLE: article(extra="tags: [a\u2067b]\n")},
     [f"{ARTICLE}:6: error: 'tags[0]': contains U+2067 RIGHT-TO-LEFT ISOLATE, a character that"
      " reorders how the text around it reads; delete it (retype the text if you cannot see"
      " it)"]),
    ("arabic letter mark in a team name", {"content/team/sam.yml": "name: Sam\u061c Lee\n"
                                           "role: Support\n"},
     ["content/team/sam.yml:1: error: 'name': contains U+061C ARABIC LETTER MARK, a character"
      " that reorders how the text around it reads; delete it (retype the text if you cannot"
      " see it)"]),
    ("vanity phone number", {"content/_data/contact.yml": """\
        company: Acme
        email: help@acme.example
        lines:
          - label: Sales
            number: +1 800 FLOWERS
            timezone: America/New_York
            hours: {monday: 09:00-17:00}
        """},
     ["content/_data/contact.yml:5: error: 'lines[0].number': '+1 800 FLOWERS' is not written"
      " in digits; write it as customers dial it (+1 800 3569377): digits, a leading +,"
      " spaces, brackets, dots or dashes"]),
    ("e-mail without a top-level domain", {"content/_data/contact.yml": """\
        company: Acme
        email: help@localhost
        lines:
          - label: Sales
            number: +1 800 356 9377
            timezone: America/New_York
            hours: {monday: 09:00-17:00}
        """},
     ["content/_data/contact.yml:2: error: 'email' must be an e-mail address such as"
      " support@example.com (a name, @ and a domain with a dot, no spaces), not"
      " 'help@localhost'"]),
    ("template outside the theme", {ARTICLE: article(extra="template: ../x\n")},
     [f"{ARTICLE}:6: error: 'template': '../x' is not a template name; use the file name of a"
      " template of the theme, such as article.html or main.html (no folder outside the"
      " theme, no '..')"]),
    ("missing template", {ARTICLE: article(extra="template: nope.html\n")},
     [f"{ARTICLE}:6: error: template 'nope.html' is not a page template of the theme; use"
      " one of: article.html, main.html (or add a whole-page template to the theme's"
      " custom_dir), or remove the key"]),
    ("absolute template on a page", {"content/faq.md": "---\ntemplate: /etc/passwd\n---\n# FAQ\n"},
     ["content/faq.md:2: error: 'template': '/etc/passwd' is not a template name; use the file"
      " name of a template of the theme, such as article.html or main.html (no folder outside"
      " the theme, no '..')"]),
    ("missing template on a page", {"content/faq.md": "---\ntemplate: nope.html\n---\n# FAQ\n"},
     ["content/faq.md:2: error: template 'nope.html' is not a page template of the theme; use"
      " one of: main.html (or add a whole-page template to the theme's custom_dir), or remove"
      " the key"]),
] + [  # templates that exist but are not whole pages (a hostile review: tracebacks, empty pages)
    (f"page template {name}", {"content/faq.md": f"---\ntemplate: {name}\n---\n# FAQ\n"},
     [f"content/faq.md:2: error: template '{name}' is not a page template of the theme; use"
      " one of: main.html (or add a whole-page template to the theme's custom_dir), or remove"
      " the key"])
    for name in ("partials/header.html", "fragments/kb/avatar.html", "blog-post.html",
                 "partials/kb-no-results.html", "404.html", "article.html")
] + [
    ("category key with ..", {"content/_data/categories.yml": """\
        billing: {title: Billing, description: Payments.}
        wifi: {title: Wi-Fi, description: Connection problems.}
        ../outside: {title: Out, description: Escapes the content folder.}
        """},
     ["content/_data/categories.yml:3: error: category '../outside' is not a folder name; use"
      " lowercase words joined by hyphens, e.g. billing (articles/billing/)"]),
]


@pytest.mark.parametrize("case, files, expected", CHECKED, ids=[c[0] for c in CHECKED])
def test_check_prints_the_right_line(write_project: Callable[..., Path], project: Path,
                                     case: str, files: dict[str, str], expected: list[str]
                                     ) -> None:
    write_project(files)
    result = run("check")
    lines = lines_of(result)
    for line in expected:
        assert line in lines, (line, lines)
    errors = sum(": error: " in line for line in expected)
    assert result.exit_code == (1 if errors else 0)
    assert lines[-1].startswith(f"{errors} error{'s' * (errors != 1)}, "), lines


BUILT = [
    # (id, article body): footnotes made every build fail; `#steps_1` is the second "Steps"
    ("numbered footnote", "Restart it[^1]; see [the second step](#steps_1).\n\n"
                          "[^1]: Hold the button for ten seconds.\n"),
    ("named footnote", "Wait[^wait-time], then [retry](#steps_1).\n\n"
                       "[^wait-time]: About two minutes.\n"),
    ("footnote with a link", "Reset it[^a].\n\n[^a]: As in [the steps](#steps_1).\n"),
    ("indented footnote", "Reset it[^a].\n\n   [^a]: Two [minutes](#steps_1).\n"),
]
STEPS = "\n## Steps\n\nOne.\n\n## Steps\n\nTwo.\n"


@pytest.mark.parametrize("case, body", BUILT, ids=[b[0] for b in BUILT])
def test_footnotes_and_good_anchors_are_not_problems(write_project: Callable[..., Path],
                                                     project: Path, case: str, body: str) -> None:
    write_project({ARTICLE: article(body=body + STEPS)})
    result = run("check", "--strict")
    assert lines_of(result) == ["0 errors, 0 warnings in 4 files"]
    assert run("build", "--strict").exit_code == 0
    assert (project / "site/articles/billing/case.html").is_file()


def test_a_missing_same_page_anchor_is_reported_but_does_not_block_a_build(
        write_project: Callable[..., Path], project: Path) -> None:
    write_project({ARTICLE: article(body="See [the steps](#nope).\n")})
    result = run("build")
    assert result.exit_code == 0, result.output
    assert f"{ARTICLE}:8: warning: link to '#nope': no heading with the anchor 'nope' in" \
           f" {ARTICLE}" in result.output
    assert (project / "site/articles/billing/case.html").is_file()


@pytest.mark.parametrize("template, message", [
    ("../x", "'template': '../x' is not a template name"),
    ("nope.html", "template 'nope.html' is not a page template of the theme"),
    ("partials/toc.html", "template 'partials/toc.html' is not a page template of the theme"),
    ("/etc/passwd", "'template': '/etc/passwd' is not a template name"),
    ("partials/../../x", "'template': 'partials/../../x' is not a template name"),
])
def test_a_bad_template_fails_the_build_with_a_message(write_project: Callable[..., Path],
                                                       project: Path, template: str,
                                                       message: str) -> None:
    write_project({ARTICLE: article(extra=f"template: '{template}'\n")})
    result = run("build")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{ARTICLE}:6: error: {message}" in result.output
    assert not (project / "site").exists()


# ------------------------------------------------------------------ kbgen new stays inside

def test_new_never_writes_outside_the_articles_folder(write_project: Callable[..., Path],
                                                      project: Path, tmp_path: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    os.symlink(outside, project / "content/articles/linked")
    write_project({"content/_data/categories.yml": """\
        billing: {title: Billing, description: Payments.}
        wifi: {title: Wi-Fi, description: Connection problems.}
        linked: {title: Linked, description: A folder that is a link.}
        ../escape: {title: Out, description: Escapes the content folder.}
        """})
    for category in ("linked", "../escape", "../../escape"):
        result = run("new", "-c", category, "-t", "Cannot pay by card")
        assert result.exit_code == 1, result.output
        assert "Error: " in result.output and "Traceback" not in result.output
    assert list(outside.iterdir()) == []
    assert not list(project.parent.glob("escape*")) and not (project / "content/escape").exists()
    result = run("new", "-c", "linked", "-t", "Cannot pay by card")
    assert result.output.startswith("Error: category 'linked' is not a folder of articles/;")
