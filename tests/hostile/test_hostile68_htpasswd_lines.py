"""Hostile round 25 (issue 19): an htpasswd file's account lines pasted whole, with a DES crypt
digest (`mary:rl0vkWgq3VXU2`), nginx's `{PLAIN}` password or a plain one after the file or its
directive is named (`auth_basic_user_file`, `AuthUserFile`), which main published; read in
kbgen/core/privacy/htpasswd_lines.py. The leaks are also rows `hostile68: htpasswd …` of
bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan

F = "```"
SECRETS = (PASSWORD, "API key or token")

REFUSE: dict[str, str] = {
    "des in fence": "Our .htpasswd:\n\n" + F + "\nmary:rl0vkWgq3VXU2\n" + F,
    "des two users": (F + "\n# /etc/apache2/.htpasswd\nmary:rl0vkWgq3VXU2\nbob:Xk9pQ2mW7vT4c\n"
                      + F),
    "des german ticket": ("> Kunde: meine htpasswd-Datei sieht so aus:\n>\n> hans:aB3dE5fG7hJ9k"),
    "des after cat": "$ cat /var/www/.htpasswd\nadmin:Qw8Er5Ty2Ui9O",
    "des html": "<p>AuthUserFile /srv/.htpasswd</p>\n<pre>anna:zX8cV6bN4mL2k</pre>",
    "plain scheme": F + "\nadmin:{PLAIN}Sommer2024\n" + F,
    "plain scheme prose": "Die Datei enthält jetzt `kunde:{PLAIN}Gartenzwerg77`.",
    "plain scheme list": "- support:{PLAIN}Tr0ub4dor3x",
    "plain scheme lower": "ops:{plain}Hunter2Summer",
    "nginx pasted": ("auth_basic_user_file /etc/nginx/.htpasswd;\n\n" + F + "\nbob:Tr0ub4dor3x\n"
                     + F),
    "nginx french": ("Voici ma config :\n\n    auth_basic \"Admin\";\n    auth_basic_user_file "
                     "conf/htpasswd;\n\nEt le fichier :\n\n    jean:Motdepasse2024"),
    "apache spanish": ("Mi .htaccess usa `AuthUserFile /home/web/.htpasswd` y el archivo "
                       "contiene:\n\n" + F + "\ncarlos:Contraseña2024\n" + F),
    "windows plain": ("On Windows Apache stores it plain; our htpasswd file:\n\n" + F
                      + "\nadmin:Kissa2024koira\n" + F),
    "require valid-user": ("AuthType Basic\nRequire valid-user\n\n" + F + "\nguest:WelcomeHome7\n"
                           + F),
    "finnish": "Tiedosto .htpasswd:\n\n    mikko:Salainen2024!",
    "dutch quoted": "> Mijn htpasswd:\n> piet:Fietsbel88x",
    "email user": "htpasswd file:\n\njane.doe@acme.io:S3cretPass!",
    "symbol password": "Here is .htpasswd:\n\n" + F + "\nroot:p@ss#w0rd!x\n" + F,
    "japanese": ".htpasswd の中身:\n\n" + F + "\ntanaka:Sakura2024haru\n" + F,
    "code tag": "<code>.htpasswd</code>:<br>\n<code>admin:Hunter2Summer</code>",
    "polish": "Plik htpasswd klienta:\n\n    jan:Haslo2024xyz",
    "des windows newline": "htpasswd:\r\nmary:rl0vkWgq3VXU2\r\n",
}
"""Leaks: a finding of a password or secret."""

PUBLISH: dict[str, str] = {
    "format doc": "Each line of an htpasswd file is `username:password-hash`.",
    "placeholder": "htpasswd file:\n\n" + F + "\n<user>:<hash>\n" + F,
    "caps placeholder": ".htpasswd:\n\n    USERNAME:HASHED_PASSWORD",
    "stand-in": "htpasswd file:\n\n    admin:password",
    "plain stand-in": "admin:{PLAIN}changeme",
    "plain doc": "The `{PLAIN}` scheme stores the password as written.",
    "port after": "auth_basic_user_file conf/htpasswd;\nproxy_pass\nbackend:8080",
    "url after": "AuthUserFile /srv/.htpasswd\n\nhttps://example.org/help",
    "no file named": F + "\nmary:rl0vkWgq3VXU2\n" + F,
    "heading between": ("See the htpasswd page.\n\n## Logs\n\n" + F + "\nworker:Kissa2024koira\n"
                        + F),
    "yaml key": "htpasswd:\n  path: /etc/nginx/.htpasswd",
    "word with number": ".htpasswd:\n\n    admin:Administrator",
    "time": "htpasswd changed at\n12:30",
    "env reference": "htpasswd:\n\n    admin:${ADMIN_PASSWORD}",
    "apr1 digest left to its reader": (".htpasswd:\n\n    "
                                       "test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"),
}
"""The format's documentation, stand-ins, no file named, other shapes: no password."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_htpasswd_line_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert kinds[name] & set(SECRETS)


@pytest.mark.parametrize("name", PUBLISH)
def test_no_htpasswd_password_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert not kinds[name] & set(SECRETS)
