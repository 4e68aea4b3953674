"""Whether a `your-…` stand-in describes its value or holds a word of its own (issue 19, branch
leak54): `your-api-key`, `your-openai-api-key`, `your-very-long-random-secret` describe what goes
there; `your-sunflower-key`, `your_tiger_piano_river`, `your-sunflower-2024` are a real value
dressed as one (a dictionary word that names no field, thing, role or vendor, or a number of
three digits or more). Read by the `your_values` detector and by examples' spelt stand-ins
(`my_robot_password`: one word of its own is allowed beside `my`; beside `your` it must
describe)."""

from __future__ import annotations

import re
from functools import lru_cache

from kbgen.core.concepts import pair_words
from kbgen.core.field_words import QUALIFIERS

_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

DESCRIBING = frozenset((
    "api apikey here domain client id ids string jwt generated access application consumer "
    "publishable live sandbox signing encryption session cookie recovery unique complex chosen "
    "desired preferred actual current very super long random hex base character characters "
    "char chars alphanumeric minimum least personal device phone bank license licence product "
    "instance tenant workspace channel repo repository account provider platform integration "
    "plugin extension bot site home wifi router vpn wireless mobile desktop browser username "
    "first last full company organisation organization business shop family group superuser "
    "manager owner member guest customer partner vendor merchant developer goes copied "
    "pasted created obtained issued personal bearer refresh session id secret key keys "
    "strong secure safe complicated hard difficult memorable good great chosen preferred "
    "smtp imap pop mail gmail app apps webapp auth code codes pin pins number phrase word "
    "words pass passcode certificate cert private public shared pre preshared psk wpa "
    "admin root master user login email address url uri endpoint server service instance"
).split())
"""Words a stand-in describes its value with (beside passphrases.THING_WORDS and
field_words.QUALIFIERS)."""

VENDORS = frozenset((
    "google microsoft apple slack signal matrix stripe mastodon azure discord amazon meta "
    "twitter telegram dropbox box zoom teams outlook office yahoo proton paypal shopify square "
    "notion elastic heroku vercel netlify linode hetzner cloudflare openai anthropic mistral "
    "gemini claude sentry datadog grafana firebase supabase okta keycloak plex jellyfin emby "
    "nextcloud github gitlab bitbucket jira confluence atlassian twilio sendgrid mailgun "
    "postmark mailchimp brevo resend ovh scaleway oracle ibm salesforce hubspot zendesk "
    "intercom freshdesk trello asana monday airtable figma canva spotify youtube twitch reddit "
    "linkedin facebook instagram whatsapp tiktok pinterest unsplash mapbox here openweather "
    "weather bing duckduckgo brave mozilla firefox chrome steam xbox playstation nintendo"
).split())
"""Vendors and services a stand-in names (`your-google-api-key`): some are dictionary words."""

MIN_OWN_DIGITS = 3
"""A number of this many digits is a value's own (`2024`), not a stand-in's `1` or `2`."""


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    return pair_words()


def own_word(value: str) -> bool:
    """The `your…` value holds a word or a number of its own, that describes nothing."""
    from kbgen.core.privacy.passphrases import THING_WORDS  # the privacy package reads this

    words = [word.lower() for word in _WORDS.findall(value)]
    if not words or words[0] != "your":
        return False
    words = words[1:]
    for word in words:
        if word.isdigit():
            if len(word) >= MIN_OWN_DIGITS:
                return True
        elif (len(word) >= 4 and word in _dictionary() and word not in DESCRIBING
              and word not in THING_WORDS and word not in QUALIFIERS and word not in VENDORS):
            return True
    return False

