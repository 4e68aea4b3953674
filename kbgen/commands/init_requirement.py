"""The line `kbgen init` writes into a new site's `requirements.txt`: the kbgen installed here,
as CI can install it again (PEP 610's `direct_url.json` says where it came from).

A bare `kbgen` would be looked up on the package index by name, and the publishing workflows
would install whatever project holds that name there, or fail: kbgen installed from a clone or
a wheel on this machine is on no index. So the line names the exact source when CI can reach
it (a pinned version, a commit of a public repository, a wheel's address), and says so when it
cannot (a folder or a file on this machine)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlsplit

DISTRIBUTION = "kbgen"
_NETWORK_URL = re.compile(r"https://[^\s@#?]+")
"""A repository address CI can clone without a key (no login, query or fragment)."""
_COMMIT = re.compile(r"[0-9a-f]{40}")
CheckoutReader = Callable[[Path], tuple[str, str, bool] | None]
"""Reads a folder's git checkout: (origin's https address, commit, has changes), or None."""


@dataclass(frozen=True)
class Requirement:
    """What requirements.txt says, and what init tells the user when CI cannot install it."""

    line: str
    """The requirement, e.g. `kbgen==0.1.0` or `kbgen @ git+https://...@<commit>`."""
    warning: str = ""
    """Empty when CI can install `line` as it is."""


def installed_requirement() -> Requirement:
    """The requirement for the kbgen this process runs."""
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a source tree without installing
        return requirement_for("0", None, _checkout)
    return requirement_for(dist.version, dist.read_text("direct_url.json"), _checkout)


def requirement_for(version: str, direct_url: str | None,
                    checkout: CheckoutReader | None = None) -> Requirement:
    """The requirement for kbgen `version` installed from `direct_url` (the text of PEP 610's
    `direct_url.json`; None: from a package index); `checkout` reads a local folder's git
    origin and commit."""
    pinned = f"{DISTRIBUTION}=={version}"
    if direct_url is None:
        return Requirement(pinned)
    try:
        data = json.loads(direct_url)
        url = str(data["url"])
    except (ValueError, KeyError, TypeError):
        return Requirement(pinned, _unreachable(version, "an unknown place"))
    vcs = data.get("vcs_info") if isinstance(data.get("vcs_info"), dict) else None
    if vcs and vcs.get("vcs") == "git" and _NETWORK_URL.fullmatch(url) \
            and _COMMIT.fullmatch(str(vcs.get("commit_id", ""))):
        return Requirement(f"{DISTRIBUTION} @ git+{url}@{vcs['commit_id']}")
    if _NETWORK_URL.fullmatch(url) and isinstance(data.get("archive_info"), dict):
        return Requirement(f"{DISTRIBUTION} @ {url}")
    parts = urlsplit(url)
    if parts.scheme != "file":
        return Requirement(pinned, _unreachable(version, url))
    local = Path(unquote(parts.path))
    found = checkout(local) if checkout is not None and local.is_dir() else None
    if found is not None:
        origin, commit, changed = found
        line = f"{DISTRIBUTION} @ git+{origin}@{commit}"
        if not changed:
            return Requirement(line)
        return Requirement(line, f"requirements.txt installs kbgen from {origin} at commit"
                                 f" {commit[:12]}, as your copy in {local} is; that copy has"
                                 " changes not committed there, which CI will not have: commit"
                                 " and push them, then put the new commit in requirements.txt.")
    return Requirement(pinned, _unreachable(version, str(local), local if local.is_dir() else None))


def _unreachable(version: str, where: str, folder: Path | None = None) -> str:
    wheel = f"kbgen-{version}-py3-none-any.whl"
    return (f"requirements.txt says `{DISTRIBUTION}=={version}`, but this kbgen was installed"
            f" from {where}, which CI cannot reach: the publishing workflows would look the"
            " name up on the package index instead, and fail or install another project of"
            " that name. Before you push, put in requirements.txt an address CI can install"
            " kbgen from: `kbgen @ git+https://<host>/<kbgen repository>@<commit>`, or a wheel"
            " kept in the site (`pip wheel --no-deps -w wheels"
            f" {folder if folder is not None else '<kbgen folder>'}`, then"
            f" `./wheels/{wheel}`).")


def _checkout(folder: Path) -> tuple[str, str, bool] | None:
    """(origin's https address, HEAD's commit, whether the work tree has changes) of the git
    checkout `folder`; None when it is none, git is missing or origin is not https."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                                  text=True, timeout=10, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    origin, commit = git("config", "--get", "remote.origin.url"), git("rev-parse", "HEAD")
    if not origin or not commit or not _NETWORK_URL.fullmatch(origin) \
            or not _COMMIT.fullmatch(commit):
        return None
    status = git("status", "--porcelain", "--untracked-files=no")
    return origin, commit, status is None or bool(status)
