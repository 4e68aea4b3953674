"""Links whose text shows a third party's host without a scheme (`[paypal.com](https://evil/)`,
`[login.paypal.com](…)`), whose title shows another address on hover, or an SVG link's
`xlink:href` (kept by the sanitiser) opening another site: published on main, now errors at
their line (kbgen.core.deceptive_links). A host is one under a delegated top-level domain
with a registrable label (the Public Suffix List); it is read as a site when it has three
labels or more, or when the link opens a site's front page. An address or title that
attr_list sets (`[https://paypal.com](https://paypal.com){href="https://evil/"}`) is judged
beside the written one: either deceiving is refused. File names, versions, settings,
container images and hosts of the same owner stay.
One `kbgen check` judges every case."""

from __future__ import annotations

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import case_paragraphs, first_link_row, run_in

REFUSED = {
    "front page": "Pay at [paypal.com](https://evil.example/).",
    "capitals, no slash": "Pay at [PayPal.com](https://evil.example).",
    "bold, query": "Pay at [**paypal.com**](https://evil.example/?ref=mail).",
    "subdomain": "Sign in at [login.paypal.com](https://evil.example/login).",
    "two-label suffix": "Pay at [secure.paypal.co.uk](https://evil.example/pay).",
    "subdomain and path": "Sign in at [login.paypal.com/signin](https://evil.example/signin).",
    "final dot": "Pay at [paypal.com.](https://evil.example/)",
    "html": '<p>Pay at <a href="https://evil.example/">paypal.com</a></p>',
    "html subdomain": '<p>Pay at <a href="https://evil.example/h">www2.paypal.com</a></p>',
    "reference": "Pay at [paypal.com][p].\n\n[p]: https://evil.example/",
    "idn": "Bestellen bei [bücher.de](https://evil.example/).",
    "german bank": "Melden Sie sich bei [banking.sparkasse.de](https://evil.example/de) an.",
    "japanese": "ログインは[login.paypal.com](https://evil.example/jp)から。",
    "table cell": ("| Portal | Link |\n|---|---|\n"
                   "| Pay | [login.paypal.com](https://evil.example/t) |"),
    "protocol-relative": "Sign in at [login.paypal.com](//evil.example/x).",
    "fullwidth dots": "Sign in at [login\u3002paypal\u3002com](https://evil.example/dots).",
    "list item": "1. Open [account.paypal.com](https://evil.example/list).",
    "zero-width space": "Pay at [pay\u200bpal.com](https://evil.example/).",
    "soft hyphen": "Pay at [pay\u00adpal.com](https://evil.example:8443/).",
    "look-alike letters shown": "Pay at [p\u0430ypal.com](https://evil.example/).",
    "title url": 'Pay [here](https://evil.example/pay "https://www.paypal.com/pay").',
    "title www, parentheses": "Pay [here][w].\n\n[w]: https://evil.example/p (www.paypal.com)",
    "title single quotes": "Pay [here](https://evil.example/q 'https://paypal.com').",
    "title of a definition": 'Pay [here][t].\n\n[t]: https://evil.example/t "https://paypal.com"',
    "title mailbox": 'Write [to us](https://evil.example/m "support@paypal.com").',
    "title bare front page": 'Pay [here](https://evil.example/ "paypal.com").',
    "html title": ('<p><a href="https://evil.example/ht" title="https://paypal.com/help">'
                   "Help</a></p>"),
    "svg xlink": ('<svg viewBox="0 0 9 9"><a xlink:href="https://evil.example/x">'
                  "<text>https://paypal.com</text></a></svg>"),
    "attr_list address": ('Pay at [https://paypal.com/pay](https://paypal.com/pay)'
                          '{href="https://evil.example/a"}.'),
    "attr_list autolink": 'Pay at <https://paypal.com/pay>{href="https://evil.example/b"}.',
    "attr_list title": 'Pay [here](https://evil.example/c){title="https://www.paypal.com/help"}.',
    "attr_list on a reference": ("Pay at [https://paypal.com/r][pp]"
                                 "{: href=https://evil.example/r }.\n\n"
                                 "[pp]: https://paypal.com/r"),
    "svg href": '<svg viewBox="0 0 9 9"><a href="https://evil.example/y">https://paypal.com</a></svg>',
    # an attr_list's honest href does not make the written one honest: Python-Markdown drops
    # the list when another extension touched its text first (rev65)
    "attr_list honest href": ('Pay at [https://paypal.com](https://evil.example/h)'
                              '{href="https://paypal.com"}.'),
    "attr_list honest href, marked": ('Pay at [https://paypal.com](https://evil.example/m)'
                                      '{href="https://paypal.com" data-x="==b=="}.'),
    "attr_list honest href, code": ('Pay [https://paypal.com](https://evil.example/e2)'
                                    '{ href="https://paypal.com" title="`x`" }.'),
}
"""Links that must be refused, each alone in a paragraph of one article."""
KEPT = {
    "readme": "Read [README.md](https://github.com/kb/kb/blob/main/README.md).",
    "version": "See [v1.2.3](https://github.com/kb/kb/releases/tag/v1.2.3).",
    "node": "Install [node.js](https://nodejs.org/en).",
    "script": "Run [build.py](https://github.com/kb/kb/blob/main/build.py).",
    "tool named as a host": "Use [acme.sh](https://github.com/acmesh-official/acme.sh).",
    "product named as a host": "Try [Mastodon.py](https://github.com/halcy/Mastodon.py).",
    "setting": "Set [theme.name](https://www.mkdocs.org/user-guide/configuration/#theme).",
    "same owner": "Use [time.google.com](https://developers.google.com/time/).",
    "same site": "Pay at [paypal.com](https://www.paypal.com/).",
    "host in code": "Use [`time.other.example.com`](https://other.example/ntp).",
    "container image": "Pull [ghcr.io/kb/kb](https://github.com/kb/kb/pkgs/container/kb).",
    "underscore": "Open [vitamin_e.com](https://files.example/vitamin_e.com).",
    "no top-level domain": "Read the [F.A.Q](https://other.example/).",
    "file at a front page": "Edit [config.yml](https://other.example/).",
    "title of the same site": 'Pay [here](https://paypal.com/pay "https://www.paypal.com/help").',
    "title in words": 'Pay [here](https://other.example/p "Pay your bill").',
    "title naming a site in prose": ('Read [the docs](https://docs.other.example/x'
                                     ' "The docs of other.example").'),
    "html title of the same address": ('<p><a href="https://other.example/x"'
                                       ' title="https://other.example/x">x</a></p>'),
    "attr_list class": "Pay at [https://paypal.com/pay](https://paypal.com/pay){ .md-button }.",
    "attr_list same site": ('Pay at [https://paypal.com/p](https://paypal.com/p)'
                            '{href="https://www.paypal.com/p" title="https://paypal.com"}.'),
    "title bare host, a page": 'Pay [here](https://evil.example/a "paypal.com").',
}
"""Links that open what they show (or show no address): no error at their line."""
PATH = "content/articles/billing/links.md"
BODY_LINE = 8
"""The body's first line in `article()`."""


def _body() -> tuple[str, dict[str, int]]:
    """The article's body and the line of each case's link."""
    return case_paragraphs({**REFUSED, **KEPT}, first_link_row, BODY_LINE + 4)


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, int], str]:
    """One `kbgen check` of a project holding every case: the lines and the output."""
    root = tmp_path_factory.mktemp("bare-hosts")
    body, lines = _body()
    write_files(root, {"mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - attr_list\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/index.md": "# Home\n", PATH: article("Links", body=body)},
                dedent_yaml=False)
    code, output = run_in(root, "check")
    assert code == 1, output
    return lines, output


@pytest.mark.parametrize("name", REFUSED)
def test_an_address_shown_without_a_scheme_or_on_hover_is_judged(
        judged: tuple[dict[str, int], str], name: str) -> None:
    lines, output = judged
    assert f"{PATH}:{lines[name]}: error: the link" in output, output


@pytest.mark.parametrize("name", KEPT)
def test_a_name_that_is_no_address_is_kept(judged: tuple[dict[str, int], str],
                                           name: str) -> None:
    lines, output = judged
    assert f"{PATH}:{lines[name]}: error:" not in output, output


def test_the_messages_name_what_is_shown_and_where(judged: tuple[dict[str, int], str]) -> None:
    lines, output = judged
    assert (f"{PATH}:{lines['front page']}: error: the link shows paypal.com but opens"
            " evil.example (https://evil.example/)") in output
    assert (f"{PATH}:{lines['title url']}: error: the link's title (shown on hover) shows"
            " www.paypal.com but opens evil.example (https://evil.example/pay)") in output
    assert (f"{PATH}:{lines['title mailbox']}: error: the link's title (shown on hover) shows"
            " …@paypal.com but opens evil.example") in output  # the mailbox's name masked
