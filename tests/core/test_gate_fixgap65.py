"""rev65's findings on gap65's readings (issue 19, branch fixgap65), judged in one shared scan.

- A home device's, the home's or a network's possessive in the languages gap65 read (Finnish
  `Kotiverkon reititin`, Estonian `Kooli arvuti`, Greek `του Δρομολογητή`, Thai `ของกล้อง`,
  Hindi `प्रिंटर का`, Hebrew `של המדפסת`) places no address with a person, as English's `the
  router's` / `the printer's` / `the school computer` do not; a person's still does.
- A version, release, commit or id beside a secret setting's name is no value of it (`In
  release v2.13.0 the client_secret option became optional.`, `Commit 9f2c1ab fixed the
  client_secret check.`); a value a sentence sets is still refused.
"""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan

IP = "internal IP address"
SECRET = "password or secret"
VALUE = "Kq8vNz3Lw2Pd"

REFUSED = {
    # someone's device, in the same languages and layouts
    "fi surname like home": ("Kotilaisen tietokone saa osoitteen 192.168.1.23.", IP),
    "fi name router": ("Mikon reititin: 192.168.1.23", IP),
    "fi office printer": ("Toimiston tulostin saa osoitteen 192.168.1.20 automaattisesti.", IP),
    "et name like home": ("Koidu arvuti: 192.168.1.23", IP),
    "lv name like home": ("Māras dators: 192.168.1.23", IP),
    "lt name": ("Nojaus kompiuteris: 192.168.1.23", IP),
    "el name": ("Η IP του Δημήτρη είναι 192.168.1.23.", IP),
    "el name table": ("| Συσκευή | IP |\n|---|---|\n| το laptop του Σπύρου | 192.168.1.23 |", IP),
    "he name's printer": ("המדפסת של דני: 192.168.1.23", IP),
    "he name with he": ("המחשב של הדס: 192.168.1.23", IP),
    "th name's camera": ("กล้องของสมชาย: 192.168.1.23", IP),
    "hi name's printer": ("प्रिया का प्रिंटर: 192.168.1.23", IP),
    "hi quoted": ("> अमित का कैमरा: 192.168.1.23", IP),
    # a secret setting's value, with a version, a commit or an id about
    "hex value": ("The secret_key is 7f3e9a2b41c0d9e8.", SECRET),
    "release after": (f"Set smtp_pass to {VALUE} in release v2.13.0.", SECRET),
    "since version": (f"Since v1.8.0 the smtp_password is {VALUE}.", SECRET),
    "value first as": (f"Use {VALUE} as the new db_password.", SECRET),
    "value first is": (f"{VALUE} is the smtp_pass since v1.8.0.", SECRET),
    "value first German": (f"Nutze {VALUE} als db_password.", SECRET),
    "commit then value": ("Commit 9f2c1ab set db_password to Xr7pLm2Zq9.", SECRET),
    "firmware's value": ("The admin_password for firmware 4.2.1a is Xr7pLm2Zq9.", SECRET),
    "German value, version after": (f"setze db_password auf {VALUE} (seit Version 2.1.0)", SECRET),
    "quoted ticket": (f"> Customer: in release 2.13 I set client_secret to {VALUE}", SECRET),
    "changelog cell": (f"| 2.13.0 | client_secret set to {VALUE} |", SECRET),
    "version then secret": (f"set smtp_pass to 1.0-{VALUE}", SECRET),
    "year then word": ("set smtp_pass to 2024.1Secret9", SECRET),
    "copy to": (f"Copy {VALUE} to smtp_pass.", SECRET),
    "French comme": (f"Passe {VALUE} comme smtp_pass.", SECRET),
}
PUBLISHED = {
    # rev65's cases (errors on m65)
    "fi home network": "Kotiverkon reititin löytyy yleensä osoitteesta 192.168.1.1.",
    "fi guest network": "Vierasverkon laite näkyy osoitteella 192.168.2.15.",
    "et home": "Kodu arvuti saab aadressi 192.168.1.10.",
    "et school": "Kooli arvuti IP-aadress on 192.168.1.10.",
    "el Router": "Η προεπιλεγμένη IP του Δρομολογητή είναι 192.168.1.1.",
    "th camera": "ที่อยู่ IP ของกล้องคือ 192.168.1.64",
    "hi printer": "प्रिंटर का IP पता 192.168.1.20 है।",
    "hi camera": "कैमरे का IP पता 192.168.1.64 है।",
    "he printer": "כתובת ה-IP של המדפסת היא 192.168.1.20",
    "release": "In release v2.13.0 the client_secret option became optional.",
    "since": "Since v1.8.0 the smtp_password setting is read from the environment.",
    "renamed": "Release 2024.1b renamed db_password to database_password.",
    "commit": "Commit 9f2c1ab fixed the client_secret check.",
    "firmware": "Firmware 4.2.1a resets the admin_password to the default.",
    "under id": "The secret_key is stored under id 7f3e9a2b in the vault.",
    # variants: other languages, layouts
    "fi table": "| Laite | Osoite |\n|---|---|\n| Kotiverkon reititin | 192.168.1.1 |",
    "fi quote LAN": "> Lähiverkon tulostin: 192.168.1.20",
    "lt home": "Namų kompiuteris gauna adresą 192.168.1.10.",
    "lv school": "Skolas dators saņem adresi 192.168.1.10.",
    "et guests": "| Külaliste seade | 192.168.2.15 |",
    "el Printer": "Η IP του Εκτυπωτή είναι 192.168.1.20.",
    "th printer": "ที่อยู่ของปริ้นเตอร์คือ 192.168.1.20",
    "he home": "המצלמה של הבית: 192.168.1.64",
    "hi laptop": "लैपटॉप का पता 192.168.1.23 है।",
    "version deprecates": "Version 3.2.1 deprecates smtp_pass.",
    "bare commit": "9f2c1ab0 removed the client_secret default.",
    "rc version": "v4.0.0-rc1: the db_password field moved.",
    "German version": "Die Version 2.3.1 entfernt db_password aus der Konfiguration.",
    "Spanish version": "La versión 5.1.2 renombra db_password.",
    "job id": "The api_token for job a1b2c3d4 expired.",
    "changelog row": "| 2.4.0 | The api_token flag was added. |",
    "changelog item": "- 1.2.0b: smtp_pass is now required",
    "release candidate": "Set smtp_pass to v4.0.0-rc1 first, then upgrade.",
    "el mobile": "Η IP του Κινητού είναι 192.168.1.23.",
    "fi home printer": "Kodin tulostin: 192.168.1.20",
}


@pytest.fixture(scope="module")
def verdicts() -> dict[str, list[str]]:
    """The kinds of error (not warning) found in each case, in one pass."""
    texts = {name: text for name, (text, _) in REFUSED.items()} | PUBLISHED
    return {name: [f.kind for f in scan(text, Allowed()) if not f.advisory]
            for name, text in texts.items()}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_someones_device_or_setting_is_refused(verdicts: dict[str, list[str]],
                                               name: str) -> None:
    assert REFUSED[name][1] in verdicts[name]


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_a_home_device_or_a_version_publishes(verdicts: dict[str, list[str]],
                                              name: str) -> None:
    assert verdicts[name] == []
