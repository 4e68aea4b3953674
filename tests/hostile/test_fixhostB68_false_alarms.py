"""rev68's findings 8-11 (issue 19): false alarms of hostile round 25's readers, fixed as
classes; the leaks beside them stay refused. MRZ name lines a prose word calls a specimen,
sample, test data or example, or of a placeholder holder (zone_name_lines); a mailbox at the
language's word for "example" (script_mailboxes, emails); lists under a recovery heading that
are a series of identifiers (recovery_code_lists); translated instructions and stand-ins in a
passphrase's place (short_word_passphrases). All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import EMAIL, NATIONAL_ID, PASSWORD, Finding, scan

F = "```"


def _wide(start: str, width: int = 44) -> str:
    return start + "<" * (width - len(start))


REFUSE: dict[str, tuple[str, str]] = {
    # zone name lines: a person's, whatever the prose around
    "mrz ticket": (NATIONAL_ID, "From ticket #4821: " + _wide("P<GBRSMITH<<JOHN")),
    "mrz customer's specimen word": (
        NATIONAL_ID,
        "The customer's passport, not a specimen: " + _wide("P<GBRSMITH<<JOHN"),
    ),
    "mrz sample failed": (
        NATIONAL_ID,
        "Sample that failed yesterday: " + _wide("P<FRAMARTIN<<PAUL"),
    ),
    "mrz rossi ticket": (NATIONAL_ID, "Scan from the ticket: " + _wide("P<ITAROSSI<<MARIO")),
    "mrz kowalski": (NATIONAL_ID, "OCR: `" + _wide("P<POLKOWALSKI<<JAN") + "`"),
    "mrz dupont quoted": (NATIONAL_ID, "> Le scan donne :\n> " + _wide("P<FRADUPONT<<JEAN<LUC")),
    "mrz doe other given": (NATIONAL_ID, "OCR output: " + _wide("P<USADOE<<MICHAEL")),
    "mrz my sample": (NATIONAL_ID, "My sample passport: " + _wide("P<GBRSMITH<<JOHN")),
    "mrz specimen far above": (
        NATIONAL_ID,
        "Specimen:\n\nUnrelated text.\n\nMore text.\n\n" + _wide("P<GBRSMITH<<JOHN"),
    ),
    "mrz td1 ticket": (NATIONAL_ID, "Kunde schreibt: " + _wide("MEIER<<PETRA", 30)),
    "mrz looks like": (NATIONAL_ID, "The scan looks like this: " + _wide("P<GBRSMITH<<JOHN")),
    "mrz formatted": (NATIONAL_ID, "OCR-formatted output: " + _wide("P<GBRSMITH<<JOHN")),
    "mrz such as": (NATIONAL_ID, "Lines such as this fail: " + _wide("P<GBRSMITH<<JOHN")),
    # mailboxes: a real domain in any script
    "mail thai real": (EMAIL, "ติดต่อ สมชาย.ใจดี@gmail.com แล้วกดส่ง"),
    "mail thai domain": (EMAIL, "อีเมล somchai@ไทยเน็ต.ไทย ครับ"),
    "mail hindi real": (EMAIL, "ईमेल राहुल.शर्मा@gmail.com पर भेजें"),
    "mail example as local only": (EMAIL, "อีเมล ตัวอย่าง@ไทยเน็ต.ไทย ครับ"),
    "mail example subdomain lookalike": (EMAIL, "ส่งถึง สมชาย@ตัวอย่างจริง.ไทย ครับ"),
    # recovery codes: random codes, even with a sentence before them
    "codes sentence": (PASSWORD, "Backup codes work, here they are:\n\n- 84729103\n- 55210937\n"),
    "codes devices random": (
        PASSWORD,
        "Recovery codes for these devices:\n\n- 4829 1037\n- 6615 2048\n",
    ),
    "codes one close two random": (
        PASSWORD,
        "Recovery codes:\n\n- 84729103\n- 84729104\n- 55210937\n",
    ),
    "codes alnum": (PASSWORD, "Backup codes:\n\n- k3m9-x2p7\n- q8w4-z5n1\n"),
    "codes german inline": (PASSWORD, "Wiederherstellungscodes: 7713-2940, 5582-1096"),
    "codes four digits": (PASSWORD, "Backup codes:\n- 4821\n- 9305\n- 1768\n"),
    # passphrases: words of their own, in these languages too
    "pass german kitchen": (PASSWORD, "password: in-der-küche-brennt-licht"),
    "pass french house": (PASSWORD, "| Mot de passe | TA-MAISON-BLEUE-JAUNE |"),
    "pass spanish cat": (PASSWORD, "WLAN_PASSWORD=EL_GATO_NEGRO_DUERME"),
    "pass italian own words": (PASSWORD, "DB_PASSWORD=IL_GATTO_SUL_TETTO_QUI"),
    "pass german here words": (PASSWORD, "secret: hier-wohnt-die-katze-im-haus"),
    "pass spanish lower": (PASSWORD, "password: el-gato-negro-duerme-ya"),
    "pass verb inside": (PASSWORD, "password: quiero-ver-el-mar"),
    "pass file noun only": (PASSWORD, "secret: in-der-datei-steht-nichts"),
}
"""Leaks: a finding of the kind given."""

PUBLISH: dict[str, tuple[str, str]] = {
    # zone name lines the prose calls made up, or of a placeholder holder
    "mrz nl specimen": (
        NATIONAL_ID,
        "Sample passport (Dutch specimen): `" + _wide("P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE") + "`",
    ),
    "mrz filler doc": (NATIONAL_ID, "The filler pads to 44: " + _wide("IDXXXDOE<<JOHN")),
    "mrz qa test data": (
        NATIONAL_ID,
        "Test data in our QA suite: `" + _wide("P<USADOE<<JANE") + "`",
    ),
    "mrz test user": (NATIONAL_ID, "`" + _wide("P<USATEST<<USER") + "`"),
    "mrz appleseed": (NATIONAL_ID, "`" + _wide("P<USAAPPLESEED<<JOHNNY") + "`"),
    "mrz ja specimen": (NATIONAL_ID, "見本: `" + _wide("P<JPNNIHON<<HANAKO") + "`"),
    "mrz it esempio": (NATIONAL_ID, "Esempio: `" + _wide("P<ITAROSSI<<MARIO") + "`"),
    "mrz es ejemplo card": (
        NATIONAL_ID,
        "DNI (ejemplo): `" + _wide("ESPANOLA<ESPANOLA<<CARMEN", 30) + "`",
    ),
    "mrz swiss sample": (NATIONAL_ID, "Swiss sample: `" + _wide("P<CHEMUSTER<<HANS") + "`"),
    "mrz specimen line above fence": (
        NATIONAL_ID,
        "The name line of a specimen:\n\n" + F + "\n" + _wide("P<GBRSMITH<<JOHN") + "\n" + F,
    ),
    "mrz fr specimen word": (NATIONAL_ID, "Spécimen : " + _wide("P<FRAMARTIN<<PAUL")),
    "mrz de beispiel": (NATIONAL_ID, "Zum Beispiel: " + _wide("P<D<<SCHMIDT<<KLAUS")),
    "mrz ru obrazets": (NATIONAL_ID, "Образец: " + _wide("P<RUSIVANOV<<IVAN")),
    "mrz sample surname": (NATIONAL_ID, _wide("P<GBRSAMPLE<<ALEX")),
    "mrz table specimen": (NATIONAL_ID, "| Specimen | " + _wide("P<GBRSMITH<<JOHN") + " |"),
    # mailboxes under IANA's test top-level domains (the word for "example" under a real
    # one is a registrable domain, refused as `example.ru` is: the lead, session 68)
    "mail chinese iana": (EMAIL, "邮箱：用户@例子.测试 然后继续"),
    "mail russian iana": (EMAIL, "Почта: имя@пример.испытание"),
    "mail ascii example": (EMAIL, "กรอกอีเมล เช่น name@example.th แล้วกดยืนยัน"),
    # recovery headings over lists of other things: series, not random codes
    "codes error codes": (
        PASSWORD,
        "## Recovery codes\nIf the recovery fails, note the error code:\n"
        "- E1001\n- E1002\n- E2003\n",
    ),
    "codes models": (PASSWORD, "Backup codes work on these devices:\n- X100\n- X200\n- X300\n"),
    "codes ports": (
        PASSWORD,
        "Recovery codes are sent over these ports:\n- 8443\n- 9443\n- 10443\n",
    ),
    "codes skus": (PASSWORD, "Backup codes for the printer (toner SKUs): TN243, TN247, TN263"),
    "codes firmware": (
        PASSWORD,
        "### Recovery codes\nFirmware versions:\n- FW2041\n- FW2042\n- FW2051\n",
    ),
    "codes de fehler": (
        PASSWORD,
        "## Wiederherstellungscodes\nFehlercodes:\n- F1001\n- F1002\n- F2001\n",
    ),
    "codes ja models": (PASSWORD, "リカバリーコード\n対応機種:\n- KX200\n- KX300\n- KX400\n"),
    "codes table": (
        PASSWORD,
        "| Recovery code | Meaning |\n|---|---|\n| RC01 | Disk |\n| RC02 | Key |\n",
    ),
    "codes years": (PASSWORD, "Backup codes were added in:\n- 2021\n- 2022\n- 2023\n"),
    "codes rooms": (PASSWORD, "Emergency codes are posted in rooms:\n- B101\n- B102\n- B105\n"),
    # translated instructions and stand-ins
    "pass de angeben": (PASSWORD, "WLAN_PASSWORD=IN_DER_DATEI_ANGEBEN"),
    "pass de siehe": (PASSWORD, "secret: siehe-in-der-doku"),
    "pass it qui": (PASSWORD, "DB_PASSWORD=IL_TUO_SEGRETO_QUI"),
    "pass de hier": (PASSWORD, "DB_PASSWORD=DEIN_PASSWORT_HIER"),
    "pass fr ici": (PASSWORD, "password: VOTRE_MOT_DE_PASSE_ICI"),
    "pass fr voir": (PASSWORD, "secret: voir-la-documentation-du-projet"),
    "pass es ver": (PASSWORD, "password: ver-el-archivo-de-la-app"),
    "pass it vedi": (PASSWORD, "token: vedi-la-documentazione-qui"),
    "pt aqui": (PASSWORD, "senha: SUA_SENHA_AQUI"),
    "pass nl zie": (PASSWORD, "wachtwoord: zie-de-handleiding-op"),
    "pass de ersetzen": (PASSWORD, "API_KEY=DURCH_DEN_SCHLÜSSEL_ERSETZEN"),
}
"""False alarms rev68 found and their variants: no finding of the kind given."""


@pytest.fixture(scope="module")
def found() -> dict[str, list[Finding]]:
    return {
        name: [finding for finding in scan(text) if not finding.advisory]
        for name, (_, text) in {**REFUSE, **PUBLISH}.items()
    }


@pytest.mark.parametrize("name", REFUSE)
def test_leak_refused(found: dict[str, list[Finding]], name: str) -> None:
    assert REFUSE[name][0] in {finding.kind for finding in found[name]}


@pytest.mark.parametrize("name", PUBLISH)
def test_false_alarm_publishes(found: dict[str, list[Finding]], name: str) -> None:
    assert PUBLISH[name][0] not in {finding.kind for finding in found[name]}


def test_script_mailbox_excerpt_as_written() -> None:
    """The excerpt shows the domain as the author wrote it, not the reader's copy."""
    findings = scan("ईमेल राहुल.शर्मा@gmail.com पर भेजें और नाम@मेल.भारत")
    assert {finding.excerpt for finding in findings if finding.kind == EMAIL} >= {"न***@म***.भारत"}
    assert all("भभ" not in finding.excerpt for finding in findings)
