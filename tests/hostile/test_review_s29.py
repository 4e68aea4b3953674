"""Hostile review 29: variants of the misses of review 28 as classes, and the acceptance rules
attacked (ids, output fences, development servers, userinfo, `allow_networks`, per-line
markers).

Every hostile article and copied file sits in one project, checked once: `kbgen check` names
each with the kind expected and exits 1. The benign ones sit in it too and must pass. A build
keeps pictures from the site's own host (`site_url`) and drops other sites' pictures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.review_cases import (
    ArticleCase,
    FileCase,
    assert_file_judged,
    check_cases,
    misjudged,
)

KEY = "AbC9dEf2Gh7Kq1Lm"
"""The first half of a key split over two lines."""

# (case, extra front matter, article body, kind of the error expected, or None: passes)
ARTICLES: list[ArticleCase] = [
    # a key split over two lines, its second half random lower-case letters
    ("split key, lower-case second half, then prose", "",
     f"The token is {KEY}\nwxyzqrstuvmnop and then it worked.\n", "API key or token"),
    ("split key, short lower-case second half", "",
     "curl -H \"X-Api: 9f8Kq2LmX7vN4pA\nqwrtzpl then\" https://api.acme-corp.io\n",
     "API key or token"),
    # passwords in prose
    ("password with 's", "", "My password's hunter2x! if you need it.\n", "password or secret"),
    ("password for something is", "", "My password for the portal is hunter2x!\n",
     "password or secret"),
    ("password I set is", "", "The password I set is Hunter2x! for now.\n",
     "password or secret"),
    ("password is set to", "", "The password is set to hunter2x! again.\n",
     "password or secret"),
    ("password was changed to", "", "The password was changed to Hunter2x! today.\n",
     "password or secret"),
    ("password with an em dash", "", "Password \u2014 hunter2x!\n", "password or secret"),
    ("password asked and answered", "", "Password? hunter2x!\n", "password or secret"),
    ("password in German prose", "", "Das Passwort ist hunter2x! fuer alle.\n",
     "password or secret"),
    ("password in French prose", "", "Le mot de passe est hunter2x! pour tous.\n",
     "password or secret"),
    ("password for a thing named by a noun", "",
     "My password for the files share is Hunter2x! today.\n", "password or secret"),
    ("password in bold prose", "", "The **password** is now `hunter2x!`.\n",
     "password or secret"),
    # e-mail addresses spelt out
    ("address with plain at and a real domain", "", "Write to jane at gmail.com today.\n",
     "e-mail address"),
    ("address with (at) and a real dot", "", "Write to jane (at) gmail.com today.\n",
     "e-mail address"),
    ("address with (at) and (dot)", "", "Write to jane (at) gmail (dot) com today.\n",
     "e-mail address"),
    ("address with dashes", "", "Write to jane -at- gmail -dot- com today.\n",
     "e-mail address"),
    ("address with underscores", "", "Write to jane_at_gmail_dot_com today.\n",
     "e-mail address"),
    ("address with guillemets", "", "Write to jane \u00abat\u00bb gmail \u00abdot\u00bb com.\n",
     "e-mail address"),
    ("address with percent signs", "", "Write to jane %at% gmail %dot% com today.\n",
     "e-mail address"),
    ("address with (a)", "", "Write to jane (a) gmail.com today.\n", "e-mail address"),
    ("address with arroba and punto", "", "Escribe a jane arroba gmail punto com hoy.\n",
     "e-mail address"),
    ("address with period", "", "Write to jane at gmail period com today.\n",
     "e-mail address"),
    ("address with d0t", "", "Write to jane at gmail d0t com today.\n", "e-mail address"),
    ("address with spaced @ and dot", "", "Write to jane @ gmail dot com today.\n",
     "e-mail address"),
    ("address with spaced dots", "", "Write to jane at gmail . com today.\n",
     "e-mail address"),
    ("address letters spaced out", "", "Write to j a n e @ g m a i l . c o m today.\n",
     "e-mail address"),
    ("user name at a company's domain", "", "Write to jane.doe at acme-corp.co.uk today.\n",
     "e-mail address"),
    # hosts written as numbers
    ("host as hex integer", "", "Open http://0xC0A80001/admin to see it.\n",
     "internal IP address"),
    ("host as decimal integer", "", "Open http://3232235521/admin to see it.\n",
     "internal IP address"),
    ("host in octal parts", "", "Open http://0300.0250.0.1/admin to see it.\n",
     "internal IP address"),
    ("host in hex parts", "", "Open http://0xc0.0xa8.0x00.0x01/admin to see it.\n",
     "internal IP address"),
    ("host in two parts", "", "Open http://10.1:8080/admin to see it.\n",
     "internal IP address"),
    ("loopback as an integer after a user name", "",
     "Open http://admin@2130706433/ to see it.\n", "internal IP address"),
    # UTF-7
    ("address with its @ in UTF-7", "", "Write to jane+AEA-gmail.com today.\n",
     "e-mail address"),
    ("address wholly in UTF-7", "",
     "Write to +AGoAYQBuAGUAQABnAG0AYQBpAGwALgBjAG8AbQ- today.\n", "e-mail address"),
    ("phone number in UTF-7", "",
     "Call +ACsANAA0ACAANwA5ADEAMQAgADEAMgAzADQANQA2- today.\n", "phone number"),
    # text carried by invisible characters
    ("address in Unicode tag characters", "",
     "Contact us here" + "".join(chr(0xE0000 + ord(ch)) for ch in "jane.private@gmail.com")
     + ".\n", "e-mail address"),
    ("address in variation selectors after an emoji", "",
     "Nice \U0001F600" + "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)
                                 for b in b"jane.private@gmail.com") + " day.\n",
     "e-mail address"),
    # identifiers that are credentials
    ("ULID-shaped bearer token", "", "Send `Bearer 01GQR4GR5TPQC65T5RMKR0HS87` with it.\n",
     "API key or token"),
    ("UUID-shaped bearer token", "",
     "Authorization: Bearer 3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b\n", "API key or token"),
    # digits and letters in other forms, other separators
    ("phone in dingbat digits", "", "Call +44 \u2790\u2792\u278a\u278a \u278a\u278b\u278c"
     "\u278d\u278e\u278f now.\n", "phone number"),
    ("phone with 00 for abroad", "", "Call 0044 7911 123456 now.\n", "phone number"),
    ("address in small capitals", "",
     "Mail \u1d0a\u1d00\u0274\u1d07.\u1d18\u0280\u026a\u1d20\u1d00\u1d1b\u1d07@gmail.com\n",
     "e-mail address"),
    ("card with underscores", "", "Card 4111_1111_1111_1111 was used.\n",
     "payment card number"),
    ("card with slashes", "", "Card 4111/1111/1111/1111 was used.\n", "payment card number"),
    ("IBAN with underscores", "", "Refund to GB82_WEST_1234_5698_7654_32 today.\n", "IBAN"),
    ("IBAN with slashes", "", "Refund to GB82/WEST/1234/5698/7654/32 today.\n", "IBAN"),
    ("a dated path and an order number", "",
     "See /archive/2026/08/07/1234/5678 and order 00123456789.\n", None),
    # values split by Markdown that a reader sees whole
    ("address split by a link", "",
     "Mail [jane.private](https://acme-corp.io/a)@gmail.com now.\n", "e-mail address"),
    ("phone split by a link", "", "Call +44 [7911](https://acme-corp.io/a) 123456 now.\n",
     "phone number"),
    ("address split by a footnote", "", "Mail jane.private[^1]@gmail.com now.\n\n[^1]: x\n",
     "e-mail address"),
    ("address split by an attribute list", "", "Mail jane.private{: .x }@gmail.com now.\n",
     "e-mail address"),
    # a marker on a line that an editor shows as two
    ("marker beside a line separator", "",
     "Regulator casework@ico.org.uk <!-- kb:allow email -->\u2028jane.private@gmail.com\n",
     "e-mail address"),
    # a form feed and a next-line character are refused at their line before the gate reads
    # the article (round 15, kbgen.core.control_characters): the address is not published
    ("marker beside a form feed", "",
     "Regulator casework@ico.org.uk <!-- kb:allow email -->\x0cjane.private@gmail.com\n",
     "a control character"),
    ("marker alone before a line with a next-line character", "",
     "<!-- kb:allow email -->\x85\nCall +44 7911 123456 or jane.private@gmail.com\n",
     "a control character"),
    # benign: prose that reads like the above
    ("bearer tokens in prose and placeholders", "",
     "Bearer tokens expire after 3600 seconds: send `Bearer YOUR_TOKEN_1234` or"
     " `Bearer <token>`.\n", None),
    ("a flag made of tag characters", "", "Go \U0001F3F4\U000E0067\U000E0062\U000E0073"
     "\U000E0063\U000E0074\U000E007F team!\n", None),
    ("sign in at a site", "", "Sign in at github.com to continue, or log in at outlook.com.\n",
     None),
    ("an account at a mail provider", "", "Create an account at gmail.com first.\n", None),
    ("a file name with at in it", "", "See `hosting-datasets-at-CSC.md` for more.\n", None),
    ("at, then a sentence", "", "It does not work at all. That is expected.\n", None),
    ("password rules in prose", "",
     "Your password is case-sensitive. The password must be at least 8 characters.\n", None),
    ("the password manager's name", "", "The password manager we use is 1Password8.\n", None),
    ("a secret's name in prose", "",
     "The pull secret used was `estivadores-secreto2-pull`.\n", None),
    ("a public host as an integer", "", "Open http://134744072/ to see it.\n", None),
    ("a machine id, then a sentence", "",
     "```output\nAttempting to failover 4d89649b460987\nRestarting machine 4d89649b460987\n```\n",
     None),
    ("C++ and plus signs", "", "Use C++ and a+b+c, or +Anything- in a sentence.\n", None),
]


UTF7_LOG = b"Escalate to jane.private+AEA-gmail.com\n"

# (copied file, bytes, what `kbgen check` says after "path: error: ", or None: passes)
FILES: list[FileCase] = [
    ("content/files/ticket-utf7.txt", UTF7_LOG, "e-mail address (j"),
    ("content/files/harmless.txt", b"C++ and a+b+c are fine.\n", None),
    # names
    ("content/files/jane.private@gmail.com.png", b"\x89PNG\r\n\x1a\n",
     "the file's name would publish a e-mail address (j***@g***.com)"),
    ("content/files/tel_+44_7911_123456.pdf", b"%PDF-1.4\n%%EOF\n",
     "the file's name would publish a phone number"),
    ("content/files/AKIA2OGYBAH6RXQ7K5PW.txt", b"x\n",
     "the file's name would publish a AWS access key"),
    ("content/files/ghp_R4nd0mT0k3nV4lu3sXyZ1234567890abcdEF.txt", b"x\n",
     "the file's name would publish a API key or token"),
    ("content/files/screenshot_2024_01_15_10_30_45.png", b"\x89PNG\r\n\x1a\n", None),
    ("content/files/logo.3f9a8b7c2d1e4f5a6b7c8d9e0f1a2b3c.png", b"\x89PNG\r\n\x1a\n", None),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    """(`kbgen check` exit code, its error lines) of one project holding every case."""
    return check_cases(tmp_path_factory.mktemp("review29"), ARTICLES, FILES)


def test_each_case_is_judged_as_expected(checked: tuple[int, list[str]]) -> None:
    code, errors = checked
    assert misjudged(ARTICLES, errors) == {}, errors
    assert code == 1


@pytest.mark.parametrize(("path", "expected"), [(path, expected) for path, _, expected in FILES],
                         ids=[path.rsplit("/", 1)[-1] for path, _, _ in FILES])
def test_copied_file_is_read(checked: tuple[int, list[str]], path: str,
                             expected: str | None) -> None:
    assert_file_judged(checked[1], path, expected)


def test_values_are_not_printed(checked: tuple[int, list[str]]) -> None:
    _, errors = checked
    text = "\n".join(errors)
    assert "hunter2x" not in text and "Hunter2x" not in text
    assert KEY not in text and "3232235521" not in text


# --------------------------------------------------------------------- the site's own pictures


def test_pictures_from_the_sites_own_host_are_kept(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("![logo](https://help.test.example/img/logo.png)\n\n"
            "<img src=\"https://help.test.example/img/chart.png\" alt=\"chart\">\n\n"
            "![pixel](https://tracker.example.net/p.png)\n\n"
            "![tricked](https://help.test.example@tracker.example.net/p.png)\n\n"
            "![look-alike](https://help.test.example.tracker.example.net/p.png)\n")
    write_files(tmp_path, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/wifi/pictures.md": article("Pictures", body=body)})
    monkeypatch.chdir(tmp_path)
    checked = CliRunner().invoke(cli, ["check"])
    warned = [line for line in checked.output.splitlines() if "a picture from another site" in line]
    assert len(warned) == 3 and not any("help.test.example/img" in line for line in warned), (
        checked.output)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "site/articles/wifi/pictures.html").read_text(encoding="utf-8")
    assert 'src="https://help.test.example/img/logo.png"' in page
    assert 'src="https://help.test.example/img/chart.png"' in page
    assert "tracker.example.net" not in page.split("<article", 1)[1].split("</article>", 1)[0]


# --------------------------------------------------------------------- theme options


def test_a_theme_option_a_template_shows_is_checked(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    config = MINI_CONFIG.replace("theme:\n  name: material", "theme:\n  name: material\n"
                                 "  custom_dir: overrides\n"
                                 "  support_email: jane.private@gmail.com")
    write_files(tmp_path, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                           "overrides/main.html": "{% extends 'base.html' %}{% block footer %}"
                           "Mail {{ config.theme.support_email }}{% endblock %}",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/wifi/a.md": article("A")})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code != 0
    assert "mkdocs.yml:8: error: e-mail address (j***@g***.com) would be published" in (
        result.output), result.output
    assert not (tmp_path / "site").exists()


# --------------------------------------------------------------------- files included by snippets

SNIPPETS = MINI_CONFIG + "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['.']\n"
BENIGN_BODY = ("Complaints go to the regulator, casework@ico.org.uk.\n\n"
               "Our test line is +44 7700 900123. <!-- kb:allow phone -->\n\n"
               "```output\nID                          STATE\n"
               "01GQR4GR5TPQC65T5RMKR0HS87  started\n```\n\n"
               "SHA-256 hash: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\n"
               "Mail name@example.com or call 020 7946 0958.\n\n"
               "--8<-- \"notes/steps.md\"\n")


def _build(root: Path, steps: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    write_files(root, {"mkdocs.yml": SNIPPETS, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "notes/steps.md": steps,
                       "content/articles/wifi/steps.md": article("Steps", body=BENIGN_BODY)})
    monkeypatch.chdir(root)
    result = CliRunner().invoke(cli, ["build"])
    return result.exit_code, result.output


def test_a_snippet_holding_an_address_stops_the_build(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = _build(tmp_path, "Escalate to jane.private@gmail.com first.\n", monkeypatch)
    assert code != 0
    assert ("content/articles/wifi/steps.md: error: e-mail address (j***@g***.com) would be"
            " published by text a Markdown extension included into the page") in output, output
    assert "jane.private" not in output
    assert not (tmp_path / "site/articles/wifi/steps.html").exists()


def test_a_harmless_snippet_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = _build(tmp_path, "Hold the reset button for 10 seconds.\n", monkeypatch)
    assert code == 0, output
    page = (tmp_path / "site/articles/wifi/steps.html").read_text(encoding="utf-8")
    assert "Hold the reset button" in page
