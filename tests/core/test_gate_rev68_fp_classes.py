"""rev68's findings 1, 1b, 2 and 3 against fp68's accepting rules (issue 19): a relative
target's pieces cut from a key, a setting's short random value before the next setting, and a
value written as `${NAME:?message}`'s message stay refused; fp68's real readings still publish.

Every text is scanned once (a module fixture); the tests read its results.
"""

from __future__ import annotations

import pytest

from kbgen.core.path_words import reads_as_path_words
from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.model import Finding
from kbgen.core.privacy.setting_values import random_setting_value

REFUSED = {
    # finding 1 / 1b: relative links, pictures and elements
    "rel share": "Freigabe: [Ordner](/s/Xq7Lm2Pz9Rt4Vw/Nb8Kj3Hg6Fd1Sa)\n",
    "rel aws secret": "[creds](wJalrXUtnFEMI/K7MDENG/bPxRfiCYq8vNz3L)\n",
    "rel img src": '<img src="/media/aB3dE5fG7hJ9/kL2mN4pQ6rS8tU/vW1xY3zA5b.png">\n',
    "rel href": '<a href="/share/Xq7Lm2Pz9Rt4Vw/Nb8Kj3Hg6Fd1Sa">shared folder</a>\n',
    "rel table": "| Share | Link |\n|---|---|\n"
                 "| Finance | [open](/s/Zx8Cv2Bn6Mq4Lk/Wp3Er7Ty1Ui5Oa) |\n",
    "rel log": "[ERROR](Xq7Lm2Pz9Rt4Vw/Nb8Kj3Hg6Fd1Sa) auth failed\n",
    "rel base64": "[key](AbCdEfGh1234/IjKlMnOp5678/QrStUvWx90+Yz)\n",
    "rel b64url file": "[Download](/download/q8vNz3Lw2xP9mB4tR7y_Qw2E5sD1-Zx8Cv2Bn6.pdf)\n",
    "rel b64url img": "![scan](uploads/tok_q8vNz3Lw2xP9mB4tR7y-Qw2E5sD1Zx8C.png)\n",
    "rel href csv": '<a href="exports/q8vNz3Lw2xP9mB4tR7y_Qw2E5sD1-Zx8Cv2Bn6.csv">export</a>\n',
    "rel ja invite": "招待リンク: [参加](/invite/Rk4Tz8Wq2Lm6Np/Hv3Bc7Xd1Fg5Js)\n",
    "rel quoted ticket": "> Kunde: [hier](../teilen/Mv6Qs2Ld8Kw4Zr/Pt1Gy5Hn9Jx3Bf)\n",
    "rel fence src": '```html\n<img src="files/Wn4Kc8Rt2Vb6Yq/Lz3Jd7Mp1Sx5Hg.jpg">\n```\n',
    "rel trailing slash": "[Datei](/d/Lp3Wq8Zk2Xv6Nr/Bt5Hy9Mc1Jf7Qd/)\n",
    "rel avatar webp": "![avatar](/u/Qz7Nv3Lk8Wp2Xr-Bm6Ht1Jy5Fd9Sc.webp)\n",
    "rel seafile-like": "![](../images/auto-upload/image-JK3df4mzSmO-amDFvQ9Fqg.png)\n",
    # finding 2: a setting's random value, then the next setting
    "split salt": "SIGNING_SALT = Kq8vNz3Lw2xP9\nSESSION_COOKIE_AGE = 3600\n",
    "split fr": "CLE_LICENCE = Zq4Tw8Yr2Kp6Xn\nNOM_SOCIETE = Dupont\n",
    "split quote": "> ACME_DEPLOY_KEY = Vb8Nq3Zx7Lp2Wr\n> ACME_DEPLOY_HOST = deploy\n",
    "split fence": "```\nSTRIPE_PART = Jk4Lm8Np2Qr6St\nSTRIPE_MODE = live\n```\n",
    "split license": "LICENSE = 7KQ2-XW9P-4RTZ\nEDITION = pro\n",
    "split lower name": "hook = Rm3Tq8Wz2Xk7Vn\nretries = 5\n",
    "split dotted": "ldap.bind = Yx4Kq9Wm2Pz7Ln\nldap.base = dc\n",
    "split pre": "<pre>\nSHARED = Ns5Bv8Cx2Zl6Kj\nMODE = live\n</pre>\n",
    "split key halves": "AWS_SECRET_ACCESS_KEY = wJalrXUtnFEMI\nK7MDENGbPxRfiCYq = 1\n",
    # finding 3: a value written as the message of ${NAME:?message}
    "req ticket": "> Customer: I set `${ADMIN_PASSWORD:?Jaguar Ocean}` in compose, that is our"
                  " real admin password\n",
    "req passphrase": "command: redis-server --requirepass ${REDIS_PASSWORD:?correct horse"
                      " battery staple}\n",
    "req compose": 'command: sh -c "redis-server --requirepass $${REDIS_PASSWORD:?pineapple'
                   ' orbit}"\n',
    "req de": "> Kunde: unser Admin-Passwort steht in `${ADMIN_PASSWORD:?Sonnenblume"
              " Regenbogen}`\n",
    "req front matter": '---\ntitle: Setup\nadmin: "${ADMIN_PASSWORD:?Orchid Falcon}"\n---\nBody\n',
    "req table": "| Step | Command |\n|---|---|\n| 1 | `redis-cli -a ${REDIS_PASSWORD:?velvet"
                 " marble}` |\n",
    "req it": "La password di admin è `${ADMIN_PASSWORD:?Gelato Tramonto}`\n",
    "req message word but called password": "> Customer: I set `${ADMIN_PASSWORD:?Jaguar set"
                                            " Ocean}` in compose, that is our admin password\n",
}
"""Main refused each; fp68's rules published them (rev68), or they are new variants."""

PUBLISHED = {
    "rel picture words": "![](../images/auto-upload/image-upload-form.png)\n",
    "rel picture html": '<img src="../images/Screenshot_2024-01-05_at_10.30.png" width="600">\n',
    "rel German screenshot": "![](images/Bildschirmfoto_2024-05-01_um_10.30.12.png)\n",
    "rel camel logo": '<img src="/static/img/brand/LogoHorizontalDark.svg" alt="logo">\n',
    "rel link slug": "[Set up](../getting-started/configure-the-mailbox/index.md)\n",
    "rel link camel": "[guide](../how-to/SetupGuide.md#before-you-start)\n",
    "rel id slug": "[Reset](/hc/en-us/articles/360001234567-Reset-your-account)\n",
    "rel query utm": "[reset](../reset?utm_content=Kq8vNz3Lw2xP9mB4tR7yQ2wE5sD1)\n",
    "split fp68": "EMAIL_PORT = 587\nDEFAULT_FROM_EMAIL = noreply@example.com\n",
    "split path": "DATA_DIR = /var/lib/seafile/data\nLOG_DIR = /var/log/seafile\n",
    "split host": "SERVICE_URL = files.example.com\nFILE_SERVER_ROOT = seafile\n",
    "split words": "TIME_ZONE = Europe/Berlin\nLANGUAGE_CODE = en\n",
    "split camel": "BUCKET = S3BucketName2024\nREGION = eu-west-1\n",
    "split number": "MAX_UPLOAD_SIZE = 1000000000000\nTHUMBNAIL_SIZE = 256\n",
    "split cipher": "CIPHERS = AES256-GCM-SHA384\nPROTOCOL = TLSv1.2\n",
    "req message": '"${REDIS_PASSWORD:?Variable is not set or empty}"\n',
    "req german": 'redis-server --requirepass "${REDIS_PASSWORD:?Variable ist nicht gesetzt}"\n',
    "req french": "command: --requirepass ${REDIS_PASSWORD:?Variable non définie}\n",
    "req portuguese": "command: --requirepass ${REDIS_PASSWORD:?Variável não definida}\n",
    "req spanish": "command: --requirepass ${REDIS_PASSWORD:?Falta la variable}\n",
}
"""fp68's readings and ordinary settings values, links and messages: main or m68 published
each, and so must this branch."""


@pytest.fixture(scope="module")
def results() -> dict[str, list[Finding]]:
    return {name: [finding for finding in scan(text, Allowed()) if not finding.advisory]
            for name, text in {**REFUSED, **PUBLISHED}.items()}


@pytest.mark.parametrize("name", REFUSED)
def test_leak_is_refused(results: dict[str, list[Finding]], name: str) -> None:
    assert results[name] != []


@pytest.mark.parametrize("name", PUBLISHED)
def test_reading_publishes(results: dict[str, list[Finding]], name: str) -> None:
    assert results[name] == []


@pytest.mark.parametrize(("piece", "expected"), [
    ("getting-started", True), ("IMG_2024_0105.png", True), ("logo@2x.png", True),
    ("x86_64", True), ("..", True), ("Bildschirmfoto_2024-05-01_um_10.30.12.png", True),
    ("Xq7Lm2Pz9Rt4Vw", False), ("wJalrXUtnFEMI", False),
    ("tok_q8vNz3Lw2xP9mB4tR7y-Qw2E5sD1Zx8C.png", False), ("K7MDENG", False),
])
def test_reads_as_path_words(piece: str, expected: bool) -> None:
    assert reads_as_path_words(piece) is expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Kq8vNz3Lw2xP9", True), ("7KQ2-XW9P-4RTZ", True), ("Tz9Lq3Vx8Mw2", True),
    ("MyApp2Production", False), ("ami-0abcdef1234567890", False), ("ISO-8859-15", False),
    ("noreply@example.com", False), ("Windows10Pro", False),
])
def test_random_setting_value(value: str, expected: bool) -> None:
    assert random_setting_value(value) is expected
