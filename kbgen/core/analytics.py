"""Opt-in aggregate counts: `extra.kb.analytics`, one privacy-respecting service, off by default.

The site sends only counts of a few events (kbgen/theme/assets/javascripts/kb-feedback.js):
an article was helpful or not, a search found nothing, a contact link was used. Never a
cookie, an identifier, the screen size or the referrer; nothing when the reader's browser
sends Do Not Track or Global Privacy Control.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field

from kbgen.core.schema import Line, StrictModel

EVENTS = ("helpful-yes", "helpful-no", "search-no-result", "contact")
"""Every event the site can count; the README lists what each one carries."""


def _service_url(value: str) -> str:
    """An https URL without credentials, query or fragment (http only for this machine)."""
    parts = urlsplit(value)
    local = parts.scheme == "http" and (parts.hostname or "") in ("localhost", "127.0.0.1", "::1")
    if parts.scheme != "https" and not local:
        raise ValueError(f"'{value}' must start with https:// (the site is served over https)")
    if not parts.hostname or parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(f"'{value}' must be a plain address like https://stats.example.com/,"
                         " without user name, password, query or #fragment")
    return value.rstrip("/") + "/"


ServiceUrl = Annotated[str, AfterValidator(_service_url)]
"""The service's address, e.g. `https://stats.example.com/` (self-hosted) or the hosted one."""


class _Service(StrictModel):
    search_terms: bool = False
    """Also send what was searched for when a search found nothing (off: only that it
    happened). Readers may type personal data into a search box: opt in knowingly."""

    @property
    def origin(self) -> str:
        """The one origin the site then talks to (the Content-Security-Policy allows it)."""
        parts = urlsplit(self.endpoint)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def endpoint(self) -> str:
        """Where events are sent."""
        raise NotImplementedError


class GoatCounter(_Service):
    """GoatCounter (goatcounter.com or self-hosted): events through its `/count` endpoint."""

    service: Literal["goatcounter"]
    url: ServiceUrl
    """Your GoatCounter site, e.g. `https://acme.goatcounter.com/`."""

    @property
    def endpoint(self) -> str:
        """GoatCounter's counting endpoint."""
        return self.url + "count"


class Plausible(_Service):
    """Plausible (plausible.io or self-hosted): custom events through its Events API."""

    service: Literal["plausible"]
    domain: Line
    """The site's domain as added in Plausible, e.g. `help.example.com`."""
    url: ServiceUrl = "https://plausible.io/"
    """The Plausible server (default: the hosted plausible.io)."""

    @property
    def endpoint(self) -> str:
        """Plausible's Events API."""
        return self.url + "api/event"


class Matomo(_Service):
    """Matomo (cloud or self-hosted): events through its Tracking HTTP API."""

    service: Literal["matomo"]
    url: ServiceUrl
    """The Matomo server, e.g. `https://matomo.example.com/` or `https://acme.matomo.cloud/`."""
    site_id: int = Field(ge=1)
    """The site's id in Matomo (`idsite`)."""

    @property
    def endpoint(self) -> str:
        """Matomo's tracking endpoint."""
        return self.url + "matomo.php"


Analytics = Annotated[GoatCounter | Plausible | Matomo, Field(discriminator="service")]
"""`extra.kb.analytics`: `service: goatcounter | plausible | matomo` and its settings."""


_TAG = re.compile(r"\banalytics\.(?:goatcounter|plausible|matomo)\b")


def without_service_tag(problem: tuple[str | None, str]) -> tuple[str | None, str]:
    """(key, message) of a validation error as the user wrote the key: pydantic puts the
    service's name in the path (`analytics.matomo.url`), mkdocs.yml has `analytics.url`."""
    key, message = problem
    return (_TAG.sub("analytics", key) if key else key), _TAG.sub("analytics", message)


def client_settings(analytics: GoatCounter | Plausible | Matomo | None) -> dict[str, object]:
    """What the browser needs to send counts (empty: send nothing)."""
    if analytics is None:
        return {}
    settings: dict[str, object] = {"service": analytics.service, "endpoint": analytics.endpoint,
                                   "searchTerms": analytics.search_terms}
    if isinstance(analytics, Plausible):
        settings["domain"] = analytics.domain
    if isinstance(analytics, Matomo):
        settings["siteId"] = analytics.site_id
    return settings
