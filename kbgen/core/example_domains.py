"""Domains made for documentation: reserved by the IETF, or kept by their owner for examples.

A documented example domain names no real organisation's mail or servers, so the gate reads
it as it reads `example.com` (issue 19, branch fp57): every reader that accepts a value at
`example.com` accepts it at these, with their subdomains, and nothing else. A name that only
looks like one (`contoso.com.evil.ng`, `contoso-payroll.com`, `fabrikam.internal`,
`contoso.co`) is another domain.

- **Reserved** (RFC 2606 section 3, RFC 6761 section 6.5): `example.com`, `example.org`,
  `example.net`.
- **Microsoft's fictitious companies.** Microsoft's documentation states that "the example
  companies, organizations, products, domain names, email addresses, … are fictitious" (the
  "Fictitious Names" notice of its Open Specifications) and uses a small pool of company
  names its Trademark Group cleared for samples, whose sites redirect to Microsoft's (Raymond
  Chen, "Why do I see the same fake names in Microsoft samples over and over?", The Old New
  Thing, 2006-10-13, http://blogs.msdn.com/oldnewthing/archive/2006/10/13/822124.aspx:
  Contoso, Fabrikam, Wingtip Toys, Woodgrove Bank, Litware); the others are the companies of
  its sample databases and applications (Northwind Traders, Adventure Works, Wide World
  Importers, Tailspin Toys, Tailwind Traders, Proseware, A. Datum, Fourth Coffee, Alpine Ski
  House).
- **Google's.** "Domain names which Google owns specifically for use in documentation"
  (Google developer documentation style guide, "Example domains and names",
  https://developers.google.com/style/examples).
"""

from __future__ import annotations

import unicodedata

from kbgen.core.normalize import CONFUSABLES

RESERVED = frozenset({"example.com", "example.org", "example.net"})
"""Reserved documentation domains (RFC 2606, RFC 6761)."""

MICROSOFT = frozenset({
    "contoso.com", "fabrikam.com", "wingtiptoys.com", "woodgrovebank.com", "litwareinc.com",
    "northwindtraders.com", "adventure-works.com", "wideworldimporters.com",
    "tailspintoys.com", "tailwindtraders.com", "proseware.com", "adatum.com",
    "fourthcoffee.com", "alpineskihouse.com",
})
"""Microsoft's fictitious companies' domains, as its documentation writes them."""

GOOGLE = frozenset({
    "altostrat.com", "examplepetstore.com", "example-pet-store.com",
    "myownpersonaldomain.com", "my-own-personal-domain.com", "cymbalgroup.com",
})
"""The domains Google keeps for its documentation's examples."""

DOCUMENTED = RESERVED | MICROSOFT | GOOGLE
"""Every documented example domain: allowed with its subdomains wherever `example.com` is."""

def documented(domain: str) -> bool:
    """`domain` is a documented example domain or one of its subdomains (`mail.contoso.com`),
    compared whole label by label (`contoso.com.evil.ng` and `mycontoso.com` are not)."""
    name = domain.lower().rstrip(".")
    return any(name == parent or name.endswith("." + parent) for parent in DOCUMENTED)

TEST_TLDS = frozenset({"测试", "測試", "テスト", "테스트", "испытание", "δοκιμή", "परीक्षा",
                       "பரிட்சை", "إختبار", "آزمایشی", "טעסט"})
"""IANA's internationalised test top-level domains (`test` in eleven languages, 2007)."""

def _unmarked(word: str) -> str:
    """A word without its combining vowel and tone marks and with look-alike letters as Latin
    ones (readers may see it either way: `пример` as `пpимep`)."""
    return "".join(char for char in word.lower() if unicodedata.category(char) not in (
        "Mn", "Mc")).translate(CONFUSABLES)

_UNMARKED_TEST_TLDS = frozenset(_unmarked(word) for word in TEST_TLDS)

def translated_example(domain: str) -> bool:
    """Whether a domain is under one of IANA's internationalised test top-level domains
    (`用户@例子.测试`, `имя@пример.испытание`), as `.test` is. The word for "example" under a
    real top-level domain (`пример.рф`, `ตัวอย่าง.ไทย`) is a domain anyone may register, as
    `example.ru` is: refused as that is (the lead, session 68: a person's address at
    `пример.рф` published)."""
    labels = domain.lower().split(".")
    return _unmarked(labels[-1]) in _UNMARKED_TEST_TLDS
