"""Real public help centres, as their authors wrote them, for the gate's precision benchmark.

Help centres under open licences, read at pinned commits, bodies kept as written (links,
URLs, code and HTML stay: that is where a gate cries wolf); only front matter is dropped and
template tags (Jekyll's Liquid) are removed:

- DuckDuckGo Help Pages (https://github.com/duckduckgo/duckduckgo-help-pages, MIT);
- Arduino Help Center (https://github.com/arduino/help-center-content, CC BY-SA 4.0), the
  Markdown export of a Zendesk help centre (support.arduino.cc);
- NeSI Support Documentation (https://github.com/nesi/support-docs, GPL-3.0), the MkDocs
  help centre of New Zealand's research computing service (docs.nesi.org.nz): held out at
  first, then the source of the third and fourth sets of rules;
- CSC Docs (https://github.com/CSCfi/csc-user-guide, CC BY 4.0), the MkDocs user guide of
  CSC, Finland's IT centre for science (docs.csc.fi): held out for the rules of 2026-12-03
  evening, measured once, then looked at (see bench/RESULTS.md);
- Fly.io Docs (https://github.com/superfly/docs, Apache-2.0), the help centre of a cloud
  platform (fly.io/docs): guides, troubleshooting, networking, databases, billing and support.
  Its generated command reference (`flyctl/cmd/`, one page per command) and job ads are left
  out. Held out from 2026-12-03 night (issue 19): measured blind before any rule of that night,
  then looked at for the rules of 2026-12-04 (identifiers, output blocks, platform networks);
- NetBird Docs (https://github.com/netbirdio/docs, BSD-3-Clause), the help centre of a
  WireGuard-based private network (docs.netbird.io): install, manage, self-host,
  troubleshooting. Its API reference generated from OpenAPI (`src/pages/ipa/resources/`) is
  left out; pages are MDX, titled in code, so the file name stands for the title. Held out
  from 2026-12-04 (issue 19): measured blind before and after that day's rules; looked at
  (seen) from branch fp44 (2026-12-05), whose rules its findings shaped;
- Pi-hole docs (https://github.com/pi-hole/docs, CC BY-SA 4.0), the MkDocs help centre of a
  network-wide DNS ad blocker: networking how-tos, its API and configuration (issue 19,
  imported as a new user would on 2026-12-04, branch import29; rules of imp30);
- Mastodon documentation (https://github.com/mastodon/documentation, GNU FDL 1.3), the Hugo
  docs of the fediverse server, English pages only (`content/en/`): its API's JSON examples
  are full of fediverse handles and keys (same day, same branches);
- Headscale docs (https://github.com/juanfont/headscale, BSD-3-Clause), the MkDocs docs of a
  self-hosted Tailscale control server (headscale.net): install, DNS, routes, policies, TLS.
  Held out from 2026-12-04 afternoon (issue 19, branch plat30): measured blind before and
  after that branch's rules;
- Authelia docs (https://github.com/authelia/authelia, Apache-2.0), the Hugo docs of a
  self-hosted single sign-on portal in front of a reverse proxy (www.authelia.com): proxies,
  OpenID Connect clients, LDAP, Kubernetes; its generated command reference
  (`reference/cli/`) left out. Added by branch fp34 (2026-12-04 night, issue 19): measured
  once before that branch's rules (the "unseen" figure), then tuned on;
- Traefik Proxy docs (https://github.com/traefik/traefik, MIT), the MkDocs docs of a
  self-hosted reverse proxy (doc.traefik.io): routing, middlewares, TLS, providers, migration;
  its generated static-configuration reference and the snippets it includes left out;
- Kanidm book (https://github.com/kanidm/kanidm, MPL-2.0), the mdBook docs of a self-hosted
  identity server (kanidm.github.io/kanidm): install, accounts, OAuth2, LDAP, RADIUS, PAM.
  Both held out from 2026-12-05 (issue 19, branch fp42): measured blind before and after that
  branch's rules, then looked at (seen) for the rules of branch fp43;
- Homepage docs (https://github.com/gethomepage/homepage, GPL-3.0), the MkDocs docs of a
  self-hosted dashboard (gethomepage.dev): install, configuration, and one page per service
  widget with its YAML. Held out from 2026-12-05 (issue 19, branch fp43): measured blind
  before and after that branch's rules;
- Dokku docs (https://github.com/dokku/dokku, MIT), the MkDocs docs of a self-hosted
  Heroku-like PaaS (dokku.com/docs): install, deploys, builders, proxies, domains, TLS,
  storage, plugins, every migration guide. Titled by file name;
- Synapse docs (https://github.com/element-hq/synapse, AGPL-3.0), the mdBook docs of the
  Matrix homeserver (element-hq.github.io/synapse): install, configuration, reverse proxies,
  workers, admin API, SSO; its changelogs (release notes, not help text), table of contents and
  website files left out. Both held out from 2026-12-05 (issue 19, branch fp44): measured
  blind once on main's rules, then looked at (seen) for that branch's rules;
- OpenCloud docs in German (https://github.com/opencloud-eu/docs, AGPL-3.0), the German
  translation (`i18n/de/`, current version) of the Docusaurus docs of a self-hosted file cloud
  (docs.opencloud.eu): the user manual (web, desktop, Android and iOS apps) and the admin guide
  (install, configuration, maintenance). The first corpus not in English;
- Kanboard documentation (https://github.com/kanboard/documentation, MIT), the Hugo user and
  admin manual of a self-hosted Kanban board (docs.kanboard.org), every language it has
  (English, with Portuguese, Czech, French, Russian, Turkish and Spanish pages). Both held out
  from 2026-12-05 (issue 19, branch fp46): measured blind once on main's rules, then looked
  at (seen) for that branch's rules;
- Jekyll's docs (https://github.com/jekyll/jekyll, MIT), the Jekyll site of the static site
  generator (jekyllrb.com): 104 articles (`_docs/`, `_tutorials/`, `pages/`) and its 102
  release and community posts as news;
- Material for MkDocs' docs (https://github.com/squidfunk/mkdocs-material, MIT, January 2023),
  the MkDocs docs of the theme (squidfunk.github.io/mkdocs-material): 52 articles (setup,
  reference, Insiders, changelogs) and 5 blog posts as news. Both are kept as a new user's
  `kbgen import` writes them (branch new46's importer: Liquid links resolved, changelog
  headings given anchors, icon shortcodes removed), without a reviewer's markers: a fresh
  `kbgen init` project, its example articles and categories deleted, then `kbgen import
  docs/` (Jekyll's `docs/` folder) or `kbgen import .` (Material's repository root). Measured
  before branch fp47's rules, then seen;
- Firefly III documentation (https://github.com/firefly-iii/docs, CC BY-SA 4.0), the MkDocs
  docs of a self-hosted personal finance manager (docs.firefly-iii.org): install (Docker,
  Portainer, self-managed), `.env` configuration, cron tokens, the API and webhooks, the data
  importer. Titled by file name. Held out from branch fp48 (2026-12-05): measured blind once on
  main's rules, then seen;
- LinuxServer.io documentation (https://github.com/linuxserver/docker-documentation, GPL-3.0),
  the MkDocs docs of a project that packages self-hosted apps as containers
  (docs.linuxserver.io): one page per image (its compose file, environment, ports, volumes and
  set-up notes), general guides (compose, PUID/PGID, SWAG reverse proxy, split DNS) and the
  Selkies desktop streaming guides; deprecated images' pages left out. Held out from branch
  fq50 (2026-12-05): measured blind once on main's rules, then seen;
- NetBox documentation (https://github.com/netbox-community/netbox, Apache-2.0), the MkDocs
  docs of a self-hosted source of truth for networks (IP addresses, prefixes, devices):
  install (PostgreSQL, Redis, gunicorn, nginx), configuration (secret keys, LDAP, remote
  authentication), administration, its data models, plugins and the REST/GraphQL API; its
  release notes left out. Titled by file name. Held out from branch fq51 (2026-12-05):
  measured blind once on main's rules, then seen;
- Plausible Analytics docs (https://github.com/plausible/docs, CC BY-SA 4.0), the Docusaurus
  help centre of a hosted web analytics service (plausible.io/docs): sign-up, billing, the
  dashboard, goals, integrations with site builders, proxy guides, the Stats and Events APIs;
- matrix-docker-ansible-deploy's docs (https://github.com/spantaleev/matrix-docker-ansible-deploy,
  AGPL-3.0-or-later), "MDAD", the guide to self-hosting a Matrix server with its Ansible
  playbook: DNS, ports, one page per bridge, bot and service with its `vars.yml` (secrets,
  hosts, addresses). Titled by file name. Both held out from branch fh52 (2026-12-05, issue
  19): measured blind once on main's rules, then seen;
- IVPN's help centre (https://github.com/ivpn/ivpn.net, GPL-3.0), the Hugo site of a consumer
  VPN service (www.ivpn.net): its knowledge base (billing, accounts, the apps on each system,
  troubleshooting, privacy) and its set-up guides for phones, computers, routers and NAS;
- Disroot's how-tos in French (https://github.com/oSoWoSo/disroot-howto, a mirror of
  git.disroot.org/Disroot/Howto, CC BY-SA 4.0), the Grav help centre of a free e-mail, cloud
  and chat provider (howto.disroot.org/fr): the account, webmail and mail clients, the cloud
  and its apps on phones and computers, chat, pads; its French tutorials only;
- AntennaPod's documentation (https://github.com/AntennaPod/antennapod.github.io, CC BY-SA
  4.0), the help pages of a podcast app for Android (antennapod.org/documentation) in seven of
  their languages (English, German, French, Spanish, Italian, Japanese, Persian), titled by file
  name. The three held out from branch fh53 (2026-12-06, issue 19): measured blind once on
  main's rules, kept unseen for the session's merged rules;
- Meshtastic documentation (https://github.com/meshtastic/meshtastic, GPL-3.0), the Docusaurus
  help centre of an open mesh-radio project sold on ready-made devices (meshtastic.org/docs):
  getting started, one page per device, the Android, iOS, web and Python clients, every
  setting of the radio and its modules (channels and their keys, MQTT servers, Wi-Fi), the
  Linux daemon; its developer pages and included blocks left out;
- Zettlr's user manual in seven languages other than English
  (https://github.com/Zettlr/zettlr-docs, GPL-3.0), the MkDocs help of a desktop Markdown
  editor (docs.zettlr.com): German, Spanish, French, Italian, Japanese, Portuguese and Russian
  pages, titled by file name. Both seen from branch fs53 (2026-12-06, issue 19): measured
  blind once on fh53's rules, then looked at for that branch's rules;
- Delta Chat's FAQ in German, Spanish, French and Russian
  (https://github.com/deltachat/deltachat-pages, GPL-3.0), the help of a chat app that sends
  its messages as e-mail through the user's mail account or a chatmail relay (delta.chat/help):
  one page per language, split at its headings into one article per question;
- FairEmail's FAQ (https://github.com/M66B/FairEmail, GPL-3.0), the help of an Android e-mail
  app (its accounts, IMAP/SMTP servers, OAuth, encryption, every setting), one long page split
  at its `<a name="faqN">` anchors into one article per question. Both seen from branch fs54
  (2026-12-06, issue 19): measured blind once on m53's rules, then looked at;
- Quad9's documentation (https://github.com/Quad9DNS/documentation, text under CC BY 4.0), the
  help of a public DNS resolver run as a privacy service (docs.quad9.net): set-up guides for
  every system and router (encrypted DNS, packet captures that check it), its FAQ and its
  services, in English, Spanish, French and Romanian; titled by file name. Seen from branch
  fs54 (same day): measured blind once, then looked at;
- Xray's documentation (https://github.com/XTLS/Xray-docs-next, CC BY-SA 4.0), the VuePress
  help of a proxy server and client (xtls.github.io): set-up guides from renting a server to
  certificates, routing and clients, and every setting of its configuration, in Chinese,
  English and Russian; titled by file name;
- the Turris routers' user documentation (https://github.com/turris-cz/user-docs,
  CC BY-SA 4.0), the MkDocs help of a home router sold by CZ.NIC (docs.turris.cz): first
  set-up, every app of its web interfaces (VPN server and client, DNS, parental control,
  storage), hardware guides and FAQ; titled by file name. Both seen from branch fs55
  (2026-12-06, issue 19): measured blind once on m54's rules, then looked at;
- the libretro docs (https://github.com/libretro/docs, MIT), the MkDocs help of RetroArch, a
  front end for game emulators: player guides, a page per emulator core, shader and core
  developers' pages; titled by file name. Seen from branch m56 (2026-12-06): measured blind
  once on main's rules (12.23 per 100), then looked at;
- docker-mailserver's docs (https://github.com/docker-mailserver/docker-mailserver, MIT), the
  MkDocs help of a mail server in one container (DNS records, TLS certificates, relays,
  Fail2Ban), and Pangolin's docs (https://github.com/fosrl/docs, MIT), a tunnelled reverse
  proxy over WireGuard (sites, resources, self-hosting): both held out from branch fs55 (same
  day), measured on main's rules and on fs55's, findings never read.
- RustDesk's docs (https://github.com/rustdesk/doc.rustdesk.com, MIT), the Hugo help of a remote
  desktop and its self-hosted servers in twelve languages (English, German, Spanish, French,
  Italian, Japanese, Korean, Polish, Portuguese, Romanian, Chinese simplified and traditional):
  measured blind on main's rules by branch fs56 (2026-12-06), then seen.
- the OPNsense documentation (https://github.com/opnsense/docs, BSD-2-Clause), the Sphinx
  manual of a firewall and router (interfaces, NAT, VPNs, DHCP, DNS, its how-tos) and its
  troubleshooting pages, reStructuredText as written; and Mailu's docs
  (https://github.com/Mailu/Mailu, MIT), the Sphinx guide of a mail server in containers
  (set-up, DNS, reverse proxies, Kubernetes, FAQ), its release notes left out; both titled by
  file name, measured blind on main's rules by branch net58 (2026-12-06), then seen.
- wg-easy's docs (https://github.com/wg-easy/wg-easy, AGPL-3.0), the MkDocs help of a WireGuard
  VPN server with a web admin (set-up, reverse proxies, routed and AdGuard tutorials, clients),
  and maddy's docs (https://github.com/foxcpp/maddy, GPL-3.0), the MkDocs manual of a mail
  server (set-up tutorial, every module's reference, DNS, TLS, third-party servers); both titled
  by file name, measured blind on main's rules by branch net59 (2026-12-06), then seen.
- Netplan's docs (https://github.com/canonical/netplan, GPL-3.0), the Sphinx/MyST manual of
  Ubuntu's network configuration (static addresses, bonds, bridges, VLANs, VM hosts, every
  YAML key), its generated API pages and included fragments left out; and Algo VPN's docs
  (https://github.com/trailofbits/algo, AGPL-3.0), the help of a personal IPsec/WireGuard VPN
  server (deploying to each cloud, every client, firewalls, FAQ, troubleshooting); both titled
  by file name, measured blind on main's rules by branch topo60 (2026-12-06), then seen.
- Firezone's knowledge base (https://github.com/firezone/firezone, Apache-2.0, its
  `website/src/app/kb/` MDX pages at the last commit before they left the repository), the
  help of a hosted zero-trust VPN (deploying gateways, sites, resources and policies, the client
  apps on each system, authentication, troubleshooting); Haraka's docs
  (https://github.com/haraka/Haraka, MIT), the manual of an SMTP mail server (configuration,
  outbound delivery, every plugin); and Seafile's admin manual
  (https://github.com/haiwen/seafile-admin-docs, Apache-2.0), the manual of a self-hosted file
  sync and share cloud (set-up, configuration, administration, extensions, upgrades; its
  changelog left out); all three titled by file name, measured blind on main's rules by branch
  fp68 (2026-12-07), then seen.
- Frigate's docs (https://github.com/blakeblackshear/frigate, MIT, `docs/docs/` without
  `development/`), the manual of a self-hosted network video recorder run in home labs
  (installing, cameras, detectors, recording, Home Assistant, MQTT, reverse proxies,
  troubleshooting); and Mealie's docs (https://github.com/mealie-recipes/mealie, AGPL-3.0,
  `docs/docs/documentation/`), the help of a self-hosted recipe manager (installing with
  Docker, back-end settings, LDAP and OIDC, backups, community guides); both titled by file
  name, measured blind on main's rules by branch fp69 (2026-12-07), then seen.

A help centre added with `held_out=True` is reported apart and its findings are listed only
by `bench/gate.py --show-held-out`: add the next one so, measure it before writing rules.

`bench/gatecorpus/*.json.gz` hold the result (a list of {source, title, body}); see
`bench/gatecorpus/README.md` for licences. `bench/gate.py` scans them.

Example:
    python bench/gatecorpus.py --duckduckgo ~/src/duckduckgo-help-pages \\
        --arduino ~/src/help-center-content --nesi ~/src/support-docs \\
        --csc ~/src/csc-user-guide --fly ~/src/fly-docs --netbird ~/src/netbird-docs \\
        --pihole ~/src/pi-hole-docs --mastodon ~/src/mastodon-documentation \\
        --headscale ~/src/headscale --authelia ~/src/authelia --traefik ~/src/traefik \\
        --kanidm ~/src/kanidm --homepage ~/src/homepage --dokku ~/src/dokku \\
        --synapse ~/src/synapse --opencloudde ~/src/opencloud-docs \\
        --kanboard ~/src/kanboard-documentation \\
        --jekyll ~/kb/jekyll-import \\
        --material ~/kb/material-import --fireflyiii ~/src/firefly-iii-docs \\
        --linuxserver ~/src/docker-documentation --netbox ~/src/netbox \\
        --plausible ~/src/plausible-docs --mdad ~/src/matrix-docker-ansible-deploy \\
        --ivpn ~/src/ivpn.net --disrootfr ~/src/disroot-howto \\
        --antennapod ~/src/antennapod.github.io --meshtastic ~/src/meshtastic \\
        --zettlrintl ~/src/zettlr-docs --deltachatintl ~/src/deltachat-pages \\
        --fairemail ~/src/FairEmail --quad9 ~/src/quad9-documentation \\
        --xray ~/src/Xray-docs-next --turris ~/src/turris-user-docs \\
        --dms ~/src/docker-mailserver --pangolin ~/src/pangolin-docs \\
        --rustdesk ~/src/doc.rustdesk.com --libretro ~/src/libretro-docs \\
        --opnsense ~/src/opnsense-docs --mailu ~/src/Mailu \\
        --wgeasy ~/src/wg-easy --maddy ~/src/maddy \\
        --netplan ~/src/netplan --algo ~/src/algo \\
        --firezone ~/src/firezone --haraka ~/src/Haraka --seafile ~/src/seafile-admin-docs \\
        --frigate ~/src/frigate --mealie ~/src/mealie
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CORPUS_DIR = Path(__file__).resolve().parent / "gatecorpus"
_FRONT = re.compile(r"\A---\s*\n(?:(.*?)\n)?---\s*\n", re.S)
_INCLUDE = re.compile(r"\{%-?\s*include\s+([\w./-]+)[^%]*%\}")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_ERB = re.compile(r"<%.*?%>", re.S)
_REVIEWED = re.compile(r" ?<!--\s*kb:allow(?![\w-]).*?-->")


@dataclass(frozen=True)
class HelpCentre:
    """One real help centre: where it comes from and which of its files are articles."""

    name: str
    source: str
    commit: str
    licence: str
    prefix: str | tuple[str, ...]
    """Where its articles are (several folders: AntennaPod's languages, IVPN's two sections)."""
    skip_prefix: str | tuple[str, ...] = "\0"
    suffixes: tuple[str, ...] = (".md",)
    """How an article's file name ends (Fly.io's Markdown with ERB ends `.html.markerb`)."""
    titled: bool = True
    """Whether its pages carry their title in front matter (else the file name is it)."""
    held_out: bool = False
    """Never looked at while writing the gate's rules: reported apart by bench/gate.py."""
    split_at: str = ""
    """A pattern (multiline, a `title` group) each article starts at, for a help centre kept
    as one long page per language (Delta Chat's FAQ by heading, FairEmail's by anchor): the
    text before the first match and articles with no text are left out."""
    imported: bool = False
    """Moved in with `kbgen import` first: the argument is that kbgen project, and its
    `content/articles/` and `content/news/` pages are the corpus, as the gate reads them."""

    @property
    def corpus(self) -> Path:
        """The converted articles."""
        return CORPUS_DIR / f"{self.name}.json.gz"


CENTRES = (
    HelpCentre("duckduckgo", "https://github.com/duckduckgo/duckduckgo-help-pages",
               "5e11a4669099c53b55ed1640b642513d783523c2", "MIT", "_docs/",
               "_docs/translated/"),
    HelpCentre("arduino", "https://github.com/arduino/help-center-content",
               "ba74efc775755dc886d8d759d4d8f78a8012b954", "CC BY-SA 4.0", "content/"),
    HelpCentre("nesi", "https://github.com/nesi/support-docs",
               "16ba8d49880143131202fecbb5f54e2d12b115bf", "GPL-3.0", "docs/", titled=False),
    HelpCentre("csc", "https://github.com/CSCfi/csc-user-guide",
               "dff081f239e21c4fd7492998e9ceb3ece63dd632", "CC BY 4.0", "docs/", titled=False),
    HelpCentre("fly", "https://github.com/superfly/docs",
               "5c22c8cece71e1cf83fab3189c9f7301573f4d6e", "Apache-2.0", "",
               (".github/", "README", "flyctl/cmd/", "hiring/", "styles/"),
               (".md", ".markerb"), held_out=True),
    HelpCentre("netbird", "https://github.com/netbirdio/docs",
               "d905fda2a3f04a2066746875d09e51a3fe62dfed", "BSD-3-Clause", "src/pages/",
               "src/pages/ipa/resources/", (".md", ".mdx"), titled=False),
    HelpCentre("pihole", "https://github.com/pi-hole/docs",
               "7c96feb53ee00dabb703d3b8da20b4b7d96cad5b", "CC BY-SA 4.0", "docs/",
               titled=False),
    HelpCentre("mastodon", "https://github.com/mastodon/documentation",
               "2903485da54a20f1da5e7dfb8b34712e6196e8f7", "GFDL-1.3", "content/en/"),
    HelpCentre("headscale", "https://github.com/juanfont/headscale",
               "f20f1f127842c74dd5f6e10254307b65b1aee936", "BSD-3-Clause", "docs/",
               titled=False, held_out=True),
    HelpCentre("authelia", "https://github.com/authelia/authelia",
               "23572030b4048922a377ca40d59e804e0ed25fd7", "Apache-2.0", "docs/content/",
               "docs/content/reference/cli/"),
    HelpCentre("traefik", "https://github.com/traefik/traefik",
               "fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a", "MIT", "docs/content/",
               ("docs/content/reference/static-configuration/", "docs/content/includes/"),
               titled=False),
    HelpCentre("kanidm", "https://github.com/kanidm/kanidm",
               "f72676f73006e83bd0819d75a3b1a57fe85beef6", "MPL-2.0", "book/src/",
               "book/src/SUMMARY.md", titled=False),
    HelpCentre("homepage", "https://github.com/gethomepage/homepage",
               "b2a52ff2a9df1b7e7bc612178f66539606311b84", "GPL-3.0", "docs/",
               held_out=True),
    HelpCentre("dokku", "https://github.com/dokku/dokku",
               "33896f5d7efc3b03d0ea94934d8413cddbce07fd", "MIT", "docs/", titled=False),
    HelpCentre("synapse", "https://github.com/element-hq/synapse",
               "a58ad44eb0ce3cc14153f921206f322e17339dc5", "AGPL-3.0", "docs/",
               ("docs/changelogs/", "docs/SUMMARY.md", "docs/website_files/"), titled=False),
    HelpCentre("opencloudde", "https://github.com/opencloud-eu/docs",
               "260c4a9ae2493d857b3bd220e345ed63476a2349", "AGPL-3.0",
               "i18n/de/docusaurus-plugin-content-docs/current/", suffixes=(".md", ".mdx"),
               titled=False),
    HelpCentre("kanboard", "https://github.com/kanboard/documentation",
               "8a1a35c2f9c82ef8329ca6c9025bc47814349237", "MIT", "content/", titled=False),
    HelpCentre("jekyll", "https://github.com/jekyll/jekyll",
               "202df571314ba1d18e9fccd81d12aaad4a703c38", "MIT", "docs/",
               "", imported=True),
    HelpCentre("material", "https://github.com/squidfunk/mkdocs-material",
               "873d2efaea89f76f1cb95e8c8a42298fc9ac6370", "MIT", "docs/",
               "", imported=True),
    HelpCentre("fireflyiii", "https://github.com/firefly-iii/docs",
               "5cffead4a56d4ffd3ada8ce50c2afea3e1823e8a", "CC BY-SA 4.0", "docs/docs/",
               titled=False),
    HelpCentre("linuxserver", "https://github.com/linuxserver/docker-documentation",
               "002af3ee68ce987a4d16332dca23ef576ce6e85b", "GPL-3.0", "docs/",
               "docs/deprecated_images/", titled=False),
    HelpCentre("netbox", "https://github.com/netbox-community/netbox",
               "43fe81f9e833228c9869f7ddadb67e6c5f145060", "Apache-2.0", "docs/",
               "docs/release-notes/", titled=False),
    HelpCentre("plausible", "https://github.com/plausible/docs",
               "208d58cab715dffc0ab4e3bd100b2ed0c0e7a0c0", "CC BY-SA 4.0", "docs/",
               suffixes=(".md", ".mdx")),
    HelpCentre("mdad", "https://github.com/spantaleev/matrix-docker-ansible-deploy",
               "c0681e4bc2d55df19056f3d3a7b997f9e7335890", "AGPL-3.0-or-later", "docs/",
               titled=False),
    HelpCentre("ivpn", "https://github.com/ivpn/ivpn.net",
               "0187e33913c36b763225cf3f1de70f77fb6c2548", "GPL-3.0-or-later",
               ("src/content/en/pages/knowledgebase/", "src/content/en/pages/setup/"),
               held_out=True),
    HelpCentre("disrootfr", "https://github.com/oSoWoSo/disroot-howto",
               "c0ff41eb04f4f79cc66be20560421f4383c8c85d", "CC BY-SA 4.0",
               "pages/02.tutorials/", suffixes=(".fr.md",), held_out=True),
    HelpCentre("antennapod", "https://github.com/AntennaPod/antennapod.github.io",
               "06a3927dccf5e6f3bde5c605dddbfa32b0b8ad52", "CC BY-SA 4.0",
               tuple(f"_i18n/{language}/documentation/"
                     for language in ("en", "de", "fr", "es", "it", "ja", "fa")),
               titled=False, held_out=True),
    HelpCentre("meshtastic", "https://github.com/meshtastic/meshtastic",
               "b1bebb82eae8e0a6d5ed3eb15db9482300a3b237", "GPL-3.0", "docs/",
               ("docs/development/", "docs/blocks/"), (".md", ".mdx")),
    HelpCentre("zettlrintl", "https://github.com/Zettlr/zettlr-docs",
               "f29e768ea69ce5360e50ecea536bea84e9636bd9", "GPL-3.0",
               tuple(f"docs/{language}/"
                     for language in ("de", "es", "fr", "it", "ja", "pt", "ru")),
               titled=False),
    HelpCentre("deltachatintl", "https://github.com/deltachat/deltachat-pages",
               "c76948eff7a5bdeac23a91787ce8c1b1ad7adf20", "GPL-3.0",
               tuple(f"{language}/help.md" for language in ("de", "es", "fr", "ru")),
               split_at=r"^#{2,3} (?P<title>.+?)(?: *\{#[\w-]+\})?[ \t]*$"),
    HelpCentre("fairemail", "https://github.com/M66B/FairEmail",
               "e23dd9df8002bc43e64594843ce69b52b9ad15e1", "GPL-3.0", "FAQ.md", titled=False,
               split_at=r'^<a name="faq\d+"></a>\n\*\*(?P<title>.+?)\*\*[ \t]*$'),
    HelpCentre("quad9", "https://github.com/Quad9DNS/documentation",
               "2e881dd45a0d6b7d9f2dadd153105bbae4c264dc", "CC BY 4.0", "docs/", titled=False),
    HelpCentre("xray", "https://github.com/XTLS/Xray-docs-next",
               "ac476f6c5829ef6b3311fba1a5fcfd41c9c52e8d", "CC BY-SA 4.0", "docs/",
               "docs/.vuepress/", titled=False),
    HelpCentre("turris", "https://github.com/turris-cz/user-docs",
               "66fceaaf408d829a606fbe6c309b61c19289395c", "CC BY-SA 4.0", "docs/",
               titled=False),
    HelpCentre("dms", "https://github.com/docker-mailserver/docker-mailserver",
               "c9b015ddc869b277c16dd20ef4a70e595c72d022", "MIT", "docs/content/",
               titled=False, held_out=True),
    HelpCentre("pangolin", "https://github.com/fosrl/docs",
               "811c42c083107db7768e2c0b13a1778eb735d889", "MIT", "packages/docusaurus/docs/",
               suffixes=(".md", ".mdx"), titled=False, held_out=True),
    HelpCentre("rustdesk", "https://github.com/rustdesk/doc.rustdesk.com",
               "4f6c2b52178ac1e7fa0ff969a753ad471f4aceeb", "MIT", "content/"),
    HelpCentre("libretro", "https://github.com/libretro/docs",
               "8fb1967e37d0f93f717b1f0f90a0b4c4a024e196", "MIT", "docs/", titled=False),
    HelpCentre("opnsense", "https://github.com/opnsense/docs",
               "04c81c98ba30093db43a46d87816946978fd3f34", "BSD-2-Clause",
               ("source/manual/", "source/troubleshooting/"), suffixes=(".rst",),
               titled=False),
    HelpCentre("mailu", "https://github.com/Mailu/Mailu",
               "bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd", "MIT", "docs/",
               "docs/releases.rst", (".rst",), titled=False),
    HelpCentre("wgeasy", "https://github.com/wg-easy/wg-easy",
               "bc05e0eac15d894b642a1c0ab44d4c89de64e7da", "AGPL-3.0", "docs/content/",
               titled=False),
    HelpCentre("maddy", "https://github.com/foxcpp/maddy",
               "837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e", "GPL-3.0", "docs/", titled=False),
    HelpCentre("netplan", "https://github.com/canonical/netplan",
               "e9dd90a96727bc6b7264c36526b39d1dacccc00f", "GPL-3.0", "doc/",
               ("doc/apidoc/", "doc/reuse/", "doc/manpage-"), titled=False),
    HelpCentre("algo", "https://github.com/trailofbits/algo",
               "f6931db17043545b03b602b038f746b66594b1e7", "AGPL-3.0", "docs/", titled=False),
    HelpCentre("firezone", "https://github.com/firezone/firezone",
               "94abb7894c7ede0fb0087a319ef1973631c737e6", "Apache-2.0",
               "website/src/app/kb/", suffixes=(".mdx",), titled=False),
    HelpCentre("haraka", "https://github.com/haraka/Haraka",
               "0bf10cbb486253752042e10af4c65ec78ec7fe91", "MIT", "docs/", titled=False),
    HelpCentre("seafile", "https://github.com/haiwen/seafile-admin-docs",
               "aea53728211b430b6df8cac9afe5edfe0c4b392b", "Apache-2.0", "manual/",
               ("manual/changelog/", "manual/404.md"), titled=False),
    HelpCentre("frigate", "https://github.com/blakeblackshear/frigate",
               "e3fa70189324e5eb3b1dba756c153f6696f457de", "MIT", "docs/docs/",
               "docs/docs/development/", (".md", ".mdx"), titled=False),
    HelpCentre("mealie", "https://github.com/mealie-recipes/mealie",
               "b5643a9399465d8b4ea339e7a6639df2d697741b", "AGPL-3.0",
               "docs/docs/documentation/", titled=False),
)


def _files(repo: Path, commit: str, suffixes: tuple[str, ...] = (".md",)) -> dict[str, str]:
    """Every Markdown file of a repository (work tree or bare) at `commit`, read blob by blob
    (a snapshot may lack its large binary files, which `git archive` would need)."""
    git = ["git", "--git-dir", str(repo / ".git" if (repo / ".git").exists() else repo)]
    listing = subprocess.run([*git, "ls-tree", "-r", "-z", commit], capture_output=True,
                             check=True).stdout.decode("utf-8").split("\0")
    found = {}
    for entry in filter(None, listing):
        info, name = entry.split("\t", 1)
        if name.endswith(suffixes) and info.split()[1] == "blob":
            blob = subprocess.run([*git, "cat-file", "blob", info.split()[2]],
                                  capture_output=True, check=True).stdout
            found[name] = blob.decode("utf-8")
    return found


def imported(project: Path) -> list[dict[str, Any]]:
    """The articles and news posts of a kbgen project made by `kbgen import`, front matter
    dropped, any `<!-- kb:allow -->` marker a reviewer added removed (the pages as imported)."""
    articles = []
    for path in sorted([*project.glob("content/articles/**/*.md"),
                        *project.glob("content/news/**/*.md")]):
        text = path.read_text(encoding="utf-8")
        match = _FRONT.match(text)
        meta = (_front_matter(match.group(1) or "") if match else None) or {}
        body = _REVIEWED.sub("", text[match.end():] if match else text)
        articles.append({"source": str(path.relative_to(project)),
                         "title": str(meta.get("title", path.stem)), "body": body})
    return articles


def convert(centre: HelpCentre, repo: Path) -> list[dict[str, Any]]:
    """The articles of a help centre's repository at its pinned commit."""
    files = _files(repo, centre.commit, centre.suffixes)
    includes = {name.removeprefix("_includes/"): text for name, text in files.items()
                if name.startswith("_includes/")}
    articles = []
    for name, text in sorted(files.items()):
        if not name.startswith(centre.prefix) or name.startswith(centre.skip_prefix):
            continue
        match = _FRONT.match(text)
        meta = (_front_matter(match.group(1) or "") if match else None) or {}
        if not isinstance(meta, dict) or meta.get("layout") == "redirect":
            continue
        title = meta.get("title") or ("" if centre.titled else Path(name).stem)
        if not title:
            continue
        body = text[match.end():] if match else text
        body = _INCLUDE.sub(lambda m: includes.get(m.group(1), ""), body)
        body = _ERB.sub("", _LIQUID.sub("", body))
        if centre.split_at:
            articles += _split(name, body, centre.split_at)
        else:
            articles.append({"source": name, "title": str(title), "body": body})
    return articles


def _split(name: str, text: str, split_at: str) -> list[dict[str, Any]]:
    """The articles of one long page, each from a match of `split_at` to the next; sources
    are `<file>#<n>`, n counting the page's articles from 1."""
    starts = list(re.finditer(split_at, text, re.M))
    articles = []
    for start, end in zip(starts, [*starts[1:], None]):
        body = text[start.end():end.start() if end else len(text)].strip("\n") + "\n"
        if body.strip():
            articles.append({"source": f"{name}#{len(articles) + 1}",
                             "title": start.group("title").strip(), "body": body})
    return articles


def _front_matter(block: str) -> Any:
    """Front matter as YAML reads it; tabs indenting a list (Hugo accepts them, Mastodon's docs
    have them) read as spaces. A block YAML cannot read (LinuxServer.io's generated pages quote
    quotes in a description) gives only its `title:` line, as MkDocs keeps the page."""
    try:
        return yaml.safe_load(block)
    except yaml.YAMLError:
        pass
    try:
        return yaml.safe_load(block.replace("\t", "  "))
    except yaml.YAMLError:
        title = re.search(r"^title:[ \t]*(.+)$", block, re.M)
        return {"title": title.group(1).strip().strip("'\"")} if title else {}


def load(centre: HelpCentre) -> list[dict[str, Any]]:
    """The converted articles of one help centre."""
    return json.loads(gzip.decompress(centre.corpus.read_bytes()))


def main(argv: list[str] | None = None) -> int:
    """Command line: convert the repositories given into bench/gatecorpus/."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for centre in CENTRES:
        parser.add_argument(f"--{centre.name}", type=Path,
                            help=f"A clone of {centre.source} (work tree or bare).")
    args = parser.parse_args(argv)
    for centre in CENTRES:
        repo = getattr(args, centre.name)
        if repo is None:
            continue
        articles = imported(repo) if centre.imported else convert(centre, repo)
        text = json.dumps(articles, ensure_ascii=False, separators=(",", ":"))
        centre.corpus.write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))
        print(f"{len(articles)} articles -> {centre.corpus}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
