"""Links that open another site than the one they show (hostile round 21): on main every one
of these was published as it is. `[https://help.test.example/pay](https://evil.example)`, the
same as a reference, an HTML `<a>`, in a table, bold or in code, wrapped over two lines; a
`www.` host or the site's own host shown; `https://help.test.example@evil.example/` (the host
is after the `@`); a host spelt with a Cyrillic, Greek or Armenian look-alike letter (another,
registrable domain); a mailbox shown for another mailbox. Each is now an error at its line in
`kbgen check` and `kbgen build` (nothing published); the links that open what they show, or
the site's own pages, are kept (kbgen.core.deceptive_links). One check and one build of one
project judge every case."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import case_paragraphs, first_link_row, run_in

REFUSED = {
    "url shown": "Pay at [https://help.test.example/pay](https://evil.example/pay).",
    "capitals": "See [HTTPS://HELP.TEST.EXAMPLE](https://evil.example/upper).",
    "www shown": "Go to [www.test.example/account](https://evil.example/account).",
    "own host bare": "Go to [help.test.example](https://evil.example/).",
    "own host and path": "Go to [test.example/billing](https://evil.example/billing).",
    "reference": "Visit [https://help.test.example][pay] today.\n\n[pay]: https://evil.example/r",
    "shortcut reference": ("Visit [https://help.test.example/s].\n\n"
                           "[https://help.test.example/s]: https://evil.example/s"),
    "defined in a quote": ("Visit [https://help.test.example][q] today.\n\n"
                           "> [q]: https://evil.example/q"),
    "defined in a note": ("Visit [https://help.test.example][n] today.\n\n!!! note\n"
                          "    [n]: https://evil.example/n"),
    "html anchor": '<a href="https://evil.example/h">https://help.test.example/html</a>',
    "entity href": ('<a href="&#x68;ttps://evil.example/e">'
                    'https://help.test.example/e</a>'),
    "table cell": ("| Where | Link |\n|---|---|\n"
                   "| Portal | [https://help.test.example](https://evil.example/t) |"),
    "bold text": "See [**https://help.test.example/bold**](https://evil.example/bold).",
    "code text": "See [`https://help.test.example/code`](https://evil.example/code).",
    "wrapped text": "Sign in at [the portal\nhttps://help.test.example/wrap](https://evil.example/w).",
    "long text": ("Sign in at [" + "the portal of our help centre, " * 40
                  + "https://help.test.example/long](https://evil.example/long)."),
    "list item": "1. Open [https://help.test.example](https://evil.example/list).",
    "protocol-relative": "See [https://help.test.example/p](//evil.example/p).",
    "backslashes": "See [https://help.test.example/b](https:\\\\evil.example\\b).",
    "user name": "Sign in at [our portal](https://help.test.example@evil.example/login).",
    "user name in entities": ("Sign in at [our portal]"
                              "(https&#58;//help.test.example&#64;evil.example/e)."),
    "look-alike without slashes": "Sign in at [the portal](https:h\u0435lp.test.example/x).",
    "user name autolink": "Sign in at <https://help.test.example@evil.example/auto>.",
    "cyrillic letter": "Sign in at <https://h\u0435lp.test.example/login>.",
    "greek letter": "Sign in at [the portal](https://help.test.ex\u03bfmple.com/login).",
    "armenian letter": "Sign in at [the portal](https://test\u0585.com/login).",
    "punycode of mixed": "Sign in at [https://help.test.example](https://xn--hlp-rdd.test.example/).",
    "whole look-alike": "Sign in at [the portal](https://\u0430\u0440\u0440\u04cf\u0435.com/).",
    "mailbox shown": "Write to [support@test.example](mailto:thief@evil.example).",
    "blind copy": ("Write to [support@test.example]"
                   "(mailto:support@test.example?bcc=records%40shop-archive.net)."),
    "copy": "[Write to us](mailto:support@test.example?cc=records@shop-archive.net).",
    "second recipient": "[Write to us](mailto:support@test.example,records@shop-archive.net).",
    "encoded query": ("[Write to us](mailto:support@test.example%3Fbcc%3D"
                      "records%2540shop-archive.net)."),
    "mailbox to a page": "Write to [support@test.example](https://evil.example/form).",
    "url to a call": "See [https://help.test.example/call](tel:+442079460958).",
    "in a note": "!!! note\n    Pay at [https://help.test.example/n](https://evil.example/note).",
    "in a tab": ('=== "Web"\n\n    Pay at [https://help.test.example/t]'
                 '(https://evil.example/tab).'),
    "vanity number": "Call [our support line](tel:1-800-FLOWERS) today.",
    "vanity in html": '<a href="tel:+44-800-EVIL-NOW">Call support</a>',
    "fullwidth dots": "See [https://help\u3002test\u3002example](https://evil.example/dots).",
}
"""Links that must be refused, each alone in a paragraph of one article."""
KEPT = {
    "subdomain": "See [https://github.com](https://docs.github.com/en).",
    "www dropped": "See [www.test.example](https://test.example/).",
    "idna": "See [https://b\u00fccher.example](https://xn--bcher-kva.example/).",
    "cyrillic domain": "See [https://\u043c\u043e\u0441\u043a\u0432\u0430.\u0440\u0444](https://xn--80adxhks.xn--p1ai/).",
    "plain words": "Read [our billing guide](https://test.example/billing).",
    "file name": "Read [README.md](https://github.com/kb/kb/blob/main/README.md).",
    "brand in a title": "Read [Why we use Test.example every day](https://blog.other.example/x).",
    "matrix room": "Join [#support:test.example](https://matrix.to/#/#support:test.example).",
    "picture": "[![logo](../../pictures/logo.png)](https://other.example/)",
    "archive": "See <https://web.archive.org/web/2022/https://help.test.example/x>.",
    "mailbox": "Write to [support@test.example](mailto:SUPPORT@test.example?subject=Hi).",
    "own page": "See [https://help.test.example/billing](#symptoms).",
    "in code": "```\n[https://help.test.example](https://evil.example/code-block)\n```",
    "copy at the same domain": ("[Write to us]"
                                "(mailto:support@test.example?cc=billing@test.example)."),
    "prefilled message": "[Mail us](mailto:support@test.example?subject=Help&body=Hello).",
    "vanity shown": "Call [1-800-FLOWERS](tel:1-800-FLOWERS) today.",
    "code span": "Type `[https://help.test.example](https://evil.example/span)` as it is.",
}
"""Links that open what they show (or are no link): no error at their line."""
EXTENSIONS = ("markdown_extensions:\n  - admonition\n  - pymdownx.superfences\n"
              "  - pymdownx.tabbed\n")
PATH = "content/articles/billing/links.md"
BODY_LINE = 8
"""The body's first line in `article()`."""


def _body() -> tuple[str, dict[str, int]]:
    """The article's body and the line of each case's link."""
    return case_paragraphs({**REFUSED, **KEPT}, first_link_row, BODY_LINE + 4)


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, int], str, Path, int]:
    """One `kbgen check` and one `kbgen build` of a project holding every case; the lines,
    the check's output, the project and the build's exit code."""
    root = tmp_path_factory.mktemp("deceptive-links")
    body, lines = _body()
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG + EXTENSIONS, "content/_data/categories.yml": MINI_CATEGORIES,
        "content/index.md": ("# Home\n\nOur portal:"
                             " [https://help.test.example](https://evil.example/home).\n"),
        "content/pictures/logo.png": b"\x89PNG\r\n\x1a\n",
        PATH: article("Links", body=body)}, dedent_yaml=False)
    code, output = run_in(root, "check")
    assert code == 1, output
    built, _ = run_in(root, "build")
    return lines, output, root, built


@pytest.mark.parametrize("name", REFUSED)
def test_a_deceptive_link_is_refused_at_its_line(judged: tuple[dict[str, int], str, Path, int],
                                                 name: str) -> None:
    lines, output, _, _ = judged
    assert f"{PATH}:{lines[name]}: error: the link " in output, output


@pytest.mark.parametrize("name", KEPT)
def test_a_link_that_opens_what_it_shows_is_kept(judged: tuple[dict[str, int], str, Path, int],
                                                 name: str) -> None:
    lines, output, _, _ = judged
    assert f"{PATH}:{lines[name]}: error:" not in output, output


def test_a_page_is_read_too_and_nothing_is_published(
        judged: tuple[dict[str, int], str, Path, int]) -> None:
    _, output, root, built = judged
    assert ("content/index.md:3: error: the link shows help.test.example but opens"
            " evil.example (https://evil.example/home)") in output, output
    assert built == 1
    assert not (root / "site").exists() or not any((root / "site").rglob("*.html"))


SETTINGS = MINI_CONFIG + """\
nav:
  - Home: index.md
  - "https://help.test.example/nav": https://evil.example/nav
  - "Portal": https://help.test.example@evil.example/portal
copyright: '<a href="https://evil.example/c">https://help.test.example/copyright</a>'
extra:
  kb:
    brand:
      footer: '<a href="https://evil.example/f">www.test.example</a>'
      social:
        - label: "https://help.test.example/forum"
          url: https://evil.example/forum
  social:
    - icon: fontawesome/brands/github
      link: https://gith\u03bfb.com/test
      name: Our code
    - icon: fontawesome/brands/mastodon
      link: https://evil.example/m
      name: https://social.test.example/@support
  alternate:
    - name: English
      link: /en/
      lang: en
"""
"""mkdocs.yml's shown links, each deceptive but the language link (line 32)."""
SETTING_LINES = {"nav[1][0].page": 15, "nav[2][0].page": 16, "copyright": 17,
                 "extra.kb.brand.footer": 21, "extra.kb.brand.social[0].url": 24,
                 "extra.social[0].link": 27, "extra.social[1].link": 30}
CONTACT = """company: Test Ltd
email: support@test.example
lines:
  - label: Support
    number: +44 20 7946 0958
    timezone: Europe/London
    hours: {monday: 09:00-17:00}
social:
  - label: "https://help.test.example/forum"
    url: https://evil.example/forum
  - label: Forum
    url: https://community.test.example
"""
TEAM = """name: Ann Lee
role: Support
links:
  - label: "https://help.test.example/notes"
    url: https://evil.example/notes
  - label: Notes
    url: https://h\u0435lp.test.example/notes
  - label: "https://www.ann-lee.example"
    url: https://ann-lee.example/
"""
DATA_LINES = {"content/_data/contact.yml:10: error: social[0].url: the link": True,
              "content/_data/contact.yml:12: error:": False,
              "content/team/ann-lee.yml:5: error: links[0].url: the link": True,
              "content/team/ann-lee.yml:7: error: links[1].url: the link": True,
              "content/team/ann-lee.yml:9: error:": False}
"""Where the contact data and a team profile are refused (True) or not."""


@pytest.fixture(scope="module")
def settings_checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One `kbgen check` of a project whose mkdocs.yml has every deceptive setting."""
    root = tmp_path_factory.mktemp("deceptive-settings")
    write_files(root, {"mkdocs.yml": SETTINGS, "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/index.md": "# Home\n",
                       "content/articles/billing/a.md": article("Paying")}, dedent_yaml=False)
    code, output = run_in(root, "check")
    assert code == 1, output
    return output


@pytest.mark.parametrize("key", SETTING_LINES)
def test_a_deceptive_setting_is_refused_at_its_line(settings_checked: str, key: str) -> None:
    assert f"mkdocs.yml:{SETTING_LINES[key]}: error: {key}: the link " in settings_checked, (
        settings_checked)


def test_a_language_link_of_the_site_is_kept(settings_checked: str) -> None:
    assert "extra.alternate" not in settings_checked, settings_checked


@pytest.fixture(scope="module")
def data_checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One `kbgen check` of a project whose contact data and team profile have links."""
    root = tmp_path_factory.mktemp("deceptive-data")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/index.md": "# Home\n", "content/_data/contact.yml": CONTACT,
                       "content/team/ann-lee.yml": TEAM,
                       "content/articles/billing/a.md": article("Paying")}, dedent_yaml=False)
    return run_in(root, "check")[1]


@pytest.mark.parametrize("where", DATA_LINES)
def test_a_deceptive_data_link_is_refused_at_its_line(data_checked: str, where: str) -> None:
    assert (where in data_checked) is DATA_LINES[where], data_checked


def test_a_deceptive_link_an_extension_includes_is_refused(tmp_path: Path) -> None:
    """`pymdownx.snippets` puts a file's links into the page after the gate read the source:
    the page as rendered is judged too, and nothing is published."""
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - pymdownx.snippets\n",
        "content/_data/categories.yml": MINI_CATEGORIES, "content/index.md": "# Home\n",
        "notes/links.md": ("Pay at [https://help.test.example/pay](https://evil.example/pay).\n\n"
                           "Or at <https://help.test.example@evil.example/>.\n"),
        PATH: article("Links", body='## Symptoms\n\nIt fails.\n\n--8<-- "notes/links.md"\n')},
        dedent_yaml=False)
    code, output = run_in(tmp_path, "build")
    assert code == 1, output
    for problem in ("the link shows help.test.example but opens evil.example",
                    "the link to evil.example has 'help.test.example' before an @"):
        assert f"{PATH}: error: {problem}" in output, output
    assert "(in text a Markdown extension included into the page" in output
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").rglob("*.html"))
