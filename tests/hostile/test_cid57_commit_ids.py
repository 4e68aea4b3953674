"""Issue 19 (cid57): rev57 put 43 real secrets through fp57's "commit id where git writes
one" (rev57's report, cases `rev57-commit-…`): prose after a `git <command>`, output shapes
outside their command's block, copies of a value git wrote, 64 hex digits, a secret named
above in another language, object messages in prose. Each is found again, and so are cid57's
own attacks on the narrowed rule (kbgen.core.privacy.commit_ids). Every text is also a row
`cid57-commit: …` of bench/gatecorpus/hostile.yml."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan

SECRET_KINDS = {"API key or token", "password or secret"}

REV57 = {
    "rev57-commit-01": (
        "Jane ran git log on the payroll box, her personal access value 3f9a1c7e5b2d4f6"
        "a8c0e1b3d5f7a9c2e4b6d8f01 works for the HR portal"),
    "rev57-commit-03": (
        "Use git fetch first, then 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01 is what Ama"
        "ra types at the VPN prompt."),
    "rev57-commit-04": (
        "Amara's git branch was fine, and her recovery value 3f9a1c7e5b2d4f6a8c0e1b3d5f"
        "7a9c2e4b6d8f01 still opens the HR portal"),
    "rev57-commit-05": (
        "git tag amara-wallet 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3"
        "f362318"),
    "rev57-commit-06": (
        "```\ngit checkout 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f36"
        "2318\n```"),
    "rev57-commit-07": (
        "```\n$ git rev-list --all\n4c0883a69102937d6231471b5dbb6204fe5129617082792ae46"
        "8d01a3f362318\n```"),
    "rev57-commit-08": (
        "```\n$ git rev-parse HEAD\n4c0883a69102937d6231471b5dbb6204fe5129617082792ae46"
        "8d01a3f362318\n```"),
    "rev57-commit-09": (
        "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 HEAD"),
    "rev57-commit-10": (
        "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\trefs/heads/main"),
    "rev57-commit-12": (
        "```\ntree 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```"),
    "rev57-commit-13": (
        "```\nobject 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"
        "```"),
    "rev57-commit-14": (
        "Amara's reply: fatal: bad object 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01"),
    "rev57-commit-15": (
        "The HR portal said: no match for id (3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01)"),
    "rev57-commit-17": (
        "| amara.okonkwo | git checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01 |"),
    "rev57-commit-20": (
        "```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\nSet `X-Hub-"
        "Signature: sha1=3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01` on every request."),
    "rev57-commit-21": (
        "```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\ncurl -H 'Cookie: s"
        "id=3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01' https://hr.northbridge.co.uk/api"
        "\n```"),
    "rev57-commit-22": (
        "```\ngit show 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\nAmara's PIN is "
        "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01."),
    "rev57-commit-23": (
        "```\ngit show 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\nhttps://hr.nort"
        "hbridge.co.uk/reset?code=3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01"),
    "rev57-commit-25": (
        "Contraseña del portal:\n\n```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b"
        "6d8f01\n```"),
    "rev57-commit-26": (
        "密码：\n\n```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```"),
    "rev57-commit-27": (
        "パスワード:\n\n```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```"),
    "rev57-commit-28": (
        "Пароль от портала:\n\n```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f"
        "01\n```"),
    "rev57-commit-29": (
        "Amara's HR access value (do not share):\n\n```\n\n\n\n\n```\nfoo\nbar\nbaz\n\n"
        "```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```"),
    "rev57-commit-31": (
        "C:\\tools\\git.exe fetch https://hr.northbridge.co.uk/x 3f9a1c7e5b2d4f6a8c0e1b"
        "3d5f7a9c2e4b6d8f01 --depth 1"),
    "rev57-commit-32": (
        "git worktree add /tmp/amara 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01   # Amara"
        "'s signing salt"),
    "rev57-commit-33": (
        "git reset --hard 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01 && curl https://hr.n"
        "orthbridge.co.uk/login?sid=3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01"),
    "rev57-commit-36": (
        "I tried git cherry-pick again, my recovery value is 3f9a1c7e5b2d4f6a8c0e1b3d5f"
        "7a9c2e4b6d8f01"),
    "rev57-commit-37": (
        "git branch amara-vpn 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01"),
    "rev57-commit-38": (
        "```\n$ git rev-parse HEAD\n9e107d9d372bb6826bd81d3542a419d6e5b1c7f3\n```\n\nAm"
        "ara's session cookie: 9e107d9d372bb6826bd81d3542a419d6e5b1c7f3"),
    "rev57-commit-39": (
        "```\ngit log 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\n- sid: `3f9a1c7e"
        "5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01`"),
    "rev57-commit-42": (
        "```\nparent 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"
        "```"),
    "rev57-commit-43": (
        "Klucz API portalu:\n\n```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f"
        "01\n```"),
    "rev57-commit-44": (
        "Jeton d'accès :\n\n```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01"
        "\n```"),
    "rev57-commit-45": (
        "API 키:\n\n```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```"),
    "rev57-commit-48": (
        "```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\n```ini\n[hr"
        "]\nsalt = 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```"),
    "rev57-commit-49": (
        "```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\nAmara's HR "
        "one-time code: **3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01**"),
    "rev57-commit-50": (
        "```\ngit checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\n| user | va"
        "lue |\n|---|---|\n| amara.okonkwo | 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01 |"),
    "rev57-commit-51": (
        "-- Fetching https://github.com/northbridge/hr-portal 3f9a1c7e5b2d4f6a8c0e1b3d5"
        "f7a9c2e4b6d8f01..."),
    "rev57-commit-53": (
        "- git checkout 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01 (Amara's VPN seed, rot"
        "ate monthly)"),
    "rev57-commit-55": (
        "```\ngit bisect good 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\nAmara's "
        "HR export code is the same as above."),
    "rev57-commit-56": (
        "git diff 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01 9e107d9d372bb6826bd81d3542a4"
        "19d6e5b1c7f3   # Amara's two HR recovery codes"),
    "rev57-commit-57": (
        "Amara's two-factor seed, as git prints it:\n\n```\n$ git rev-parse HEAD\n3f9a1"
        "c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```"),
    "rev57-commit-58": (
        "```\n$ git rev-parse HEAD\n3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01\n```\n\nAm"
        "ara types 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01 at the HR portal's prompt."),
}
"""rev57's texts that main found and fp57's rule published (exact)."""

OWN = {
    "fetching-with-git-fetch-reset-code-below": (
        "### Error\n\n```\n -- Fetching https://git.northbridge-payroll.co.uk/hr/portal"
        " 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d...\n    Command failed: git.exe fetc"
        "h https://git.northbridge-payroll.co.uk/hr/portal 8d3e5f7a9c1b2d4e6f8a0c2e4b6d"
        "8f0a1c3e5b7d --depth 1 -n\n```\n\nThat id is also Amara's reset code.\n"),
    "rev-parse-then-vpn-prompt-below": (
        "```\n$ git rev-parse HEAD\n8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n\nTy"
        "pe it at the VPN prompt as your one-time code.\n"),
    "checkout-with-comment": (
        "```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d  # vpn\n```\n"),
    "checkout-then-prose-in-block": (
        "```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d is the vault value"
        "\n```\n"),
    "checkout-in-block-intro-spanish": (
        "Clave de la API del portal:\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8"
        "f0a1c3e5b7d\n```\n"),
    "checkout-in-block-intro-russian": (
        "Токен портала:\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n"
        "```\n"),
    "checkout-intro-chinese": (
        "门户的密钥：\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
    "checkout-intro-japanese": (
        "ポータルのトークン:\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```"
        "\n"),
    "checkout-intro-portuguese": (
        "Senha do portal de RH:\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c"
        "3e5b7d\n```\n"),
    "checkout-intro-dutch": (
        "Wachtwoord van het portaal:\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8"
        "f0a1c3e5b7d\n```\n"),
    "checkout-intro-german-key": (
        "Der API-Schlüssel des Portals:\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b"
        "6d8f0a1c3e5b7d\n```\n"),
    "checkout-intro-person": (
        "Amara Okonkwo's login:\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c"
        "3e5b7d\n```\n"),
    "ls-remote-without-command": (
        "```\n8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\tHEAD\n```\n"),
    "cat-file-field-under-cat-secret": (
        "```\n$ cat ~/.hr-token\ntree 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
    "lone-id-under-cat": (
        "```\n$ cat /etc/hr/seed\n8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
    "lone-id-under-rev-parse-after-other-output": (
        "```\n$ git rev-parse HEAD\nHR portal seed:\n8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c"
        "3e5b7d\n```\n"),
    "message-without-command": (
        "```\nfatal: bad object 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
    "message-under-cat": (
        "```\n$ cat notes.txt\nfatal: bad object 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b"
        "7d\n```\n"),
    "message-then-prose": (
        "```\n$ git show 8d3e5f7\nfatal: bad object 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3"
        "e5b7d (Amara's VPN code)\n```\n"),
    "64-hex-fetch-no-sha256": (
        "```\ngit fetch origin b2c4d6e8f0a1c3e5d7f9b1a3c5e7d9f1b3a5c7e9d1f3b5a7c9e1d3f5"
        "b7a9c1e3\n```\n"),
    "64-hex-under-rev-parse": (
        "```\n$ git rev-parse HEAD\nb2c4d6e8f0a1c3e5d7f9b1a3c5e7d9f1b3a5c7e9d1f3b5a7c9e"
        "1d3f5b7a9c1e3\n```\n"),
    "fetching-without-git-line": (
        "```\n -- Fetching https://git.northbridge-payroll.co.uk/hr/portal 8d3e5f7a9c1b"
        "2d4e6f8a0c2e4b6d8f0a1c3e5b7d...\n```\n"),
    "fetching-other-id-in-git-line": (
        "```\n -- Fetching https://git.northbridge-payroll.co.uk/hr/portal 8d3e5f7a9c1b"
        "2d4e6f8a0c2e4b6d8f0a1c3e5b7d...\n    Command failed: git.exe fetch https://git"
        ".northbridge-payroll.co.uk/hr/portal d7b5e3c1a0f8d6b4e2c0a8f6e4d2b1c9a7f5e3d8 "
        "--depth 1 -n\n```\n"),
    "copy-uppercase-in-header": (
        "```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n\nSet `X-Sign"
        "ature: 8D3E5F7A9C1B2D4E6F8A0C2E4B6D8F0A1C3E5B7D` on each call.\n"),
    "copy-in-cookie-far-below": (
        "```\ngit checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n\n## Later\n"
        "\nOne\n\nTwo\n\nThree\n\nFour\n\n`Cookie: sid=8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a"
        "1c3e5b7d`\n"),
    "copy-as-archive-of-other-host": (
        "```\ngit fetch https://git.northbridge-payroll.co.uk/hr/portal 8d3e5f7a9c1b2d4"
        "e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n\nDownload https://hr.northbridge-payroll.co.u"
        "k/reset/8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d.zip\n"),
    "prompt-prose-before-git": (
        "```\n$ echo my vault value && git checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3"
        "e5b7d\n```\n"),
    "two-bare-words": (
        "```\ngit checkout amara vpn 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
    "inline-code": (
        "Check out `git checkout 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d` before the c"
        "all.\n"),
    "heading-between-intro": (
        "Amara's HR recovery value:\n\n## Build\n\n```\ngit checkout 8d3e5f7a9c1b2d4e6f"
        "8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
    "tag-named-after-a-person": (
        "```\ngit tag amara-wallet 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
    "branch-named-after-a-person": (
        "```\ngit branch amara-hr-seed 8d3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c3e5b7d\n```\n"),
}
"""cid57's attacks on the narrowed rule: leaks dressed as git's command lines, outputs,
messages, fetch logs, archives and introductions (values made up, shaped as real)."""


@pytest.mark.parametrize("name", sorted(REV57) + sorted(OWN))
def test_a_secret_dressed_as_an_id_git_wrote_is_found(name: str) -> None:
    text = REV57.get(name) or OWN[name]
    assert SECRET_KINDS & {finding.kind for finding in scan(text, Allowed())
                           if not finding.advisory}
