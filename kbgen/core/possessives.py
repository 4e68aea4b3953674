"""Someone's device named without an apostrophe, in the six claim languages (issue 19, leak46):
`Janes Laptop hat 192.168.1.23` (German and Dutch write a name's possessive so, and English
writers drop the apostrophe), `Thomas' Drucker`, `der Laptop von Jane`, `le portable de Jane`,
`l'ordinateur d'Anne`, `el portátil de María`, `il portatile di Marco`, `de laptop van Jan`.
A private address or host there is a person's, as it is after `Jane's laptop`
(default_networks).

A name is a capitalised word. Brands name devices as often as people own them (`Dell laptop`,
`der Router von Vodafone`), so a name before the device must end in the possessive `s` (which
brands and products rarely do: those that do, and the words that look like it, are listed) and
follow no article (`das Windows Laptop`, `ein neues Notebook`), and a name after the device's
`of` must not be a maker or a provider of devices or connections. Routers and NAS count only in
the first shape, and servers in neither: `le serveur de Plex`, `Rails server` are software's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from kbgen.core.cased_letters import NAME

_PERSONAL = (
    "laptop|notebook|computer|pc|desktop|workstation|phone|mobile|smartphone|iphone|ipad"
    "|tablet|mac|macbook|printer"  # English, and the words the other languages borrow
    "|rechner|arbeitsrechner|arbeitsplatz|handy|telefon|drucker|tablet-pc"  # German
    "|portable|ordinateur|téléphone|imprimante|tablette"  # French
    "|portátil|ordenador|computadora|teléfono|móvil|celular|impresora|tableta"  # Spanish
    "|portatile|cellulare|telefono|stampante"  # Italian
    "|telefoon|mobiel|mobieltje|werkplek")  # Dutch
"""Devices a person uses."""
_SHARED = "router|nas|gerät|apparaat"
"""Devices a person may own, named after a name's possessive only (`Müllers NAS`; a server is
not among them: `Rails server`, `Handles server` and `Jenkins server` are software's)."""
_NAME = NAME
"""A capitalised word of any cased script (`Jörg`, `Ayşe`, `Renée`: gap64)."""
_TITLE = (r"(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|M|Mme|Mlle|Sr|Sra|Srta|Sig|Sig\.ra|dhr|mevr"
          r"|meneer|mevrouw)\.?\s+")
_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME}(?<!s)s|{_NAME}s['’]|{_NAME}[sxz]['’])"
    rf"\s+(?i:{_PERSONAL}|{_SHARED})(?![\w-])")
"""A name's possessive before a device (`Janes Laptop`, `Thomas' Drucker`)."""
_AFTER = re.compile(
    rf"(?i:(?<![\w-])(?:{_PERSONAL})\s+(?:von|van|de|del|di|of)\s+|(?:{_PERSONAL})\s+d['’])"
    rf"(?:{_TITLE})?(?P<name>{_NAME})(?![\w'’-])")
"""A device, then whose (`der Laptop von Jane`, `l'ordinateur d'Anne`)."""

_SPOKEN = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME})\s+(?:z['’]n|d['’]r)\s+(?i:{_PERSONAL}|{_SHARED})(?![\w-])")
"""Dutch's spoken possessive (`Jan z'n laptop`, `Anna d'r telefoon`: leak47)."""
_NOT_NAMES = frozenset(
    # words of the possessive's shape that are no one's
    "this his its has was is as us yes plus thus various previous news series status campus"
    " bus virus nexus atlas redis postgres kubernetes jenkins windows linux siemens teams"
    " alles des das dies dieses jenes jedes eines meines deines seines ihres unseres eures"
    " keines welches manches folgendes neues altes eigenes anderes weiteres gleiches letztes"
    " erstes zweites drittes bestes gutes ganzes privates mobiles internes externes lokales"
    " virtuelles zentrales öffentliches dienstliches berufliches geschäftliches"
    " les des mes tes ses nos vos leurs ces tous las los mis tus sus"
    # makers and providers of devices and connections
    " apple google microsoft amazon samsung huawei xiaomi lenovo dell asus acer sony philips"
    " canon epson brother kyocera xerox ricoh netgear linksys synology ubiquiti cisco juniper"
    " fritz avm tp-link raspberry free orange bouygues sfr movistar vodafone telekom telefónica"
    " ziggo telenet proximus swisscom fastweb tiscali iliad sunrise magenta comcast verizon"
    " docker android chrome firefox safari plex nextcloud".split())
_ARTICLES = frozenset(
    "the a an this that your my our their der die das den dem des ein eine einen einem einer"
    " eines ihr ihre ihren ihrem ihres dein deine mein meine sein seine unser unsere le la les"
    " un une du mon ton son votre el los las una mi tu su il lo gli uno del de het een uw je"
    " mijn zijn haar".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


NOT_NAMES = _NOT_NAMES
"""Capitalised words of a possessive's shape that are no one's: makers, providers, function
words (for kbgen.core.marked_possessives too)."""


def _name(word: str) -> bool:
    return word.lower().rstrip("'’") not in _NOT_NAMES


@lru_cache(maxsize=256)
def someones_device(text: str) -> bool:
    """`text` names a person's device (`Janes Laptop`, `le portable de Jane`)."""
    for match in _BEFORE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if _name(match.group("name")) and (before is None
                                           or before.group(1).lower() not in _ARTICLES):
            return True
    return any(_name(match.group("name"))
               for match in chain(_AFTER.finditer(text), _SPOKEN.finditer(text)))
