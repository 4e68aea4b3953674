"""A secret set in a configuration dialect without `=` or `:` (hostile round 23): `requirepass
Qx7pLm2Zr9xx`, `password 'hunter2xyz'`, `auth_password Qx7pLm2Zr9;`. Main published every case
of REFUSED. Each value is now found (kbgen.core.privacy.spaced_settings) where a line is one
`name value` setting (in code, a code span, a list, a quote) or a quoted value follows the name;
name and value are judged as `name: value`, so the dialects' own non-secret settings,
placeholders, variables, paths and words publish."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, TOKEN, Allowed, scan

F = "```"
REFUSED = {
    "quoted password": F + "\npassword 'hunter2xyz'\n" + F,
    "nginx-like with a semicolon": F + "\nauth_password   Qx7pLm2Zr9;\n" + F,
    "pgbouncer-like": F + "\nadmin_password Qx7pLm2Zr9\n" + F,
    "smb": F + '\nsmb_password "S3cr3t!Pass"\n' + F,
    "redis requirepass": F + "\nrequirepass Qx7pLm2Zr9xx\n" + F,
    "redis masterauth": F + '\nmasterauth "Qx7pLm2Zr9xx"\n' + F,
    "code span in prose": 'Set `db_password "Qx7pLm2Zr9"` in the file.',
    "ssh-like capital": F + "\nPassword hunter2xyz\n" + F,
    "mosquitto": F + "\npassword Tr0ub4dor3x\n" + F,
    "quoted ticket": "> my config has password 'hunter2xyz' in it",
    "indented": F + '\n    control-key-pass "Qx7pLm2Zr9"\n' + F,
    "list item": "- `smtp_pass Qx7pLm2Zr9`",
    "passwd": F + "\npasswd Kq8vTz2mWx9p\n" + F,
    "german prose quote": "Die Konfiguration enthält password 'Kq8vTz2mWx9p' für den Admin.",
    "table cell": "| Setting |\n|---|\n| `admin_password Qx7pLm2Zr9` |",
    "client secret": F + "\nclient_secret Kq8vTz2mWx9pLm3N\n" + F,
    "tab separated": F + "\npassword\tTr0ub4dor3x\n" + F,
    "spanish ticket": "> en el archivo puse password \"Contr4seña99\" y no funciona",
    "html pre": "<pre>admin_password Qx7pLm2Zr9</pre>",
    "after a list marker": "* requirepass Qx7pLm2Zr9xx",
}
"""A secret's value after its name and a space: a finding."""
KEPT = {
    "placeholder": F + '\nsecret_key "<your secret key>"\n' + F,
    "environment variable": F + "\npassword $DB_PASSWORD\n" + F,
    "stand-in word": F + "\npassword changeme\n" + F,
    "prose": "The password field is required.",
    "a command": F + "\npasswd --stdin user\n" + F,
    "a word": F + "\npassword required\n" + F,
    "template": F + '\nsecret_key "{{ secret_key }}"\n' + F,
    "a file": F + "\npassword_file /etc/secret.txt\n" + F,
    "stars": F + '\npassword "********"\n' + F,
    "sshd switch": F + "\nPasswordAuthentication no\n" + F,
    "pam line": F + "\nauth required pam_unix.so\n" + F,
    "nginx realm": F + '\nauth_basic "Restricted Area";\n' + F,
    "nginx key file": F + "\nssl_certificate_key /etc/ssl/private/site.key;\n" + F,
    "token endpoint": F + "\ntoken_endpoint https://auth.example.com/token\n" + F,
    "prose with quotes": "Click Forgot password 'Reset' button to continue.",
    "nginx fastcgi socket": F + "\nfastcgi_pass unix:/var/run/php/php8.2-fpm.sock;\n" + F,
    "nginx upstream": F + "\nfastcgi_pass php-fpm:9000;\n" + F,
    "nginx proxy": F + "\n    proxy_pass http://127.0.0.1:8080;\n" + F,
    "a product's default in prose": ('The default credentials after a fresh install are'
                                     ' username "root" and password "opnsense".'),
    "a sentence's words": "Select groups allowed to open the\n   password page.",
    "a heading": "Password Requirements\n\n- Minimum length: eight characters",
    "a title in code": F + "\nPassword Reset\n" + F,
}
"""No secret value: no password or token finding."""


def _kinds(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("name", REFUSED)
def test_a_value_after_a_space_is_found(name: str) -> None:
    assert _kinds(REFUSED[name]) & {PASSWORD, TOKEN}


@pytest.mark.parametrize("name", KEPT)
def test_settings_without_a_secret_value_publish(name: str) -> None:
    assert not _kinds(KEPT[name]) & {PASSWORD, TOKEN}
