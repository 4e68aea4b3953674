"""Hostile round 24 (issue 19): a home given as a Plus Code or a what3words address, which main
published (it read only coordinates written as numbers); read in
kbgen/core/privacy/place_codes.py where the line names a home or a person, as a home's
coordinates are. The leaks are also rows `hostile67: place code …` of
bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import POSTAL_ADDRESS, scan

F = "```"

REFUSE: dict[str, str] = {
    "plus code my home": "My home: 9C3XGV3C+QR, ring twice.",
    "plus code customer's house": "Customer's house is at 8FVC9G8F+6W, the blue door.",
    "short code with town": "Deliver to GV3C+QR London, that's my flat.",
    "eleven characters": "Her flat: 9F4MGC2Q+2RC",
    "german": "Lieferadresse (Wohnung): 9F4MGC2Q+2R Berlin",
    "french": "Mon domicile : 8FW4V75V+8Q",
    "spanish": "Mi casa está en 8CGRC78X+2G, Madrid.",
    "dutch": "Mijn huis: 9F469WCP+JV Amsterdam",
    "quoted ticket": "> the installer can't find us, we're at 9C3XGV3C+QR",
    "table row": "| Customer | Location |\n|---|---|\n| Mary Quinn's house | 9C3XGV3C+QR |",
    "html": "<p>Customer's home: <code>9F4MGC2Q+2R</code></p>",
    "front matter": "---\ntitle: Installer visit\nhome: 9C3XGV3C+QR\n---\nBooked.",
    "yaml code": F + "yaml\ncustomer:\n  home: 8FVC9G8F+6W\n" + F,
    "w3w my flat": "My flat: ///filled.count.soap",
    "w3w german": "Lieferadresse meiner Wohnung: ///tisch.lampe.wolke",
    "w3w french": "Ma maison : ///chaise.table.lampe",
    "w3w link": "Her house: https://w3w.co/index.home.raft",
    "w3w what3words.com link": "Customer's farm gate: https://what3words.com/daring.lion.race",
    "w3w spaced slashes": "Send the driver to my place, /// gently.ripe.apples",
    "w3w quoted ticket": "> I live at ///spoon.mirror.crane, please come after 5",
    "w3w table": "| Name | Home |\n|---|---|\n| Anna Berg's flat | ///tisch.lampe.wolke |",
    "w3w customer's message": "Customer: the drone must land at ///sunny.river.stone (my garden).",
    "mary's house name": "Mary's House: 9C3XGV3C+QR",
    "smiths' home near a landmark": "The Smiths' home near Tower Bridge: 9C3XGV3C+QR",
    "customer's home like word later": "Customer's home: 9C3XGV3C+QR, looks like a barn.",
    "dutch my house": "Mijn huis: 9F469VX4+4F",
    "dutch my address": "Mijn adres is ///tafel.lamp.wolk",
    "w3w after indented text": "  Deliver to my flat ///filled.count.soap please",
    "w3w doc-like in prose": "My home: /// filled.count.soap",
    "code in a fence with home": F + "\nhome: ///tisch.lampe.wolke\n" + F,
    "customer near a museum": "The customer lives next to the Rijksmuseum at 9F469VX4+4F.",
    "her flat, not a title": "Her flat at the Old Mill House is 9C3XGV3C+QR",
}
"""Leaks: a finding of a postal address."""

PUBLISH: dict[str, str] = {
    "our office plus code": "Our office: 9C3XGV3C+QR (ground floor).",
    "format doc": "A Plus Code looks like 8FVC9G8F+6W: eight characters, a plus, two more.",
    "example": "For example, ///filled.count.soap is a 3 m square in London.",
    "sum": "My result: 2345+67 = 2412",
    "padded region": "My home region: 8FVC0000+",
    "rust doc comment": "/// Returns the home directory.",
    "file url": "Open file:///home/mary.txt in my browser.",
    "version numbers": "My build: v1.2.3+45",
    "c plus plus": "My favourite language is C++ and my home is Berlin.",
    "email plus": "Use my address mary+home@example.com",
    "shop w3w": "Find the shop at ///index.home.raft (ground floor).",
    "times": "My flight: 10:30+2 days",
    "hex sum": "Her offset 0x2F+8C in the file.",
    "comment words": "My note: /// see the docs for details.",
    "format hint": "Type your home's Plus Code (it looks like 849VCWC8+R9) into the app.",
    "anne frank house": "The Anne Frank House is at 9F469VX4+4F in Amsterdam.",
    "palace, king's home": "Buckingham Palace, the King's London home, has the code 9C3XGV3C+QR.",
    "white house w3w": "The White House on what3words: ///sulk.held.raves (the President's home).",
    "dutch mijn alone": "Mijn favoriete plek in de stad: 9F469VX4+4F (het museum).",
    "w3w format like": "A what3words address is three words, like ///filled.count.soap.",
    "rust doc comment, home words": F + "rust\n/// self.home.dir: the user's home directory\n" + F,
    "csharp doc comment": F + "csharp\n    /// user.profile.name is the customer's name\n" + F,
    "opera house": "Sydney Opera House: 4RRH46J3+7V, tours daily.",
    "looks like w3w": "Your address looks like ///index.home.raft in the app.",
    "finnish mine alone": "Minun suosikkipaikkani: 9F469VX4+4F (museo).",
}
"""Nobody's home, a format, other meanings: no postal address."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_home_code_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert POSTAL_ADDRESS in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_not_a_home_code_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert POSTAL_ADDRESS not in kinds[name]
