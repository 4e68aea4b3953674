"""A home given as map coordinates (hostile round 23): main published every case below (`I live
at 52.3731, 4.8922`, a `geo:` URI, a map link's `@lat,lon`, `?q=`, `?ll=`, `?mlat=`, degrees
minutes seconds), in prose, a table, code, JSON, HTML and a quoted ticket. Each is now a
finding (kbgen.core.privacy.map_coordinates, reported as a postal address) where a latitude and
a longitude with four decimals or more (about 11 m) stand as a pair; a town's two decimals, a
longer list of numbers, a version, numbers out of range and a format's zeros publish."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import POSTAL_ADDRESS, Allowed, scan

F = "```"
REFUSED = {
    "prose": "I live at 52.3731, 4.8922, please send the technician there.",
    "geo uri": "Customer's home: geo:52.3731,4.8922",
    "google maps @": "Her house: https://www.google.com/maps/@52.3731234,4.8922345,17z",
    "openstreetmap mlat": ("https://www.openstreetmap.org/?mlat=52.37312&mlon=4.89223"
                           "#map=19/52.37312/4.89223"),
    "german": "Ich wohne bei 48.137154, 11.576124 – bitte dort klingeln.",
    "french": "Mon domicile : 48.8566, 2.3522",
    "spanish": "Vivo en -34.6037, -58.3816, el timbre no funciona.",
    "degrees minutes seconds": "Home: 51°30'26.5\"N 0°07'39.1\"W",
    "table row": "| Customer | Home |\n|---|---|\n| Mary Quinn | 52.373123, 4.892234 |",
    "yaml in code": F + '\nhome_location: "52.373123,4.892234"\n' + F,
    "json keys": F + 'json\n{"home": {"lat": 52.373123, "lon": 4.892234}}\n' + F,
    "apple maps": "https://maps.apple.com/?ll=52.373123,4.892234&q=Home",
    "quoted ticket": "> the router is at my place, 40.712776, -74.005974",
    "google q": "https://maps.google.com/?q=52.373123,4.892234",
    "html geo link": '<a href="geo:40.712776,-74.005974">my home</a>',
    "markdown link": "[my flat](https://www.google.com/maps/place/@35.658581,139.745433,18z)",
    "list item": "- Install at 59.329323, 18.068581",
    "front matter": "---\ntitle: Visit\nlocation: 52.373123, 4.892234\n---\nText.",
    "japanese": "自宅の位置：35.6586, 139.7454",
    "portuguese": "Moro em -23.5505, -46.6333.",
}
"""Coordinates that find one house: a finding."""
KEPT = {
    "a town's two decimals": "Amsterdam is at 52.37, 4.89.",
    "a format's zeros": "Coordinates are written as lat,lon, e.g. 0.0000, 0.0000.",
    "a version": "Upgrade from 1.2 to 4.8922.",
    "fractions": "Values 0.25, 0.75 are allowed.",
    "an overlay's rectangle": 'overlay0_desc0 = "dpad_area,0.15,0.57,rect,0.1094,0.1944"',
    "out of range": "Scale factors 123.4567, 456.7891 apply.",
    "a longer list": "Weights: 12.3456, 23.4567, 34.5678, 45.6789",
    "an example": "Enter the place as lat, lon, for example 52.3731, 4.8922.",
    "one number": "Latitude 52.373123 alone is no place.",
    "a price list": "Prices: 1.2345, 0.5432 EUR per kWh",
    "a log's timings": "took 0.0123, 0.0456 s",
    "a city's centre": "Coordinates 51.5074, -0.1278; ratio 16.9; 100% done; 50%-off.",
    "a device log's fix": "[RX] POSN  ch=0  from=!cafebabe  lat=47.6062 lon=-122.3321",
    "a capital": "Paris is at 48.8566, 2.3522.",
}
"""No house found: no finding of the kind."""


def _kinds(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("name", REFUSED)
def test_coordinates_of_a_home_are_found(name: str) -> None:
    assert POSTAL_ADDRESS in _kinds(REFUSED[name])


@pytest.mark.parametrize("name", KEPT)
def test_coarse_or_other_numbers_publish(name: str) -> None:
    assert POSTAL_ADDRESS not in _kinds(KEPT[name])
