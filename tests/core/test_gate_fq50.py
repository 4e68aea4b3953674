"""Issue 19 (fq50): a container template's lines pass where the page says what they are, as
LinuxServer.io's image pages write them: a setting left empty and marked `#optional`, spelt
database passwords and the settings after them, a parameter row telling the reader to specify
an address, a default login written as one pair. The same shapes with a value of their own or
placed with someone stay findings (more hostile twins are rows `(fq50)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core import default_pairs, examples
from kbgen.core.examples import Acceptance
from kbgen.core.privacy import optional_settings, scan
from kbgen.core.surroundings import DECLARED

# As docs/images/docker-calibre.md and docker-openvscode-server.md write them.
OPTIONAL = ("```yaml\n    environment:\n      - PUID=1000\n      - PASSWORD= #optional\n"
            "      - CONNECTION_TOKEN= #optional\n```\n\n```bash\ndocker run -d \\\n"
            "  -e PASSWORD= `#optional` \\\n  -e CONNECTION_TOKEN= `#optional` \\\n```\n")
# As docs/general/docker-compose.md and docker-librespeed.md write them.
SPELT = ("```yaml\n    environment:\n      - MYSQL_ROOT_PASSWORD=ROOT_ACCESS_PASSWORD\n"
         "      - TZ=Europe/London\n      - PASSWORD=PASSWORD\n"
         "      - CUSTOM_RESULTS=false #optional\n      - DB_PASS=mariadbpassword\n```\n")
# As docs/images/docker-steamos.md writes it.
PARAMETER = ("```yaml\n    environment:\n      - HOST_IP=192.168.100.10 #optional\n```\n\n"
             "| Env | Function |\n| :----: | --- |\n"
             "| `HOST_IP=192.168.100.10` | Specify the IP of the host, needed for LAN Remote "
             "Play. |\n")
# As Firefly III's how-to/firefly-iii/features/api.md writes it.
LISTED = ("Some common examples include:\n\n"
          "* [http://172.16.0.2/callback](http://172.16.0.2/callback) (172.16 is a common IP "
          "range for Docker hosts)\n"
          "* [https://data-importer.home/callback](https://data-importer.home/callback)\n")
# As docs/images/docker-airsonic-advanced.md, docker-babybuddy.md and docker-raneto.md do.
PAIRS = ("Default user/pass is admin/admin\n\nThe default user/pass are `admin:admin`.\n\n"
         "The default username and password is *admin/password*\n")


@pytest.mark.parametrize("text, reason, accepted", [
    (OPTIONAL, optional_settings.LEFT_EMPTY, 4),
    (SPELT, examples.SPELT, 1),
    (PARAMETER, DECLARED, 2),
    (PAIRS, default_pairs.REASON, 3),
    (LISTED, DECLARED, 2),
], ids=["optional left empty", "spelt and siblings", "parameter row", "default pairs",
        "example list"])
def test_template_lines_pass_with_their_reason(text: str, reason: str, accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sum(a.reason == reason for a in explained) >= accepted


@pytest.mark.parametrize("text, line", [
    (OPTIONAL.replace("PASSWORD= #optional", "PASSWORD=Tr0ub4dor3xQ #optional"), 4),
    (OPTIONAL.replace("PASSWORD= #optional", "PASSWORD= #Tr0ub4dor3xQ"), 4),
    (SPELT.replace("TZ=Europe/London", "TZ=Tr0ub4dor/3xQ"), 4),
    (SPELT.replace("CUSTOM_RESULTS=false", "CUSTOM_RESULTS=Tr0ub4dor3Xq"), 6),
    (SPELT.replace("mariadbpassword", "mariadbpassword1987"), 7),
    (PARAMETER.replace("Specify the IP of the host", "Specify the IP of our office NAS"), 8),
    (PARAMETER.replace("Specify the IP of the host", "The IP of the host"), 8),
    (PARAMETER.replace("HOST_IP=192.168.100.10 #", "HOST_IP=10.20.30.40 #"), 3),
    (PAIRS.replace("admin/admin\n", "admin/Tr0ub4dor3x\n"), 1),
    (PAIRS.replace("Default user/pass", "User/pass"), 1),
    (PAIRS.replace("admin/admin\n", "admin/admin, ours is root/Kq8vT2mZ9x\n"), 1),
    (LISTED.replace("Some common examples", "Some of our office hosts"), 3),
    (LISTED.replace("(172.16 is", "(the customer's NAS; 172.16 is"), 3),
], ids=["value before the mark", "other comment", "not a zone", "password after spelt",
        "year of its own", "our office", "no instruction", "not the row's", "real half",
        "not called default", "line goes on", "list of ours", "customer's item"])
def test_twins_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}
