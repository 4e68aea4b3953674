"""How long hostile input takes: the search text's hostile shapes (tests/core/test_search.py),
`kbgen check` on every file the limits refuse (tests/hostile/test_limits.py) and the privacy
gate on one line packed with values (tests/hostile/test_long_lines.py: private addresses,
digests, tokens, `--secret` flags, passwords in URLs...) and the copied-file
reader on hostile files (tests/hostile/test_review_s28.py), 1,000 and 4,000 of each shape:
the second may take about four times the first, not sixteen; and the gate on further hostile
shapes (`GATE_SHAPES`: long runs, near-misses, look-alikes, tables, nesting); and many
findings on one line (`MANY_FINDINGS` of tests/hostile/test_many_findings.py: passwords,
e-mail addresses, phone numbers, keys, URLs with keys, PINs...) at 1x/4x/16x values, and as
many values one a line for comparison: CPU seconds; 16x may take about 16 times 1x, not 256.

The tests prove these are read in one pass by counting work (tests/work.py); seconds belong
here. A shape over its budget is printed and the exit status is 1.

Example:
    python bench/hostile_shapes.py
    python bench/hostile_shapes.py --many-findings    # that section only
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from kbgen.cli import cli  # noqa: E402
from kbgen.core import search  # noqa: E402
from kbgen.core.file_text import file_text  # noqa: E402
from kbgen.core.privacy import Allowed, scan  # noqa: E402
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files  # noqa: E402
from tests.core.test_search import SLOW_SHAPES  # noqa: E402
from tests.hostile.test_limits import REFUSED  # noqa: E402
from tests.hostile.test_long_lines import SHAPES, _article  # noqa: E402
from tests.hostile.test_many_findings import MANY_FINDINGS, one_a_line, one_line  # noqa: E402
from tests.hostile.test_review_s28 import READER_SHAPES  # noqa: E402

SHAPE_BUDGET = 1.0
"""Seconds for plain_text and headings of one shape (the quadratic code took > 10 s)."""
CHECK_BUDGET = 5.0
"""Seconds for `kbgen check` of a small project holding one refused file."""
FILE_BUDGET = 2.0
"""Seconds for the copied-file reader on one hostile file of 4,000 repeats."""
LINE_BUDGET = 30.0
"""Seconds for the gate on one line of 4,000 values (1,000 private-address URLs took 77 s
when each value's judgement read its whole line)."""


HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
B64 = "Zq8vLm2Xp9Rt4Kw7Nn3Bb6Yc5Ud1Ef0Gh2JsT4Wx8Qa"
GATE_SHAPES: dict[str, Callable[[int], str]] = {
    "digit groups on one line": lambda n: "1234 " * n,
    "dotted digits on one line": lambda n: "1.2." * n,
    "one run of digits": lambda n: "1" * (4 * n),
    "one run of hex": lambda n: (HEX * (n // 16 + 1))[: 4 * n],
    "hex words on one line": lambda n: " ".join(f"{HEX[:36]}{i:04x}" for i in range(n // 8)),
    "base64 words on one line": lambda n: " ".join(f"{B64[:36]}{i:04d}" for i in range(n // 8)),
    "dot-joined base64 (JWT-like)": lambda n: ".".join(f"{B64[:26]}{i:04d}" for i in range(n // 6)),
    "IBAN-like words on one line": lambda n: " ".join(
        f"GB{i % 100:02d} NWBK 6016 1331 9268 1" for i in range(n // 6)),
    "IBAN prefix, long word, underscore": lambda n: "GB12" + "A" * 26 + "_",
    "many URLs on one line": lambda n: " ".join(
        f"https://a{i}.example.org/p/{i}?q={i}&r=x" for i in range(n // 8)),
    "near-miss addresses": lambda n: " ".join(f"user{i}@" for i in range(n // 2)),
    "near-miss IP addresses": lambda n: " ".join(f"10.{i % 250}.{i % 7}" for i in range(n // 2)),
    "look-alike letters in one word": lambda n: "раѕѕwоrd" * (n // 2),
    "look-alike password words": lambda n: " ".join("раѕѕwоrd=ѕесrеt" for _ in range(n // 4)),
    "table of many columns": lambda n: "|" + " a |" * n + "\n|" + "---|" * n,
    "table rule, then spaces": lambda n: (
        "| ID | State |\n|---|---|\n| " + HEX[:40] + " | up |\n---" + " " * (4 * n) + "x"),
    "quotes 40 deep, phone on each line": lambda n: "\n".join(
        "> " * 40 + f"x +44 20 7946 0{i % 1000:03d}" for i in range(n // 20)),
    "phone numbers, one a line": lambda n: "\n".join(
        f"call +44 20 7946 0{i % 1000:03d}" for i in range(n // 4)),
    "long word before a slash (module names)": lambda n: "a" * (4 * n) + ".x /1",
    # hostile review 29
    "password words, five words, no verb": lambda n: " ".join(
        "password for the a b c d" for _ in range(n // 6)),
    "spelt at, many dots, no end": lambda n: "jane -at- " + " -dot- ".join(
        "gmail" for _ in range(n // 2)) + "-",
    "words spelt with at, one a line": lambda n: "\n".join(
        f"name{i} at host{i}.example" for i in range(n // 6)),
    "single letters one space apart": lambda n: "a " * (2 * n),
    "numeric URL hosts": lambda n: " ".join(f"http://{i}.{i}/" for i in range(n // 3)),
    "UTF-7 runs": lambda n: "+AEA-x" * (n // 2),
    "one long UTF-7 run": lambda n: "+" + "AGoA" * n + "-",
    "bearer, long run": lambda n: "Bearer " + "a1" * (2 * n),
    "link brackets never closed": lambda n: "[a](" * n,
    "link texts, then no target": lambda n: "[" + "a" * 150 + "]" + "(" + "b" * 900,
    "tag characters and selectors": lambda n: ("\U000E0061" * 3 + "\uFE01" * 5) * (n // 8),
    "private addresses, one a paragraph": lambda n: "\n\n".join(
        f"10.0.{i // 250 % 250}.{i % 250}" for i in range(n // 4)),
    "tokens, one a paragraph": lambda n: "\n\n".join(
        f"ghp_{B64[:32]}{i:04d}" for i in range(n // 12)),
    "key headers, then one footer": lambda n: " ".join(
        ["-----BEGIN RSA PRIVATE KEY-----"] * (n // 8)) + " -----END RSA PRIVATE KEY-----",
    # fix29: URL userinfo with RFC 3986 punctuation; written values of flags
    "schemes with userinfo, no at sign": lambda n: "://a:b!" * (n // 2),
    "one userinfo run, no at sign": lambda n: "x://u:" + "a!$*" * n,
    "URLs with punctuated passwords": lambda n: " ".join(
        f"db://u:Kq9!{i}x@h{i}.acme.io/" for i in range(n // 6)),
    "flags without values": lambda n: "-e --secret --env " * (n // 4),
    "flags with unclosed quotes": lambda n: '--secret PW="Kq9!x ' * (n // 5),
    "flags with written secrets": lambda n: " ".join(
        f"-e API_KEY=Kq9x!{i}Zr" for i in range(n // 5)),
    # plat30: addresses in a home router's default network (warnings), placed or not
    "default-network addresses on one line": lambda n: " ".join(
        f"192.168.1.{i % 254 + 1}" for i in range(n // 12)),
    "default-network addresses, one paragraph": lambda n: "\n".join(
        f"| 192.168.0.{i % 254 + 1} | group {i} |" for i in range(n // 22)),
    "default-network addresses, one a paragraph": lambda n: "\n\n".join(
        f"Client 192.168.0.{i % 254 + 1} of Acme Ltd" for i in range(n // 30)),
    # miss30: passwords given to commands; commands continued over lines
    "mysql -p values on one line": lambda n: " ".join(
        f"mysql -pKq9x{i}" for i in range(n // 4)),
    "one command, many words": lambda n: "helm install " + "--set a=1 " * (n // 3),
    "echo and pipes, never --password-stdin": lambda n: "echo x | " * (n // 2),
    "echo, one pipe, long tail": lambda n: "echo x |" + " y" * (2 * n),
    "helm --set pairs in one word": lambda n: "helm --set " + ",".join(
        f"a{i}.password=Kq9x{i}" for i in range(n // 5)),
    "secret variables set on one line": lambda n: " ".join(
        f"PGPASSWORD=Kq9x{i} psql" for i in range(n // 6)),
    "commands continued over lines": lambda n: "curl -u a:Kq9x1 \\\n" * (n // 5),
    "values called passwords after them": lambda n: " ".join(
        f"Kq9x{i} is the password" for i in range(n // 6)),
    "long punctuated word, then is the": lambda n: "a." * (2 * n) + " is the",
    # rev30: one-line .netrc, PowerShell secure strings, fediverse words beside handles, many
    # default-network addresses, lines of armour
    "netrc entries on one line": lambda n: " ".join(
        f"machine h{i} login u password p{i}" for i in range(n // 8)),
    "ConvertTo-SecureString on one line": lambda n: " ".join(
        f'ConvertTo-SecureString "Kq{i}x" -AsPlainText' for i in range(n // 10)),
    "handles beside Mastodon, one per line": lambda n: "\n".join(
        f"Mastodon @u{i}@host{i}.social acct:u{i}@host{i}.social" for i in range(n // 12)),
    "default-network addresses, one per line": lambda n: "\n".join(
        f"- 192.168.{i % 2}.{i % 250 + 2} dev" for i in range(n // 6)),
    "public key armour, many blocks": lambda n: "\n".join(
        f"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU{i:04d}\n"
        "-----END PUBLIC KEY-----" for i in range(n // 30)),
    # fp34: PBKDF2 digests beside placeholders (each made again costs 0.16 s: 4 a text),
    # counted-out private IPv6 addresses, example records with counted-out numbers
    "PBKDF2 digests beside placeholders": lambda n: " ".join(
        f"'$pbkdf2-sha512${1000 + i}$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE9RXV88h1wJn5KG"
        f"iHrD0YKtZaR' # 'insecure_secret'" for i in range(n // 30)),
    "counted-out private IPv6 addresses": lambda n: "fd00:1111:2222:3333::1 " * (n // 6),
    "an example record of counted-out numbers": lambda n: "## Example\n```\n" + " ".join(
        f"12.34.56.78 u{i}@acme-corp.com" for i in range(n // 8)) + "\n```\n",
    # leak43: password digests by scheme (near-misses: one character short, runs of marks)
    "crypt digests one character short": lambda n: "".join(
        f"$1$x9Lm2QaZ$bt/NlzaKMIPEHgugWCc7v$6${i:04d}$" for i in range(n // 40)),
    "runs of dollars and braces": lambda n: "$" * (n // 2) + "{SSHA}" * (n // 12),
    "pwdump near-misses": lambda n: ":".join(
        f"u{i}:1001:aad3b435b51404eeaad3b435b51404ee" for i in range(n // 45)),
    "hex bytes, one run and runs broken by a non-byte": lambda n: "41 " * (n // 6) + (
        "41 " * 11 + "zz ") * (n // 72),
}
"""Further shapes, text of about 4 x n characters: n = 10,000 and 40,000 (160 KB, well
under the 1 MB article limit); the second may take about four times the first."""

ONION = "qKnFwnNH2oH4QhQ7CoRf7HYj8wCwpDwsa8ohJmcPG9JodMZvVA6psKq7"
MB_SHAPES: dict[str, Callable[[int], str]] = {
    # rev32: the fp32 rules' shapes, and keys in URL paths (each value looked at every path
    # segment of its line and read the whole line for secret words: 33 s CPU for 1 MB on main)
    "YouTube channel URLs on one line": lambda n: " ".join(
        f"https://www.youtube.com/channel/UCT5kq9w0wSjogzJb81C{i:06d}w" for i in range(n // 57)),
    "made-up onion hosts on one line": lambda n: " ".join(
        f"mastodon.{ONION}{i:06d}.onion" for i in range(n // 80)),
    "digest labels on one line": lambda n: " ".join(
        f"sha-256={B64}{i:06d}" for i in range(n // 60)),
    "short-lived sessions, one a line": lambda n: "\n".join(
        f'"sid": "{B64}{i:06d}", "validity": 300' for i in range(n // 70)),
    "signatures nested deep": lambda n: "\n".join(
        " " * (i % 200) + f"signature: {B64}{i:06d}" for i in range(n // 160)),
}
"""Shapes of about n characters, n = 250,000 and 1,000,000 (the article limit): the second may
take about four times the first, not sixteen."""


MANY_COUNTS = (500, 2000, 8000)
"""Values of each MANY_FINDINGS shape: 1x, 4x, 16x (8,000 URLs with keys: 450 kB)."""


def cpu_timed(action: Callable[[], object]) -> float:
    started = time.process_time()
    action()
    return time.process_time() - started


def many_findings() -> list[str]:
    """CPU seconds of the gate on each MANY_FINDINGS shape, one line and one a line; the
    shapes whose 16x took more than 32 times 1x (linear: 16)."""
    slow = []
    scan(one_line("passwords", 2), Allowed())  # imports
    for shape in MANY_FINDINGS:
        for layout, make in (("one line", one_line), ("one a line", one_a_line)):
            times = []
            for count in MANY_COUNTS:
                text = make(shape, count)
                times.append(cpu_timed(lambda: scan(text, Allowed())))
                print(f"{times[-1]:7.2f} s CPU  gate, {shape}, {count} on {layout}"
                      f" ({len(text)} characters)", flush=True)
            slow += [f"{shape} ({layout})"] if times[-1] > 32 * times[0] + 0.5 else []
    return slow


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    if "--many-findings" in sys.argv[1:]:
        slow = many_findings()
        print("over budget: " + ", ".join(slow) if slow else "all linear")
        return 1 if slow else 0
    slow = many_findings()
    for case, markdown in SLOW_SHAPES:
        seconds = timed(lambda: (search.plain_text(markdown), search.headings(markdown)))
        print(f"{seconds:7.3f} s  search text: {case}")
        slow += [case] if seconds > SHAPE_BUDGET else []
    for case, path, text, _, _ in REFUSED:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                               "content/_data/categories.yml": MINI_CATEGORIES,
                               "content/articles/wifi/ok.md": article("Fine"), path: text})
            seconds = timed(lambda: CliRunner().invoke(cli, ["check", "-f",
                                                             str(root / "mkdocs.yml")]))
        print(f"{seconds:7.3f} s  kbgen check: {case}")
        slow += [case] if seconds > CHECK_BUDGET else []
    for case, shape in SHAPES.items():
        for count in (1000, 4000):
            text = _article(shape, count)
            seconds = timed(lambda: scan(text, Allowed()))
            print(f"{seconds:7.3f} s  gate, one line of {count} {case} ({len(text)} characters)")
            slow += [case] if seconds > LINE_BUDGET else []
    for case, make in READER_SHAPES.items():
        times = []
        for count in (1000, 4000):
            data = make(count)
            times.append(timed(lambda: file_text(data)))
            print(f"{times[-1]:7.3f} s  file reader, {case} x {count} ({len(data)} bytes)")
        slow += [case] if times[-1] > FILE_BUDGET or times[-1] > 8 * times[0] + 0.05 else []
    for case, make in GATE_SHAPES.items():
        for count in (10_000, 40_000):
            text = f"---\ntitle: T\n---\n\nFor example, {make(count)}\n"
            seconds = timed(lambda: scan(text, Allowed()))
            print(f"{seconds:7.3f} s  gate, {case} ({len(text)} characters)")
            slow += [case] if seconds > LINE_BUDGET else []
    for case, make in MB_SHAPES.items():
        times = []
        for count in (250_000, 1_000_000):
            text = f"---\ntitle: T\n---\n\nFor example, {make(count)}\n"
            times.append(timed(lambda: scan(text, Allowed())))
            print(f"{times[-1]:7.3f} s  gate, {case} ({len(text)} characters)")
        slow += [case] if times[-1] > LINE_BUDGET or times[-1] > 8 * times[0] + 0.05 else []
    if slow:
        print("over budget: " + ", ".join(slow))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
