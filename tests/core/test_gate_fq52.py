"""Issue 19 (fq52): lines of real docs pass where the text says what the value is: private
addresses in a code block a supposition or an example's introduction opens, read at the
block's fence (NetBox, Synapse), a password a walkthrough says it chose (CSC), a URL's user
part spelt as a stand-in (NetBox), a standard's name opening a setting's description (Synapse,
NetBird: format_names, fr52's, reads it). The same shapes placed with someone, or with a
value of their own, stay findings (more hostile twins are rows `(fq52)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import (
    called_examples,
    format_names,
    placeholder_userinfo,
    scan,
    supposed_blocks,
)

# As NetBox's docs/features/context-data.md and Synapse's docs/structured_logging.md write them.
SUPPOSED = (
    "For example, suppose we want to specify a set of syslog and NTP servers for all devices "
    "within a region. We could create a config context instance with a weight of 1000 "
    "assigned to the region, with the following JSON data:\n\n```json\n{\n"
    "    \"ntp-servers\": [\n        \"172.16.10.22\",\n        \"172.16.10.33\"\n    ]\n}\n```\n\n"
    "When the context data for a device at this site is rendered, the second, higher-weight "
    "data overwrite the first, resulting in the following:\n\n```json\n{\n"
    "    \"ntp-servers\": [\n        \"172.16.10.22\"\n    ]\n}\n```\n\n"
    "A remote structured logging configuration looks similar to the following:\n\n"
    "```yaml\nversion: 1\n\nhandlers:\n    remote:\n        class: synapse.logging.RemoteHandler\n"
    "        host: 10.1.2.3\n        port: 9999\n```\n")
# As CSC's docs/data/Allas/allas-nextcloud.md and env-guide/more-commands-for-managing-files.md
# write them.
WALKTHROUGH = (
    "Then, Nextcloud administration account is created. In the command below the account name"
    " is\ndefined to be _ncadmin_ with password _1Hu9kgFsN_.\n\n"
    "In this example the app password that user _ncuser1_  generated is: "
    "_Q34EN-Ni7pH-9oSes-ZQsF7-NdkYi_\nand the IP address of the NextCloud server is "
    "123.456.768.910.\n\nNow the _ncuser1_ is able to upload a file with command:\n\n```bash\n"
    "curl -k -u ncuser1:Q34EN-Ni7pH-9oSes-ZQsF7-NdkYi -T ./image1.jpg "
    "\"https://123.456.768.910/remote.php/webdav/2001234-nextcloud/image1.jpg\"\n```\n")
# As NetBox's docs/configuration/error-reporting.md writes it.
DSN = "```python\nSENTRY_DSN = \"https://examplePublicKey@o0.ingest.sentry.io/0\"\n```\n"
# As Synapse's usage/configuration/config_documentation.md and NetBird's
# selfhosted/maintenance/configuration-files.mdx write them.
STANDARD = (
    "* `client_secret` (string|null): OAuth2 client secret to use. May be omitted if "
    "`client_secret_jwt_key` is given.\n\n| Variable | Description |\n| --- | --- |\n"
    "| `AUTH_CLIENT_SECRET` | OAuth2 client secret for confidential clients. Leave empty for "
    "public clients |\n")


@pytest.mark.parametrize("text, reasons, accepted", [
    (SUPPOSED, (supposed_blocks.REASON, supposed_blocks.REPEATED), 4),
    (WALKTHROUGH, (called_examples.REASON,), 3),  # walkthrough_values folded in (rev53)
    (DSN, (placeholder_userinfo.REASON,), 1),
    (STANDARD, (format_names.REASON,), 2),
], ids=["supposed blocks", "walkthrough passwords", "stand-in URL user", "standard names"])
def test_real_lines_pass_with_their_reason(text: str, reasons: tuple[str, ...],
                                           accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sum(a.reason in reasons for a in explained) == accepted


@pytest.mark.parametrize("text, line", [
    # the supposition's `we` is nobody's, `our` still places
    (SUPPOSED.replace("We could create", "Our office NAS needs"), 6),
    # a customer's case in the introduction
    (SUPPOSED.replace("looks similar to the following", "the customer sent us is"), 30),
    # a repeat under a heading that places it
    (SUPPOSED.replace("When the context data", "## Our production servers\n\nWhen the data"),
     19),
    # a walkthrough's password that someone sent
    (WALKTHROUGH.replace("that user _ncuser1_  generated", "the customer sent yesterday"), 4),
    # the repeat in a command a customer reported
    (WALKTHROUGH.replace("Now the _ncuser1_ is able", "The customer reported he is able"), 10),
    # a stand-in word glued to a name
    (DSN.replace("examplePublicKey", "exampleJane"), 2),
    # a year is no standard's version
    (STANDARD.replace("OAuth2 client secret to use", "Oauth2024 client secret to use"), 1),
], ids=["our office", "a customer's block", "repeat under our heading", "sent yesterday",
        "repeat a customer reported", "a name in the user part", "a year"])
def test_the_same_shapes_placed_or_real_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}
