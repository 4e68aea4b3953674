"""Values that are names, not keys (kbgen.core.names): each rule and its look-alike."""

from __future__ import annotations

import pytest

from kbgen.core.names import is_name

KEY = "Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz"


def _judge(line: str, run: str) -> bool:
    start = line.index(run)
    return is_name(run, run.strip("/"), line[:start], line)


@pytest.mark.parametrize("line, run, name", [
    ("--db=$AF2DB/uniref30/UniRef30_2021_03 \\", "AF2DB/uniref30/UniRef30_2021_03", True),
    ("cd ~/data/run_2021_03/Ab3x", "/data/run_2021_03/Ab3x", True),
    (f"ls /scratch/project_2001234/{KEY}", f"/scratch/project_2001234/{KEY}", False),
    ("export KEY=/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
     "/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", False),
    ("==> Installing zlib-1.3.1-paghlsmxrq7p26qna6ml6au4fj2bdw6k",
     "1-paghlsmxrq7p26qna6ml6au4fj2bdw6k", True),
    ("API token: 1.0." + KEY, KEY, False),
    ("module load OpenFOAM/11-foss-2023a", "OpenFOAM/11-foss-2023a", True),
    ("Zx9Qw3Er7Ty/1Ui5Op8As2Df6Gh4Jk0Lz", "Zx9Qw3Er7Ty/1Ui5Op8As2Df6Gh4Jk0Lz", False),
    ("export OS_PROJECT_ID=3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a",
     "3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a", True),
    ("export AWS_ACCESS_KEY_ID=3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a",
     "3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a", False),
    ("session_id: 3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a", "3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a", False),
    ("$ oc logs backend-7f9c9dbfbb-78sh8", "backend-7f9c9dbfbb-78sh8", True),
    ("token: backend-7f9c9dbfbb-78sh8", "backend-7f9c9dbfbb-78sh8", False),
])
def test_names_and_their_look_alikes(line: str, run: str, name: bool) -> None:
    assert _judge(line, run) is name
