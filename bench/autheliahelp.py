"""A twenty-first real help centre, a fresh set moved in with `kbgen import`: the Authelia docs.

The Authelia documentation (https://www.authelia.com, source
https://github.com/authelia/authelia, `docs/`, Apache-2.0, see `bench/autheliahelp/README.md`)
serves the people who put Authelia, a self-hosted single sign-on and two-factor portal, in
front of their apps: deploying it (Docker, bare metal, Kubernetes), the reverse proxies (NGINX,
Traefik, Caddy, HAProxy, NGINX Proxy Manager, ...), users in a file or LDAP, second factors
(TOTP, WebAuthn, Duo), access control, sessions, SMTP, storage, some 150 OpenID Connect client
guides (Nextcloud, Grafana, Proxmox, ...), the troubleshooting and FAQ pages, the command
line's reference, the roadmap, contributors' and blog pages. Its Hugo site is moved in as a
new user does (`bench/imported_help.py`): `kbgen init`, the examples deleted, `kbgen import
--from markdown docs`, nothing added or changed by hand.

Example:
    python bench/autheliahelp.py --repo ~/src/authelia   # writes the corpus
    python bench/relevance.py --sets authelia            # measures it
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import imported_help  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "autheliahelp" / "authelia-help.json.gz"
QUERIES = BENCH / "autheliahelp" / "queries.yml"
SOURCE = "https://github.com/authelia/authelia"
PINNED_COMMIT = "23572030b4048922a377ca40d59e804e0ed25fd7"
"""2026-08-22, the newest commit of the snapshot read."""
SITE_NAME = "Authelia docs (benchmark copy)"
DOMAINS = ("authelia.com", "example.com")


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The docs at `commit` as `kbgen import` moves them in."""
    return imported_help.convert(repo, commit, "docs", "docs")


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())
