"""A setting written `name value` whose value is a relative path made of words and numbers
names a file, not a secret (CI of m66: gap65's `export_secret.key analysis-2022/...` lookalike
refused by hostile66's spaced settings); a random part in the path is still judged."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

PATHS = ["export_secret.key analysis-2022/results-03.csv.c4gh",
         "auth_file conf/users-2024.htpasswd",
         "`secret_file secrets/db_password.txt`",
         "token_path ./run/token-cache.json",
         "ssl_key certs/example.org/privkey.pem"]
SECRETS = ["requirepass Qx7pLm2/Zr9Kw4.txt",
           "secret_key analysis/Qx7pLm2Zr9Kw4.bin",
           "db_password \"Qx7pLm2Zr9xx\"",
           "auth_password hunter2xyz7;"]


@pytest.mark.parametrize("text", PATHS)
def test_a_path_of_words_publishes(text: str) -> None:
    assert [finding.kind for finding in scan(text + "\n")] == []


@pytest.mark.parametrize("text", SECRETS)
def test_a_random_value_is_still_refused(text: str) -> None:
    assert [finding for finding in scan(text + "\n") if not finding.advisory]
