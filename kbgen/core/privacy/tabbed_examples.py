"""A private address a reference page writes in every syntax of its content tabs (issue 19,
branch fp44).

Traefik's reference shows each setting in tabs, one code block per way of writing it
(```` ```yaml tab="File (YAML)" ````, `tab="File (TOML)"`, `tab="CLI"`, `tab="Labels"`; or
pymdownx.tabbed's `=== "YAML"` above each block): `address: "192.168.1.10:6379"` in the YAML
tab is `address = "192.168.1.10:6379"` in the TOML one. A private address there is the
product's example of the setting, translated from one syntax into the next; a company's note
pastes the one configuration it runs, once. The address counts as such an example when it is
written in two or more code blocks of one run of tabs (blocks with nothing but blank lines
and tab labels between them), and neither the text introducing the tabs, their labels nor its
own line places it with a customer, the company's own side, a company, someone or a
machine's job (surroundings.names_whose, default_networks.placed: `Our production Redis:`).
An address written in one tab only, blocks with no tab label, or tabs split by prose stay
findings. Reference pages write a port with it (a service's `address`), so a port does not
stop the rule; a password or a key in the same line is judged on its own.

The same holds for a key (branch fp48): Traefik's OTLP reference writes `Authorization: Bearer
auth_asKX…` in its YAML tab, `http.headers.Authorization = "Bearer auth_asKX…"` in the TOML
one and `--log.otlp.http.headers.Authorization=Bearer auth_asKX…` in the CLI one: a value
translated through every syntax is the reference's sample. A token or password counts so when
written in two or more blocks of one run of tabs, nothing around the run or on its line says
whose it is, and no service names it (`ghp_…`, `sk_live_…`, a JWT: a real key's shape whatever
the page does with it).

A value copied is not translated (rev48): the same line in two tabs, or tabs comparing one
setting (`Before`/`After`, `Wrong`/`Right`), stay findings; the `=== "…"` labels are read for
whose, as the introduction is (`=== "Production (YAML)"`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kbgen.core import default_networks, surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import INTERNAL_IP, PASSWORD, TOKEN

REASON = "a private address a reference writes in each syntax of its content tabs (an example)"
KEY_REASON = "a key no service names that a reference writes in each syntax of its content tabs"

_FENCE = re.compile(r"[ \t]*(?:`{3,}|~{3,})")
_TAB_FENCE = re.compile(r"""[ \t]*+(?:`{3,}+|~{3,}+)[^\n]*\btab=["'][^"']+["']""")
"""A fence with a `tab=` label; the fence's runs are read once (`tab=` starts with no blank
or fence mark: the same matches; a long fence was cubic under `search`, issue 19, redos55)."""
_TAB_LABEL = re.compile(r"""[ \t]*===\+?[ \t]+["'][^"']+["'][ \t]*""")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")


@dataclass(frozen=True)
class _Block:
    """A fenced code block: its opening fence's line and its last line inside."""

    fence: int
    last: int
    tabbed: bool


def _blocks(lines: list[str]) -> list[_Block]:
    """The fenced code blocks of `lines`, each marked tabbed when its fence has a `tab=` label
    or the line above it (blank lines aside) is a `=== "…"` tab label."""
    found = []
    opened: int | None = None
    for index, line in enumerate(lines):
        if not _FENCE.match(line):
            continue
        if opened is None:
            opened = index
            continue
        above = opened - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        tabbed = bool(_TAB_FENCE.match(lines[opened])) or (
            above >= 0 and bool(_TAB_LABEL.fullmatch(lines[above])))
        found.append(_Block(opened, index - 1, tabbed))
        opened = None
    return found


def _groups(lines: list[str], blocks: list[_Block]) -> Iterator[list[_Block]]:
    """Runs of two or more tabbed blocks with only blank lines and tab labels between."""
    run: list[_Block] = []
    for block in blocks:
        if run and block.tabbed and all(
                not text.strip() or _TAB_LABEL.fullmatch(text)
                for text in lines[run[-1].last + 2:block.fence]):
            run.append(block)
            continue
        if len(run) > 1:
            yield run
        run = [block] if block.tabbed else []
    if len(run) > 1:
        yield run


def _introduction(lines: list[str], fence: int) -> str:
    """The paragraph before line `fence` (tab labels and blank lines skipped)."""
    above = fence - 1
    while above >= 0 and (not lines[above].strip() or _TAB_LABEL.fullmatch(lines[above])):
        above -= 1
    first = above
    while first > 0 and lines[first - 1].strip() and not _FENCE.match(lines[first - 1]):
        first -= 1
    return " ".join(lines[first:above + 1]) if above >= 0 else ""


def translated(lines: list[str], values: frozenset[str] | None = None
               ) -> dict[int, frozenset[str]]:
    """For each line inside a run of tabs, the private addresses (or, given `values`, those of
    `values`) that run writes in two or more of its blocks, in different lines (translated: the
    same line in a `Before` and an `After` tab is a value copied, rev48), where nothing around
    the run places them."""
    found: dict[int, frozenset[str]] = {}
    for group in _groups(lines, _blocks(lines)):
        labels = _labels(lines, group)  # `=== "Production (YAML)"` too (rev48)
        setting = _introduction(lines, group[0].fence) + "\n" + labels
        if surroundings.names_whose(setting) or default_networks.placed(setting) \
                or _COMPARED.search(labels):
            continue
        blocks: dict[str, set[int]] = {}
        writings: dict[str, set[str]] = {}
        for block in group:
            for text in lines[block.fence + 1:block.last + 1]:
                written = {m.group() for m in _IPV4.finditer(text)} if values is None else {
                    value for value in values if value in text}
                for value in written:
                    blocks.setdefault(value, set()).add(block.fence)
                    writings.setdefault(value, set()).add(text.strip())
        repeated = frozenset(value for value, written in writings.items()
                             if len(written) > 1 and len(blocks[value]) > 1)
        for block in group:
            for index in range(block.fence + 1, block.last + 1):
                found[index] = repeated
    return found


_COMPARED = re.compile(
    r"(?i)\b(?:before|after|wrong|right|old|new|broken|fixed|failing|working|bad|good"
    r"|(?:in)?correct[oa]?|vorher|nachher|falsch|richtig|avant|apr[eè]s|antes|despu[eé]s)\b")
"""A tab label of a comparison (`Before`/`After`, `Wrong`/`Right`): one setting shown twice,
not one value translated through each syntax (rev48)."""


def _labels(lines: list[str], group: list[_Block]) -> str:
    """The tab labels of a run: its fences' `tab="…"` and its `=== "…"` lines."""
    labels = [lines[block.fence] for block in group]
    for block in group:
        above = block.fence - 1
        while above >= 0 and (not lines[above].strip() or _TAB_LABEL.fullmatch(lines[above])):
            if lines[above].strip():
                labels.append(lines[above])
            above -= 1
    return "\n".join(labels)


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but private addresses, and keys no service names, written in several tabs of
    one setting's example."""
    tabbed = "tab=" in "\n".join(lines) or "===" in "\n".join(lines)
    tabs = translated(lines) if tabbed and any(
        hit.kind == INTERNAL_IP for _, _, hit in found) else {}
    keys = frozenset(line[hit.start:hit.end] for index, line, hit in found
                     if _key(hit) and line == lines[index])
    key_tabs = translated(lines, keys) if tabbed and keys else {}
    for index, line, hit in found:
        if hit.kind == INTERNAL_IP and line == lines[index] \
                and line[hit.start:hit.end] in tabs.get(index, ()) \
                and not surroundings.names_whose(line) and not default_networks.placed(line):
            context.accept(index, hit, REASON)
        elif _key(hit) and line == lines[index] \
                and line[hit.start:hit.end] in key_tabs.get(index, ()) \
                and not surroundings.names_whose(line):
            context.accept(index, hit, KEY_REASON)
        else:
            yield index, line, hit


def _key(hit: _Hit) -> bool:
    """A token or password no service names (`ghp_…` and JWTs stay findings in any tab)."""
    return hit.kind in (TOKEN, PASSWORD) and not hit.vendor
