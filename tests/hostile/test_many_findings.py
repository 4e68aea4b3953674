"""One line holding many findings is read in time linear in its length (issue 19, branch
dos35): no judgement of a value may read the value's whole line again (`pw: hunter2024 `
2,000 times on one line took 2 s of gate CPU, 8,000 times 28 s, when the placeholder-login
check read the line once a password; 2,000 cluster DNS addresses on a 22 kB line 7 s, when
each searched its line for DNS words).

The class is caught by counting work, never seconds (tests/work.py): every module-level
pattern of the gate's modules (kbgen.core, kbgen.core.privacy) counts the characters it is
given, at 100, 200 and 400 values; a reader linear in the line's length reads about twice as
much from 200 to 400 and adds twice what it added from 100 to 200, one that rereads the line
per value four times (a step, a reader that starts once the line holds enough of something,
passes: tests/work.py, faster_than_linear). Seconds for 1x/4x/16x
are in bench/hostile_shapes.py (MANY_FINDINGS)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import pytest

import kbgen.core
import kbgen.core.privacy
from kbgen.core.privacy import Allowed, scan
from tests.work import (
    LINEAR_SIZES,
    Scanned,
    _CountedPattern,
    faster_than_linear,
    grows_past_double,
)

B64 = "Zq8vLm2Xp9Rt4Kw7Nn3Bb6Yc5Ud1Ef0Gh2JsT4Wx8Qa"

MANY_FINDINGS: dict[str, tuple[str, Callable[[int], str]]] = {
    "passwords": ("", lambda i: f"pw: hunter{i:04d}"),
    "passwords after password=": ("", lambda i: f"password=Kq9x{i}Zr"),
    "e-mail addresses": ("", lambda i: f"jane.doe{i}@gmail.com"),
    "phone numbers": ("", lambda i: f"+44 7911 {i:06d}"),
    "keys": ("", lambda i: f"ghp_{B64[:32]}{i:04d}"),
    "URLs with keys": ("", lambda i: f"https://api.acme.io/v1?api_key={B64[:20]}{i:04d}"),
    "PINs": ("", lambda i: f"PIN: 4{i % 1000:03d}7"),
    "cluster DNS and private addresses": (
        "", lambda i: f"10.96.0.10 10.2.{i // 250 % 250}.{i % 249 + 1}"),
    "private addresses in a heading": ("# ", lambda i: f"10.1.{i // 250 % 250}.{i % 250}"),
    # rules of 5 December: each judgement looked for its mark (`urn:k8s:`, `$pbkdf2`,
    # `$argon2`, `:`) in the whole line again (1 MB of `secretName:` values took 51 s)
    "Secret names": ("", lambda i: f'secretName: "qovb-tazu-jefo-{i:04d}"'),
    "htpasswd lines": ("", lambda i: f"test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE{i:04d}"),
    "Argon2 digests": ("", lambda i: f"$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$Rdescudv"
                                     f"JCsgt3ub+b+dWRWJTmaaJObG{i:04d}"),
    # leak53's lists of secrets: each key's list ran to the line's end, read again for each
    # key (1,600 keys: 10.5 s)
    "lists of secrets under keys": ("", lambda i: f"API_KEYS=Zx{i:04d}Qm2L,Kq{i:04d}vTz2"),
    "bracketed lists of tokens": ("", lambda i: f'tokens: ["Zx{i:04d}Qm2L", "Kq{i:04d}vTz2",'),
}
"""Shapes of many findings: (what starts the line, the i-th value)."""


def one_line(shape: str, count: int) -> str:
    """An article whose one line holds `count` values of `shape`."""
    start, value = MANY_FINDINGS[shape]
    body = " ".join(value(i) for i in range(count))
    return f"---\ntitle: T\n---\n\n{start or 'For example, '}{body}\n"


def one_a_line(shape: str, count: int) -> str:
    """An article of `count` lines, one value of `shape` each (for comparison)."""
    start, value = MANY_FINDINGS[shape]
    body = "\n".join(f"{start or 'For example, '}{value(i)}" for i in range(count))
    return f"---\ntitle: T\n---\n\n{body}\n"


class _Counted(_CountedPattern):
    """tests.work's counted pattern, with the methods the gate's modules also call."""

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        return self._pattern.split(self._text(text), maxsplit)

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return self._pattern.subn(repl, self._text(text), count)


def _gate_modules() -> dict[str, ModuleType]:
    modules = {}
    for package in (kbgen.core, kbgen.core.privacy):
        for info in pkgutil.iter_modules(package.__path__):
            name = f"{package.__name__}.{info.name}"
            modules[name] = importlib.import_module(name)
    return modules


@contextmanager
def scanned_by_module(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Scanned]]:
    """Characters each gate module's module-level patterns are given, by module."""
    counts: dict[str, Scanned] = {}
    for name, module in _gate_modules().items():
        counts[name] = Scanned()
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, attr, _Counted(value, counts[name]))
    try:
        yield counts
    finally:
        monkeypatch.undo()


def _work(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[dict[str, int], int]:
    with scanned_by_module(monkeypatch) as counts:
        findings = scan(text, Allowed())
    return {name: count.total for name, count in counts.items()}, len(findings)


def assert_modules_work_linearly(monkeypatch: pytest.MonkeyPatch, shape: str,
                                 text: Callable[[int], str]) -> None:
    """`text(400)` holds a finding, and no gate module's patterns are given characters that
    grow faster than linearly over 100, 200 and 400 values (tests/work.py,
    faster_than_linear; 100 values are counted only when a module more than doubles)."""
    small_size, middle_size, large_size = LINEAR_SIZES
    middle, _ = _work(monkeypatch, text(middle_size))
    large, found = _work(monkeypatch, text(large_size))
    assert found, f"{shape}: the shape holds no finding; it tests nothing"
    doubled = [name for name in large if grows_past_double(middle[name], large[name])]
    small = _work(monkeypatch, text(small_size))[0] if doubled else {}
    grown = {name.rsplit(".", 1)[-1]: f"{small[name]} -> {middle[name]} -> {large[name]}"
             for name in doubled if faster_than_linear((small[name], middle[name], large[name]))}
    assert not grown, f"{shape}: at 100, 200 and 400 values, the work of these modules grew " \
                      f"faster than linearly (read again for each value?): {grown}"


@pytest.mark.parametrize("shape", MANY_FINDINGS)
def test_many_findings_on_one_line_are_read_in_linear_work(
        monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    scan(one_line(shape, 2), Allowed())  # patterns some modules compile on first use
    assert_modules_work_linearly(monkeypatch, shape, lambda count: one_line(shape, count))
