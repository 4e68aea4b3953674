"""Issue 19 (fix29): two passwords the gate missed.

1. A URL password holding RFC 3986 userinfo punctuation (`!$&'()*+,;=`, `~`, `%XX`):
   detect-secrets' basic_auth refuses those characters and the e-mail-like match that the
   userinfo was read from stops at them, so `mongodb://admin:Kq91x7Zr!@db…` gave nothing.
2. A written secret given to a command's flag: `docker build --secret PW="…"`,
   `--build-arg PASSWORD=…`, `--env DB_PASSWORD=…`, `docker run -e API_KEY=…`.
References (a variable, a command the shell runs, a build secret's file) and placeholders
still pass.
"""

from __future__ import annotations

import pytest

from kbgen.core import privacy
from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

URL_PASSWORDS = [
    "Connect with mongodb://admin:Kq91x7Zr!@db.acme.com/prod",
    "Set DATABASE_URL=postgres://app:Pa$$w0rd*9@db.acme-corp.com/app",
    "Use mysql://root:Kq9(x7)'Zr;2@db.acme-corp.com/shop there.",
    "amqp://svc:Zr7,x=9&k~Q@mq.acme-corp.io/vhost",
    "redis://:Kq91x7Zr%21@cache.acme-corp.io:6379",
    "mysql://u:**Kq91x7Zr!**@db.acme-corp.com/db",
    "Use mongodb://admin:<b>Kq91x7Zr</b>!@db.acme-corp.com/prod",  # as the reader sees it
]
URL_PLACEHOLDERS = [
    "mongodb://admin:<password>@db.acme.com/prod",
    "mysql://**username**:**password**@**host**/db",
    "mongodb://user:password@db.acme.com/prod",
    "mongodb://admin:changeme!@db.acme.com/prod",
    "postgres://app:${DB_PASSWORD}@db.acme.com/app",
]
FLAG_SECRETS = [
    'docker build --secret PW="Hunter2Secret!x" .',
    "docker build --secret PW='Hunter2Secret!x' .",
    "docker build --secret MYSECRET=Hunter2Secret!x .",
    "docker build --build-arg PASSWORD=Kq91x7Zr! -t app .",
    'docker run --env DB_PASSWORD="Kq91x7Zr!" acme/app',
    "docker run -e API_KEY=Kq9xZ2mPvL7wR4t acme/app",
]
FLAG_REFERENCES = [
    'docker build --secret PW="$PW" .',
    'fly deploy --secret DB_PASSWORD="$(pass show db/prod)"',
    "docker build --secret id=mysecret,src=secret.txt .",
    "docker run -e DB_PASSWORD=<password>",
    "docker run -e DB_PASSWORD=changeme acme/app",
    "docker run -e DEBUG=Verbose2Mode acme/app",  # not a secret's name
]


@pytest.mark.parametrize("text", URL_PASSWORDS)
def test_a_url_password_with_userinfo_punctuation_is_found(text: str) -> None:
    assert [finding.kind for finding in privacy.scan(text)] == [privacy.URL_PASSWORD]


@pytest.mark.parametrize("text", URL_PLACEHOLDERS)
def test_a_placeholder_url_password_passes(text: str) -> None:
    assert privacy.scan(text) == []


@pytest.mark.parametrize("text", FLAG_SECRETS)
def test_a_secret_written_as_a_flag_value_is_found(text: str) -> None:
    assert [finding.kind for finding in privacy.scan(text)] == [privacy.PASSWORD]


@pytest.mark.parametrize("text", FLAG_REFERENCES)
def test_a_reference_or_placeholder_as_a_flag_value_passes(text: str) -> None:
    assert privacy.scan(text) == []


def test_masked_excerpts_do_not_show_the_values() -> None:
    for text in URL_PASSWORDS + FLAG_SECRETS:
        for finding in privacy.scan(text):
            assert "Kq91x7Zr" not in finding.excerpt and "Hunter2Secret" not in finding.excerpt


CASES: list[ArticleCase] = [
    ("URL password ending with !", "",
     "```\nmongodb://admin:Kq91x7Zr!@db.acme-corp.com/prod\n```\n", privacy.URL_PASSWORD),
    ("build secret written in quotes", "",
     '```\ndocker build --secret PW="Hunter2Secret!x" .\n```\n', privacy.PASSWORD),
    ("key given to docker run -e", "",
     "```\ndocker run -e API_KEY=Kq9xZ2mPvL7wR4t acme/app\n```\n", privacy.PASSWORD),
    ("build secret from a command", "",
     '```\nfly deploy --secret DB_PASSWORD="$(pass show db/prod)"\n```\n', None),
    ("build secret from a file", "",
     "```\ndocker build --secret id=mysecret,src=secret.txt .\n```\n", None),
]


def test_kbgen_check_refuses_the_written_ones(tmp_path_factory: pytest.TempPathFactory
                                              ) -> None:
    code, errors = check_cases(tmp_path_factory.mktemp("fix29"), CASES, [])
    assert misjudged(CASES, errors) == {}, errors
    assert code == 1
    text = "\n".join(errors)
    assert "Kq91x7Zr" not in text and "Hunter2Secret" not in text
