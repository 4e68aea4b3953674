"""Hostile review 29b: the acceptance rules of 4 December (issue 19), attacked.

Each rule accepts a shape of value that documentation shows (a template connection string,
base64 of readable text, a build secret's source, an expired signed URL, an image tag in the
site's own registry, ...). Here a real secret or real personal data is dressed as each
shape; benign neighbours sit in the same project and must pass. Every case is one article of
one project, checked once with `kbgen check`.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

RANDOM = "Kq9xZ2mPvL7wR4tN8yB3cF6hJ1sD5gA0"
OTHER = "Zx9QwErTy7UiOp3AsDfGhJkL2ZxCvBnM"
UPPER_ID = "7QX2M9KD4RZP1VBN8TW3YF6HJC"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


CONFIG = MINI_CONFIG + """\
extra:
  kb:
    privacy:
      allow_domains: [fly.io, acme.com]
      allow_networks: ["fdaa::/16"]
"""
CONTACT = """\
company: Acme
email: help@acme.com
lines:
  - label: Support
    number: +44 20 7946 0000
    languages: [en]
    timezone: Europe/London
    hours:
      monday: 08:00-20:00
"""

# (case, article body, kind of the error expected, or None: passes)
ARTICLES: list[tuple[str, str, str | None]] = [
    # expired signed URLs: only the signature parameter's own value is excused
    ("a short signature that starts another parameter's key",
     f"Get https://s3.amazonaws.com/b/f?Expires=1500000000&Signature=Kq9&token={RANDOM}\n",
     "API key or token"),
    ("a signature given twice",
     f"Get https://s3.amazonaws.com/b/f?Signature={RANDOM}&Expires=1500000000&Signature=a\n",
     "API key or token"),
    ("a live expiry and a past one",
     f"Get https://s3.amazonaws.com/b/f?Expires=4102444800&Signature={RANDOM}"
     "&Expires=1500000000\n", "API key or token"),
    ("a live v4 signature beside a v2 expiry long past",
     "Get https://b.s3.amazonaws.com/f?Expires=1500000000&X-Amz-Date=20261201T000000Z"
     f"&X-Amz-Expires=604800&X-Amz-Signature={RANDOM}\n", "API key or token"),
    ("an Azure signature under a stored access policy",
     f"Get https://a.blob.core.windows.net/c/f?si=policy1&se=2020-01-01&sig={RANDOM}\n",
     "API key or token"),
    ("an Azure signature beside an S3 expiry",
     f"Get https://a.blob.core.windows.net/c/f?Expires=1500000000&sig={RANDOM}\n",
     "API key or token"),
    ("a signed URL dated the thirteenth month (the gate crashed)",
     "Get https://b.s3.amazonaws.com/f?X-Amz-Date=20201301T000000Z&X-Amz-Expires=3600"
     f"&X-Amz-Signature={RANDOM}\n", "API key or token"),
    ("a signed URL lasting 400 digits of seconds (the gate crashed)",
     "Get https://b.s3.amazonaws.com/f?X-Amz-Date=20200101T000000Z&X-Amz-Expires=" + "9" * 400
     + f"&X-Amz-Signature={RANDOM}\n", "API key or token"),
    ("an expired signed URL", f"Get https://s3.amazonaws.com/b/f?Expires=1500000000"
     f"&Signature={RANDOM}\n", None),
    # base64 of readable text is judged as the site would judge that text
    ("base64 of a national phone number",
     "Payload: " + b64("please call Jane on 020 7946 0958 tomorrow morning") + "\n",
     "API key or token"),
    ("base64 of a private address beside a network (a hidden warning)",
     "Payload: " + b64("the payroll db is at 10.20.30.40 in net 10.0.0.0/8 ok") + "\n",
     "API key or token"),
    ("base64 of a sentence giving a password",
     "Payload: " + b64("the wifi password is sunshine and the door code is 4711 ok") + "\n",
     "API key or token"),
    ("base64 of a sentence holding base64 of an e-mail address",
     "Payload: " + b64("the files are with " + b64("write to jane.doe@gmail.com for them")
                       + " as agreed") + "\n", "API key or token"),
    ("base64 of a configuration proxying to the reader's own computer",
     "Payload: " + b64("server {\n  listen 8080;\n  location / {\n    proxy_pass"
                       " http://localhost:80;\n  }\n}") + "\n", None),
    ("base64 of readable text", "Payload: " + b64("limit the rate to one request a second"
                                                  " for every client") + "\n", None),
    # build secrets: names say where a secret comes from; a key as a name is a key
    ("a key as a build secret's id", f"```\ndocker build --secret id={RANDOM},src=f.txt .\n```\n",
     "password or secret"),
    ("a key as a build secret's variable",
     f"```\ndocker build --secret id=tok,env={RANDOM} .\n```\n", "password or secret"),
    ("a password written in a script the flag runs",
     "```\nfly secrets set --secret DB_PASSWORD=\"$(sh -c 'echo Hunter2Secret!x')\"\n```\n",
     "password or secret"),
    ("a password in a here-string the flag's command reverses",
     "```\nfly deploy --secret DB_PASSWORD=\"$(rev <<< x!terceS2retnuH)\"\n```\n",
     "password or secret"),
    ("a password assigned in the flag's command",
     "```\nfly deploy --secret DB_PASSWORD=\"$(env X=Hunter2Secret!x printenv X)\"\n```\n",
     "password or secret"),
    ("a password as a build secret's file",
     "```\ndocker build --secret id=a,src=/run/Hunter2Secret!x .\n```\n", "password or secret"),
    ("a command that fetches the secret",
     "```\nfly deploy --secret ACCESS_TOKEN=\"$(fly tokens create readonly \"$ORG\")\"\n```\n",
     None),
    ("a build secret's name and file",
     "```\ndocker build --secret id=MY_SUPER_SECRET,src=mysecret.txt .\n```\n", None),
    # image tags in the site's own registry: a build's name, never a key's
    ("a key as an image tag", f"Pull `registry.acme.com/app:key-{UPPER_ID}`.\n",
     "API key or token"),
    ("an image tag on a line naming a token",
     f"Your token: `registry.fly.io/app:deployment-{UPPER_ID}`\n", "API key or token"),
    ("a deployment's image tag", f"Pull `registry.fly.io/app:deployment-{UPPER_ID}`.\n", None),
    # template connection strings: a real server makes the password real
    ("a spelt password to a placeholder user at a real host",
     "Use `postgres://user:secret123@prod-db.acme-corp.com/payroll`.\n", "password in URL"),
    ("a spelt password to a real host, a placeholder in the query",
     "Use `postgres://admin:secret123@db.acme-corp.com/x?application_name=myapp`.\n",
     "password in URL"),
    ("a spelt password to a real host, a placeholder in the fragment",
     "Use `https://deploy:secret123@ci.acme-corp.com/x#host`.\n", "password in URL"),
    ("a spelt password to a placeholder-looking machine of a real domain",
     "Use `postgres://admin:secret123@myapp.acme-corp.com/payroll`.\n", "password in URL"),
    ("a template at an example domain",
     "Use `postgres://admin:secret123@db.example.com/payroll`.\n", None),
    ("a template", "Use `ecto://USER:PASS@HOST/DATABASE`.\n", None),
    ("a template to a platform's name",
     "Run `psql postgres://postgres:secret123@appname.internal:5432`.\n", None),
    # a private address beside a network is a warning only in a lesson, not in a host map
    ("a host map beside a network",
     "Allow 10.0.0.0/8. Then 10.1.2.3, 10.1.2.4, 10.1.2.5 and 10.1.2.6 answer.\n",
     "internal IP address"),
    ("a machine's job beside a network",
     "Allow 10.0.0.0/8 and the payroll database at 10.1.2.3.\n", "internal IP address"),
    ("a lesson on addressing",
     "The route allows traffic only from the subnet `192.168.1.0/24` and the IP `10.0.0.1`.\n",
     None),
    # default cluster DNS addresses are common addresses: only a line about DNS makes one
    ("a database at AKS's default DNS address", "The payroll database is at 10.0.0.10 now.\n",
     "internal IP address"),
    ("a cluster's DNS server", "```\n$ cat /etc/resolv.conf\nnameserver 10.96.0.10\n```\n",
     None),
    # rclone listings: encrypted names have rclone crypt's shape, keys do not
    ("keys as a listing's rows", "```\n$ rclone ls secret:\n" + "".join(
        f"   1234 abc/{key}\n" for key in (RANDOM, OTHER, RANDOM[::-1])) + "```\n",
     "API key or token"),
    ("a listing of encrypted names", "```\n$ rclone ls allas:crypt\n" + "".join(
        f"   1234 4lpbj55pc5v8t119q0tp2o6k58/{name}\n" for name in (
            "36sb832och3tde30k9nlks3dpo", "a6rlk2hr489roehagfu6iest38",
            "kmqnruv14agevg6okod0io2fl0")) + "```\n", None),
    # a hosts line maps a platform's machine, not a company's host
    ("a company's host mapped into the platform's network",
     "```\nfdaa:3:7c6d::2  payroll.acme.corp\n```\n\nOpen payroll.acme.corp.\n",
     "internal hostname"),
    ("a mapped name where a customer uses it",
     "```\nfdaa:3:7c6d::2  payroll.corp\n```\n\nThe customer opens payroll.corp daily.\n",
     "internal hostname"),
    ("a platform's machine mapped", "```\nfdaa:3:7c6d::2  minio1.local\n```\n\n"
     "Set `MINIO_SERVER_URL=http://minio1.local:9000`.\n", None),
]


CASES: list[ArticleCase] = [(case, "", body, kind) for case, body, kind in ARTICLES]
"""The cases as review_cases takes them (no extra front matter)."""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    """(`kbgen check` exit code, its error lines) of one project holding every case."""
    return check_cases(tmp_path_factory.mktemp("review29b"), CASES, [], CONFIG,
                       {"content/_data/contact.yml": CONTACT})


def test_each_case_is_judged_as_expected(checked: tuple[int, list[str]]) -> None:
    code, errors = checked
    assert misjudged(CASES, errors) == {}, errors
    assert code == 1


def test_values_are_not_printed(checked: tuple[int, list[str]]) -> None:
    _, errors = checked
    text = "\n".join(errors)
    assert RANDOM not in text and UPPER_ID not in text and "secret123" not in text


# ------------------------------------------------ the contact data through the gate's memo

def _build(root: Path, *args: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(cli, ["build", *args, "-d", str(root / "site")])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def _contact(email: str, number: str) -> str:
    return CONTACT.replace("help@acme.com", email).replace("+44 20 7946 0000", number)


BODY = ("## Symptoms\n\nIt fails.\n\nWrite to sales.desk@gmail.com or call 020 7946 0123.\n")


@pytest.mark.parametrize("edit", ["email", "number"])
def test_an_edited_contact_file_judges_an_accepted_value_again(tmp_path: Path,
                                                               edit: str) -> None:
    """Built once with the article's address and number in the contact data (accepted),
    then with one of them gone from it: the second build refuses the article."""
    write_files(tmp_path, {
        "mkdocs.yml": CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/_data/contact.yml": _contact("sales.desk@gmail.com", "+44 20 7946 0123"),
        "content/articles/billing/reach.md": article("Reach us", body=BODY)})
    code, output = _build(tmp_path)
    assert code == 0, output
    assert any((tmp_path / ".kbgen-cache" / "files").iterdir())  # verdicts are kept
    changed = (_contact("other.desk@gmail.com", "+44 20 7946 0123") if edit == "email"
               else _contact("sales.desk@gmail.com", "+44 20 7946 0999"))
    write_files(tmp_path, {"content/_data/contact.yml": changed})
    code, output = _build(tmp_path)
    kind = "e-mail address" if edit == "email" else "phone number"
    assert code != 0 and f"reach.md:12: error: {kind}" in output, output
    write_files(tmp_path, {"content/_data/contact.yml": _contact("sales.desk@gmail.com",
                                                                 "+44 20 7946 0123")})
    code, output = _build(tmp_path)
    assert code == 0, output  # and accepted again once it is back


WARNED = "Allow 10.0.0.0/8 and the IP 10.0.0.1.\n"


@pytest.mark.parametrize("command", [["build", "--strict"], ["check"]])
def test_a_warning_fails_a_strict_build_and_shows_in_check(tmp_path: Path,
                                                           command: list[str]) -> None:
    write_files(tmp_path, {
        "mkdocs.yml": CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/route.md": article(
            "Route", body=f"## Symptoms\n\nIt fails.\n\n{WARNED}\nThen open localhost:5432.\n")})
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = CliRunner().invoke(cli, [*command, *(["-d", "site"] if "build" in command
                                                      else [])])
    warned = [line for line in result.output.splitlines()
              if "route.md:" in line and ": warning: " in line]
    assert len(warned) == 2 and not any(": error: " in line for line in
                                        result.output.splitlines()), result.output
    if "--strict" in command:
        assert result.exit_code != 0, result.output
