"""Five shapes of real help centres' text the gate read as secrets, and the leaks that look
like them (issue 19, fp66): a host key's fingerprint in a console banner (OPNsense), a made-up
id that steps through the digits and the alphabet (NetBird), a file's name before its extension
(Meshtastic), a URL's
password that is the word for a password in another language (RustDesk's Polish
`użytkownik:hasło@…`), a DNS record's public key or digest (maddy's DKIM and TLSA records).
Every text is scanned once; each kept text is an error on main, each leak an error on main
and here."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

FINGERPRINT = "pwupAQ6U+TOKoI1NAvcFpKF90Is02W0YMem7CNPG9j8"
ROW_KEY = "At4aDMOAOub2NwT6gMHA"
DKIM_RSA = ("MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCy8IN2RpqpiUT+mPvGsiBWSYPOSpgvIYCdvlBmLiMv"
            "Z9vhC3VpymDcUgWljfPn4Xv/y7WETlL2b/FxFei8wgE7wv87UIUavROyjvJKjNDt8Iq3ARLSCqvt8oAVSKbLT"
            "KQDkX0+59AzBrsllC/nKQL5WOjQSKPJn+QaDuNchZlK/wIDAQAB")
"""A 1024-bit RSA key's SubjectPublicKeyInfo, as `opendkim-genkey` publishes it."""
PKCS8 = ("MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBALLwg3ZGmqmJRP6Y+8ayIFZJg85KmC8hgJ2+"
         "UGYuIy9n2+ELdWnKYNxSBaWN8+fhe//LtYROUvZv8XEV6LzCATvC/ztQhRq9E7KO8kqM0O3wircBEtIKq+3ygBVI"
         "pstM")
"""The start of the same key's private half (PKCS #8)."""
ED_KEY = "nAcUUozPlhc4VPhp7hZl+owES7j7OlEv0laaDEDBAqg="
SHA256_HEX = "7f59d873a70e224b184c95a4eb54caa9621e47d48b4a25d312d83d96e3498238"

KEPT: dict[str, str] = {
    "fingerprint: a console banner's ECDSA line":
        f"     SSH:   SHA256 {FINGERPRINT} (ECDSA)\n",
    "fingerprint: a banner's ED25519 line":
        "     SSH:   SHA256 +JOMcgZ14lUnUxp4jEbEWf7Q+OvHJufvjhFzybJG1/M (ED25519)\n",
    "fingerprint: a banner's RSA line in a code block":
        "```\nSSH:   SHA256 2mR9csHFwDgBl7SGfOPeW2r9E15zMP9OuMpHnBrGwUI (RSA)\n```\n",
    "stepped: hex letters and digits": "Profile removed: e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0\n",
    "stepped: in a code block":
        "```\nCannot remove active profile: e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0\n```\n",
    "stepped: the alphabet": "Session a1b2c3d4e5f6g7h8i9j0k1l2 closed\n",
    "file stem: a listing of configurations":
        "# Ex: display-waveshare-2.8.yaml  lora-MeshAdv-900M30S.yaml  lora-meshstick-1262.yaml\n",
    "file stem: a copy command":
        "cp /etc/meshtasticd/available.d/lora-MeshAdv-900M30S.yaml /etc/meshtasticd/config.d/\n",
    "word password: Polish": "dodać `proxy=http://użytkownik:hasło@przykład.com:8080` do `.env`\n",
    "word password: Spanish": "`proxy=http://usuario:contraseña@ejemplo.com:8080`\n",
    "word password: Portuguese": "`proxy=http://usuário:senha@exemplo.com.br:8080`\n",
    "word password: Russian": "`proxy=http://пользователь:пароль@пример.рф:8080`\n",
    "DNS record: DKIM ed25519 in a zone":
        f'default._domainkey.example.org.    TXT   "v=DKIM1; k=ed25519; p={ED_KEY}"\n',
    "DNS record: TLSA in a zone": f"_25._tcp.mx1.example.org. TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS record: DKIM RSA in a code block":
        f'```\nmail._domainkey IN TXT "v=DKIM1; k=rsa; p={DKIM_RSA}"\n```\n',
    "DNS record: SSHFP": "host.example.org. IN SSHFP 4 2 " + SHA256_HEX + "\n",
}
"""Each an error on main, published here."""

LEAKS: dict[str, str] = {
    # a fingerprint's shape, but not a banner's line
    "fingerprint: no key type": f"SSH:   SHA256 {FINGERPRINT}\n",
    "fingerprint: a password word": f"password SHA256 {FINGERPRINT} (ECDSA)\n",
    "fingerprint: a private key's setting": f"private_key = SHA256 {FINGERPRINT} (ED25519)\n",
    "fingerprint: a preshared key": f"preshared: SHA256 {FINGERPRINT} (RSA)\n",
    "fingerprint: an unknown type": f"SSH:   SHA256 {FINGERPRINT} (SECRET)\n",
    "fingerprint: a type without brackets": f"SSH:   SHA256 {FINGERPRINT} ECDSA\n",
    "fingerprint: a padded key":
        "SSH:   SHA256 yL0kApRiZW4VFfNkKAQ/nYxnMFT3AH0dfVkj1GAlr1k= (ECDSA)\n",
    "fingerprint: base64url": "SSH:   SHA256 pwupAQ6U-TOKoI1NAvcFpKF90Is02W0YMem7CNPG9j8 (ECDSA)\n",
    "fingerprint: Russian password label": f"пароль: SHA256 {FINGERPRINT} (RSA)\n",
    "fingerprint: Spanish key label": f"clave: SHA256 {FINGERPRINT} (RSA)\n",
    "fingerprint: a table row": f"| API key | SHA256 {FINGERPRINT} (RSA) |\n",
    "fingerprint: JSON": f'{{"token": "SHA256 {FINGERPRINT} (RSA)"}}\n',
    "fingerprint: a quoted ticket": f"> customer's key: SHA256 {FINGERPRINT} (RSA)\n",
    "fingerprint: HTML": f"<td>SHA256 {FINGERPRINT} (RSA)</td>\n",
    "fingerprint: front matter": f"---\napi_key: SHA256 {FINGERPRINT} (RSA)\n---\n",
    "fingerprint: words after": f"SSH:   SHA256 {FINGERPRINT} (RSA) is our Stripe secret\n",
    # near misses of a stepped id
    "stepped: one digit off": "Profile removed: e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b1\n",
    "stepped: two cases": "Profile removed: e5F6a7b8c9d0e1f2a3b4c5d6e7f8a9b0\n",
    "stepped: a letter skipped": "Session a1b2c3d4e5f6g7h8i9k0l1m2 closed\n",
    "stepped: a random hex id": "Profile removed: 9f86d081884c7d659a2feaa0c55ad015\n",
    "stepped: a token in a table": "| token | e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b7 |\n",
    "stepped: a company's token": "Profile token (Acme Ltd): e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0\n",
    "stepped: our production key": "Our production API key is a1b2c3d4e5f6g7h8i9j0k1l2\n",
    "stepped: a German ticket": "> Kunde: Schlüssel e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9c0\n",
    # random keys before an extension
    "file stem: a random name": "cat Zk39fQpL2mXv8RtY4nBw.txt\n",
    "file stem: groups of a reset token": "save 8qDRG-AE1qC-zjjAT-0Fkd6.txt\n",
    "file stem: a word put in a key": "open Xk9fQ2mZ-lora-7pL4vR8t.yaml\n",
    "file stem: a key named on the line": "token: lora-MeshAdv-900M30S.yaml\n",
    "file stem: a password file": "scp passwords/Zk39-lora-fQpL2mXv8RtY4nBw.yaml host:\n",
    "file stem: a key and a sentence": "the key is lora-MeshAdv-900M30S.now\n",
    "file stem: a Stripe key": "echo sk_live_4eC39HqLyjWDarjtT1zdp7dc.env\n",
    "file stem: a key in a table": "| file | Zk39fQpL2mXv8RtY4nBw.json |\n",
    "file stem: a key in HTML": "<code>Zk39fQpL2mXv8RtY4nBw.pem</code>\n",
    # settings rows that say more than the instruction
    "own value: the guide's own PSK": f" **Preshared IPsec-key**   {ROW_KEY}    *Our PSK*\n",
    "own value: a note saying whose":
        f" **Pre-Shared Key**          {ROW_KEY}   *our office key*. **CREATE YOUR OWN!**\n",
    "own value: a label saying whose":
        f" **Our PSK**          {ROW_KEY}   *Random key*. **CREATE YOUR OWN!**\n",
    "own value: a company's label":
        f" **Acme's PSK**          {ROW_KEY}   *Random key*. **CREATE YOUR OWN!**\n",
    "own value: in prose": f"the key {ROW_KEY} create your own\n",
    "own value: no instruction": f" **Pre-Shared Key**          {ROW_KEY}   *Random key*.\n",
    "own value: production":
        f" **Pre-Shared Key**          {ROW_KEY}   *production key*. **CREATE YOUR OWN!**\n",
    "own value: a German note":
        f" **Pre-Shared Key**   {ROW_KEY}   *Zufälliger Schlüssel*. **EIGENEN ERSTELLEN!**\n",
    "own value: a Markdown table":
        f"| Pre-Shared Key | {ROW_KEY} | Random key. CREATE YOUR OWN! |\n",
    "own value: a ticket's row":
        f"> **Pre-Shared Key**          {ROW_KEY}   ticket 4821, create your own\n",
    "own value: the instruction then a value":
        f" **Pre-Shared Key**          {ROW_KEY}   *CREATE YOUR OWN!* or use Kq8vNz3Lw2pR7sT9\n",
    # a password in a URL that is more than the word for one
    "word password: the short form": "Feed: http://user:pass@host/feed.xml\n",
    "word password: the short form in a DSN": "postgres://user:pass@serverhost.com/databasename\n",
    "word password: the word and a year": "`proxy=http://jan:hasło2024@przykład.com:8080`\n",
    "word password: the word and digits": "`proxy=http://użytkownik:haslo123@przykład.com:8080`\n",
    "word password: two words": "`proxy=http://użytkownik:tajnehasło@przykład.com:8080`\n",
    "word password: Russian and a digit": "`mongodb://admin:пароль1@db.acme.ru:27017`\n",
    "word password: German with symbols": "mongodb://admin:Kennwort!2024@db.acme.de:27017\n",
    "word password: no user": "redis://:hasło1@redis.acme.pl:6379\n",
    "word password: a person's intranet": "https://jan.kowalski:Hasło2024@intranet.acme.pl/\n",
    "word password: Spanish for production": "postgres://app:contraseña_prod@db.acme.es/app\n",
    "word password: a table row": "| proxy | http://jan:hasło2024@proxy.acme.pl:8080 |\n",
    "word password: front matter": "---\nproxy: http://jan:Passwort1@proxy.acme.de:3128\n---\n",
    "word password: a quoted ticket": "> proxy=http://anna:пароль2024@10.0.0.5:3128\n",
    "word password: HTML": "<code>http://jan:hasło_1@proxy.acme.pl</code>\n",
    "word password: a code block":
        "```\nHTTP_PROXY=http://jan:kennwort99@proxy.acme.de:8080\n```\n",
    "word password: Japanese and digits": "http://tanaka:パスワード123@proxy.acme.co.jp\n",
    "word password: Chinese and a year": "http://wang:密码2024@proxy.acme.cn\n",
    "word password: the word twice": "http://jan:hasłohasło@proxy.acme.pl\n",
    "word password: my password": "http://jan:mojehasło@proxy.acme.pl\n",
    "word password: a person's": "http://ana:senha-da-ana@proxy.acme.com.br\n",
    "word password: a dotted year": "http://jan:hasło.2024@proxy.acme.pl\n",
    "word password: a symbol": "ftp://jan:Hasło#1@ftp.acme.pl/plik\n",
    # DNS records' shapes holding what no record publishes
    "DNS record: a private key's DER after p=":
        f'mail._domainkey IN TXT "v=DKIM1; k=rsa; p={PKCS8}"\n',
    "DNS record: random base64 for an RSA key":
        'mail._domainkey IN TXT "v=DKIM1; k=rsa; p=xhPPjZ2eduzozViQywKmHQ+ripuftWxEWIYWgxqXx9Q1'
        'ckpfCfYcfPSiiPgykthZ"\n',
    "DNS record: 48 bytes as ed25519":
        'mail._domainkey IN TXT "v=DKIM1; k=ed25519; p=xhPPjZ2eduzozViQywKmHQ+ripuftWxEWIYWgxqX'
        'x9Q1ckpfCfYcfPSiiPgykthZ"\n',
    "DNS record: a German secret label": f"Geheimer Schlüssel: v=DKIM1; k=ed25519; p={ED_KEY}\n",
    "DNS record: called private":
        f'dkim._domainkey IN TXT "v=DKIM1; k=ed25519; p={ED_KEY}" private\n',
    "DNS record: a quoted ticket": f"> our DKIM key, please keep: v=DKIM1; k=ed25519; p={ED_KEY}\n",
    "DNS record: a table row": f"| DKIM | v=DKIM1; k=ed25519; p={ED_KEY} |\n",
    "DNS record: HTML": f"<code>dkim: v=DKIM1; k=ed25519; p={ED_KEY}</code>\n",
    "DNS record: front matter": f'---\ndkim: "v=DKIM1; k=ed25519; p={ED_KEY}"\n---\n',
    "DNS record: no DKIM version": f'mail._domainkey IN TXT "k=ed25519; p={ED_KEY}"\n',
    "DNS record: TLSA digest a digit short":
        f"_25._tcp.mx1.example.org. TLSA 3 1 1 {SHA256_HEX[:-1]}\n",
    "DNS record: TLSA SHA-512 length for SHA-256": f"_25._tcp.mx TLSA 3 1 2 {SHA256_HEX}\n",
    "DNS record: TLSA after a label": f"api token: TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS record: TLSA after words": f"Unser Schlüssel TLSA 3 1 1 {SHA256_HEX}\n",
    "DNS record: a token's hex alone": f"token {SHA256_HEX}\n",
    "DNS record: SSHFP with a SHA-256's length for SHA-1": "h IN SSHFP 1 1 " + SHA256_HEX + "\n",
    "DNS record: SSHFP then a word": "h IN SSHFP 1 1 470348e3b275eecc777f08ae47a789d42ed4191f pw\n",
    "DNS record: a bare secret in a zone": f'secret IN TXT "{ED_KEY}"\n',
    "DNS record: a Russian ticket": f"> клиент: v=DKIM1; k=ed25519; p={ED_KEY}\n",
    "DNS record: JSON": f'{{"dkim_private": "v=DKIM1; k=ed25519; p={ED_KEY}"}}\n',
}
"""Each must stay an error (main finds each)."""


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """Every text scanned once: the kinds of its errors."""
    return {name: [f.kind for f in scan(text) if not f.advisory]
            for name, text in {**KEPT, **LEAKS}.items()}


@pytest.mark.parametrize("name", KEPT)
def test_shape_passes(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] == []


@pytest.mark.parametrize("name", LEAKS)
def test_leak_stays_refused(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] != []
