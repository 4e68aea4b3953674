"""Hostile round 26 (hostile69): texts the gate must refuse and near misses it must publish,
per class of rev68's reader gaps, shared by the scan tests and the built site's test
(tests/hostile/test_hostile69_reader_gaps.py). Values are drawn at random in each format
(seed 69), no real person's or account's."""

from __future__ import annotations

import random

F = "```"
_DRAW = random.Random(69)


def _check(field: str) -> str:
    def value(char: str) -> int:
        return int(char) if char.isdigit() else 0 if char == "<" else ord(char) - 55
    return str(sum(value(char) * (7, 3, 1)[place % 3] for place, char in enumerate(field)) % 10)


def passport_line(number: str, state: str, birth: str, sex: str, expiry: str) -> str:
    """A TD3 data line with right check digits (44 wide)."""
    line = number + _check(number) + state + birth + _check(birth) + sex + expiry
    line += _check(expiry) + "<" * 14 + "<"
    return line + _check(line[0:10] + line[13:20] + line[21:43])


def card_lines(number: str, state: str, birth: str, sex: str, expiry: str) -> tuple[str, str]:
    """A TD1 card's first two lines (30 wide)."""
    first = ("I<" + state + number + _check(number)).ljust(30, "<")
    second = (birth + _check(birth) + sex + expiry + _check(expiry) + state).ljust(29, "<")
    return first, second + _check(first[5:30] + second[0:7] + second[8:15] + second[18:29])


def _number() -> str:
    return "".join(_DRAW.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9))


_STATES = ["SWE", "DEU", "FRA", "GBR", "NLD", "ITA", "ESP", "POL", "FIN", "JPN", "BRA", "TUR"]
P = [passport_line(_number(), _STATES[n % 12], f"{_DRAW.randrange(50, 99)}0{n % 9 + 1}1{n % 9}",
                   "MF"[n % 2], f"3{n % 9}0{n % 9 + 1}2{n % 9}") for n in range(12)]
C = [card_lines(_number(), _STATES[n % 12], f"9{n % 9}1{n % 3}0{n % 9 + 1}", "FM"[n % 2],
                f"3{n % 9}0{n % 9 + 1}1{n % 9}") for n in range(4)]
N44 = "P<SWELINDQVIST<<KARIN<SOFIA<<<<<<<<<<<<<<<<<"
N44B = "P<FRADURAND<<CAMILLE<LOUISE<<<<<<<<<<<<<<<<<"
N36 = "I<DEUBRANDT<<JONAS<<<<<<<<<<<<<<<<<<"
N30 = "KOWALCZYK<<AGATA<MARIA<<<<<<<<"

ZONES: dict[str, str] = {
    "data line a filler short": N44 + "\n" + P[0][:-1],
    "data line one long": N44 + "\n" + P[1] + "<",
    "data line a space in the number": "OCR:\n\n    " + P[2][:9] + " " + P[2][9:],
    "data line spaces between fields": P[3][:10] + " " + P[3][10:13] + " " + P[3][13:28] + " "
                                       + P[3][28:],
    "data line in a table, short": "| Zone | " + P[4][:-2] + " |",
    "data line in a quote, long": "> The app read:\n> " + P[5] + "<<",
    "data line in html, spaced": "<p>MRZ: <code>" + P[6][:20] + " " + P[6][20:] + "</code></p>",
    "german ticket, short": "Die App liest nur " + P[7][:-1] + " und bricht ab.",
    "japanese, spaced": "読み取り結果：" + P[8][:14] + " " + P[8][14:],
    "french, in code, long": F + "\n" + N44B + "<\n" + P[9] + "<\n" + F,
    "name line one short": "Name line: " + N44[:-1],
    "name line one long": "Scan: " + N44 + "<",
    "name line with a space": "OCR gave `" + N44[:21] + " " + N44[21:] + "`",
    "name line two spaces": "Resultado: " + N44B[:12] + " " + N44B[12:24] + " " + N44B[24:],
    "card name line short": "Dritte Zeile: " + N30[:-1],
    "card name line long": "Third line: " + N30 + "<<",
    "td2 name line short": "Zeile 1: " + N36[:-1],
    "card lines short": C[0][0][:-1] + "\n" + C[0][1][:-1],
    "card first line spaced": "Ligne 1 : " + C[1][0][:5] + " " + C[1][0][5:],
    "card second line long": "Riga 2: " + C[2][1] + "<",
    "polish list": "- strona: " + P[10][:-1] + "\n- nazwisko: " + N30[:-2],
    "spanish quote": "> Pasaporte: " + P[11][:15] + " " + P[11][15:],
}
"""Leaks: a national ID number finding each."""

ZONES_PUBLISH: dict[str, str] = {
    "icao specimen short": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<\n"
                           "L898902C36UTO7408122F1204159ZE184226B<<<<<1",
    "mustermann short": "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<",
    "template": "P<XXX<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "filler only": "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "shell heredoc": "cat <<EOF > /etc/motd\nWELCOME TO THE BUILD SERVER PLEASE LOG OFF\nEOF",
    "cpp stream": 'std::cout << "A" << B << "C" << D << std::endl;',
    "wrong checks short": "L898902C46SWE7408122F1204159ZE184226B<<<<<",
    "placeholder holder": "Example: P<GBRDOE<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "test holder card": "TEST<<USER<<<<<<<<<<<<<<<<<<<",
    "called a specimen": "Specimen: P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<<<",
    "guillemets": "Sie sagte <<NEIN>> und ging; ER SAGTE <<JA>> UND BLIEB DANN DORT.",
}

_KEYS = ["".join(_DRAW.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
         for _ in range(22)]


def _dashed(key: str, groups: int = 8, lower: bool = False) -> str:
    text = "-".join(key[at:at + 4] for at in range(0, groups * 4, 4))
    return text.lower() if lower else text


BASE32: dict[str, str] = {
    "setup key label": "Setup key: " + _dashed(_KEYS[0]),
    "lower case": "Enter this key in your authenticator app: " + _dashed(_KEYS[1], lower=True),
    "sixteen characters": "Secret: " + _dashed(_KEYS[2], 4),
    "german": "Einrichtungsschlüssel: " + _dashed(_KEYS[3]),
    "french prose": "J'ai saisi " + _dashed(_KEYS[4], 6) + " dans Authy.",
    "spanish": "Clave de configuración: " + _dashed(_KEYS[5], lower=True),
    "japanese": "セットアップキー：" + _dashed(_KEYS[6]),
    "chinese": "密钥：" + _dashed(_KEYS[7], 6, True),
    "table": "| Account | Key |\n|---|---|\n| GitHub | " + _dashed(_KEYS[8]) + " |",
    "code block": F + "\n" + _dashed(_KEYS[9]) + "\n" + F,
    "inline code": "Type `" + _dashed(_KEYS[10]) + "` and press Next.",
    "html": "<p>Key: <code>" + _dashed(_KEYS[11], lower=True) + "</code></p>",
    "quoted ticket": "> my 2FA key is " + _dashed(_KEYS[12]) + " please reset",
    "list": "- Google: " + _dashed(_KEYS[13], 4) + "\n- Microsoft: " + _dashed(_KEYS[14], 8),
    "json": '{"totp_secret": "' + _dashed(_KEYS[15]) + '"}',
    "italian": "Chiave segreta: " + _dashed(_KEYS[16], 6),
    "dutch": "Geheime sleutel " + _dashed(_KEYS[17], lower=True),
    "polish": "Klucz: " + _dashed(_KEYS[18], 5),
    "finnish": "Avain on " + _dashed(_KEYS[19], 7) + ".",
    "turkish": "Gizli anahtar: " + _dashed(_KEYS[20]),
    "portuguese": "Chave: " + _dashed(_KEYS[21], 4, True),
}
"""Leaks: a password or secret finding each."""

BASE32_PUBLISH: dict[str, str] = {
    "tutorial key": "Setup key: JBSW-Y3DP-EHPK-3PXP",
    "product key": "Product key: VK7J-G2NP-HTMB-C8T9-AQ3K",
    "hex": "Fingerprint: DEAD-BEEF-CAFE-BABE-F00D-FACE",
    "letters only": "Code: ABCD-EFGH-IJKL-MNOP",
    "a series": "Racks RT42-RT43-RT45-RT46 are full.",
    "uuid": "Id: 3f2a9c1e-7b4d-4e8a-9c2f-1a6b3d5e7f90",
    "digits only": "Serial 2345-6723-4562-3456",
    "template": "Key: XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",
    "words": "THIS-IS-VERY-GOOD-NEWS-FROM-HOME",
}


def _digits(count: int) -> str:
    return "".join(str(_DRAW.randrange(10)) for _ in range(count))


def _pair() -> str:
    return _digits(4) + "-" + _digits(4)


CODES: dict[str, str] = {
    "english": f"Your backup codes are {_pair()}, {_pair()} and {_pair()}.",
    "eight digits": f"The recovery codes I saved were {_digits(8)}, {_digits(8)} and {_digits(8)}.",
    "german": f"Meine Backup-Codes: {_digits(8)}, {_digits(8)} und {_digits(8)}.",
    "french": f"Mes codes de secours sont {_pair()} et {_pair()}.",
    "spanish": f"Los códigos de respaldo son {_digits(8)} y {_digits(8)}.",
    "italian": f"I codici di backup: {_pair()}, {_pair()}, {_pair()}.",
    "dutch": f"Mijn herstelcodes zijn {_digits(8)} en {_digits(8)}.",
    "polish": f"Kody zapasowe to {_pair()} oraz {_pair()}.",
    "japanese": f"バックアップコードは {_digits(8)}、{_digits(8)} です。",
    "spaced groups": f"Backup codes: {_digits(4)} {_digits(4)} or {_digits(4)} {_digits(4)}?",
    "letters and digits": "GitHub recovery codes were 4f7a2-9c1e3 and b82d6-0e5f1, I used one.",
    "quoted": f"> Customer: my recovery codes are {_digits(8)} and {_digits(8)}, help",
    "list item": f"- Scratch codes: {_digits(8)}, {_digits(8)}, {_digits(8)} (used two)",
    "table cell": f"| Jane | backup codes {_pair()} / {_pair()} |",
    "bold label": f"**Backup codes** {_digits(8)} and {_digits(8)} were rejected.",
    "html": f"<p>Recovery codes: <code>{_pair()}</code> and <code>{_pair()}</code></p>",
    "codes before the name": f"{_digits(8)} and {_digits(8)} are my backup codes.",
    "portuguese": f"Códigos de backup: {_digits(8)} e {_digits(8)}.",
    "finnish": f"Varmuuskoodit ovat {_pair()} ja {_pair()}.",
    "norwegian": f"Reservekoder: {_digits(8)} og {_digits(8)}.",
    "korean": f"백업 코드는 {_digits(8)} 그리고 {_digits(8)} 입니다.",
}
"""Leaks: a password or secret finding each."""

CODES_PUBLISH: dict[str, str] = {
    "one example": "Backup codes are eight digits, like 1234 5678.",
    "advice": "Save your recovery codes in a safe place.",
    "year range": "Recovery codes issued 2024-2025 still work.",
    "a series": "Backup codes for KB4012212 and KB4012215 are listed below.",
    "short numbers": "Backup codes are in ticket 4821 and 9902.",
    "versions": "Recovery codes changed in version 10.2 and 11.4.",
    "one code repeated": "The backup code 84739201 and again 84739201 failed.",
    "release dates": "Recovery codes were introduced in release 20231004 and changed in "
                     "20240117 and 20240503.",
    "commits": "Backup codes: fixed in commits 4f2a9c1e, 9b7d3e20 and c81f0a5d (see the "
               "changelog).",
    "sender numbers": "Recovery codes are sent from short numbers 89002442 or 22223333 "
                      "depending on your country.",
}

_GROUP = 65536 * 11


def _bitlocker() -> list[str]:
    return [f"{_DRAW.randrange(1, 65536) * 11:06d}" for _ in range(8)]


def _halves(sep: str = "-", at: int = 4) -> tuple[str, str]:
    groups = _bitlocker()
    return sep.join(groups[:at]), sep.join(groups[at:])


def _split(at: int = 4, sep: str = "-", between: str = "\n") -> tuple[str, str, str]:
    one, two = _halves(sep, at)
    return one, between, two


def _joined(parts: tuple[str, str, str]) -> str:
    return "".join(parts)


BITLOCKER: dict[str, str] = {
    "indented two lines": "Recovery key:\n\n    " + _joined(_split(between="\n    ")),
    "trailing dash": "Key: " + _joined(_split(between="-\n")),
    "code block": F + "\n" + _joined(_split()) + "\n" + F,
    "three and five": "Wiederherstellungsschlüssel " + _joined(_split(3)),
    "spaces": "Herstelsleutel: " + _joined(_split(sep=" ")),
    "blank line between": "Clé de récupération :\n\n" + _joined(_split(between="\n\n")),
    "quoted ticket": "> my key is " + _joined(_split(between="\n> ")),
    "list": "- key: " + _joined(_split(between="\n  ")),
    "table": "| PC | " + _halves()[0] + " |\n| | " + _halves()[1] + " |",
    "html code": "<p><code>" + _joined(_split(between="<br>\n")) + "</code></p>",
    "spanish": "Clave de recuperación: " + _joined(_split(5)),
    "italian": "Chiave di ripristino: " + _joined(_split(2)),
    "polish": "Klucz odzyskiwania:\n" + _joined(_split(6)),
    "japanese": "回復キー：" + _joined(_split()),
    "chinese": "恢复密钥：" + _joined(_split(1)),
    "finnish": "Palautusavain\n" + _joined(_split(7)),
    "turkish": "Kurtarma anahtarı: " + _joined(_split(between="\n\n")),
    "portuguese": "Chave de recuperação: " + _joined(_split()),
    "three lines": "Key:\n" + "\n".join("-".join(_bitlocker()[:3]) for _ in range(1))
                   + "\n" + "-".join(_bitlocker()[:3]) + "\n" + "-".join(_bitlocker()[:2]),
    "powershell output": F + "powershell\nPS> manage-bde -protectors -get C:\n  Password:\n    "
                         + _joined(_split(between="\n    ")) + "\n" + F,
    "swedish": "Återställningsnyckel: " + _joined(_split()),
}
"""Leaks: a password or secret finding each (the three lines' groups are drawn per line, all
multiples of 11, so they make one key's shape)."""

BITLOCKER_PUBLISH: dict[str, str] = {
    "not multiples": "Orders:\n123456-234567-345678-456789\n567890-678901-789012-890123",
    "zeros": "Key: 000000-000000-000000-000000\n000000-000000-000000-000000",
    "four groups alone": "Key ID part 418803-503349-102036-380853",
    "prose below": "Groups 418803-503349-102036-380853\nthen we rebooted the machine.",
    "ten groups": ("Ids 418803-503349-102036-380853-000011\n"
                   "418803-503349-102036-380853-000022"),
    "one line whole": "Format: 111111-222222-333333-444444-555555-666666-777777-888888",
}


def _far(account: str, gap: int = 10, heading: bool = False, fence: bool = True) -> str:
    between = "\n".join(f"Step {number}: set the option and reload." for number in range(gap))
    block = f"{F}\n{account}\n{F}" if fence else account
    return ("Create `/etc/nginx/.htpasswd` for the staff area.\n\n" + between + "\n\n"
            + ("## Reload\n\n" if heading else "") + block)


HTPASSWD: dict[str, str] = {
    "des digest": _far("mary:rl0vkWgq3VXU2"),
    "plain password": _far("jdoe:Kissa2024koira"),
    "twenty lines": _far("admin:Tr0ub4dor3x", 20),
    "indented block": _far("    webmaster:Zq8rLmX7vN4p", 12, fence=False),
    "pre block": _far("<pre>ops:Wq7zRt5yPm2k</pre>", 9, fence=False),
    "two accounts": _far("anna:Hv3kLp9qRt2w\nbo:Mx8nVb4cZq7e"),
    "apache directive": ("AuthUserFile /srv/passwords\n\n" + "\n".join(
        f"Line {n} explains Require." for n in range(11)) + f"\n\n{F}\nkim:Pw9xTr4vLm2q\n{F}"),
    "german": "Lege die Datei `.htpasswd` an.\n\n" + "\n".join(
        f"Schritt {n}: Einstellung setzen." for n in range(10)) + f"\n\n{F}\nanna:Sommer2024x\n{F}",
    "french": "Créez le fichier .htpasswd :\n\n" + "\n".join(
        f"Étape {n} : recharger." for n in range(10)) + f"\n\n{F}\nluc:rl0vkWgq3VXU3\n{F}",
    "quote": "> htpasswd file:\n>\n" + "\n".join(f"> note {n}" for n in range(10))
             + "\n> ```\n> jane:Kq8vP2LxZ4\n> ```",
    "spanish": "Archivo htpasswd:\n\n" + "\n".join(
        f"Paso {n}: configurar." for n in range(10)) + f"\n\n{F}\npepe:Verano2024xy\n{F}",
    "auth_basic_user_file": "auth_basic_user_file /etc/nginx/users;\n\n" + "\n".join(
        f"Note {n}." for n in range(10)) + f"\n\n{F}\nsupport:Hx4nQ8zLp2Tw\n{F}",
    "japanese": "`.htpasswd` を作成します。\n\n" + "\n".join(
        f"手順 {n}：設定します。" for n in range(10)) + f"\n\n{F}\ntaro:Sakura2024zz\n{F}",
    "italian": "File .htpasswd:\n\n" + "\n".join(
        f"Passo {n}." for n in range(10)) + f"\n\n{F}\nmario:Estate2024qq\n{F}",
    "dutch": "Het bestand .htpasswd:\n\n" + "\n".join(
        f"Stap {n}." for n in range(10)) + f"\n\n{F}\njan:Zomer2024kk\n{F}",
    "polish": "Plik .htpasswd:\n\n" + "\n".join(
        f"Krok {n}." for n in range(10)) + f"\n\n{F}\nola:Lato2024mm\n{F}",
    "finnish": "Tiedosto .htpasswd:\n\n" + "\n".join(
        f"Vaihe {n}." for n in range(10)) + f"\n\n{F}\nmatti:Kesa2024pp\n{F}",
    "list item": "Use htpasswd -c:\n\n" + "\n".join(
        f"- step {n}" for n in range(10)) + f"\n\n{F}\nlee:Nq5vWx8zRt3k\n{F}",
    "tilde fence": _far("~~~\nsam:Jr6mPq9xVb2n\n~~~", fence=False),
    "after a code block": _far(f"{F}\nnginx -s reload\n{F}\n\n{F}\nivy:Bk7wQz3xLp9m\n{F}",
                               fence=False),
    "bcrypt-free crypt": _far("guest:aB3dE5gH7jK9m"),
}
"""Leaks: a password or secret finding each."""

HTPASSWD_PUBLISH: dict[str, str] = {
    "heading between": _far("mary:rl0vkWgq3VXU2", heading=True),
    "image tag": _far("nginx:1.25.3-alpine"),
    "port": _far("db:5432"),
    "setting word": _far("mode:strict"),
    "example password": _far("user:password"),
    "prose line": _far("mary:rl0vkWgq3VXU2", fence=False),
}

_HEX = "0123456789abcdef"


def _hex(count: int) -> str:
    return "".join(_DRAW.choice(_HEX) for _ in range(count))


OSS = "https://acme-files.oss-cn-hangzhou.aliyuncs.com/report.pdf"
COS = "https://acme-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg"
S3 = "https://acme.s3.eu-west-1.amazonaws.com/invoice.pdf"
GCS = "https://storage.googleapis.com/acme/export.csv"
SIGNED: dict[str, str] = {
    "oss v4": (f"{OSS}?x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-date=20261207T120000Z"
               f"&x-oss-expires=3600&x-oss-signature={_hex(64)}"),
    "oss v4 signature first": f"Link: {OSS}?x-oss-signature={_hex(64)}&x-oss-expires=600",
    "oss security token": f"{OSS}?x-oss-security-token=CAIS{_hex(40)}&x-oss-expires=60",
    "cos": (f"{COS}?q-sign-algorithm=sha1&q-ak=AKID{_hex(32)}&q-sign-time=1767225600;1767229200"
            f"&q-key-time=1767225600;1767229200&q-header-list=host&q-url-param-list="
            f"&q-signature={_hex(40)}"),
    "cos signature alone": f"下载链接：{COS}?q-signature={_hex(40)}",
    "cos token": f"{COS}?q-signature={_hex(40)}&x-cos-security-token={_hex(48)}",
    "s3 v4 signature alone": f"[Invoice]({S3}?X-Amz-Expires=600&X-Amz-Signature={_hex(64)})",
    "s3 session token": f"{S3}?X-Amz-Security-Token=IQoJb3JpZ2luX2Vj{_hex(40)}",
    "gcs v4 signature alone": f"<a href=\"{GCS}?X-Goog-Expires=900&X-Goog-Signature={_hex(64)}\">",
    "html escaped ampersand": f"<a href=\"{OSS}?x-oss-expires=60&amp;x-oss-signature={_hex(64)}\">",
    "upper case name": f"{OSS}?X-OSS-SIGNATURE={_hex(64)}",
    "in a table": f"| File | {COS}?q-signature={_hex(40)} |",
    "in a code block": f"{F}\ncurl '{OSS}?x-oss-signature={_hex(64)}'\n{F}",
    "german prose": f"Der Link {COS}?q-sign-time=1;2&q-signature={_hex(40)} läuft ab.",
    "quoted": f"> Here: {S3}?X-Amz-Signature={_hex(64)}",
    "json": f'{{"url": "{GCS}?X-Goog-Signature={_hex(64)}"}}',
    "yaml": f"download: {OSS}?x-oss-signature={_hex(64)}",
    "angle link": f"<{COS}?q-signature={_hex(40)}>",
    "percent-encoded token": f"{OSS}?x-oss-security-token=CAIS%2B{_hex(30)}%3D",
    "japanese": f"署名付きURL：{OSS}?x-oss-signature={_hex(64)}",
    "french": f"Lien signé : {S3}?X-Amz-Signature={_hex(64)}&X-Amz-Expires=60",
}
"""Leaks: an API key or token finding each."""

SIGNED_PUBLISH: dict[str, str] = {
    "template braces": f"{OSS}?x-oss-signature={{signature}}",
    "template angle": f"`{S3}?X-Amz-Signature=<signature>`",
    "shell variable": f"{COS}?q-signature=${{SIGNATURE}}",
    "repeated": f"{OSS}?x-oss-signature={'x' * 64}",
    "ellipsis": f"{GCS}?X-Goog-Signature=...",
    "prose about it": "The X-Amz-Signature parameter holds the request's signature.",
    "signed headers": f"{S3}?X-Amz-SignedHeaders=host",
}

PLACES: dict[str, str] = {
    "row over lines": "<table>\n<tr>\n<td>Home</td>\n<td>8FVC9G8F+6X</td>\n</tr>\n</table>",
    "header column": ("<table>\n<tr><th>Name</th><th>Home</th></tr>\n"
                      "<tr><td>Anna</td><td>9F4MGCFV+QR</td></tr>\n</table>"),
    "german row": ("<table>\n  <tr>\n    <td>Zuhause</td>\n    <td>9F4MGCFW+2V</td>\n  </tr>\n"
                   "</table>"),
    "what3words column": ("<table>\n<tr><th>Place</th><th>what3words</th></tr>\n<tr>\n"
                          "<td>My flat</td>\n<td>index.home.raft</td>\n</tr>\n</table>"),
    "what3words slashes": ("<table>\n<tr>\n<td>Our house</td>\n<td>///filled.count.soap</td>\n"
                           "</tr>\n</table>"),
    "french": ("<table>\n<tr>\n<td>Maison</td>\n<td>8FW4V75V+8Q</td>\n</tr>\n</table>"),
    "spanish header": ("<table>\n<tr><th>Cliente</th><th>Casa</th></tr>\n<tr>\n"
                       "<td>Lucía</td>\n<td>7CQ7RC5X+7C</td>\n</tr>\n</table>"),
    "customer header": ("<table><tr><th>Customer</th><th>Plus Code</th></tr>\n<tr>\n"
                        "<td>Jane Doe, her home</td>\n<td>87G8Q2JM+6X</td>\n</tr></table>"),
    "dutch": "<table>\n<tr>\n<td>Thuis</td>\n<td>9F469J8P+2G</td>\n</tr>\n</table>",
    "italian": "<table>\n<tr>\n<td>Casa mia</td>\n<td>8FHJVHM2+6R</td>\n</tr>\n</table>",
    "japanese": "<table>\n<tr>\n<td>自宅</td>\n<td>8Q7XMQ5R+QX</td>\n</tr>\n</table>",
    "attributes": ('<table class="x">\n<tr class="y">\n<td style="a">Home</td>\n'
                   '<td style="b">8FVC9G8F+7X</td>\n</tr>\n</table>'),
    "bold cell": "<table>\n<tr>\n<td><b>Home</b></td>\n<td>8FVC9G8F+8X</td>\n</tr>\n</table>",
    "tbody": ("<table><thead><tr><th>Who</th><th>Home address</th></tr></thead>\n<tbody>\n"
              "<tr>\n<td>Tom</td>\n<td>9C3XGV4C+XV</td>\n</tr>\n</tbody></table>"),
    "w3w header": ("<table>\n<tr><th>Residence</th><th>w3w</th></tr>\n<tr>\n"
                   "<td>My house</td>\n<td>///table.chair.lamp</td>\n</tr>\n</table>"),
    "polish": "<table>\n<tr>\n<td>Mój dom</td>\n<td>9G4362J2+7W</td>\n</tr>\n</table>",
    "finnish": "<table>\n<tr>\n<td>Koti</td>\n<td>9GG65WCR+9Q</td>\n</tr>\n</table>",
    "portuguese": "<table>\n<tr>\n<td>Minha casa</td>\n<td>588MC9X8+5W</td>\n</tr>\n</table>",
    "wohnung": "<table>\n<tr>\n<td>Wohnung</td>\n<td>8GHC2XJ8+6V</td>\n</tr>\n</table>",
    "span in a cell": ("<table>\n<tr>\n<td><span>Home</span></td>\n<td><span>9FFW83GR+4V</span>"
                       "</td>\n</tr>\n</table>"),
    "cells on three lines": ("<table>\n<tr>\n<td>\nHome\n</td>\n<td>\n8FVC9G8F+9X\n</td>\n</tr>\n"
                             "</table>"),
}
"""Leaks: a postal address finding each."""

PLACES_PUBLISH: dict[str, str] = {
    "stores": ("<table>\n<tr><th>Store</th><th>Address</th></tr>\n<tr>\n<td>Zurich</td>\n"
               "<td>8FVC9G8F+6X</td>\n</tr>\n</table>"),
    "office": "<table>\n<tr>\n<td>Office</td>\n<td>8FVC9G8F+6X</td>\n</tr>\n</table>",
    "a sum": "<table>\n<tr>\n<td>Home</td>\n<td>2345+67</td>\n</tr>\n</table>",
    "format": "<table>\n<tr>\n<td>Format</td>\n<td>849VCWC8+R9</td>\n</tr>\n</table>",
    "landmark": "<table>\n<tr>\n<td>Eiffel Tower</td>\n<td>8FW4V75V+8Q</td>\n</tr>\n</table>",
    "no home word": "<table>\n<tr>\n<td>Step</td>\n<td>index.home.raft</td>\n</tr>\n</table>",
}

CYRILLIC_CODES: dict[str, str] = {
    "list under the name": f"Резервные коды:\n\n- {_digits(8)}\n- {_digits(8)}\n- {_digits(8)}",
    "sentence": f"Мои резервные коды {_digits(8)} и {_digits(8)}.",
    "recovery codes, one line": f"Коды восстановления: {_digits(8)} {_digits(8)} {_digits(8)}",
    "heading": f"## Резервные коды\n\n{_pair()}\n{_pair()}",
    "table": f"| Резервные коды |\n|---|\n| {_digits(8)} |\n| {_digits(8)} |",
    "quoted ticket": f"> Коды восстановления: {_pair()}, {_pair()}",
    "bold": f"**Резервные коды:** {_digits(8)}, {_digits(8)}",
    "lower case": f"резервные коды — {_digits(8)} и {_digits(8)}",
    "upper case": f"РЕЗЕРВНЫЕ КОДЫ: {_digits(8)} {_digits(8)}",
    "code block": f"Резервные коды:\n\n{F}\n{_digits(8)}\n{_digits(8)}\n{F}",
    "numbered": f"Коды восстановления:\n\n1. {_pair()}\n2. {_pair()}",
    "html": f"<p>Резервные коды: <code>{_digits(8)}</code> <code>{_digits(8)}</code></p>",
    "letters and digits": "Коды восстановления: 4f7a2-9c1e3, b82d6-0e5f1",
    "spaced pairs": f"Резервные коды:\n{_digits(4)} {_digits(4)}\n{_digits(4)} {_digits(4)}",
    "after prose": f"Клиент пишет, что резервные коды {_digits(8)}, {_digits(8)} не работают",
    "colon list": f"Коды восстановления: {_digits(8)}; {_digits(8)}; {_digits(8)}",
    "list with dashes": f"Резервные коды:\n* {_pair()}\n* {_pair()}",
    "in parentheses": f"Резервные коды ({_digits(8)}, {_digits(8)}) сохранены.",
    "two lines": f"Коды восстановления\n{_digits(8)}, {_digits(8)}",
    "json": f'{{"резервные коды": ["{_digits(8)}", "{_digits(8)}"]}}',
}
"""Leaks: backup codes under a Cyrillic name, which normalize_text reads in Latin look-alikes
(a password or secret finding each)."""

CYRILLIC_PUBLISH: dict[str, str] = {
    "advice": "Сохраните резервные коды в надёжном месте.",
    "one example": "Резервные коды состоят из восьми цифр, например 1234 5678.",
    "a series": "Коды восстановления KB4012212 и KB4012215 описаны ниже.",
}

UNDERSCORES: dict[str, str] = {
    "password colon inside": "_Password:_ Tr0ub4dor3",
    "pin colon outside": "_PIN_: 4821",
    "pin colon inside": "_PIN:_ 4821",
    "german": "_Kennwort:_ Sommer2024x",
    "french list": "- _Mot de passe :_ Soleil2024x",
    "token": "_Token:_ q8Zr2LmX7vN4pT9w",
    "spanish": "_Contraseña:_ Verano2024x",
    "italian": "La rete di casa: _Password:_ Estate2024qq",
    "dutch": "_Wachtwoord:_ Zomer2024kk",
    "polish": "_Hasło:_ Lato2024mm",
    "portuguese": "_Senha:_ Verao2024xx",
    "finnish": "_Salasana:_ Kesa2024pp",
    "japanese": "_パスワード：_ sakura2024x",
    "quoted ticket": "> _Password:_ Hv3kLp9qRt2w",
    "numbered list": "1. _Passwort:_ Mx8nVb4cZq7e",
    "bold inside": "_**Password:**_ Jr6mPq9xVb2n",
    "secret": "_Client secret:_ Bk7wQz3xLp9m",
    "pin code": "_PIN-Code:_ 7391",
    "wifi key": "_WLAN-Schlüssel:_ blaueKatze77",
    "api key": "_API key:_ Nq5vWx8zRt3kLm2p",
}
"""Leaks: a secret after a label emphasised with single underscores (a password or secret or
an API key finding each)."""

UNDERSCORES_PUBLISH: dict[str, str] = {
    "snake case": "my_var_name: foo_bar_baz",
    "dunder": "__init__: setup",
    "note": "_Note:_ the password is in the vault.",
    "emphasised prose": "Type your _own_ password: the one you chose.",
    "placeholder": "_Password:_ <your password>",
}
