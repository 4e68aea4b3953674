"""fold69: normalize_text folds letters of other scripts that look Latin into Latin ones
before the privacy readers see the text (`пароль` is read `пapoлb`), so a word list or a
pattern written with those letters never matches what it names unless it is built with
kbgen.core.folded_words. These tests find every such dead word in kbgen.core's modules:
in each compiled pattern, and in each set or dict looked up by word (a tuple or a list of
words is a pattern's source, checked in the pattern compiled from it)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import types
from collections.abc import Iterator

import kbgen.core
from kbgen.core.folded_words import folded, folded_pattern, folded_words

RAW_TEXT = {
    "kbgen.core.reply": "headings of a reply article, read as written (not the gate)",
    "kbgen.core.step_headings": "article headings, read as written (not the gate)",
    "kbgen.core.file_text.encodings": "decoded bytes, before normalize_text",
    "kbgen.core.search": "the search index's words, not the gate",
    "kbgen.core.stated_owners": "a name class; `ё` of a capital test, not a label word",
    "kbgen.core.privacy.colon_letters._COLON": "read in the line as written (its docstring)",
    "kbgen.core.privacy.identity_documents._LOOK_ALIKES": "the look-alike map itself",
    "kbgen.core.secret_names._PASSWORD_FORMS": "read_forms, casefolded (`ς` is `σ`), "
    "looked up casefolded",
    "kbgen.core.normalize": "its spelt-out words are matched after folding and written in "
    "both forms (`точка|toчka`): it cannot import kbgen.core.folded_words, which imports it",
}
"""Modules and lists matched against text as written, or written in both forms, with why."""

ACCEPTING = {
    "kbgen.core.privacy.field_examples.SPECIMEN": "accepting: `образец` marks an example",
    "kbgen.core.privacy.no_values.KIND_WORDS": "accepting: a kind of value named, no value",
    "kbgen.core.privacy.password_rows.TYPES": "accepting: a type column's word, no value",
    "kbgen.core.example_domains.TEST_TLDS": "accepting: reserved test top-level domains",
    "kbgen.core.owned_devices.ROMANCE_NETWORK_OWNERS": "accepting: a network's possessor",
    "kbgen.core.owned_devices.SPACED_NETWORK_OWNERS": "accepting: a network's possessor",
    "kbgen.core.privacy.no_values._CONCEPT_OF": "accepting: a kind of value named",
    "kbgen.core.privacy.stated_settings._LABELS": "accepting: `версия` labels an identifier",
    "kbgen.core.receiving_addresses._DONATION": "accepting: a donation section's address",
    "kbgen.core.privacy.colon_letters._RUSSIAN_DESCRIBING": "accepting: a describing word "
    "is no password; written in both forms by hand",
    "kbgen.core.privacy.word_passwords._CLAUSE_END": "ends a password phrase: Russian `а` "
    "made live would end English phrases at `a`",
}
"""Accepting rules (a reason not to report) left as they are: dead, they accept less (a
false finding at worst); made live, each would need hostile rows of real secrets."""


def _values(value: object) -> Iterator[object]:
    if isinstance(value, (tuple, list)):
        yield from value
    elif isinstance(value, dict):
        yield from value
    yield value


def _dead() -> list[str]:
    dead = []
    for info in pkgutil.walk_packages(kbgen.core.__path__, "kbgen.core."):
        if info.name in RAW_TEXT:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            where = f"{info.name}.{name}"
            if where in ACCEPTING or where in RAW_TEXT or isinstance(
                    value, (type, types.ModuleType)) or (
                    callable(value) and not isinstance(value, re.Pattern)):
                continue
            for item in _values(value):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    if folded_pattern(item.pattern) != item.pattern:
                        dead.append(f"{where} (pattern)")
                        break
                elif isinstance(item, (frozenset, set, dict)):
                    words = {word for word in item if isinstance(word, str)}
                    if not folded_words(words) <= words:
                        dead.append(f"{where} (words)")
                        break
    return sorted(set(dead))


def test_no_label_word_the_gate_cannot_match() -> None:
    assert _dead() == []


def test_the_finder_finds_a_dead_word() -> None:
    dead = re.compile("пароль|ΑΦΜ", re.IGNORECASE)
    assert folded_pattern(dead.pattern) != dead.pattern
    assert not folded_words({"пароль"}) <= {"пароль"}
    assert folded("а") == "a" and folded("ж") == ""


def test_a_folded_pattern_matches_the_label_as_read() -> None:
    from kbgen.core.normalize import normalize_text
    live = re.compile(folded_pattern(r"номер паспорта|ΑΦΜ|пароль"), re.IGNORECASE)
    for label in ("Номер паспорта", "НОМЕР ПАСПОРТА", "ΑΦΜ", "ПАРОЛЬ", "Пароль", "пароль"):
        read = normalize_text(label)
        assert read != label and live.fullmatch(read), label
        assert live.fullmatch(label), label
    assert folded_pattern("[а-яё]") == "[а-яёe]"  # a range names a script: left as it is
    assert folded_pattern(live.pattern) == live.pattern


def test_a_label_made_live_refuses_its_value() -> None:
    """`ключ` of _WEP was written only in Cyrillic: `Ключ WEP: …` was published by main."""
    from kbgen.core.privacy.scanner import scan_part
    for text in ("Ключ WEP: 1A2B3C4D5E", "КЛЮЧ WEP: 9F8E7D6C5B", "Ключ WEP — 4C7A19E2B3",
                 "Ключ WEP: 0D3B5F7A91 (мережа офісу)"):
        assert [f.kind for f in scan_part(text) if not f.advisory] == ["password or secret"], text
