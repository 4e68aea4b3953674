"""Issue 19 (fp57): a commit id where git, or a tool fetching with it, writes one is public
(kbgen.core.privacy.commit_ids): RustDesk's build FAQ shows vcpkg fetching libyuv at a
commit, git's command that failed, and libgit2's `no match for id (…)`. 40 or 64 hex digits
anywhere else, or at git's place beside a secret's name, stay found (more are rows `fp57-…`
of bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, commit_ids, scan
from tests.hostile.test_many_findings import assert_modules_work_linearly

ID = "287158925b0e03ea4499a18b4e08478c5781541b"
OTHER = "27fa12941291b44ccd856aef4a5452c1eb646047"
LIBYUV = "https://chromium.googlesource.com/libyuv/libyuv"
SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

# As RustDesk's build FAQ writes them (content/dev/build/faq/_index.en.md).
RUSTDESK = f"""### Error

```
 -- Fetching {LIBYUV} {ID}...
   CMake Error at scripts/cmake/vcpkg_execute_required_process.cmake:127 (message):
       Command failed: D:/program/Git/mingw64/bin/git.exe fetch {LIBYUV} {ID} --depth 1 -n
```

### Error

```
$ cargo run
       Updating git repository `https://github.com/open-trade/confy`
   Caused by:
     Unable to update https://github.com/open-trade/confy#27fa1294

   Caused by:
     object not found - no match for id ({OTHER}); class=Odb (9); code=NotFound (-3)
```
"""


def _found(text: str) -> list[tuple[int, str]]:
    return [(finding.line, finding.kind) for finding in scan(text, Allowed())
            if not finding.advisory]


@pytest.mark.parametrize("text", [
    RUSTDESK,
    f"```\n$ git rev-parse HEAD\n{ID}\n```\n",
    f"```\n$ git ls-remote https://github.com/rustdesk/rustdesk\n{ID}\tHEAD\n"
    f"{OTHER}\trefs/heads/master\n```\n",
    f"```\ngit checkout {ID}\n```\n",
    f"```\n$ git cat-file -p HEAD\ntree {ID}\nparent {OTHER}\n```\n",
    f"```\n$ git submodule update\nfatal: reference is not a tree: {ID}\n```\n",
    f"```\n$ git fetch origin\n"
    f"error: Server does not allow request for unadvertised object {ID}\n```\n",
])
def test_an_id_where_git_writes_one_passes_with_its_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert [finding for finding in scan(text, Allowed(), explain=explained)
            if not finding.advisory] == []
    assert commit_ids.GIT_REASON in {acceptance.reason for acceptance in explained}


STAYS_FOUND = [
    f"```\nexport DEPLOY_TOKEN={ID}\n```\n",
    f"```\ncurl -H 'Authorization: token {ID}' https://api.github.com/user\n```\n",
    f"```\ngit config --global github.token {ID}\n```\n",
    f"```\ngit -c http.extraHeader='Authorization: Bearer {ID}' fetch origin\n```\n",
    f"The deploy key is {ID}.\n",
    f"```\ngit checkout {ID[:39]}\n```\n",
    f"```\ngit checkout {ID}ab\n```\n",
    f"```\ngit fetch --token={ID} origin\n```\n",
    f"Here is the API token:\n```\ngit checkout {ID}\n```\n",
    f"The customer's GitHub token, as she pasted it:\n\n```\n$ git rev-parse HEAD\n{ID}\n```\n",
    f"```\ngit checkout {ID} # token for the deploy bot\n```\n",
    f"```\ncommit {ID} token\nAuthor: x\n```\n",
    f"```\n{ID}\trefs/heads/main password\n```\n",
    f"```\n$ cat ~/.config/hub-token\n{ID}\n```\n",
    f"```\n$ openssl rand -hex 20\n{ID}\n```\n",
    f"```\n-- Fetching https://api.acme.com/v1?key={ID}\n```\n",
    f"```\nCommand failed: git.exe fetch https://github.com/acme/app \"{ID}\"\n```\n",
    f"secret: {ID}\n",
    f"```\nGITHUB_TOKEN={ID} git fetch origin\n```\n",
    f"```\ngit checkout main\nAPI_KEY={ID}\n```\n",
    f"```\ncurl https://deploy.acme-corp.com/hook {ID}\n```\n",
    f"```\ndocker login -u deploy -p {SHA256} registry.acme-corp.com\n```\n",
    f"```\nno match for id ({ID}); the vault password\n```\n",
    f"```\ngit checkout {ID}\n```\n\n```\nSESSION_SECRET={SHA256}\n```\n",
    f"```\ngit checkout {ID}\n```\n\nJane's deploy key is {ID}.\n",
]


@pytest.mark.parametrize("text", STAYS_FOUND)
def test_hex_outside_gits_places_or_beside_a_secret_stays_found(text: str) -> None:
    assert {"API key or token", "password or secret"} & {kind for _, kind in _found(text)}


def test_an_id_git_wrote_is_accepted_there_only_and_not_where_the_page_copies_it() -> None:
    """cid57 (rev57's commit-58, -20): a copy elsewhere is judged as what it is, and a value
    the page also uses as something else is no commit at git's place either."""
    text = (f"```\ngit checkout {ID}\n```\n\nBuilt from {ID}.\n\n"
            f"```\nexport GITHUB_TOKEN={ID}\n```\n")
    assert _found(text) == [(line, "API key or token") for line in (2, 5, 8)]


def test_64_hex_is_an_object_name_only_in_a_block_of_a_sha256_repository() -> None:
    """cid57 (rev57's commit-06): 64 hex digits are far more often a key."""
    assert _found(f"```\ngit checkout {SHA256}\n```\n") == [(2, "API key or token")]
    assert _found(f"```\ngit init --object-format=sha256\ngit reset --hard {SHA256}\n```\n") == []


def test_many_git_lines_are_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_modules_work_linearly(monkeypatch, "commit ids", lambda n: "```\n" + "".join(
        f"git fetch https://example.com/r{i} {i:08x}{ID[8:]} --depth 1\n" for i in range(n))
        + f"curl https://deploy.acme-corp.com/hook {OTHER}\n```\n")
