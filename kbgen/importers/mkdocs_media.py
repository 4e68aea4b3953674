"""mkdocs-video's and mkdocs-audio's players (`![type:video](https://www.youtube.com/embed/ID)`)
as links: kbgen's pages embed no player (a third party's frame would load on every visit), and
read as a picture the player was a placeholder `*[image: type:video]*` with its address lost
(PiKVM's Wi-Fi guide)."""

from __future__ import annotations

import re

_PLAYER = re.compile(r"!\[type:(?:video|audio)\]\(\s*<?([^\s()<>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)",
                     re.I)


def players_as_links(body: str) -> tuple[str, int]:
    """`body` with each player written as a link to its address, the address its text, and
    how many there were."""
    return _PLAYER.subn(lambda match: f"[{match.group(1)}]({match.group(1)})", body)
