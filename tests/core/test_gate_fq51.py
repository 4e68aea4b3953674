"""Issue 19 (fq51): lines of real docs pass where the text says what the value is: a hex id in
a line a program logged (NetBox, Dokku), a value describing the secret to put in its place
(Ente, Firefly III, NetBox, Synapse), a value the text says not to use as it stands (NetBox),
a Matrix token in no shape Synapse issues (Synapse). The same shapes with a value of their own
or placed with someone stay findings (more hostile twins are rows `(fq51)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import (
    described_values,
    log_ids,
    replace_notes,
    scan,
    synapse_tokens,
)

# As NetBox's docs/best-practices/performance-handbook.md and Dokku's
# docs/advanced-usage/event-logs.md write them.
LOGGED = ("```\n$ ./manage.py rqworker high\n"
          "19:31:20 Worker 861be45b32214afc95c235beeb19c9fa: started with PID 2300029\n"
          "19:31:20 Worker 861be45b32214afc95c235beeb19c9fa: subscribing to channel "
          "rq:pubsub:861be45b32214afc95c235beeb19c9fa\n```\n\n```\n"
          "Jul  3 16:10:24 dokku.me dokku[129451]: INVOKED: check-deploy( pythonapp "
          "6274ced0d4be11af4490cd18abaf77cdd593f025133f403d984e80d86a39acec web 5000 )\n```\n")
# As Ente's self-hosting/guides/windows.md, Firefly III's installation/docker.md, NetBox's
# configuration/system.md and Synapse's openid.md write them.
DESCRIBED = ("You will need 6 secrets:\n\n4. `encryption_key`: 32-char, base64\n"
             "6. `jwt_secret`: 32-char, base64, URL-safe\n\n"
             "```text\ndocker run -d \\\n-e APP_KEY=CHANGEME_32_CHARS \\\n```\n\n"
             "```python\n        'secret_key': 'secret key',\n```\n\n"
             "```yaml\n    client_secret: \"copy secret generated from above\"\n```\n")
# As NetBox's installation/3-netbox.md and installation/1-postgresql.md write them.
REPLACE = ("```python\nAPI_TOKEN_PEPPERS = {\n    # DO NOT USE THIS EXAMPLE PEPPER IN PRODUCTION\n"
           "    1: 'kp7ht*76fiQAhUi5dHfASLlYUE_S^gI^(7J^K5M!LfoH@vl&b_',\n}\n```\n\n"
           "Within the shell, enter the following commands to create the database and user "
           "(role), substituting your own value for the password:\n\n```postgresql\n"
           "CREATE DATABASE netbox;\nCREATE USER netbox WITH PASSWORD 'J5brHrAXFLQSif0K';\n```\n")
# As Synapse's usage/administration/admin_api/README.md writes it.
MATRIX = ("We need an admin access token (e.g.\n"
          "`syt_AjfVef2_L33JNpafeif_0feKJfeaf0CQpoZk`), and\n\n"
          "```sh\ncurl --header \"Authorization: Bearer syt_AjfVef2_L33JNpafeif_0feKJfeaf0CQpoZk\""
          " -X GET http://127.0.0.1:8008/_synapse/admin/v2/users/@foo:bar.com\n```\n")


@pytest.mark.parametrize("text, reason, accepted", [
    (LOGGED, log_ids.REASON, 3),
    (DESCRIBED, described_values.REASON, 5),
    (REPLACE, replace_notes.REASON, 2),
    (MATRIX, synapse_tokens.REASON, 2),
], ids=["logged ids", "described values", "told to replace", "matrix token shape"])
def test_real_lines_pass_with_their_reason(text: str, reason: str, accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sum(a.reason == reason for a in explained) == accepted


@pytest.mark.parametrize("text, line", [
    (LOGGED.replace("Worker 861be", "Worker token 861be", 1), 3),
    (LOGGED.replace("19:31:20 Worker 861be", "Worker 861be", 1), 3),
    (LOGGED.replace("Worker 861be", "our worker 861be", 1), 3),
    (LOGGED.split("```\n\n```\n")[0].replace("```\n", "", 1), 2),
    (LOGGED.replace("( pythonapp 6274", "( pythonapp sid=6274"), 8),
    (DESCRIBED.replace("32-char, base64\n", "32-char, base64 Kq8vTz2mWx9pLr4nQ7sB\n"), 3),
    (DESCRIBED.replace("CHANGEME_32_CHARS", "CHANGEME_32_CHARS_Kq8vTz2m"), 8),
    (DESCRIBED.replace("'secret key'", "'sunflower meadow'"), 12),
    (DESCRIBED.replace("copy secret generated from above", "use sunflower here"), 16),
    (REPLACE.replace("DO NOT USE THIS EXAMPLE PEPPER IN PRODUCTION",
                     "do not use this example pepper, ours is below"), 4),
    (REPLACE.replace("1: 'kp7", "# our live one\n    1: 'kp7"), 5),
    (REPLACE.replace("substituting your own value for the password",
                     "substituting your own value for the user name"), 12),
    (REPLACE.replace("Within the shell", "On the customer's server"), 12),
    (MATRIX.replace("L33JNpafeif_0feKJfeaf0CQpoZk", "FqXWcJGisWKJpNgAmPwC_0ALrRi"), 2),
], ids=["names a token", "no time stamp", "whose", "outside a block", "after equals",
        "a key after the length", "letters of its own", "not the field's name",
        "no place said", "a comment saying more", "a comment not right above",
        "another thing to substitute", "the customer's server", "issued shape"])
def test_twins_with_a_value_of_their_own_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}
