"""A session id in a sign-in response that says it expires within a day (`"validity": 300`)
is no finding, wherever the page repeats it (kbgen.core.expired_sessions). A longer or no
lifetime, another credential in the response, or a key not named as a session stays one."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

RESPONSE = ('```json\n{\n  "session": {\n    "valid": true,\n'
            '    "sid": "vFA+EP4MQ5JJvJg+3Q2Jnw=",\n'
            '    "csrf": "Ux87YTIiMOf/GKCefVIOMw=",\n    "validity": 300\n  }\n}\n```\n\n'
            'Send it back: `X-FTL-SID: vFA+EP4MQ5JJvJg+3Q2Jnw=`\n')


def test_short_lived_session_is_no_finding() -> None:
    assert scan(RESPONSE) == []


@pytest.mark.parametrize(("case", "text"), [
    ("a lifetime over a day", RESPONSE.replace("300", "31536000")),
    ("no lifetime", RESPONSE.replace('    "validity": 300\n', "")),
    ("a refresh token beside it", RESPONSE.replace('"valid": true', '"refresh_token": "x"')),
    ("an API key, not a session", RESPONSE.replace('"sid"', '"api_key"')),
    ("a lifetime in another response", RESPONSE.replace('    "validity": 300\n', "")
     + '\n```json\n{"validity": 300}\n```\n'),
])
def test_other_session_values_stay_findings(case: str, text: str) -> None:
    assert any(f.kind == "API key or token" and not f.advisory for f in scan(text)), case
