"""A hostile review of fp52's, fq52's and fh52's accepting rules (issue 19, rev53): a real
customer's password, host, address, e-mail or token dressed in each rule's shape (a person's
possessive with an accented letter, a person named by a title, an event told in a verb the
rules' lists lacked, a claim of present use, the writer's own in German, a repeat under a
ticket two paragraphs up, a machine named under a product's zone, a passphrase with `for` or
`from`, a key carried in a provider's endpoint, a secret gist) stays a finding on its line.
The documentation shapes the rules were written for still pass, with the folded rule's one
reason for the walkthroughs' sentences. Each leak is also a row `(rev53)` of
bench/gatecorpus/hostile.yml (counted by bench/gate.py and test_gate_precision). Each rule's
long line or block is judged in one pass."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Finding, called_examples, scan
from tests.core.test_gate_fp52 import APP_PASSWORD, NCPASSWORD
from tests.core.test_gate_fq52 import WALKTHROUGH
from tests.hostile.test_long_lines import _assert_work_grows_linearly

PASSWORD, TOKEN, EMAIL = "password or secret", "API key or token", "e-mail address"
HOST, ADDRESS = "internal hostname", "internal IP address"

LEAKS: dict[str, tuple[str, str, int]] = {
    # called_examples (bracket and phrase)
    "a bracketed host a person's staff use": (
        "Open the share on the file server (`files01.muller-haus.lan` in this example) that"
        " Müller's staff use daily.", HOST, 1),
    "a bracketed address a titled person owns": (
        "Open the NAS (`192.168.77.20` in this example), the one Frau Schmidt keeps at home.",
        ADDRESS, 1),
    "an example's sentence naming a titled person": (
        "In this example the app password is: `Kq8vTz2mWx9p` (Frau Müller generated it for the"
        " shop).", PASSWORD, 1),
    "an example's password that still opens a panel": (
        "In this example the app password that user jdoe generated is: `Kq8vTz2mWx9p`; it still"
        " opens the shop's admin panel.", PASSWORD, 1),
    # the walkthrough's demonstration (walkthrough_values, folded)
    "a Spanish demonstration's password a titled person uses": (
        "En este ejemplo la contraseña de aplicación es: `Kq8vTz2mWx9p`, la que la Sra. López"
        " usa.", PASSWORD, 1),
    "a German demonstration's password said to be the writer's own": (
        "In diesem Beispiel ist das App-Passwort: `Kq8vTz2mWx9p` (mein echtes).", PASSWORD, 1),
    "a demonstration's password a team with an accented name uses": (
        "In this case the app password is: `Kq8vTz2mWx9p`, the one José's team uses.",
        PASSWORD, 1),
    "a French demonstration's password sent by a titled person": (
        "Dans cet exemple, le mot de passe est : `Kq8vTz2mWx9p`, envoyé par Mme Dubois.",
        PASSWORD, 1),
    # product_defaults
    "a machine named under the product's zone": (
        "# Kasm\n\nThe default users are:\n\n* finance-db01.kasm.local (Herr Müller's desk)",
        HOST, 5),
    "a machine under the zone after a default's sentence": (
        "# [linuxserver/kanboard](https://github.com/linuxserver/docker-kanboard)\n\nBy default,"
        " emails go to payroll-nas.kanboard.local", HOST, 3),
    # supposed_names
    "a supposed host repeated under a ticket two paragraphs up": (
        "Let's assume we get `muellerhaus` so our url will be `muellerhaus.duckdns.org`.\n\n"
        "## Support\n\nTicket #4821 from Acme GmbH.\n\nTheir router:\n\n```\nping"
        " nas.muellerhaus.duckdns.org\n```", HOST, 10),
    "a supposed host on a line with an accented possessive": (
        "Let's assume we get `gardenia` so the url will be `gardenia.duckdns.org`.\n\nThat is"
        " Zoë's NAS at gardenia.duckdns.org.", HOST, 3),
    # example_hosts
    "an e.g. host repeated under a ticket two paragraphs up": (
        "Create a Network resource with the internal domain name (e.g., `fileserver.muller.lan`)"
        ".\n\n## Notes\n\nTicket #4821 from Acme GmbH.\n\nTheir log:\n\n```\nresolve"
        " fileserver.muller.lan failed\n```", HOST, 10),
    # default_rows
    "a default row still in use at a site": (
        "| Parameter | Function |\n| :----: | --- |\n| `INTERNAL_SUBNET=10.13.13.0` | By default;"
        " still in use at the Weber site. |", ADDRESS, 3),
    # supposed_blocks
    "a supposition about a config the user emailed": (
        "Suppose the config the user emailed us:\n\n```json\n{\"ntp-servers\": [\"172.16.10.24\"]}"
        "\n```", ADDRESS, 4),
    "a supposition about a router with an accented possessive": (
        "Suppose we take José's router as it is:\n\n```json\n{\"gateway\": \"192.168.77.1\"}\n```",
        ADDRESS, 4),
    "a supposition about a titled person's router": (
        "Suppose we configure the router of Herr Weber:\n\n```json\n{\"gateway\":"
        " \"192.168.77.2\"}\n```", ADDRESS, 4),
    # placeholder_userinfo
    "a stand-in URL user on a line naming a titled person": (
        "SENTRY_DSN = \"https://myPublicKey@o123456.ingest.sentry.io/0\"  # Frau Müller's project",
        EMAIL, 1),
    # stand_in_phrases
    "a lower-case passphrase with from": (
        "```yaml\nadmin_password: \"secret-from-grandma\"\n```", PASSWORD, 2),
    "a lower-case passphrase with for and two names": (
        "password: \"key-for-paris-zoe\"", PASSWORD, 1),
    # credential_compounds
    "a provider's endpoint carrying a key in its path": (
        "matrix_synapse_ext_password_provider_rest_auth_endpoint:"
        " \"http://auth.example.org:41080/Kq8vTz2mWx9pLr4nQ7s8/\"", PASSWORD, 1),
    "a provider's endpoint carrying a token in its query": (
        "matrix_synapse_ext_password_provider_rest_auth_endpoint:"
        " \"http://corporal:41080/auth?access_token=Kq8vTz2mWx9pLr4n\"", PASSWORD, 1),
    # published_code_links
    "a secret gist": (
        "Here is the secret gist with the config:"
        " https://gist.github.com/lizthegrey/9c21673f33186a9cc775464afbdce820", TOKEN, 1),
    "a gist on a line with an accented possessive": (
        "- Zoë's notes <https://gist.github.com/lizthegrey/9c21673f33186a9cc775464afbdce820>",
        TOKEN, 1),
}


def _errors(text: str) -> set[tuple[int, str]]:
    return {(finding.line, finding.kind) for finding in scan(text) if not finding.advisory}


@pytest.mark.parametrize(("text", "kind", "line"), list(LEAKS.values()), ids=list(LEAKS))
def test_a_leak_riding_an_accepting_rule_is_found_on_its_line(text: str, kind: str,
                                                              line: int) -> None:
    assert (line, kind) in _errors(text)


@pytest.mark.parametrize("text", [NCPASSWORD, APP_PASSWORD, WALKTHROUGH],
                         ids=["bracket", "in this example", "in this case we use"])
def test_the_walkthroughs_sentences_pass_with_the_folded_rules_one_reason(text: str) -> None:
    explained: list[Acceptance] = []
    findings: list[Finding] = scan(text, explain=explained)
    assert findings == []
    assert called_examples.REASON in {acceptance.reason for acceptance in explained}


@pytest.mark.parametrize(("text", "line"), [
    # called_examples refused a value said to be real, walkthrough_values an event (both on
    # main); an event in a verb neither knew and a claim of use after the value (rev53)
    (APP_PASSWORD.replace("app password that user _ncuser1_  generated",
                          "password I use for my real account"), 1),
    (APP_PASSWORD.replace("that user _ncuser1_  generated", "the customer sent yesterday"), 1),
    (WALKTHROUGH.replace("that user _ncuser1_  generated", "that the user e-mailed"), 4),
    (WALKTHROUGH.replace("with password _1Hu9kgFsN_.", "with password _1Hu9kgFsN_ (still in"
                         " use)."), 2),
], ids=["real", "sent yesterday", "e-mailed", "still in use"])
def test_the_folded_rule_refuses_what_either_refused(text: str, line: int) -> None:
    assert line in {found_line for found_line, _ in _errors(text)}, scan(text)


def _letters(number: int) -> str:
    """`number` spelt in letters (`bcd`): names without digits, which the card detector reads."""
    return "".join(chr(ord("a") + int(digit)) for digit in str(number))


def _line(text: Callable[[int], str]) -> Callable[[int], str]:
    return lambda count: f"---\ntitle: T\n---\n\n{text(count)}\n"


SLOW_SHAPES: dict[str, Callable[[int], str]] = {
    "bracketed examples on a line": _line(lambda n: " ".join(
        f"Open (`fs{_letters(i)}.muller.lan` in this example)." for i in range(n))),
    "demonstration sentences on a line": _line(lambda n: " ".join(
        f"In this case the password is: `Kq8vTz2m{i:05d}x`." for i in range(n))),
    "a declared password repeated in a block": _line(lambda n: (
        "In this example the password is: `Kq8vTz2mWx9p`.\n\n```\n"
        + "".join(f"curl -u u{i}:Kq8vTz2mWx9p https://files.example/\n" for i in range(n))
        + "```")),
    "hosts under a product's zone": _line(lambda n: (
        "# Kasm\n\nThe default users are: " + " ".join(
            f"admin{i}@kasm.local" for i in range(n)))),
    "supposed hosts on a line": _line(lambda n: (
        "Let's assume we get `lindenhof` so the url will be `lindenhof.duckdns.org`.\n\n"
        + " ".join(f"h{i}.lindenhof.duckdns.org" for i in range(n)))),
    "cells saying empty in a row": _line(lambda n: "| `API_KEY` |" + "".join(
        " *(empty)* |" for _ in range(n))),
    "bracketed e.g. hosts on a line": _line(lambda n: " ".join(
        f"Use the internal domain name (e.g., `fs{_letters(i)}.corp.local`)." for i in range(n))),
    "default rows": _line(lambda n: "| Parameter | Function |\n| :----: | --- |\n" + "".join(
        f"| `INTERNAL_SUBNET=10.13.{i // 250}.{i % 250}` | The default. |\n"
        for i in range(n))),
    "a supposition's block of addresses": _line(lambda n: (
        "Suppose we want syslog servers:\n\n```json\n"
        + "".join(f"\"172.16.{i // 250}.{i % 250}\",\n" for i in range(n)) + "```")),
    "stand-in URL users on a line": _line(lambda n: " ".join(
        f"https://examplePublicKey@o{i}.ingest.sentry.io/0" for i in range(n))),
    "stand-in phrases on a line": _line(lambda n: " ".join(
        f"password{i}=\"secret-key-goes-here\"" for i in range(n))),
    "provider endpoints on a line": _line(lambda n: " ".join(
        f"password_provider_rest_auth_endpoint{i}: \"http://corporal:41080/_matrix/x{i}\""
        for i in range(n))),
    "gists on a line": _line(lambda n: " ".join(
        f"https://gist.github.com/u/{i:032x}" for i in range(n))),
}
"""Each rule's shape packed with values on one line or in one block (their CPU seconds at 400 and
1,600 values: bench/RESULTS.md, rev53)."""


@pytest.mark.parametrize("shape", list(SLOW_SHAPES.values()), ids=list(SLOW_SHAPES))
def test_the_gates_work_grows_linearly_with_each_rules_shape(
        monkeypatch: pytest.MonkeyPatch, shape: Callable[[int], str]) -> None:
    _assert_work_grows_linearly(monkeypatch, shape)
