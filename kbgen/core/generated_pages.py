"""Where kbgen publishes the pages it generates (the tags index, the status page, Subscribe, the
team and contact pages, the news index, each tag's and team member's page): an address no other
content file may take. A file at the generated page's own source path (`content/status.md`)
replaces it on purpose; one of another path at the same address (`content/status/index.md`,
`content/Status.md`) would replace it unseen, losing what kbgen puts there (hostile62)."""

from __future__ import annotations

import datetime as dt

from kbgen.core.model import KnowledgeBase, tag_key
from kbgen.core.news import NEWS_INDEX, tagged

TAGS = "tags.md"
TEAM = "team/index.md"
CONTACT = "contact.md"
STATUS = "status.md"
SUBSCRIBE = "subscribe.md"

_FIXED = {TAGS: "tags index", TEAM: "team page", CONTACT: "contact page",
          STATUS: "known issues and status page", SUBSCRIBE: "Subscribe page (its feeds)",
          NEWS_INDEX: "news index"}
"""Pages at fixed addresses, reserved whether or not this build makes them (a Subscribe page
needs `site_url`, a contact page contact data)."""


def profile_uri(member_id: str) -> str:
    """Source path of a team member's generated profile page."""
    return f"team/{member_id}.md"


def tag_uri(tag: str) -> str:
    """Source path of a tag's generated page."""
    return f"tags/{tag_key(tag)}.md"


def generated_sources(kb: KnowledgeBase, today: dt.date) -> dict[str, str]:
    """{source path of a page kbgen generates: what it is} (categories' pages aside: their
    `index.md` is the one way to write your own)."""
    pages = dict(_FIXED)
    pages.update({profile_uri(member): f"profile page of '{member}'"
                  for member in (*kb.team, *kb.draft_team)})
    pages.update({tag_uri(tag): f"page of the tag '{tag}'" for tag in tagged(kb, today)})
    return pages
