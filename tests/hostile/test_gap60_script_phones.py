"""Issue 19 (gap60): a customer's national phone number quoted in a script written in one
country or a few (Arabic, Persian, Hebrew, Greek, Thai, Bengali, Devanagari, Armenian,
Georgian, Cyrillic), in that script's digits or in ASCII: an error on a site of any language
(kbgen.core.script_regions; published on main, which read only Han, kana and Hangul so). The
same digits with no script that tells a region, a unit's Greek letter, and numbers not written
in the region's national form stay none."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _verdict(text: str) -> str:
    findings = scan(text, Allowed())
    if any(not finding.advisory for finding in findings):
        return "error"
    return "warning" if findings else "none"


FOUND = (
    "هاتف العميل: ٠٥٠١٢٣٤٥٦٧",
    "رقم الجوال ٠٥٥ ٤٣٢ ١٩٨٧",
    "رقم الجوال 055 432 1987",
    "اتصل بالعميل على 0501234567 بعد الظهر",
    "شماره تماس مشتری: ۰۹۱۲۳۴۵۶۷۸۹",
    "شماره موبایل 0912 345 6789",
    "เบอร์โทรลูกค้า ๐๘๑ ๒๓๔ ๕๖๗๘",
    "เบอร์โทรลูกค้า 081 234 5678",
    "গ্রাহকের ফোন: ০১৭১১ ২৩৪৫৬৭",
    "Τηλέφωνο πελάτη: 694 123 4567",
    "| Πελάτης | 694 123 4567 |",
    "טלפון הלקוח: 054-412-3456",
    "Телефон клиента: 8 912 345-67-89",
    "- Клиент Иванов, 8 (912) 345-67-89",
    "<td>Телефон</td> <td>8 912 345-67-89</td>",
    "> هاتف العميل: ٠٥٠١٢٣٤٥٦٧",
)


@pytest.mark.parametrize("text", FOUND)
def test_a_national_number_beside_a_script_of_its_region_is_an_error(text: str) -> None:
    assert _verdict(text) == "error"


NOT_PHONES = (
    "latency 10 µs, build 2101234567",
    "Phone: 0501234567",
    "رقم الطلب 2024.05.01",
    "Версия 1.2.3456789",
    "Τηλέφωνο: 123",
    "ID: ١٢٣٤٥",
)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_digits_no_script_places_or_no_national_form_stay_none(text: str) -> None:
    assert _verdict(text) == "none"
