"""rev66's findings on fp66's accepting rules, fixed by class (issue 19, fixfp66):

- F17: a file's name before its extension passed when its line named a secret in a language
  other than English (`Zugangsdaten-…`, `identifiants-…`, `claves-cliente-…`) or held a random
  part of one case (`q7w8e9r1t2y3u4i5o6p7`, `9f3a7c2e1b4d8f6a`);
- F15: DNS records and banner fingerprints passed by their data's shape alone (no owner name,
  no `TXT`, a quoted ticket's `>`, `SHA256 … (RSA)` without the banner's `SSH:`, 32 bytes of
  any kind under `k=ed25519`);
- F5: a URL's password that is the word for a password passed in some languages
  (`hasło`) and not in others (`wachtwoord`, `lösenord`).

Every text is scanned once (one module-scoped pass); each leak is an error on main too."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan
from kbgen.core.secret_names import PASSWORD_FIELD_NAMES, names_a_password

ED_KEY = "nAcUUozPlhc4VPhp7hZl+owES7j7OlEv0laaDEDBAqg="
"""maddy's ed25519 DKIM key (a point of the curve)."""
OFF_CURVE = "pYggEg9Y3k+BJEFvIkJ97IQ5Cj/VzHXJyHYYcqhIRks="
"""32 seeded random bytes that are no point of Ed25519's curve (as half of all are)."""
SHA256_HEX = "7f59d873a70e224b184c95a4eb54caa9621e47d48b4a25d312d83d96e3498238"
SHA512_HEX = ("db15c6c85d464fb759bbca1125b6e6b69ae0065d08cc68baa734cf2a14774b689cf469ba804f73b4"
              "45e13b75f72583a3991b42817b6def0786f14187a8a8bf1c")
SHA1_HEX = "d2bec7d7e20f52624024d7fa8574bc2235c6d15e"
RANDOM = "k3j9x2m8q7w4e5r1"
DKIM_RSA = ("MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCy8IN2RpqpiUT+mPvGsiBWSYPOSpgvIYCdvlBmLiMv"
            "Z9vhC3VpymDcUgWljfPn4Xv/y7WETlL2b/FxFei8wgE7wv87UIUavROyjvJKjNDt8Iq3ARLSCqvt8oAVSKbLT"
            "KQDkX0+59AzBrsllC/nKQL5WOjQSKPJn+QaDuNchZlK/wIDAQAB")
"""A 1024-bit RSA key's SubjectPublicKeyInfo, as `opendkim-genkey` publishes it."""
OTHER_SPKI = "MDIwBQYDK2VwAykAAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJw=="
"""A SubjectPublicKeyInfo's frame (another algorithm's) around 40 bytes of anything."""

PUBLISHED: dict[str, str] = {
    # file stems: products' names and model numbers
    "stem: Meshtastic's copy": "cp /etc/meshtasticd/available.d/lora-MeshAdv-900M30S.yaml .\n",
    "stem: Meshtastic's listing":
        "# Ex: display-waveshare-2.8.yaml  lora-MeshAdv-900M30S.yaml  lora-meshstick-1262.yaml\n",
    "stem: a table cell": "| `lora-MeshAdv-900M30S.yaml` | the 900 MHz hat |\n",
    "stem: a German sentence":
        "Kopieren Sie lora-MeshAdv-900M30S.yaml nach config.d und starten Sie neu.\n",
    "stem: a firmware image": "Flash firmware-rtl8812au-meshstick-2.5.yaml first.\n",
    "stem: a board config": "Use lora-RAK4631-nrf52840dk-MeshTiny.yaml for the kit.\n",
    # DNS records written as zone lines
    "DNS: maddy's DKIM":
        f'default._domainkey.example.org.    TXT   "v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS: DKIM with a TTL and a class":
        f'sel1._domainkey.example.com. 3600 IN TXT "v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS: DKIM in brackets": f'mail._domainkey IN TXT ( "v=DKIM1; k=ed25519; p={ED_KEY}" )\n',
    "DNS: DKIM indented": f'    s2._domainkey  IN  TXT  "v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS: DKIM RSA":
        f'mail._domainkey.example.com. IN TXT "v=DKIM1; k=rsa; p={DKIM_RSA}"\n',
    "DNS: DKIM RSA without k=": f'mail._domainkey 300 IN TXT "v=DKIM1; p={DKIM_RSA}"\n',
    "DNS: maddy's TLSA": f"_25._tcp.mx1.example.org. TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS: TLSA SHA-512 with TTL": f"_443._tcp.www.example.net. 300 IN TLSA 3 0 2 {SHA512_HEX}\n",
    "DNS: TLSA with a comment": f"_25._tcp.mx IN TLSA 2 1 1 {SHA256_HEX} ; rollover key\n",
    "DNS: SSHFP SHA-256": f"host.example.org. IN SSHFP 4 2 {SHA256_HEX}\n",
    "DNS: SSHFP SHA-1 in a code block": f"```\nbastion 3600 IN SSHFP 1 1 {SHA1_HEX}\n```\n",
    # OPNsense's console banner
    "banner: ECDSA": "     SSH:   SHA256 pwupAQ6U+TOKoI1NAvcFpKF90Is02W0YMem7CNPG9j8 (ECDSA)\n",
    "banner: ED25519": "     SSH:   SHA256 +JOMcgZ14lUnUxp4jEbEWf7Q+OvHJufvjhFzybJG1/M (ED25519)\n",
    "banner: RSA": "     SSH:   SHA256 2mR9csHFwDgBl7SGfOPeW2r9E15zMP9OuMpHnBrGwUI (RSA)\n",
    # a URL's password that is the word for one, in each language alike
    "URL word: Dutch": "`proxy=http://gebruiker:wachtwoord@voorbeeld.nl:8080`\n",
    "URL word: Swedish": "`proxy=http://användare:lösenord@exempel.se:8080`\n",
    "URL word: Finnish": "`proxy=http://kayttaja:salasana@esimerkki.fi:8080`\n",
    "URL word: Czech": "`proxy=http://uzivatel:heslo@priklad.cz:8080`\n",
    "URL word: Hungarian": "`proxy=http://felhasznalo:jelszó@pelda.hu:8080`\n",
    "URL word: Turkish": "`proxy=http://kullanici:şifre@ornek.com.tr:8080`\n",
    "URL word: Italian": "`proxy=http://utente:parola@esempio.it:8080`\n",
    "URL word: Danish": "`proxy=http://bruger:adgangskode@eksempel.dk:8080`\n",
    "URL word: Polish": "`proxy=http://użytkownik:hasło@przykład.com:8080`\n",
    "URL word: German capitalised": "`proxy=http://benutzer:Kennwort@beispiel.de:8080`\n",
}
"""Each published here."""

LEAKS: dict[str, str] = {
    # F17: a file's name naming a secret in any language, or holding a random part
    "stem: rev66 German credentials": f"Die Datei Zugangsdaten-{RANDOM}.txt liegt im Teams-Kanal\n",
    "stem: rev66 French credentials": f"Le fichier identifiants-{RANDOM}.txt est sur le partage\n",
    "stem: rev66 Spanish keys": f"El archivo claves-cliente-{RANDOM}.txt\n",
    "stem: rev66 lower-case random": "Attached: export-customers-q7w8e9r1t2y3u4i5o6p7.csv\n",
    "stem: rev66 hex part": "Download backup-export-9f3a7c2e1b4d8f6a.zip from the share\n",
    "stem: Dutch passwords": f"Bestand wachtwoorden-klant-{RANDOM}.txt staat op de share\n",
    "stem: Swedish password": f"Filen lösenord-kund-{RANDOM}.txt ligger i Teams\n",
    "stem: Norwegian password": f"Filen passord-kunde-{RANDOM}.txt ligger i Teams\n",
    "stem: Polish passwords": f"Plik hasła-klientów-{RANDOM}.txt jest w kanale\n",
    "stem: Italian keys": f"Il file chiavi-cliente-{RANDOM}.txt è nella cartella\n",
    "stem: a German compound": f"Kundenpasswörter-{RANDOM}.xlsx liegt im Kanal\n",
    "stem: upper-case random part": "Attached: export-customers-Q7W8E9R1T2Y3U4I5O6P7.csv\n",
    "stem: a table row": "| report-customers-q7w8e9r1t2y3u4i5o6p7.pdf | sent |\n",
    "stem: HTML": '<a href="/files/export-customers-q7w8e9r1t2y3u4i5o6p7.csv">export</a>\n',
    "stem: front matter": "---\nattachment: export-customers-q7w8e9r1t2y3u4i5o6p7.csv\n---\n",
    "stem: a code block": "```\nscp backup-database-q7w8e9r1t2y3u4i5o6p7.tar.gz host:\n```\n",
    "stem: Portuguese password": f"O arquivo senhas-cliente-{RANDOM}.txt está no canal\n",
    # F15: a record's data without the zone line around it
    "DNS: TLSA without owner": f"TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS: TLSA after IN only": f"IN TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS: TLSA owner not a port's": f"mx1.example.org. TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS: TLSA in a quoted ticket": f"> _25._tcp.mx1.initech.com. TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS: SSHFP without owner": f"IN SSHFP 4 2 {SHA256_HEX}\n",
    "DNS: SSHFP owned by a German key": f"Schlüssel IN SSHFP 4 2 {SHA256_HEX}\n",
    "DNS: TLSA owned by a Spanish password":
        f"_443._tcp.contraseña.acme.es. TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS: DKIM data alone": f'"v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS: DKIM without TXT": f'default._domainkey.example.org. "v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS: DKIM owner not a selector's":
        f'example.org. IN TXT "v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS: DKIM in a quoted ticket": f'> mail._domainkey IN TXT "v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS: another algorithm's frame":
        f'mail._domainkey.initech.com. IN TXT "v=DKIM1; k=rsa; p={OTHER_SPKI}"\n',
    "DNS: ed25519 off the curve":
        f'mail._domainkey.initech.com. IN TXT "v=DKIM1; k=ed25519; p={OFF_CURVE}"\n',
    "DNS: a provider's form":
        f"Name: default._domainkey  Type: TXT  Value: v=DKIM1; k=ed25519; p={ED_KEY}\n",
    "banner: rev66 RSA alone": "SHA256 Zk39fQpL2mXv8RtY4nBwA1b2C3d4E5f6G7h8I9j0K1l (RSA)\n",
    "banner: rev66 ED25519 alone":
        "  SHA256 q2Vv9xX0aPpF8mZt1S4w7R3bLkYcJ6dGhN5eUoTiQ0A (ED25519)\n",
    "banner: no 32 bytes' end":
        "     SSH:   SHA256 pwupAQ6U+TOKoI1NAvcFpKF90Is02W0YMem7CNPG9j9 (ECDSA)\n",
    "banner: a table row": "| SSH | SHA256 pwupAQ6U+TOKoI1NAvcFpKF90Is02W0YMem7CNPG9j8 (ECDSA) |\n",
    # F5: more than the word for a password
    "URL word: Dutch and digits": "https://jan:wachtwoord1@portal.bakkerij-jansen.nl\n",
    "URL word: Swedish and a year": "https://anna:lösenord2024@intranet.svensson.se\n",
    "URL word: Swedish my password": "https://anna:mittlösenord@intranet.svensson.se\n",
    "URL word: Hungarian possessive": "https://peter:jelszavam@intranet.kovacs.hu\n",
    "URL word: Finnish possessive": "https://matti:salasanasi@intranet.virtanen.fi\n",
    "URL word: Swedish definite": "https://anna:lösenordet1@intranet.svensson.se\n",
    "URL word: German and a symbol": "smb://buchhaltung:Passwort#1@nas.firma-intern.de/share\n",
    "URL word: Dutch production": "https://jan:wachtwoord_prod@portal.bakkerij-jansen.nl\n",
    "URL word: Czech doubled": "https://jan:heslohes1o@intranet.novak.cz\n",
    "URL word: Turkish and digits": "ftp://ali:şifre123@ftp.yilmaz.com.tr/\n",
    "URL word: no URL, German": "Benutzer:Passwort@Hunter2024x\n",
    "URL word: no URL, Dutch": "Login wachtwoord@Geheim2024x\n",
}
"""Each must stay an error (main refuses each)."""


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """Every text scanned once: the kinds of its errors."""
    return {name: [f.kind for f in scan(text) if not f.advisory]
            for name, text in {**PUBLISHED, **LEAKS}.items()}


@pytest.mark.parametrize("name", PUBLISHED)
def test_published(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] == []


@pytest.mark.parametrize("name", LEAKS)
def test_leak_refused(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] != []


@pytest.mark.parametrize("word", PASSWORD_FIELD_NAMES)
def test_password_word_in_every_case(word: str) -> None:
    """One source for every language: the word in any case and without its accents is one,
    the word with more is not."""
    assert names_a_password(word) and names_a_password(word.upper())
    assert not names_a_password(word + "1") and not names_a_password("my" + word)
