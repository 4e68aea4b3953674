"""Precision and recall of the publishing gate (issue 19).

Precision: real public help centres (`bench/gatecorpus/`, see `bench/gatecorpus.py`) must pass
clean; every finding there is a false one. They are scanned as a site would run: with the help
centre's own domains allowed (`extra.kb.privacy.allow_domains`, one line of configuration),
and also bare, with nothing allowed.

Ente's help centre (`bench/entehelp/`, seen from branch fp42) is scanned too.
The Tor Project's support portal (kept for the relevance benchmark in `bench/torsupport/`),
the NeSI Support Documentation and CSC Docs were each held out for some rules, then looked
at; Fly.io Docs were held out for the rules of 2026-12-03 night (then looked at for those of
2026-12-04), NetBird Docs for those of 2026-12-04, Headscale's docs for those of branch
plat30 (2026-12-04, late afternoon). Authelia's docs were added by branch fp34 (2026-12-04
night), measured once on main's rules (the "unseen" figure), then tuned on. A help centre marked
`held_out` in `bench/gatecorpus.py` is measured only with `--measure-held-out` (not even its
count is printed otherwise: each look is a measurement), and its findings are listed only with
`--show-held-out`, once the rules are written.

Findings the gate reports as warnings (`Finding.advisory`: a port on the reader's own computer
in prose) publish the page: they are counted apart ("warnings"), never as false findings, and
never as catching a hostile case.

Recall: the hostile set must be caught: the gate's own test tables (tests/core/test_privacy.py,
tests/hostile/test_gate.py), the hostile files in tests/hostile/ that hold personal data or
secrets, and the new variants in `bench/gatecorpus/hostile.yml`. A case is caught when every
(line, kind) it expects is found (for the files and variants: at least one finding of the
kind).

Example:
    python bench/gate.py            # figures
    python bench/gate.py --show     # and every false finding, every miss, every value
                                    # accepted with its reason
    python bench/gate.py --measure-held-out  # and the held-out help centres' figures
    python bench/gate.py --show-held-out   # and the held-out help centre's findings too
    python bench/gate.py --show-held-out --held-out-only traefik kanidm  # only these
"""

from __future__ import annotations

import argparse
import gzip
import ipaddress
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from gatecorpus import CENTRES, load  # noqa: E402

from kbgen.core.examples import Acceptance  # noqa: E402
from kbgen.core.phone_regions import national_regions  # noqa: E402
from kbgen.core.privacy import Allowed, Finding, scan  # noqa: E402

OWN_DOMAINS = {"duckduckgo": ("duckduckgo.com", "duck.com"),
               "arduino": ("arduino.cc", "arduino.local"),
               "torsupport": ("torproject.org",),
               "nesi": ("nesi.org.nz",),
               "csc": ("csc.fi",),
               "fly": ("fly.io", "fly.dev", "flyio.net", "internal"),
               "netbird": ("netbird.io", "netbird.cloud", "netbird.internal"),
               "pihole": ("pi-hole.net",),
               "mastodon": ("joinmastodon.org", "mastodon.local"),
               "headscale": ("headscale.net",),
               "authelia": ("authelia.com",),
               "traefik": ("traefik.io",),
               "kanidm": ("kanidm.com",),
               "homepage": ("gethomepage.dev",),
               "ente": ("ente.io", "ente.com"),
               "dokku": ("dokku.com", "dokku.me"),
               "synapse": ("element.io", "matrix.org"),
               "opencloudde": ("opencloud.eu",),
               "kanboard": ("kanboard.org", "kanboard.net"),
               "jekyll": ("jekyllrb.com",),
               "material": ("squidfunk.github.io", "squidfunk.com"),
               "fireflyiii": ("firefly-iii.org",),
               "linuxserver": ("linuxserver.io",),
               "netbox": ("netbox.dev", "netboxlabs.com"),
               "plausible": ("plausible.io",),
               "mdad": ("devture.com",),
               "ivpn": ("ivpn.net",),
               "disrootfr": ("disroot.org",),
               "antennapod": ("antennapod.org",),
               "meshtastic": ("meshtastic.org",),
               "zettlrintl": ("zettlr.com",),
               "deltachatintl": ("delta.chat", "chatmail.at"),
               "fairemail": ("fairemail.net", "faircode.eu"),
               "quad9": ("quad9.net",),
               "xray": ("xtls.github.io",),
               "turris": ("turris.cz", "turris.com", "nic.cz"),
               "libretro": ("libretro.com", "retroarch.com"),
               "dms": ("docker-mailserver.github.io",),
               "pangolin": ("fossorial.io", "digpangolin.com"),
               "rustdesk": ("rustdesk.com",),
               "opnsense": ("opnsense.org",),
               "mailu": ("mailu.io",),
               "wgeasy": ("wg-easy.github.io",),
               "maddy": ("maddy.email",),
               "netplan": ("netplan.io", "netplan.readthedocs.io"),
               "algo": ("trailofbits.com",),
               "firezone": ("firezone.dev",),
               "haraka": ("haraka.github.io",),
               "seafile": ("seafile.com",),
               "frigate": ("frigate.video",),
               "mealie": ("mealie.io",)}
"""What each help centre would allow as its own (`arduino.local` is the name its boards
answer to on a customer's network, which the gate's advice says to allow-list; `fly.dev`
is where Fly.io serves its customers' apps, `flyio.net` its status page, `internal` the private
DNS zone every Fly.io organisation gets, `<app>.internal` (allowed from 2026-12-04, as the
platform's network is by `OWN_NETWORKS`); `netbird.cloud` is
the DNS domain NetBird gives its customers' peers, chosen before NetBird was measured;
`mastodon.local` is the name of Mastodon's own development machine (its Vagrant set-up), whose
example accounts its API pages show, added on 2026-12-04 (branch fp32) after looking;
`netbird.internal`, the zone NetBird's docs give their example peers and services
(`wiki.netbird.internal`), added by branch fp32 after NetBird was measured held out;
`authelia.com`, Authelia's site, chosen before Authelia was measured; `traefik.io` and
`kanidm.com`, the projects' sites, chosen before either was measured; `ente.io`, `ente.com`,
Ente's; `gethomepage.dev`, Homepage's site, chosen before it was measured; `dokku.com`,
Dokku's site, and `dokku.me`, the project's own domain its docs name apps under; `element.io`,
the company that makes Synapse, and `matrix.org`, the foundation whose project it was, both
chosen before either was measured; `opencloud.eu`, OpenCloud's site and docs, and
`kanboard.org`, `kanboard.net`, Kanboard's sites now and before, all chosen before looking;
`jekyllrb.com`, Jekyll's site, and `squidfunk.github.io`,
where Material for MkDocs' docs are served, chosen before either was measured; `squidfunk.com`,
its author's own domain, whose `sponsors@` mailbox its Insiders page gives, added by branch fp47
after looking, as a site allows its own domain; `firefly-iii.org`, Firefly III's site and docs,
chosen before it was measured; `linuxserver.io`, LinuxServer.io's site and docs, chosen before
they were measured; `netbox.dev`, NetBox's site, and `netboxlabs.com`, the company that serves its
docs, chosen before they were measured; `plausible.io`, Plausible's site, app and docs, and
`devture.com`, the domain of MDAD's author where the project's support room lives
(`#matrix-docker-ansible-deploy:devture.com`, its README), both chosen before either was
measured; `ivpn.net`, IVPN's site, account area and help, `disroot.org`, the domain of Disroot's
services and of its users' mail addresses, and `antennapod.org`, AntennaPod's site, all three
chosen before any was measured; `meshtastic.org`, Meshtastic's site, docs and web client, and
`zettlr.com`, Zettlr's site and docs, both chosen before either was measured; `delta.chat`,
Delta Chat's site and help, and `chatmail.at`, its makers' site of the chatmail relays it uses,
`fairemail.net`, FairEmail's site, and `faircode.eu`, its maker's domain (its support mailbox),
all four chosen before either help centre was measured; `quad9.net`, the site, docs and
resolver names of Quad9's public DNS service, chosen before it was measured; `xtls.github.io`,
where Xray's docs are served, and `turris.cz`, `turris.com`, `nic.cz`, the Turris routers' sites
and their maker CZ.NIC's, all chosen before either was measured; `docker-mailserver.github.io`,
where docker-mailserver's docs are served, and `fossorial.io`, `digpangolin.com`, Pangolin's
maker's and product's sites, chosen before either was measured; `rustdesk.com`, RustDesk's site,
docs and public servers, chosen before it was measured; `opnsense.org`, OPNsense's site, docs
and forum, and `mailu.io`, Mailu's site and docs, both chosen before either was measured;
`wg-easy.github.io`, where wg-easy's docs are served, and `maddy.email`, maddy's site and docs,
both chosen before either was measured; `netplan.io`, Netplan's site, and
`netplan.readthedocs.io`, where its docs are served, and `trailofbits.com`, the domain of Algo's
makers (its docs live in its repository), all chosen before either was measured;
`firezone.dev`, Firezone's site, app and knowledge base, `haraka.github.io`, where Haraka's
docs are served, and `seafile.com`, Seafile's site (its manual is `manual.seafile.com`), all
chosen before any was measured; `frigate.video`, Frigate's site and docs, and `mealie.io`,
Mealie's site and docs (`docs.mealie.io`), both chosen before either was measured)."""
OWN_PHONES = {"torsupport": ("+447421000612", "+17787431312"), "csc": ("+35894572821",)}
"""The help centre's own support lines, as its contact data (`content/_data/contact.yml`)
would list them: the gate always allows those (CSC's service desk, from its contact page)."""
MAIN_REGIONS = {"jekyll": "GB", "material": "GB"}
"""The region of the site's main support line, whose national numbers the gate reads as
`kbgen check` does: Jekyll's and Material's docs were moved into a `kbgen init` project that
kept its default line (+44 20 7946 0000), as a new user does (branch new46)."""
OWN_NETWORKS = {"fly": ("fdaa::/16",)}
"""A platform's documented private network (`extra.kb.privacy.allow_networks`): every Fly.io
organisation's 6PN addresses are in fdaa::/16 (fly.io/docs/networking/private-networking)."""
TOR = BENCH / "torsupport/tor-support.json.gz"
"""The Tor Project's support portal (kept for the relevance benchmark, see its README): held
out for the first of this session's rules, then looked at (loopback in code, OpenPGP
fingerprints, digests in URL paths came from it)."""
ENTE = BENCH / "entehelp/ente-help.json.gz"
"""Ente's help centre (kept for the relevance benchmark, see its README; its links inside the
help centre are plain text there): self-hosting guides with Kubernetes manifests and Compose
files. Scanned from 2026-12-05 (branch fp42, where its `secretName` and `# change me` values
were looked at)."""
HOSTILE_FILES = ("aws-key.md", "card-number.md", "pasted-ticket.md", "private-key.md")
"""The files of tests/hostile/ that hold personal data or secrets."""


@dataclass(frozen=True)
class Case:
    """A hostile text and what must be found in it."""

    name: str
    text: str
    expected: tuple[tuple[int | None, str], ...]
    """(line or None for any line, kind)."""
    region: str | None = None
    languages: tuple[str, ...] = ()
    """The site's languages (`languages: [ru]` in hostile.yml): their regions' national
    numbers are read too (kbgen.core.phone_regions)."""
    allow_domains: tuple[str, ...] = ()
    """The site's `allow_domains` (`allow_domains: [gmail.com]` in hostile.yml)."""

    def caught(self, findings: list[Finding]) -> bool:
        """Every expected (line, kind) among the findings."""
        found = {(f.line, f.kind) for f in findings}
        kinds = {f.kind for f in findings}
        return all((line, kind) in found if line else kind in kinds
                   for line, kind in self.expected)


def hostile_cases() -> Iterator[Case]:
    """The gate's test tables, the hostile files and the new variants."""
    from tests.core.test_privacy import FOUND, PLUGIN_EXAMPLES
    from tests.hostile.test_gate import IN_ARTICLES

    for text, region, expected, _ in FOUND:
        yield Case(f"test_privacy: {text[:50]!r}", text, tuple(expected), region)
    for value, kind, _ in PLUGIN_EXAMPLES:
        yield Case(f"plugin example: {value[:40]!r}", value, ((1, kind),))
    for case, body, line, problem, _ in IN_ARTICLES:
        yield Case(f"test_gate: {case}", body, ((line, problem.split(" (")[0]),))
    for name in HOSTILE_FILES:
        text = (BENCH.parent / "tests/hostile" / name).read_text(encoding="utf-8")
        yield Case(f"hostile file: {name}", text, (None, ""))  # type: ignore[arg-type]
    from tests.hostile.test_documentation_lookalikes import LOOKALIKES

    for case, text, kind in LOOKALIKES:
        yield Case(f"lookalike: {case}", text, ((None, kind),))
    from tests.hostile.test_repeated_examples import REPEATED

    for case, text, line, kind in REPEATED:
        yield Case(f"repeated example: {case}", text, ((line, kind),))
    from tests.hostile.test_claims_in_languages import CLAIMED

    for case, text, line, kind in CLAIMED:
        yield Case(f"claimed in a language: {case}", text, ((line, kind),))
    from tests.yaml_tables import yaml_table

    variants = yaml_table(BENCH / "gatecorpus/hostile.yml")
    for variant in variants:
        yield Case(f"variant: {variant['id']}", variant["text"], ((None, variant["kind"]),),
                   variant.get("region"), tuple(variant.get("languages", ())),
                   tuple(variant.get("allow_domains", ())))


def _caught(case: Case, findings: list[Finding]) -> bool:
    findings = [f for f in findings if not f.advisory]  # a warning publishes: not caught
    if case.expected == (None, ""):
        return bool(findings)
    return case.caught(findings)


def _precision(name: str, articles: list[dict[str, Any]], show: bool,
               languages: tuple[str, ...] = ()) -> tuple[int, int]:
    """(false findings, bare findings) in one help centre; prints its line. With `languages`,
    national numbers of their regions and of the centre's own lines are read too."""
    regions = national_regions(languages, OWN_PHONES.get(name, ()), None) if languages else ()
    allowed = Allowed(domains=frozenset(OWN_DOMAINS[name]),
                      phones_e164=frozenset(OWN_PHONES.get(name, ())),
                      networks=tuple(map(ipaddress.ip_network, OWN_NETWORKS.get(name, ()))),
                      national_regions=regions)
    false = bare = advised = 0
    for article in articles:
        region = MAIN_REGIONS.get(name)
        bare += sum(not f.advisory for f in scan(article["body"], default_region=region))
        explained: list[Acceptance] = []
        findings = scan(article["body"], allowed, explain=explained, default_region=region)
        false += sum(not f.advisory for f in findings)
        advised += sum(f.advisory for f in findings)
        if show:
            lines = article["body"].split("\n")
            for f in findings:
                print(f"  {name}/{article['source']}:{f.line}: {f.kind} ({f.excerpt})"
                      + (" [warning]" if f.advisory else "")
                      + f" | {lines[f.line - 1].strip()[:160]}")
            for a in explained:
                print(f"  accepted {name}/{article['source']}:{a.line}: {a.kind} ({a.excerpt})"
                      f": {a.reason}")
    _line(name, len(articles), false, bare, advised)
    return false, bare


def _line(name: str, articles: int, false: int, bare: int, advised: int | None = None) -> None:
    print(f"  {name:<11} {articles:>4} articles: {false:>3} false findings"
          f" ({100 * false / articles:.2f} per 100); bare {bare} ({100 * bare / articles:.2f})"
          + ("" if advised is None else f"; warnings {advised}"))


def main(argv: list[str] | None = None) -> int:
    """Print precision on the real help centres and recall on the hostile set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="List false findings and misses.")
    parser.add_argument("--measure-held-out", action="store_true",
                        help="Also measure the held-out help centres (once the rules are done).")
    parser.add_argument("--show-held-out", action="store_true",
                        help="Also list the held-out help centre's false findings.")
    parser.add_argument("--held-out-only", nargs="+", metavar="NAME",
                        help="Measure only these held-out help centres (a new one's first look,"
                             " without looking again at the others; the seen ones are"
                             " skipped).")
    parser.add_argument("--languages", nargs="+", default=(),
                        help="Scan the clean text as a site in these languages would: national"
                             " phone numbers of their regions read too (e.g. --languages en).")
    args = parser.parse_args(argv)
    total_articles = total_false = total_bare = 0
    print("clean real text (false findings; per 100 articles)")
    seen = [(centre.name, load(centre)) for centre in CENTRES if not centre.held_out]
    seen += [(name, json.loads(gzip.decompress(path.read_bytes())))
             for name, path in (("torsupport", TOR), ("ente", ENTE))]
    for name, articles in () if args.held_out_only else seen:
        false, bare = _precision(name, articles, args.show, tuple(args.languages))
        total_articles += len(articles)
        total_false += false
        total_bare += bare
    if total_articles:
        _line("all", total_articles, total_false, total_bare)
    held_out = [centre for centre in CENTRES if centre.held_out
                and centre.name in (args.held_out_only or (centre.name,))]
    measure = args.measure_held_out or args.show_held_out
    if held_out:
        print("held out: never looked at while writing the rules"
              + ("" if measure else f" ({len(held_out)}, not measured: --measure-held-out)"))
    for centre in held_out if measure else ():
        _precision(centre.name, load(centre), args.show_held_out, tuple(args.languages))
    groups: dict[str, list[bool]] = {}
    print("hostile set (caught / total)")
    for case in hostile_cases():
        allowed = Allowed(national_regions=national_regions(case.languages, (), case.region),
                          domains=frozenset(case.allow_domains))
        caught = _caught(case, scan(case.text, allowed, default_region=case.region))
        groups.setdefault(case.name.split(":")[0], []).append(caught)
        if args.show and not caught:
            print(f"  missed: {case.name}")
    for group, results in groups.items():
        print(f"  {group:<15} {sum(results):>3} / {len(results)}")
    every = [r for results in groups.values() for r in results]
    print(f"  {'all':<15} {sum(every):>3} / {len(every)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
