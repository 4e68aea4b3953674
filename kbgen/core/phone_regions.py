"""The regions whose national phone numbers (written without `+country`) the gate reads: those
of the site's languages and of its contact lines together (issue 19, branch leak34).

A Russian site keeps `kbgen init`'s `+44` sample line for a while; `8 916 555 12 34` in its
articles is a Russian number all the same. One region per country calling code is enough
(phonenumbers reads a Kazakh number as Russian and a Canadian one as American)."""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers
from babel.core import get_global

from kbgen.core.i18n import locale_of

LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "IE", "AU", "NZ", "IN", "ZA"),
    "ru": ("RU", "BY", "UA"),
    "ar": ("SA", "AE", "EG", "MA", "DZ", "IQ", "JO", "KW", "QA", "BH", "OM", "LB"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "CA", "LU"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "pt": ("PT", "BR"),
    "zh": ("CN", "TW", "HK", "SG"),
    "nl": ("NL", "BE"),
    "sv": ("SE", "FI"),
    "it": ("IT", "CH"),
    "el": ("GR", "CY"),
}
"""Where a language spoken in several countries is mostly written; any other language's
region is Babel's likely one (`ja` -> JP, `pl` -> PL)."""


def language_regions(code: str) -> tuple[str, ...]:
    """The regions of site language `code` (`ru`, `pt-BR`, `zh-hant`): its own territory
    first, when the code names one."""
    try:
        locale = locale_of(code)
    except ValueError:
        return ()
    own = (locale.territory,) if locale.territory else ()
    if locale.language in LANGUAGE_REGIONS:
        return own + LANGUAGE_REGIONS[locale.language]
    likely = get_global("likely_subtags").get(locale.language, "")
    territory = likely.split("_")[-1] if likely.count("_") >= 1 else ""
    return own + ((territory,) if territory.isalpha() and territory.isupper() else ())


def national_regions(languages: Iterable[str], contact_e164: Iterable[str],
                     main_region: str | None) -> tuple[str, ...]:
    """The regions, beyond `main_region` (the contact's main line's), whose national numbers
    are read: one per country calling code, the contact lines' first."""
    candidates: list[str] = []
    for number in contact_e164:
        candidates.append(phonenumbers.region_code_for_number(phonenumbers.parse(number)) or "")
    for language in languages:
        candidates.extend(language_regions(language))
    seen = {phonenumbers.country_code_for_region(main_region)} if main_region else set()
    regions: list[str] = []
    for region in candidates:
        calling_code = phonenumbers.country_code_for_region(region) if region else 0
        if calling_code and calling_code not in seen:
            seen.add(calling_code)
            regions.append(region)
    return tuple(regions)
