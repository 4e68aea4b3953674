"""A structural owner test for private addresses, measured and attacked (issue 19, fp62).

The reading tried: a private address the gate refuses (`internal IP address`, an error) would
become a warning when nothing in its setting can be an owner. An owner is read without word
lists, from the site's own text: a word (a run of letters in any script; two characters of an
unspaced script) that occurs on at least LEAST of the site's pages (translations of one page
counted once) is the product's vocabulary; any other word in the setting (the address's line,
its paragraph or whole code block, the paragraph before it, the headings above it) is a
stranger and may be an owner (`Jensen Dental`, `Globex`, `杰森牙科`). Every refusal the gate
already makes stays (placing words, persons, companies, ports, URL hosts:
`kbgen.core.default_networks.unplaced`).

Two questions, answered on real text:
- seen yield: how many of the seen corpora's internal-address errors the reading would turn
  into warnings (`--settings` full: the setting above; `line`: the line and its headings only,
  an upper bound; `--stem`: strangers compared by their English stem);
- attack: a leak (a private address with an owner, in many languages and layouts) written as
  one more page of a real seen site, its vocabulary counted with that page: how many the
  reading lets through that the gate on main refuses (any one disqualifies the reading).

Example:
    python bench/site_owners.py --corpora xray quad9 netbird --least 3
    python bench/site_owners.py --attack --corpora xray rustdesk quad9 --least 3
"""

from __future__ import annotations

import argparse
import collections
import ipaddress
import re
import sys
from collections.abc import Iterable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from gate import OWN_DOMAINS  # noqa: E402
from gatecorpus import CENTRES, load  # noqa: E402

from kbgen.core import default_networks  # noqa: E402
from kbgen.core.privacy import INTERNAL_IP, Allowed, scan  # noqa: E402
from kbgen.core.stemmer import porter  # noqa: E402

UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
"""Thai, kana, CJK ideographs and Hangul: scripts written without spaces between words."""
_WORD = re.compile(r"[^\W\d_" + UNSPACED + r"]{2,}")
_UNSPACED_RUN = re.compile("[" + UNSPACED + "]+")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_FENCE = re.compile(r"^\s*(?:>\s*)*(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s")
_LANGUAGE_PART = re.compile(r"^[a-z]{2}(?:[-_][a-zA-Z]{2,4})?$")
_LANGUAGE_SUFFIX = re.compile(r"\.[a-z]{2}(?:[-_][a-zA-Z]{2,4})?(?=\.\w+$)")


def words(text: str) -> set[str]:
    """The words of `text`: lower-cased letter runs, and an unspaced script's character
    pairs (a name in Chinese has no spaces to split it by)."""
    found = {word.lower() for word in _WORD.findall(text)}
    for run in _UNSPACED_RUN.findall(text):
        found.update(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    return found


def page_group(source: str) -> str:
    """One key for a page and its translations: language folders and suffixes left out
    (`docs/ru/config/dns.md` and `docs/config/dns.md`, `_index.de.md` and `_index.en.md`)."""
    parts = [part for part in source.split("/") if not _LANGUAGE_PART.match(part)]
    return _LANGUAGE_SUFFIX.sub("", "/".join(parts))


def group_counts(pages: Iterable[tuple[str, str]], stem: bool) -> collections.Counter[str]:
    """For each word (stemmed with `stem`), how many page groups of the site hold it."""
    groups: dict[str, set[str]] = {}
    for source, body in pages:
        groups.setdefault(page_group(source), set()).update(_forms(words(body), stem))
    counts: collections.Counter[str] = collections.Counter()
    for found in groups.values():
        counts.update(found)
    return counts


def vocabulary(pages: Iterable[tuple[str, str]], least: int, stem: bool) -> set[str]:
    """Words on at least `least` page groups of the site (stemmed with `stem`)."""
    return {word for word, count in group_counts(pages, stem).items() if count >= least}


def _forms(found: set[str], stem: bool) -> set[str]:
    return {porter(word) for word in found} if stem else found


def setting(lines: list[str], index: int, full: bool) -> str:
    """The text an owner of the address on line `index` could stand in: with `full`, its
    paragraph or whole fenced block, the paragraph before that and the headings above it;
    else its line and the headings above it."""
    chosen = [lines[index]]
    if full:
        start, end = _block(lines, index)
        chosen = lines[start:end + 1]
        before = start - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        first = before
        while first > 0 and lines[first - 1].strip():
            first -= 1
        chosen += lines[first:before + 1] if before >= 0 else []
    level = 7
    for number in range(index, -1, -1):
        heading = _HEADING.match(lines[number])
        if heading and len(heading.group(1)) < level:
            chosen.append(lines[number])
            level = len(heading.group(1))
    return "\n".join(chosen)


def _block(lines: list[str], index: int) -> tuple[int, int]:
    """The first and last line of the fenced block (fences included) or paragraph holding
    line `index`."""
    fence, opened = "", 0
    for number in range(index + 1):
        mark = _FENCE.match(lines[number])
        if mark and not fence:
            fence, opened = mark.group(1)[0] * 3, number
        elif mark and mark.group(1).startswith(fence) and number < index:
            fence = ""
    if fence:
        end = index
        while end + 1 < len(lines) and not _FENCE.match(lines[end + 1]):
            end += 1
        return opened, min(len(lines) - 1, end + 1)
    start, end = index, index
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return start, end


def strangers(lines: list[str], index: int, known: set[str], full: bool, stem: bool
              ) -> set[str]:
    """The words of the address's setting that are not the site's vocabulary."""
    return _forms(words(setting(lines, index, full)), stem) - known


def accepted(lines: list[str], index: int, known: set[str], full: bool, stem: bool) -> bool:
    """The reading's verdict on the private addresses of line `index`: a warning when one of
    them is unplaced by the gate's own refusals and its setting holds no stranger."""
    line = lines[index]
    if strangers(lines, index, known, full, stem):
        return False
    context = setting(lines, index, True)
    for match in _IPV4.finditer(line):
        if _private(match.group()) and default_networks.unplaced(
                line, match.start(), match.end(), context):
            return True
    return False


def _private(value: str) -> bool:
    try:
        address = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return address.is_private and not address.is_loopback and not address.is_link_local


def _errors(name: str, body: str) -> list[int]:
    """Lines (1-based) where the gate on this code reports an internal address error."""
    allowed = Allowed(domains=frozenset(OWN_DOMAINS.get(name, ())))
    return sorted({f.line for f in scan(body, allowed)
                   if f.kind == INTERNAL_IP and not f.advisory})


_SHOWN_ERROR = re.compile(r"  (\w+)/(\S+):(\d+): internal IP address \(\S+\) \|")


def _shown_errors(paths: list[str]) -> dict[str, dict[str, set[int]]]:
    """Internal-address error lines by corpus and page, read from `bench/gate.py --show`
    output (warnings carry `[warning]` and are not read)."""
    found: dict[str, dict[str, set[int]]] = {}
    for path in paths:
        for row in Path(path).read_text(encoding="utf-8").splitlines():
            if shown := _SHOWN_ERROR.match(row):
                name, source, line = shown.groups()
                found.setdefault(name, {}).setdefault(source, set()).add(int(line))
    return found


def seen_yield(names: list[str], least: int, full: bool, stem: bool, show: bool,
               shown: dict[str, dict[str, set[int]]] | None) -> None:
    """Print, per corpus, the internal-address error lines the reading would accept."""
    total = saved = 0
    for centre in CENTRES:
        if centre.name not in names or centre.held_out:
            continue
        pages = [(a["source"], a["body"]) for a in load(centre)]
        known = vocabulary(pages, least, stem)
        lines_in = lines_out = 0
        for source, body in pages:
            lines = body.split("\n")
            errors = (sorted(shown.get(centre.name, {}).get(source, ())) if shown is not None
                      else _errors(centre.name, body))
            for number in errors:
                lines_in += 1
                if accepted(lines, number - 1, known, full, stem):
                    lines_out += 1
                    if show:
                        print(f"    accepted {centre.name}/{source}:{number}")
        print(f"  {centre.name:<10} error lines {lines_in:>4}, accepted {lines_out:>3}")
        total += lines_in
        saved += lines_out
    print(f"  {'all':<10} error lines {total:>4}, accepted {saved:>3}")


OWNERS = (
    "Jensen Dental", "jensen dental", "Globex", "globex hq", "Initech Berlin", "KIS",
    "Summit Logistics", "blue harbor freight", "Kowalski i Synowie", "Müller & Söhne",
    "Boulangerie Dupont", "Ferretti Costruzioni", "Oy Virtanen", "Papadopoulos Α.Ε.",
    "Иванов и партнёры", "ООО Ромашка", "杰森牙科", "青山商事", "김앤장", "บริษัท สมชาย",
    "شركة الفجر", "חברת אלון", "Yılmaz İnşaat", "Nguyễn Văn An", "Dvořák Stavby",
    "Svensson Bygg", "Kovács Kft", "Popescu Transport", "Janssen Bouw", "Fernandes Lda",
    "Acme", "acme", "Haus Sonnenschein", "Praxis Dr. Lang", "kanzlei brandt",
    "oficina de García", "notre bureau", "nasze biuro", "наш офис", "我们公司", "当社の事務所",
    "우리 회사", "ofisi yetu", "kantor kami", "văn phòng chúng tôi", "vårt kontor",
)
"""Owners of a leaked address: companies and people never seen, upper and lower case, in
twenty-odd languages and scripts, and first-person owners in languages the gate's word lists
may not read."""

SHAPES = (
    "{owner}: the file server is at {address}.",
    "Server von {owner} unter {address}",
    "## {owner}\n\nSet the gateway:\n\n```\ngateway: {address}\n```",
    "| site | address |\n|---|---|\n| {owner} | {address} |",
    "```\n# {owner}\nserver {address}\n```",
    "<p>{owner} NAS: {address}</p>",
    "> {owner} wrote: our printer is at {address}",
    "---\ntitle: {owner}\n---\n\nThe printer is at {address}.",
    "Connect to {address} ({owner}).",
)
"""Where the owner stands: the line, a heading over a code block, a table row, a comment in a
fence, HTML, a quoted ticket, front matter."""
ADDRESSES = ("10.20.30.40", "172.20.1.15", "192.168.57.3")


def attack(names: list[str], least: int, full: bool, stem: bool, show: bool) -> None:
    """Plant each leak as one more page of each real site; count what main refuses and the
    reading lets through."""
    refused = through = 0
    for centre in CENTRES:
        if centre.name not in names or centre.held_out:
            continue
        counts = group_counts(((a["source"], a["body"]) for a in load(centre)), stem)
        site = {word for word, count in counts.items() if count >= least}
        for number, (owner, shape) in enumerate((o, s) for o in OWNERS for s in SHAPES):
            address = ADDRESSES[number % len(ADDRESSES)]
            body = shape.format(owner=owner, address=address)
            known = site | {word for word in _forms(words(body), stem)
                            if counts[word] + 1 >= least}  # the planted page is one more
            lines = body.split("\n")
            for line in _errors(centre.name, body):
                refused += 1
                if accepted(lines, line - 1, known, full, stem):
                    through += 1
                    if show:
                        print(f"    through {centre.name}: {body!r}")
                break
    print(f"  attack: main refuses {refused}, the reading lets through {through}")


def main(argv: list[str] | None = None) -> int:
    """Measure the reading's seen yield, or attack it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", required=True)
    parser.add_argument("--least", type=int, default=3,
                        help="Page groups a word must be on to be the site's vocabulary.")
    parser.add_argument("--setting", choices=("full", "line"), default="full")
    parser.add_argument("--stem", action="store_true")
    parser.add_argument("--attack", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--findings", nargs="+", metavar="FILE",
                        help="Read the error lines from `bench/gate.py --show` output.")
    args = parser.parse_args(argv)
    full = args.setting == "full"
    print(f"least {args.least}, setting {args.setting}, stem {args.stem}")
    if args.attack:
        attack(args.corpora, args.least, full, args.stem, args.show)
    else:
        shown = _shown_errors(args.findings) if args.findings else None
        seen_yield(args.corpora, args.least, full, args.stem, args.show, shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
