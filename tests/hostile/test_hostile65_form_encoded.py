"""A URL's `+` read as the space it encodes (hostile round 22): a customer's address in a map
link (`maps/place/Mary+Quinn,+42+Acacia+Avenue,+London+SW1A+1AA`), in any map service and
language, in a link, an HTML `href`, a table cell or code, and an identity number in a
prefilled mail or share link. Main read `%20` as a space but `+` as a letter, and published
every case; each is now found (kbgen.core.privacy.form_encoded). The company's own office, a
font's name, a search, a `+` opening a number and a street alone still publish."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan

REFUSED = {
    "google maps place": ("Ship to [Mary Quinn](https://www.google.com/maps/place/Mary+"
                          "Quinn,+42+Acacia+Avenue,+London+SW1A+1AA)."),
    "google maps query": ("Her home: <https://maps.google.com/?q=Mary+Quinn,+42+Acacia+"
                          "Avenue,+London+SW1A+1AA>"),
    "google maps search api": ("[map](https://www.google.com/maps/search/?api=1&query=Ship+"
                               "to+Mary+Quinn,+42+Acacia+Avenue,+London+SW1A+1AA)"),
    "bing maps": ("[map](https://www.bing.com/maps?q=Mary+Quinn,+42+Acacia+"
                  "Avenue,+London+SW1A+1AA)"),
    "apple maps": ("[map](https://maps.apple.com/?address=Mary+Quinn,+42+Acacia+"
                   "Avenue,+London+SW1A+1AA)"),
    "openstreetmap french": ("[carte](https://www.openstreetmap.org/search?query=Client+:+"
                             "Jeanne+Martin,+12+rue+des+Lilas,+75011+Paris)"),
    "german": ("[Karte](https://www.google.de/maps/place/Jana+M%C3%BCller,+"
               "Lindenstra%C3%9Fe+14,+10115+Berlin)"),
    "spanish": ("[mapa](https://www.google.es/maps/search/?api=1&query=Cliente:+"
                "Mar%C3%ADa+Garc%C3%ADa,+Calle+Mayor+23,+28013+Madrid)"),
    "italian": ("[mappa](https://www.google.it/maps/place/Cliente:+Giulia+"
                "Bianchi,+Via+Roma+5,+00184+Roma)"),
    "dutch": ("[kaart](https://www.google.nl/maps/place/Klant:+Sanne+de+"
              "Vries,+Kerkstraat+12,+1017+GB+Amsterdam)"),
    "portuguese": ("[mapa](https://www.google.pt/maps/place/Cliente:+Ana+Costa,+"
                   "Rua+Augusta,+120,+1100-048+Lisboa)"),
    "html href": ('<a href="https://www.google.com/maps/place/Mary+Quinn,+42+'
                  'Acacia+Avenue,+London+SW1A+1AA">map</a>'),
    "table cell": ("| Customer | Map |\n|---|---|\n| #4821 | https://maps.google.com/?q=Mary+"
                   "Quinn,+42+Acacia+Avenue,+London+SW1A+1AA |"),
    "code block": ("```\ncurl 'https://geocode.example.net/v1?q=Ship+to+Mary+"
                   "Quinn,+42+Acacia+Avenue,+London+SW1A+1AA'\n```"),
    "national id in a prefilled mail": ("[Reply](mailto:support@test.example?subject=Refund"
                                        "&body=Customer+SSN+524-44-8377)"),
    "id in a share link": "[Share](https://wa.me/?text=Cliente+CPF+698.051.637-09)",
}
"""Text whose URL spells a private value with `+` for its spaces: a postal address, or a
national identity number (ID_CASES)."""
ID_CASES = frozenset({"national id in a prefilled mail", "id in a share link"})
KEPT = {
    "company's own office": ("Visit [our office](https://www.google.com/maps/place/Hearthly+"
                             "Ltd,+1+High+Street,+London+SW1A+1AA)."),
    "a font's name": '<link href="https://fonts.googleapis.com/css?family=Open+Sans:400,700">',
    "a search": "[Search](https://www.google.com/search?q=how+to+reset+the+router)",
    "a plus sign": "Message us on [WhatsApp](https://wa.me/+442079460958?text=Hi+there).",
    "a language's name": "See https://en.wikipedia.org/wiki/C%2B%2B and g++ -O2 for C++.",
    "a street alone": ("[map](https://www.google.com/maps/search/?api=1&query=Kerkstraat+"
                       "12,+1017+GB+Amsterdam)"),
}
"""URLs with `+` that hold nothing private."""
ALLOWED = Allowed(emails=frozenset({"support@test.example"}),
                  phones_e164=frozenset({"+442079460958"}))
"""The site's own mailbox and line."""


@pytest.mark.parametrize("name", REFUSED)
def test_a_value_a_url_spells_with_plus_signs_is_found(name: str) -> None:
    kind = "national ID number" if name in ID_CASES else "postal address"
    assert kind in {finding.kind for finding in scan(REFUSED[name], ALLOWED)
                    if not finding.advisory}


@pytest.mark.parametrize("name", KEPT)
def test_a_url_with_plus_signs_and_nothing_private_publishes(name: str) -> None:
    assert not [finding for finding in scan(KEPT[name], ALLOWED) if not finding.advisory]
