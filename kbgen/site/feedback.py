"""What the feedback script (assets/javascripts/kb-feedback.js) reads from the page."""

from __future__ import annotations

import json

from kbgen.core.analytics import GoatCounter, Matomo, Plausible, client_settings


def feedback_settings(analytics: GoatCounter | Plausible | Matomo | None) -> str:
    """The analytics settings as JSON for the script's `data-kb-analytics` attribute; `{}`
    (the default) means the script sends nothing anywhere."""
    return json.dumps(client_settings(analytics), separators=(",", ":"), sort_keys=True)
