"""A twelfth real help centre, held out from all tuning: Meshtastic's documentation.

Meshtastic's documentation (meshtastic.org/docs, source https://github.com/meshtastic/meshtastic,
`docs/`, GPL-3.0, see `bench/meshtastichelp/README.md`) serves the people who carry small LoRa
radios (hardware bought from Heltec, LilyGO, RAK and others) and pair them with a phone app to
send messages off the grid: choosing and flashing a device, the Android and Apple apps, the
radio's and modules' settings, antennas, MQTT, the Linux daemon, and its developers' pages
(the site's search covers them). A consumer's hardware product, unlike the other sets. Its
Docusaurus MDX pages are moved into kbgen as a team would, with nothing added (Ente's rules,
`bench/entehelp.py`):

- title: the front matter's title, else the first `#` heading;
- summary: the front matter's description, else the body's first sentence;
- body: the MDX body without its `import`/`export` lines and its components' tags (tabs,
  device images), the FAQ's accordion rows written out as questions and answers; images as
  their alt text, links inside the site as their text;
- category: the page's top folder (`hardware`, `software`, `configuration`, ...); slug: its
  path (`configuration/radio/lora` -> `configuration-radio-lora`).

Left out: the shared blocks (`docs/blocks/`, included by other pages). 308 pages at the
pinned commit.

Example:
    python bench/meshtastichelp.py --repo ~/src/meshtastic   # writes the corpus
    python bench/relevance.py --sets meshtastic              # measures it
"""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import entehelp  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "meshtastichelp" / "meshtastic-help.json.gz"
QUERIES = BENCH / "meshtastichelp" / "queries.yml"
SOURCE = "https://github.com/meshtastic/meshtastic"
PINNED_COMMIT = "b1bebb82eae8e0a6d5ed3eb15db9482300a3b237"
"""2026-08-17, the newest commit of the snapshot read."""
SITE_NAME = "Meshtastic Docs (benchmark copy)"
DOMAINS = ("meshtastic.org", "example.com")
ROOT = "docs/"
_LEFT_OUT = re.compile(r"^docs/blocks/")
_EXPORT = re.compile(r"^export\s.*?^\};?[ \t]*$\n?|^(?:import|export)\s[^\n]*\n", re.M | re.S)
_GROUP = re.compile(r"^\s+(\w+):\s*\[", re.M)
_STRING = r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`)"
_ROW = re.compile(r"title:\s*" + _STRING + r",\s*content:\s*" + _STRING, re.S)
_ACCORDION = re.compile(r"<FaqAccordion\s+rows=\{\w+\.(\w+)\}\s*/>")
_TAG_START = re.compile(r"</?[A-Z][\w.]*")


def _rows(export: str) -> dict[str, str]:
    """The FAQ's accordion rows per group, written out as `### question` and its answer."""
    starts = list(_GROUP.finditer(export))
    groups = {}
    ends = [m.start() for m in starts[1:]] + [len(export)]
    for here, end in zip(starts, ends):
        chunk = export[here.end():end]
        groups[here.group(1)] = "\n\n".join(
            f"### {' '.join(title[1:-1].split())}\n\n{content[1:-1].strip()}"
            for title, content in _ROW.findall(chunk))
    return groups


def _without_tags(body: str) -> str:
    """The body without its components' tags: each `<Name ...>` (attributes may span lines
    and hold `{...}` with tags inside) and `</Name>` dropped, text between them and HTML's
    own tags kept."""
    out, at = [], 0
    for match in _TAG_START.finditer(body):
        if match.start() < at:
            continue
        depth, end = 0, match.end()
        while end < len(body):
            char = body[end]
            depth += {"{": 1, "}": -1}.get(char, 0)
            end += 1
            if char == ">" and depth == 0:
                break
        out.append(body[at:match.start()])
        at = end
    out.append(body[at:])
    return "".join(out)


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One MDX page as an article (Ente's rules, after the MDX is read as a reader sees it)."""
    exports = "".join(m.group(0) for m in _EXPORT.finditer(text))
    rows = _rows(exports)
    text = _ACCORDION.sub(lambda m: rows.get(m.group(1), ""), _EXPORT.sub("", text))
    match = realcorpus._FRONT.match(text)
    front, body = (text[:match.end()], text[match.end():]) if match else ("", text)
    return entehelp.convert_page(name, front + _without_tags(body), ROOT)


convert = partial(entehelp.vitepress_pages, root=ROOT, left_out=_LEFT_OUT,
                  convert_one=convert_page, suffixes=(".md", ".mdx"))
"""The help centre's pages at a commit (`convert(repo, commit)`): slug, category, title,
summary and body."""


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
