"""A value its sentence shows as a field's example or format (rev65, on hostile65's identity
numbers and bank codes): `Enter your SIN without spaces, for example 123 456 782`, `Digite o
CPF no formato 123.456.789-09`, `身份证号码示例：…`, `the IFSC code, e.g. HDFC0001234`. A help
centre explaining a form field writes a value of the right shape and check. Not where the
sentence says whose the value is (`the customer's`, `my`, `we`) or tells an event (`was
exposed`, `yesterday`)."""

from __future__ import annotations

import re

from kbgen.core.normalize import CONFUSABLES
from kbgen.core.privacy.example_parentheses import _EVENT, _WE

EXAMPLE = re.compile(
    r"(?i)\be\.\s?g\.|\beg\.|\bex[.:]|\bfor (?:example|instance)|\bsuch as|\blooks like"
    r"|\bformat|\bz\.\s?b\.|\bzum beispiel|\bbeispiel|\bpor ejemplo|\bp\.\s?ej\.|\bejemplo"
    r"|\bexemplo|\bpar exemple|\bp\.\s?ex\.|\bexemple|\bad esempio|\bper esempio|\besempio"
    r"|\bt\.\s?ex\.|\btill exempel|\bexempel|\bf\.\s?eks\.|\bfor eksempel|\beksempel"
    r"|\bbijvoorbeeld|\bbv\.|\bnp\.|\bna przykład|\bprzykład|\besim\.|\bsample|示例|例如|比如"
    r"|例[:：]|例え|入力例|형식|예[:：]|예시")
"""A word by which a sentence calls a number the example or the format of a field."""
SOMEONE = re.compile(
    r"(?i)\b(?:customer|client|caller|cliente|kund\w*|klant\w*|klient\w*|asiak\w*|her|his"
    r"|my|mein\w*|meu|minha|mon|ma|mi|moj\w*)\b|\w['’]s\b|客户|顾客|お客様|고객"
    r"|(?-i:\b(?:de|of|von|van|di|da|do|du|för|für)[ \t]+[A-Z][a-z]+"
    r"|\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+(?=[ \t]*[,(]))")
"""Whose the number is (`customer`, `my`, `de Juan`, `Jane Doe,`): then it is no example."""
SPECIMEN = re.compile(
    r"(?i)\bsp[eé]cimens?\b|\bespécimen|\bespecimen|\bmuestra\b|\bmuster\b|\bmusterbeispiel"
    r"|\bexemplar\b|\besemplare\b|\bfac-?simile\b|\bmodelo\b|\bsamples?\b|\btest ?data\b"
    r"|\btestdaten\b|\bdatos de prueba\b|\bdonn[ée]es de test\b|\bdati di test\b|\btestdata\b"
    r"|\bdummy\b|\bfictitious\b|\bfictional\b|\bmade[ -]up\b|\bfiktiv\w*|\bficti\w*"
    r"|見本|样本|樣本|样例|範例|サンプル|テストデータ|견본|샘플|"
    + "|".join(f"{word}|{word.translate(CONFUSABLES)}" for word in ("образец", "пример")))
"""A word by which prose calls a document made up: a specimen, a sample, test data (Cyrillic
also as the scanner may fold it, look-alike letters as Latin: `Oбpaзeц`)."""


def named_specimen(before: str, sentence: str) -> bool:
    """Whether `before` calls what follows an example, a format or a specimen (a document
    made up to show it: `Dutch specimen:`, `見本:`, `Test data:`), and `sentence` says whose
    it is of no one (`the customer's`, `my`) and tells no event."""
    return ((SPECIMEN.search(before) is not None
             or any(not match.group().lower().startswith(_NOT_MADE_UP)
                    for match in EXAMPLE.finditer(before)))
            and not SOMEONE.search(sentence) and not _EVENT.search(sentence))


_NOT_MADE_UP = ("looks like", "format", "such as")
"""EXAMPLE's words that name a field's shape, not a made-up document: `the scan looks like:`
and `OCR-formatted output:` come before a real document as often."""


def named_example(before: str, sentence: str) -> bool:
    """Whether `before` (the sentence up to the value) calls the value an example or a format,
    and `sentence` says whose it is of no one and tells no event."""
    return (EXAMPLE.search(before) is not None and not SOMEONE.search(sentence)
            and not _WE.search(sentence) and not _EVENT.search(sentence))
