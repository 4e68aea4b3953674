"""A value cut by iCalendar's or vCard's line folding (hostile round 23): RFC 5545 and 6350
continue a content line on the next one after one space or tab, so a copied `.ics` or `.vcf` in
a code block shows `EMAIL:mary.quinn.1987@gm` over ` ail.com`. Main published the REFUSED cases
that it counts below; each is now read unfolded (kbgen.core.privacy.folded_lines). Folded
pictures, wrapped prose and values already whole on a line publish as before."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan

F = "```"


def _card(*lines: str, fence: str = F) -> str:
    return "\n".join([fence, "BEGIN:VCARD", "VERSION:4.0", "FN:Mary Quinn", *lines,
                      "END:VCARD", fence])


REFUSED = {
    "email cut in the domain": _card("EMAIL:mary.quinn.1987@gm", " ail.com"),
    "email cut in the local part": _card("EMAIL;TYPE=home:mary.qu", " inn.1987@gmail.com"),
    "email cut at the at sign": _card("EMAIL:mary.quinn.1987", " @gmail.com"),
    "email over three lines": _card("EMAIL:mary.q", " uinn.1987@g", " mail.com"),
    "tab fold": _card("EMAIL;TYPE=work:mary.quinn.1987@gm", "\tail.com"),
    "grouped property": _card("item1.EMAIL;type=INTERNET:mary.quinn.1987@gm", " ail.com"),
    "attendee mailto": ("```ics\nBEGIN:VEVENT\nATTENDEE;CN=Mary Quinn:mailto:mary.quinn.19\n"
                        " 87@gmail.com\nEND:VEVENT\n```"),
    "organizer": ('```\nORGANIZER;CN="Jan de Vries":mailto:jan.devries.77@outl\n ook.com\n```'),
    "phone cut": _card("TEL;TYPE=cell:+44 79", " 11 123456"),
    "phone uri cut": _card("TEL;VALUE=uri:tel:+4479111", " 23456"),
    "description password": ("```\nBEGIN:VEVENT\nDESCRIPTION:Wifi password: Qx7!pL\n m2Zr9k\n"
                             "END:VEVENT\n```"),
    "note iban": _card("NOTE:Refund to GB82 WEST 1234 56", " 98 7654 32"),
    "note card": _card("NOTE:card 4111 1111 11", " 11 1111"),
    "indented code block": ("Text.\n\n    BEGIN:VCARD\n    EMAIL:mary.quinn.1987@gm\n"
                            "     ail.com\n    END:VCARD\n"),
    "tilde fence": _card("EMAIL:mary.quinn.1987@gm", " ail.com", fence="~~~"),
    "no begin line": "```\nEMAIL:mary.quinn.1987@gm\n ail.com\n```",
    "location email": ("```\nBEGIN:VEVENT\nLOCATION:ring jan.devries.77@outl\n ook.com\n"
                       "END:VEVENT\n```"),
    "vcard 3": ("```\nBEGIN:VCARD\nVERSION:3.0\nEMAIL;TYPE=INTERNET,HOME:anna.berg.90@we\n"
                " b.de\nEND:VCARD\n```"),
    "url with token": ("```\nBEGIN:VEVENT\nURL:https://meet.acme.io/j?pwd=Kq8vTz2mWx9pLm3Nq7Rt\n"
                       " Zb5Yc\nEND:VEVENT\n```"),
    "comment value": _card("NOTE:mail her at mary.quinn.1987@gm", " ail.com please"),
}
"""Values only whole once unfolded."""
KEPT = {
    "folded attachment": ("```\nATTACH;FMTTYPE=application/pdf:https://files.acme.io/agen\n"
                          " da.pdf\n```"),
    "folded summary": ("```\nBEGIN:VEVENT\nSUMMARY:Quarterly planning meeting with the sup\n"
                       " port team\nEND:VEVENT\n```"),
    "example email": _card("EMAIL:mary.quinn@exam", " ple.com"),
    "prose note": "NOTE: this paragraph\n continues on the next line.",
    "yaml": "```yaml\nkey:\n value\n```",
    "folded uid": ("```\nBEGIN:VEVENT\nUID:19970901T130000Z-123401@exam\n ple.com\n"
                   "END:VEVENT\n```"),
    "folded rrule": "```\nRRULE:FREQ=WEEKLY;COUNT=10;\n BYDAY=MO,WE,FR\n```",
    "folded description": ("```\nDESCRIPTION:Bring your laptop and the charger; we start at ten\n"
                           "  sharp.\n```"),
    "folded categories": "```\nCATEGORIES:APPOINTMENT,EDUCATION,MEET\n ING\n```",
    "folded dtstamp": "```\nDTSTAMP:19970901T1300\n 00Z\n```",
}
"""Nothing private once unfolded: no finding."""


def _found(text: str) -> bool:
    return any(not finding.advisory for finding in scan(text, Allowed()))


@pytest.mark.parametrize("name", REFUSED)
def test_a_value_cut_by_folding_is_found(name: str) -> None:
    assert _found(REFUSED[name])


@pytest.mark.parametrize("name", KEPT)
def test_folded_lines_without_private_data_publish(name: str) -> None:
    assert not _found(KEPT[name])
