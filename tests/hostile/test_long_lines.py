"""A long line packed with values (thousands of private addresses, digests, tokens in URLs,
phone numbers or e-mail addresses on one line, well under the size limit) is judged in one
pass: the gate's work grows with the line's length, not with its square. Work is counted
(characters handed to the gate's patterns, function calls made), never timed: four times the
values may cost at most GROWTH times the work (main's judge, at 120 and 480 values), the count
at 480 made only when 240 values cost over DOUBLING times 120's (the bound it holds a quadratic
term to is in DOUBLING's note; test_the_judge_* show it on made-up counts)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from contextlib import ExitStack

import pytest

from kbgen.core import (
    default_networks,
    examples,
    ids,
    names,
    privacy,
    published_passwords,
    surroundings,
    url_parts,
)
from kbgen.core.privacy import Allowed, scan
from tests.work import calls_made, characters_scanned

SHAPES = {
    "private addresses in URLs": "http://192.168.{a}.{b}:8080/x",
    "localhost URLs": "http://localhost:{a}{b}/x",
    "digests": "sha{a}x{b} 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a{a}{b}",
    "tokens in URLs": "https://x.example.com/p?id={a}{b}&token=Zq8v{a}Lm2{b}Xp9Rt4Kw7Nn3Bb6",
    "addresses": "user{a}x{b}@corp-{a}.com",
    "phone numbers": "+44 20 7946 {a:02d}{b:02d}",
    "secret flags": "--secret id=S{a}x{b},src=f{a}x{b}.txt",
    "passwords in URLs": "https://u{a}x{b}:pass{a}x{b}word@db{a}.acme-corp.com/x",
    "SSH algorithms": "umac-{a}-{b}-etm@openssh.com",
    "punctuated passwords in URLs": "db://u{a}:Kq9!{a}x{b}$@db{a}.acme-corp.com/x",
    "written flag values": "-e API_KEY=Kq9x!{a}Zr{b} --secret PW=\"Hunter{a}!x{b}\"",
    "home network addresses": "192.168.{a}.{b}",
    "xkcd passphrases": "pw{a}x{b}='correct horse battery staple'",
    "keys in URL paths": "https://www.youtube.com/channel/UCZq8v{a:03d}Lm2{b:03d}Xp9Rt4Kw7Nn",
    "default passwords": "the default password: Kq9x{a}Zr{b}Wm,",
    "bracketed example addresses": "DNS (e.g., 10.{a}.0.{b}, 10.{a}.1.{b})",
    "bcrypt digests": "s{a}x{b}: $2y$05$D4SPFxzfWKcx1OXfVhRbvOTH/QB0Lm6AXTk8.NOmU4rPLX2t6UU{a}{b}",
    "joined-word passwords": "db{a}_password=Jane{b}DatabasePassword u{a}_password: 'Sun-Garden'",
    "label phrases": "password of the server {a}x{b}: Kq9x{a}Zr{b}Wm login for the NAS: a /",
    "HTML password tables": "<table><tr><th>Password</th></tr><tr><td>Kq9x{a}Zr{b}</td></tr>"
                            "<tr><td>DB_PASSWORD</td><td>Sun{a}x{b}</td></tr></table>",
    "walkthrough passwords (fq52)": "In this example the app password is: Kq9x{a}Zr{b}Wm.",
    "stand-in URL users (fq52)": "https://examplePublicKey@o{a}x{b}.ingest.sentry.io/0",
    "standard names (fq52)": "client_secret: OAuth2 client secret {a}x{b}.",
    "values called the example's": "In this example the app password is: Kq9x{a}Zr{b}Wm"
                                    " (`Kq9x{a}Zr{b}Wm` in the above example).",
    "defaults named after the product": "image: lscr.io/linuxserver/kasm the default users are"
                                        " admin{a}x{b}@kasm.local,",
    "hosts built on a supposed name": "Let's assume we get `host{a}x{b}` so our url is"
                                      " host{a}x{b}.duckdns.org.",
    "cells saying empty": "| `KEY{a}x{b}` | *(empty)* |",
    "bracketed example hosts": "name (e.g., `fs{a}x{b}.corp.local`)",
    "new readers' shapes (fixhost66)": "passport number C01X{a:02d}{b:03d}; our office 52.{a:02d}"
                                       "{b:03d}, 4.89221 <path d=\"M 12.{a:02d}{b:03d},2.25000 L"
                                       " 21.75,12.0 L 1.5,2.5 Z\"/> Revoke the token \"ci-{a}x"
                                       "{b}\" Cash App $AAPL @type",
}
GATE_MODULES = tuple(importlib.import_module(f"{privacy.__name__}.{module.name}")
                     for module in pkgutil.iter_modules(privacy.__path__))
"""The gate's modules (the kbgen.core.privacy package), whose patterns are counted."""
SMALL, MIDDLE, LARGE = 120, 240, 480
"""Values on the line: n, 2n and 4n."""
GROWTH = 5
"""How many times the work at SMALL values the work at LARGE may be (main's judge). Work
`k + a n + c n^2` fails once `158,400 c > 120 a + 4 k`: `c > a / 1320` with no constant. A
step (a reader on only past the 100th value, phones' `00` read as `+`) is past at 120."""
DOUBLING = 2.1
"""How many times the work at SMALL values the work at MIDDLE may be before LARGE is counted.
Work `k + a n + c n^2` goes past it once `27,360 c > 12 a + 1.1 k`; every work GROWTH fails
does so while `k < 21 a` (a constant of 21 values' work: the article around the line is a
title), so the judge is main's, counting 360 values instead of 600 for nearly every shape (on
m67 2 of 35 count 480: the home network's and fixhost66's shapes, 2.09x and 2.17x)."""


def _article(shape: str, count: int) -> str:
    values = " ".join(shape.format(a=i // 250, b=i % 250) for i in range(count))
    return f"---\ntitle: T\n---\n\nFor example, {values}\n"


def _work(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """Characters the gate's patterns were handed, and calls made, scanning `text`."""
    with ExitStack() as stack:
        counts = [stack.enter_context(characters_scanned(monkeypatch, module))
                  for module in (*GATE_MODULES, surroundings, names, url_parts, examples, ids,
                                 default_networks, published_passwords)]
        calls = calls_made(lambda: scan(text, Allowed()))
    return sum(count.total for count in counts), calls


def grows_too_fast(counts: Callable[[int], float]) -> bool:
    """Work counted at SMALL and LARGE values (`counts(values)`) grows more than GROWTH times;
    LARGE is counted only when MIDDLE costs more than DOUBLING times SMALL."""
    small = counts(SMALL)
    return counts(MIDDLE) > DOUBLING * small and counts(LARGE) > GROWTH * small


def _assert_work_grows_linearly(monkeypatch: pytest.MonkeyPatch,
                                text_of: Callable[[int], str]) -> None:
    """The characters and the calls of the gate at four times the values (`text_of(count)`)
    are at most GROWTH times those at SMALL (grows_too_fast). The detectors' one-time set-up
    (a first small scan) is not counted."""
    scan(text_of(3), Allowed())
    counted: dict[int, tuple[int, int]] = {}

    def work(values: int) -> tuple[int, int]:
        if values not in counted:
            counted[values] = _work(monkeypatch, text_of(values))
        return counted[values]

    assert work(SMALL)[1] > SMALL and work(SMALL)[0] > SMALL  # the values were judged
    grown = [what for index, what in enumerate(("characters", "calls"))
             if grows_too_fast(lambda values: work(values)[index])]
    assert not grown, f"from {SMALL} to {LARGE} values the gate's {grown} grew over" \
                      f" {GROWTH}x: {counted}"


def _synthetic(linear: float, quadratic: float, constant: float = 0) -> Callable[[int], float]:
    return lambda n: constant + linear * n + quadratic * n * n


@pytest.mark.parametrize("linear", [1, 37, 5_000])
@pytest.mark.parametrize("constant", [0, 1, 10, 20])
def test_the_judge_fails_a_quadratic_term_at_mains_bound(linear: int, constant: int) -> None:
    """Main's bound, `158,400 c > 120 a + 4 k`, with the constant `k` up to 20 values' work."""
    bound = (120 * linear + 4 * constant * linear) / 158_400
    assert grows_too_fast(_synthetic(linear, bound * 1.01, constant * linear))
    assert not grows_too_fast(_synthetic(linear, bound * 0.99, constant * linear))


@pytest.mark.parametrize(("linear", "constant"), [(1, 0), (50, 0), (50, 10_000), (3, 1)])
def test_the_judge_passes_linear_work(linear: int, constant: int) -> None:
    assert not grows_too_fast(_synthetic(linear, 0, constant))


@pytest.mark.parametrize("shape", list(SHAPES.values()), ids=list(SHAPES))
def test_the_gates_work_grows_with_the_lines_length(monkeypatch: pytest.MonkeyPatch,
                                                    shape: str) -> None:
    _assert_work_grows_linearly(monkeypatch, lambda count: _article(shape, count))


PARAGRAPHS = {
    "private addresses": "10.0.{a}.{b}",
    "tokens": "ghp_Zq8vLm2Xp9Rt4Kw7Nn3Bb6Yc5Ud1Ef0G{a:02d}{b:03d}",
}
"""Values one a paragraph, under no heading: each paragraph's section heading was looked for
by reading back over every line before it."""


def _paragraphs(shape: str, count: int) -> str:
    values = "\n\n".join(shape.format(a=i // 250, b=i % 250) for i in range(count))
    return f"---\ntitle: T\n---\n\n{values}\n"


@pytest.mark.parametrize("shape", list(PARAGRAPHS.values()), ids=list(PARAGRAPHS))
def test_the_gates_work_grows_with_the_number_of_paragraphs(monkeypatch: pytest.MonkeyPatch,
                                                            shape: str) -> None:
    _assert_work_grows_linearly(monkeypatch, lambda count: _paragraphs(shape, count))


def _dot_joined(count: int) -> str:
    words = ".".join(f"Zq8vLm2Xp9Rt4Kw7Nn3Bb6Yc5U{i:04d}" for i in range(count))
    return f"---\ntitle: T\n---\n\nFor example, {words}\n"


def test_the_gates_work_grows_with_a_long_words_length(monkeypatch: pytest.MonkeyPatch) -> None:
    # base64 joined by dots (JWT-like), no space: each value was read to the word's end to ask
    # whether it stood in a table's id column
    _assert_work_grows_linearly(monkeypatch, _dot_joined)


def _key_headers(count: int) -> str:
    headers = " ".join(["-----BEGIN RSA PRIVATE KEY-----"] * count)
    return f"---\ntitle: T\n---\n\nFor example, {headers} -----END RSA PRIVATE KEY-----\n"


def test_the_gates_work_grows_with_the_number_of_key_headers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # each header's block was read to the footer at the line's end for key material
    _assert_work_grows_linearly(monkeypatch, _key_headers)
