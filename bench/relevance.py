"""Relevance, side by side: kbgen's search and two plain peers, on twenty-two sets.

- **sample**: the repository's own sample help centre (`content/`) with `bench/relevance.yml`;
- **real**: a real public help centre moved in as it is (`bench/realcorpus.py`: title, summary
  and body only) with `bench/realcorpus/queries.yml`, customer queries written before tuning:
  the development set, the one ranking changes are tuned on;
- **tor**: a second real help centre (`bench/torsupport.py`, the Tor Project's support
  portal) with `bench/torsupport/queries.yml`; a development set now (its misses were read);
- **arduino**: a third real help centre (`bench/arduinohelp.py`, the Arduino Help Center)
  with `bench/arduinohelp/queries.yml`; a development set now (its misses were read);
- **nesi**: a fourth real help centre, held out and never tuned on (`bench/nesihelp.py`, the
  NeSI Support Documentation) with `bench/nesihelp/queries.yml`;
- **gnome**: a sixth, held out and never tuned on (`bench/gnomehelp.py`, GNOME Help, the
  desktop's help centre for its users) with `bench/gnomehelp/queries.yml`;
- **netbird**: a seventh, held out and never tuned on (`bench/netbirdhelp.py`, NetBird's
  documentation and help pages: a VPN, cloud and self-hosted) with
  `bench/netbirdhelp/queries.yml`;
- **mastodon**: an eighth, a tuning set (`bench/mastodonhelp.py`, Mastodon's documentation:
  a social network's users, server admins and API clients) with
  `bench/mastodonhelp/queries.yml`;
- **ente**: a ninth, a tuning set (`bench/entehelp.py`, Ente's help centre: an encrypted photo
  backup app, a 2FA app, a document locker and their self-hosted server) with
  `bench/entehelp/queries.yml`;
- **coolify**: a tenth, held out and never tuned on (`bench/coolifyhelp.py`, Coolify's
  documentation: a self-hosted platform for apps, databases and one-click services) with
  `bench/coolifyhelp/queries.yml`;
- **joplin**: an eleventh, held out until rel44 measured it once (`bench/joplinhelp.py`,
  Joplin's help site: a note-taking app's users, its news posts and developers' pages) with
  `bench/joplinhelp/queries.yml`, a tuning set now (its figure is recorded);
- **meshtastic**: a twelfth, held out and never tuned on (`bench/meshtastichelp.py`,
  Meshtastic's documentation: LoRa radios and their phone apps, a consumer's hardware) with
  `bench/meshtastichelp/queries.yml`, a tuning set now (rel46 recorded its figure);
- **darktable**: a thirteenth, held out and never tuned on (`bench/darktablehelp.py`,
  darktable's user manual: a desktop application that develops raw photos) with
  `bench/darktablehelp/queries.yml`;
- **grav**: a fourteenth, held out and never tuned on (`bench/gravhelp.py`, Grav Learn: a
  flat-file CMS's own help for the people who build and run a site with it) with
  `bench/gravhelp/queries.yml`;
- **audacity**: a fifteenth, held out and never tuned on (`bench/audacityhelp.py`, Audacity
  Support: a desktop audio editor's help, with the release notes of every version) with
  `bench/audacityhelp/queries.yml`;
- **qubes**: a sixteenth, held out and never tuned on (`bench/qubeshelp.py`, the Qubes OS
  documentation: a desktop operating system of separate virtual machines, its users' guides
  beside its developers' pages) with `bench/qubeshelp/queries.yml`.
- **ivpn**: a seventeenth, a tuning set (`bench/ivpnhelp.py`, IVPN's help: a paid VPN
  service's knowledge base and setup guides, billing and account pages included) with
  `bench/ivpnhelp/queries.yml`;
- **retroarch**: an eighteenth, a tuning set (`bench/retroarchhelp.py`, the libretro docs:
  RetroArch's players' guides, a page per emulator core, and the developers' pages) with
  `bench/retroarchhelp/queries.yml`;
- **photoprism**: a nineteenth, a tuning set (`bench/photoprismhelp.py`, the PhotoPrism docs:
  a self-hosted photo library's setup, troubleshooting, FAQ and user guide, and the
  developers' pages) with `bench/photoprismhelp/queries.yml`, written blind by rel59;
- **rclone**: a twentieth, moved in with `kbgen import` as a new user does
  (`bench/rclonehelp.py`, the rclone docs: syncing, mounting and encrypting files on some
  seventy cloud services, a page per service and per command) with
  `bench/rclonehelp/queries.yml`, written blind by find61;
- **authelia**: a twenty-first, moved in with `kbgen import` (`bench/autheliahelp.py`, the
  Authelia docs: a self-hosted single sign-on portal behind a reverse proxy, its OpenID
  Connect client guides and command line) with `bench/autheliahelp/queries.yml`, written
  blind by find61;
- **pikvm**: a twenty-second, moved in with `kbgen import` (`bench/pikvmhelp.py`, the PiKVM
  Handbook: a KVM-over-IP device's guides, FAQ and troubleshooting, and its blog of releases)
  with `bench/pikvmhelp/queries.yml`, written blind by find64;
- **plausible**: a twenty-third, moved in with `kbgen import` (`bench/plausiblehelp.py`,
  Plausible Analytics' docs: a hosted analytics service's customer help centre: account,
  billing, installing through site builders, reading the dashboard) with
  `bench/plausiblehelp/queries.yml`, written blind by find65;
- **vagov**: a twenty-fourth, moved in with `kbgen import` (`bench/vagovhelp.py`, VA.gov's
  pages: a government service's public help for veterans and families: signing in, payments,
  disability claims and appeals, health care, the GI Bill, home loans, burials) with
  `bench/vagovhelp/queries.yml`, written blind by find66.

The peers use lunr's tokens, stop words and stemmer, and no synonyms, prefixes or typos: what
a 30-line search would do. **BM25** is textbook BM25 (k1 1.2, b 0.75) over one field, title +
summary + body as plain text; **BM25F** keeps title, summary, headings and body apart, weighs
them 3, 2, 2 and 1 and normalises each by its own average length before one saturation (the
usual BM25F). kbgen is `kbgen.core.search` over the index the site ships (the browser ranks the
same; tests/browser checks it).

Example:
    python bench/relevance.py            # both sets, a table and the queries not found first
    python bench/relevance.py --misses   # every query whose answer is not first, with ranks
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(1, str(REPO))
import arduinohelp  # noqa: E402
import audacityhelp  # noqa: E402
import autheliahelp  # noqa: E402
import coolifyhelp  # noqa: E402
import darktablehelp  # noqa: E402
import entehelp  # noqa: E402
import gnomehelp  # noqa: E402
import gravhelp  # noqa: E402
import ivpnhelp  # noqa: E402
import joplinhelp  # noqa: E402
import mastodonhelp  # noqa: E402
import meshtastichelp  # noqa: E402
import nesihelp  # noqa: E402
import netbirdhelp  # noqa: E402
import photoprismhelp  # noqa: E402
import pikvmhelp  # noqa: E402
import plausiblehelp  # noqa: E402
import qubeshelp  # noqa: E402
import rclonehelp  # noqa: E402
import realcorpus  # noqa: E402
import retroarchhelp  # noqa: E402
import torsupport  # noqa: E402
import vagovhelp  # noqa: E402

K1, B = 1.2, 0.75
BM25F_FIELDS = {"title": 3.0, "summary": 2.0, "headings": 2.0, "body": 1.0}
"""The BM25F peer's fields and weights."""
HELD_OUT = ("nesi", "gnome", "netbird", "coolify", "darktable", "grav", "audacity",
            "qubes")
"""Sets no ranking change is tuned on: report them, never tune on them."""


def corpus(config: Path) -> tuple[list[Any], Any, list[str]]:
    """Published articles of a kbgen project, its synonyms, and each article's place (its
    category's title, as the site indexes it)."""
    from kbgen.core.loader import load
    from kbgen.core.search_place import place_text
    from kbgen.project import find_project

    project = find_project(config)
    kb, _ = load(project.content_dir, project.settings)
    articles = [a for a in kb.articles if a.meta.status == "published"]
    return articles, kb.synonyms, [place_text(a, kb.categories) for a in articles]


def kbgen_rankings(articles: list[Any], synonyms: Any, queries: list[str],
                   places: list[str] | None = None) -> list[list[str]]:
    """Top-10 slugs per query from kbgen's search, indexed as the site indexes them."""
    from kbgen.core import search as searching

    documents = [searching.article_document(a, a.origin.display_path, place=place)
                 for a, place in zip(articles, places or [""] * len(articles), strict=True)]
    index = searching.build_index(documents, synonyms)
    return [[articles[int(hit.ref)].slug for hit in searching.search(index, query, 10)]
            for query in queries]


def bm25_rankings(articles: list[Any], queries: list[str]) -> list[list[str]]:
    """Top-10 slugs per query from a plain BM25 over title, summary and body."""
    from kbgen.core import search as searching

    texts = [f"{a.meta.title} {a.meta.summary} {searching.plain_text(a.public_body)}"
             for a in articles]
    counts = [Counter(searching._pipeline(text)) for text in texts]
    lengths = [sum(c.values()) for c in counts]
    average = sum(lengths) / len(lengths)

    def tf(ref: int, stem: str) -> float:
        """The term's count, normalised by the document's length (BM25's b)."""
        return counts[ref].get(stem, 0) / (1 - B + B * lengths[ref] / average)

    return _ranked(articles, queries, [set(c) for c in counts], tf)


def bm25f_rankings(articles: list[Any], queries: list[str]) -> list[list[str]]:
    """Top-10 slugs per query from a plain BM25F over title, summary, headings and body."""
    from kbgen.core import search as searching

    documents = [searching.article_document(a, a.origin.display_path) for a in articles]
    counts = [{name: Counter(searching._pipeline(str(doc[name]))) for name in BM25F_FIELDS}
              for doc in documents]
    lengths = [{name: sum(c[name].values()) for name in BM25F_FIELDS} for c in counts]
    average = {name: (sum(length[name] for length in lengths) / len(lengths)) or 1.0
               for name in BM25F_FIELDS}

    def tf(ref: int, stem: str) -> float:
        """The fields' weighted counts, each normalised by its own length (BM25F)."""
        return sum(weight * counts[ref][name].get(stem, 0)
                   / (1 - B + B * lengths[ref][name] / average[name])
                   for name, weight in BM25F_FIELDS.items())

    return _ranked(articles, queries, [set().union(*map(set, c.values())) for c in counts], tf)


def _ranked(articles: list[Any], queries: list[str], terms: list[set[str]],
            tf: Callable[[int, str], float]) -> list[list[str]]:
    """Top-10 slugs per query: BM25's idf and saturation of `tf`, summed over query stems."""
    from kbgen.core import search as searching

    df = Counter(term for held in terms for term in held)
    n = len(articles)
    rankings = []
    for query in queries:
        stems = {t.stem for t in searching.query_terms(query)}
        scores = {}
        for ref, held in enumerate(terms):
            score = 0.0
            for stem in stems & held:
                frequency = tf(ref, stem)
                idf = math.log(1 + (n - df[stem] + 0.5) / (df[stem] + 0.5))
                score += idf * frequency * (K1 + 1) / (frequency + K1)
            if score:
                scores[ref] = score
        best = sorted(scores, key=lambda ref: (-scores[ref], ref))[:10]
        rankings.append([articles[ref].slug for ref in best])
    return rankings


def scores(rankings: list[list[str]], expected: list[list[str]],
           queries: list[str]) -> dict[str, Any]:
    """recall@5 and MRR (first expected slug in the first 10) of rankings."""
    hits, reciprocal, misses = 0, 0.0, []
    for ranked, want, query in zip(rankings, expected, queries):
        ranks = [ranked.index(slug) + 1 for slug in want if slug in ranked]
        rank = min(ranks) if ranks else None
        hits += bool(rank and rank <= 5)
        reciprocal += 1 / rank if rank else 0.0
        if rank != 1:
            misses.append({"query": query, "expected": want, "rank": rank, "got": ranked[:3]})
    count = len(expected) or 1
    return {"queries": len(expected), "recall_at_5": round(hits / count, 3),
            "mrr": round(reciprocal / count, 3), "not_first": misses}


def sets(work: Path) -> dict[str, tuple[Path, list[str], list[list[str]]]]:
    """Each set: mkdocs.yml, queries and expected slugs."""
    sample = yaml.safe_load((BENCH / "relevance.yml").read_text(encoding="utf-8"))
    real = realcorpus.load_queries()
    held_out = torsupport.load_queries()
    arduino = arduinohelp.load_queries()
    nesi = nesihelp.load_queries()
    gnome = gnomehelp.load_queries()
    netbird = netbirdhelp.load_queries()
    mastodon = mastodonhelp.load_queries()
    ente = entehelp.load_queries()
    coolify = coolifyhelp.load_queries()
    joplin = joplinhelp.load_queries()
    meshtastic = meshtastichelp.load_queries()
    darktable = darktablehelp.load_queries()
    grav = gravhelp.load_queries()
    audacity = audacityhelp.load_queries()
    qubes = qubeshelp.load_queries()
    ivpn = ivpnhelp.load_queries()
    retroarch = retroarchhelp.load_queries()
    photoprism = photoprismhelp.load_queries()
    rclone = rclonehelp.load_queries()
    authelia = autheliahelp.load_queries()
    pikvm = pikvmhelp.load_queries()
    plausible = plausiblehelp.load_queries()
    vagov = vagovhelp.load_queries()
    return {"sample": (REPO / "mkdocs.yml", [r["query"] for r in sample],
                       [[r["expected"]] for r in sample]),
            "real": (realcorpus.write_project(work / "real"), [r["query"] for r in real],
                     [r["expected"] for r in real]),
            "tor": (torsupport.write_project(work / "tor"), [r["query"] for r in held_out],
                    [r["expected"] for r in held_out]),
            "arduino": (arduinohelp.write_project(work / "arduino"),
                        [r["query"] for r in arduino], [r["expected"] for r in arduino]),
            "nesi": (nesihelp.write_project(work / "nesi"), [r["query"] for r in nesi],
                     [r["expected"] for r in nesi]),
            "gnome": (gnomehelp.write_project(work / "gnome"), [r["query"] for r in gnome],
                      [r["expected"] for r in gnome]),
            "netbird": (netbirdhelp.write_project(work / "netbird"),
                        [r["query"] for r in netbird], [r["expected"] for r in netbird]),
            "mastodon": (mastodonhelp.write_project(work / "mastodon"),
                         [r["query"] for r in mastodon], [r["expected"] for r in mastodon]),
            "ente": (entehelp.write_project(work / "ente"), [r["query"] for r in ente],
                     [r["expected"] for r in ente]),
            "coolify": (coolifyhelp.write_project(work / "coolify"),
                        [r["query"] for r in coolify], [r["expected"] for r in coolify]),
            "joplin": (joplinhelp.write_project(work / "joplin"),
                       [r["query"] for r in joplin], [r["expected"] for r in joplin]),
            "meshtastic": (meshtastichelp.write_project(work / "meshtastic"),
                           [r["query"] for r in meshtastic],
                           [r["expected"] for r in meshtastic]),
            "darktable": (darktablehelp.write_project(work / "darktable"),
                          [r["query"] for r in darktable], [r["expected"] for r in darktable]),
            "grav": (gravhelp.write_project(work / "grav"),
                     [r["query"] for r in grav], [r["expected"] for r in grav]),
            "audacity": (audacityhelp.write_project(work / "audacity"),
                         [r["query"] for r in audacity], [r["expected"] for r in audacity]),
            "qubes": (qubeshelp.write_project(work / "qubes"),
                      [r["query"] for r in qubes], [r["expected"] for r in qubes]),
            "ivpn": (ivpnhelp.write_project(work / "ivpn"),
                     [r["query"] for r in ivpn], [r["expected"] for r in ivpn]),
            "retroarch": (retroarchhelp.write_project(work / "retroarch"),
                          [r["query"] for r in retroarch], [r["expected"] for r in retroarch]),
            "photoprism": (photoprismhelp.write_project(work / "photoprism"),
                           [r["query"] for r in photoprism],
                           [r["expected"] for r in photoprism]),
            "rclone": (rclonehelp.write_project(work / "rclone"),
                       [r["query"] for r in rclone], [r["expected"] for r in rclone]),
            "authelia": (autheliahelp.write_project(work / "authelia"),
                         [r["query"] for r in authelia], [r["expected"] for r in authelia]),
            "pikvm": (pikvmhelp.write_project(work / "pikvm"),
                      [r["query"] for r in pikvm], [r["expected"] for r in pikvm]),
            "plausible": (plausiblehelp.write_project(work / "plausible"),
                          [r["query"] for r in plausible], [r["expected"] for r in plausible]),
            "vagov": (vagovhelp.write_project(work / "vagov"),
                      [r["query"] for r in vagov], [r["expected"] for r in vagov])}


def measure(work: Path, only: list[str] | None = None, peers: bool = True
            ) -> dict[str, dict[str, Any]]:
    """Figures of kbgen and of the peers on every set (or the sets named in `only`)."""
    figures: dict[str, dict[str, Any]] = {}
    for name, (config, queries, expected) in sets(work).items():
        if only and name not in only:
            continue
        articles, synonyms, places = corpus(config)
        figures[name] = {
            "articles": len(articles),
            "kbgen": scores(kbgen_rankings(articles, synonyms, queries, places), expected,
                            queries)}
        if peers:
            figures[name]["bm25"] = scores(bm25_rankings(articles, queries), expected, queries)
            figures[name]["bm25f"] = scores(bm25f_rankings(articles, queries), expected,
                                            queries)
    return figures


def table(figures: dict[str, dict[str, Any]], misses: bool = False,
          held_out_misses: bool = False) -> str:
    """Side by side: recall@5 / MRR per set, kbgen and the peers (held-out sets marked *)."""
    lines = [f"{'set':<9}{'articles':>9}{'queries':>9}   {'kbgen R@5 / MRR':<18}"
             f"{'BM25 R@5 / MRR':<18}{'BM25F R@5 / MRR':<18}"]
    for name, figure in figures.items():
        row = f"{name + ('*' if name in HELD_OUT else ''):<9}{figure['articles']:>9}"
        row += f"{figure['kbgen']['queries']:>9}   "
        for who in ("kbgen", "bm25", "bm25f"):
            if who not in figure:
                continue
            row += f"{figure[who]['recall_at_5']:.3f} / {figure[who]['mrr']:.3f}    "
        lines.append(row.rstrip())
    for name, figure in figures.items():
        if name in HELD_OUT and not held_out_misses:
            continue
        shown = figure["kbgen"]["not_first"] if misses else [
            m for m in figure["kbgen"]["not_first"] if not m["rank"] or m["rank"] > 5]
        if shown:
            lines.append(f"\n{name}: kbgen, {'not first' if misses else 'not in the top 5'}:")
        for miss in shown:
            lines.append(f"  {miss['query']!r}: want {miss['expected']}, rank {miss['rank']}, "
                         f"top {miss['got']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true",
                        help="List every query whose expected article is not first.")
    parser.add_argument("--held-out-misses", action="store_true",
                        help="Also list the held-out sets' misses (read them only to report: "
                             "a change made for them overfits).")
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    parser.add_argument("--sets", nargs="+", help="Measure only these sets (while tuning: "
                        "leave the held-out ones out).")
    parser.add_argument("--no-peers", action="store_true", help="Measure kbgen only.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kbgen-relevance-") as work:
        figures = measure(Path(work), args.sets, not args.no_peers)
    print(table(figures, args.misses, args.held_out_misses))
    if args.json:
        for name in HELD_OUT if not args.held_out_misses else ():
            for who in figures.get(name, {}).values():
                if isinstance(who, dict):
                    who.pop("not_first", None)  # figures only: its misses stay unread
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
