"""CPU seconds of the publishing gate alone (`loader.gate_problems`, as bench/gate_cpu.py calls
it) on one article of each shape at 100 kB, 300 kB and 1 MB (`kbgen.core.limits`'s
MAX_ARTICLE_BYTES): prose in five scripts, one long line, many short lines, tables, lists,
code, configuration files, command output, logs, many addresses, headings, blobs, runs of one
character, nesting, HTML and front matter, each built to look legitimate or hostile. Each
(shape, size) runs in its own subprocess (a small project holding that one article, loaded
once without the gate) with a time limit; prints the gate's CPU, the growth from one size to
the next (x3.3 is linear) and whether the loader took the article at all (a file the limits
refuse is never scanned). An article of any shape must cost at most ~3 CPU s at 1 MB and grow
linearly (issue 19: a DoS under the size limit; issue 13: the build's CPU).

Example:
    python bench/gate_shapes.py                       # every shape, three sizes
    python bench/gate_shapes.py --sizes 1000000 --only "prose en" "ip addr"
    python bench/gate_shapes.py --only "prose th" --sizes 300000 --profile 25
    python bench/gate_shapes.py --tree /tmp/main --json /tmp/main-shapes.json
    python bench/gate_shapes.py --contact --only "ip addr output"   # phones read in GB
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SIZES = (100_000, 300_000, 1_000_000)
TIME_LIMIT = 600.0
"""Wall seconds one (shape, size) may take before it is stopped and reported as such."""

_WORDS = ("the router restarts after you change the network name and you may need to sign in"
          " again on each device when the light turns green open the app choose settings then"
          " wireless and check that the password you typed matches the one printed on the"
          " label under the box if it still fails reset it by holding the button for ten"
          " seconds").split()
_SCRIPTS = {
    "zh": ("路由器 重新 启动 后 您 需要 在 每台 设备 上 再次 登录 "
           "打开 应用 选择 设置 无线 检查 密码 是否 与 标签 上 的 一致").split(),
    "ar": ("بعد إعادة تشغيل الموجه قد تحتاج إلى تسجيل الدخول مرة أخرى على "
           "كل جهاز افتح التطبيق واختر الإعدادات ثم الشبكة اللاسلكية وتحقق من كلمة المرور").split(),
    "th": ("หลังจาก รีสตาร์ท เราเตอร์ คุณ อาจ ต้อง ลงชื่อเข้าใช้ อีกครั้ง บน "
           "อุปกรณ์ แต่ละ เครื่อง เปิด แอป เลือก การตั้งค่า แล้ว ตรวจสอบ รหัสผ่าน").split(),
    "ru": ("после перезагрузки маршрутизатора вам может понадобиться снова войти на "
           "каждом устройстве откройте приложение выберите настройки и проверьте пароль").split(),
}
_HEX = "0123456789abcdef"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _filled(size: int, unit: Callable[[int, random.Random], str], head: str = "",
            tail: str = "") -> str:
    """`head`, then units 0, 1, 2... (seeded) while the text stays within `size` bytes, then
    `tail` (the first unit that would not fit ends it: a code block keeps its closing fence)."""
    rng, parts, total, index = random.Random(64), [head], len(head.encode()), 0
    room = size - len(tail.encode())
    while True:
        part = unit(index, rng)
        if total + len(part.encode()) > room:
            return "".join(parts) + tail
        parts.append(part)
        total += len(part.encode())
        index += 1


def _sentence(rng: random.Random, words: list[str] | tuple[str, ...], count: int = 14,
              joiner: str = " ") -> str:
    return joiner.join(rng.choice(words) for _ in range(count))


def _prose(script: str) -> Callable[[int], str]:
    words = _SCRIPTS.get(script, _WORDS)
    joiner = "" if script in ("zh", "th") else " "
    stop = {"zh": "。", "th": " ", "ar": ".", "ru": "."}.get(script, ".")

    def unit(index: int, rng: random.Random) -> str:
        end = "\n\n" if index % 5 == 4 else " "
        return _sentence(rng, words, 14, joiner) + stop + end
    return lambda size: _filled(size, unit)


def _fenced(size: int, line: Callable[[int, random.Random], str], language: str = "") -> str:
    return _filled(size, line, f"Example:\n\n```{language}\n", "```\n")


def _yaml(i: int, rng: random.Random) -> str:
    return (f"service_{i}:\n  image: registry.example.com/app:{i % 40}.{i % 7}\n"
            f"  ports: [\"{8000 + i % 900}:80\"]\n  environment:\n    LOG_LEVEL: info\n"
            f"    WORKERS: {i % 16}\n")


def _json(i: int, rng: random.Random) -> str:
    return (f'  {{"id": {i}, "name": "device-{i}", "model": "R{i % 90}",'
            f' "firmware": "1.{i % 30}.{i % 9}", "enabled": true}},\n')


def _ini(i: int, rng: random.Random) -> str:
    return f"[section{i}]\nenabled = true\ntimeout = {i % 60}\nname = Office printer {i}\n\n"


def _ip_addr(i: int, rng: random.Random) -> str:
    a, b = i // 250 % 250, i % 250 + 1
    return (f"{i + 2}: eth{i}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n"
            f"    link/ether 02:42:ac:{i % 256:02x}:{a:02x}:{b:02x} brd ff:ff:ff:ff:ff:ff\n"
            f"    inet 10.{a}.{b}.{i % 200 + 2}/24 brd 10.{a}.{b}.255 scope global eth{i}\n"
            f"    inet6 fe80::42:acff:fe{a:02x}:{b:02x}/64 scope link\n")


def _log(i: int, rng: random.Random) -> str:
    return (f"2026-12-01T10:{i // 60 % 60:02d}:{i % 60:02d}Z INFO [worker-{i % 8}] GET"
            f" /api/v1/items/{i} 200 {i % 500}ms req={''.join(rng.choices(_HEX, k=12))}\n")


def _front_matter(size: int) -> str:
    """Front matter at the article's whole size: one list of many symptoms, then a body."""
    def unit(i: int, rng: random.Random) -> str:
        return f"  - {_sentence(rng, _WORDS, 8)} {i}\n"
    return _filled(size - 60, unit, "---\ntitle: Many symptoms\nsummary: Symptoms.\n"
                   "status: published\nsymptoms:\n", "---\n\nSee the symptoms.\n")


def _front_list(size: int) -> str:
    """Front matter holding one long list of error messages."""
    def unit(i: int, rng: random.Random) -> str:
        return f"  - \"Error 0x{i:08X}: {rng.choice(_WORDS)} failed (code {i % 977})\"\n"
    return _filled(size - 60, unit, "---\ntitle: Many errors\nsummary: Errors.\n"
                   "status: published\nerrors:\n", "---\n\nSee the errors.\n")


SHAPES: dict[str, Callable[[int], str]] = {
    "prose en": _prose("en"),
    "prose zh": _prose("zh"),
    "prose ar": _prose("ar"),
    "prose th": _prose("th"),
    "prose ru": _prose("ru"),
    "one long line (prose)": lambda s: _filled(s, lambda i, r: _sentence(r, _WORDS) + ". "),
    "one long line, no number words": lambda s: _filled(
        s, lambda i, r: _sentence(r, [w for w in _WORDS if w != "ten"]) + ". "),
    "short lines (50,000 at 1 MB)": lambda s: _filled(
        s, lambda i, r: f"Step {i} is done\n\n"[:18] + "\n"),
    "short lines in one code block": lambda s: _fenced(
        s, lambda i, r: f"step {i} done ok\n"[:19] + "\n"),
    "table rows (20,000 at 1 MB)": lambda s: _filled(
        s, lambda i, r: f"| R{i % 90}-{i} | {r.choice(_WORDS)} | {i % 60} s | ok |\n",
        "| Model | Setting | Timeout | State |\n|---|---|---|---|\n"),
    "list items (20,000 at 1 MB)": lambda s: _filled(
        s, lambda i, r: f"- {_sentence(r, _WORDS, 7)} {i}\n"),
    "one code block": lambda s: _fenced(
        s, lambda i, r: f"    result_{i} = compute(value_{i % 97}, limit={i % 1000})\n", "python"),
    "YAML config": lambda s: _fenced(s, _yaml, "yaml"),
    "JSON config": lambda s: _fenced(s, _json, "json"),
    "INI config": lambda s: _fenced(s, _ini, "ini"),
    "ip addr output": lambda s: _fenced(s, _ip_addr, "console"),
    "log lines": lambda s: _fenced(s, _log, "text"),
    "e-mail addresses at example.com (20,000 at 1 MB)": lambda s: _filled(
        s, lambda i, r: f"- write to user{i}@example.com for the team {i}\n"),
    "e-mail addresses in a code block": lambda s: _fenced(
        s, lambda i, r: f"user{i}@example.com, team {i}, jane.doe{i}@gmail.com\n"),
    "private addresses in a code block": lambda s: _fenced(
        s, lambda i, r: f"host-{i} 10.{i // 250 % 250}.{i % 250}.{i % 200 + 1} up\n"),
    "private addresses (20,000 at 1 MB)": lambda s: _filled(
        s, lambda i, r: f"- host {i} answers at 10.{i // 250 % 250}.{i % 250}.{i % 200 + 1} now\n"),
    "headings (5,000 at 1 MB)": lambda s: _filled(
        s, lambda i, r: f"## Step {i}\n\n{_sentence(r, _WORDS, 24)}.\n\n"),
    "base64 blob": lambda s: _fenced(
        s, lambda i, r: "".join(r.choices(_B64, k=76)) + "\n"),
    "base64, one line": lambda s: _filled(s, lambda i, r: "".join(r.choices(_B64, k=1000))),
    "hex blob": lambda s: _fenced(s, lambda i, r: "".join(r.choices(_HEX, k=64)) + "\n"),
    "hex, one line": lambda s: _filled(s, lambda i, r: "".join(r.choices(_HEX, k=1000))),
    "run of one letter": lambda s: "a" * s,
    "run of one digit": lambda s: "7" * s,
    "run of spaces in a line": lambda s: "x" + " " * (s - 2) + "y",
    "run of dashes": lambda s: "-" * s,
    "nested quotes and lists": lambda s: _filled(
        s, lambda i, r: "> " * (i % 20) + "- " * (i % 10) + f"{_sentence(r, _WORDS, 6)}\n"),
    "HTML": lambda s: _filled(
        s, lambda i, r: f'<div class="note"><p>{_sentence(r, _WORDS, 6)} <a href="https://'
        f'example.com/p/{i}">more</a></p></div>\n\n'),
    "front matter, many symptoms": _front_matter,
    "front matter, many errors": _front_list,
}

_RUN = """
import cProfile, json, os, pstats, sys, time
from kbgen.build.memo import Memo
from kbgen.core import loader
from kbgen.project import find_project
project = find_project({config!r})
kb, loaded = loader.load(project.content_dir, project.settings, gate=False)
taken = any(a.origin.src_uri.endswith("shape.md") for a in kb.articles)
profiler = cProfile.Profile() if {top!r} else None
start = time.process_time()
if profiler:
    profiler.enable()
problems = loader.gate_problems(project.content_dir, project.settings, kb, Memo(),
                                project.site_host)
if profiler:
    profiler.disable()
cpu = time.process_time() - start
if profiler:
    stats = pstats.Stats(profiler).stats
    print("functions by own time (calls, own s, with callees s):")
    for (path, line, function), row in sorted(stats.items(), key=lambda i: -i[1][2])[:{top!r}]:
        where = path.split("kbgen/")[-1] + f":{{line}}" if "kbgen/" in path else path
        print(f"{{row[1]:>10}} {{row[2]:7.2f}} {{row[3]:7.2f}}  {{function}} ({{where}})")
print(json.dumps({{"gate_cpu_s": round(cpu, 3), "taken": taken, "problems": len(problems),
                  "load_problems": len(loaded), "load": round(os.getloadavg()[0], 1)}}))
"""

_CONFIG = """site_name: Shapes
site_url: https://help.test.example/
docs_dir: content
use_directory_urls: false
theme:
  name: material
plugins:
  - search
  - kbgen
exclude_docs: |
  *.yml
"""


def article_text(shape: str, size: int) -> str:
    """The whole article file of `shape` at about `size` bytes, front matter included (never
    above `size`: a 1 MB article is at the limit, not beyond it)."""
    head = f"---\ntitle: A long article\nsummary: One article of {size} bytes.\n" \
           "status: published\n---\n\n"
    body = SHAPES[shape](size - len(head.encode()) - 1)
    return body if body.startswith("---\n") else head + body + "\n"


def run(tree: Path, shape: str, size: int, top: int = 0, contact: bool = False
        ) -> dict[str, object]:
    """The gate's CPU on one article of `shape` at `size` bytes, with the kbgen of `tree`;
    with `contact`, the project holds the sample's contact data (a British main line: phone
    numbers are read in a region, as on most sites)."""
    with tempfile.TemporaryDirectory(prefix="gate-shapes-") as root:
        project = Path(root)
        (project / "content" / "articles" / "billing").mkdir(parents=True)
        (project / "content" / "_data").mkdir()
        (project / "mkdocs.yml").write_text(_CONFIG, encoding="utf-8")
        (project / "content" / "index.md").write_text("# Home\n", encoding="utf-8")
        (project / "content" / "_data" / "categories.yml").write_text(
            "billing:\n  title: Billing\n  description: Payments.\n", encoding="utf-8")
        if contact:
            shutil.copyfile(REPO / "content" / "_data" / "contact.yml",
                            project / "content" / "_data" / "contact.yml")
        text = article_text(shape, size)
        (project / "content" / "articles" / "billing" / "shape.md").write_text(
            text, encoding="utf-8")
        code = _RUN.format(config=str(project / "mkdocs.yml"), top=top)
        env = {**os.environ, "PYTHONPATH": str(tree.resolve()), "NO_MKDOCS_2_WARNING": "1"}
        try:
            done = subprocess.run([sys.executable, "-c", code], env=env, cwd=project,
                                  capture_output=True, text=True, timeout=TIME_LIMIT,
                                  check=False)
        except subprocess.TimeoutExpired:
            return {"gate_cpu_s": None, "stopped_after_s": TIME_LIMIT}
        if done.returncode != 0:
            return {"gate_cpu_s": None, "error": done.stderr[-600:]}
        *printed, last = done.stdout.splitlines()
        if printed:
            print("\n".join(printed))
        result: dict[str, object] = json.loads(last)
        result["bytes"] = len(text.encode())
        result["lines"] = text.count("\n") + 1
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, default=REPO, help="the kbgen tree (this one)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--only", nargs="+", help="these shapes only (names as printed)")
    parser.add_argument("--profile", type=int, default=0,
                        help="print the N dearest functions (cProfile inflates the seconds)")
    parser.add_argument("--json", type=Path, help="write every figure to this file too")
    parser.add_argument("--contact", action="store_true",
                        help="with the sample's contact data (numbers read in its region, GB)")
    args = parser.parse_args()
    shapes = args.only or list(SHAPES)
    figures: dict[str, dict[str, object]] = {}
    for shape in shapes:
        row: dict[str, object] = {}
        previous = None
        for size in args.sizes:
            result = run(args.tree, shape, size, args.profile, args.contact)
            row[str(size)] = result
            cpu = result.get("gate_cpu_s")
            growth = (f" x{cpu / previous:.1f}" if isinstance(cpu, float) and previous
                      else "")
            previous = cpu if isinstance(cpu, float) and cpu > 0.02 else None
            taken = "" if result.get("taken", True) else " (refused by the loader)"
            print(f"{shape:55} {size:>9} B  {cpu if cpu is not None else 'STOPPED':>8} s"
                  f"{growth}{taken}  problems {result.get('problems')}"
                  f"  load {result.get('load')}", flush=True)
        figures[shape] = row
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
