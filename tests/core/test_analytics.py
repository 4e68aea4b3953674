"""`extra.kb.analytics`: one service, checked addresses, the one origin the CSP allows."""

from __future__ import annotations

import pytest

from kbgen.core.analytics import client_settings
from kbgen.core.config import ConfigProblem, load_kb_config
from kbgen.site.hosting import content_security_policy


@pytest.mark.parametrize(("analytics", "origin", "settings"), [
    ({"service": "goatcounter", "url": "https://acme.goatcounter.com"},
     "https://acme.goatcounter.com",
     {"service": "goatcounter", "endpoint": "https://acme.goatcounter.com/count",
      "searchTerms": False}),
    ({"service": "plausible", "domain": "help.example.com", "search_terms": True},
     "https://plausible.io",
     {"service": "plausible", "endpoint": "https://plausible.io/api/event",
      "domain": "help.example.com", "searchTerms": True}),
    ({"service": "matomo", "url": "https://stats.example.com:8443/matomo/", "site_id": 3},
     "https://stats.example.com:8443",
     {"service": "matomo", "endpoint": "https://stats.example.com:8443/matomo/matomo.php",
      "siteId": 3, "searchTerms": False}),
])
def test_each_service(analytics: dict[str, object], origin: str,
                      settings: dict[str, object]) -> None:
    config = load_kb_config({"analytics": analytics}, "mkdocs.yml")
    assert config.analytics is not None
    assert config.analytics.origin == origin
    assert client_settings(config.analytics) == settings
    policy = content_security_policy([], config.analytics.origin)
    assert f"connect-src 'self' {origin};" in policy
    assert policy.count(origin) == 1


def test_off_by_default() -> None:
    config = load_kb_config({}, "mkdocs.yml")
    assert config.analytics is None
    assert client_settings(config.analytics) == {}
    assert "connect-src 'self';" in content_security_policy([])


@pytest.mark.parametrize(("analytics", "message"), [
    ({"service": "google"}, "mkdocs.yml:4: error: extra.kb: 'analytics': Input tag 'google'"
     " found using 'service' does not match any of the expected tags: 'goatcounter',"
     " 'plausible', 'matomo'"),
    ({"service": "goatcounter", "url": "http://acme.goatcounter.com"},
     "mkdocs.yml:6: error: extra.kb: 'analytics.url': 'http://acme.goatcounter.com' must start"
     " with https:// (the site is served over https)"),
    ({"service": "matomo", "url": "https://user:pw@m.example.com/?x=1", "site_id": 1},
     "mkdocs.yml:6: error: extra.kb: 'analytics.url': 'https://user:pw@m.example.com/?x=1' must"
     " be a plain address like https://stats.example.com/, without user name, password, query"
     " or #fragment"),
    ({"service": "plausible"}, "mkdocs.yml:4: error: extra.kb: missing required key"
     " 'analytics.domain'"),
])
def test_bad_settings_name_the_line(analytics: dict[str, object], message: str) -> None:
    lines = {"extra": 1, "extra.kb": 2, "extra.kb.analytics": 4,
             "extra.kb.analytics.service": 5, "extra.kb.analytics.url": 6}
    with pytest.raises(ConfigProblem) as error:
        load_kb_config({"analytics": analytics}, "mkdocs.yml", lines)
    assert str(error.value) == message
