"""Values that mkdocs.yml takes from a file it `INHERIT`s are published too (retry68).

On main, `INHERIT: base.yml` with `copyright: "jane.roe.r68@gmail.com"` in base.yml passed
`kbgen check` (0 errors) and only `kbgen build` refused it: check read mkdocs.yml alone, the
build MkDocs' merged settings. `read_settings` now merges the chain as MkDocs does (mappings
key by key, the child's values winning, anything else replaced). Variants are read in one
pass; one real `kbgen check` shows the refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.published_settings import read_settings
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

ADDRESS = "jane.roe.r68@gmail.com"
CHAINS: dict[str, tuple[dict[str, str], list[str], object]] = {
    "parent's copyright": ({"base.yml": f'copyright: "{ADDRESS}"\n'}, ["copyright"], ADDRESS),
    "grandparent": ({"a.yml": "INHERIT: b.yml\n", "b.yml": f'copyright: "{ADDRESS}"\n'},
                    ["copyright"], ADDRESS),
    "parent in a folder": ({"config/base.yml": f'site_description: "{ADDRESS}"\n'},
                           ["site_description"], ADDRESS),
    "nested extra": ({"base.yml": f"extra:\n  social:\n    - link: mailto:{ADDRESS}\n"},
                     ["extra", "social"], [{"link": f"mailto:{ADDRESS}"}]),
    "merged beside the child's": ({"base.yml": f"extra:\n  owner: {ADDRESS}\n"},
                                  ["extra", "owner"], ADDRESS),
    "child wins": ({"base.yml": f'copyright: "{ADDRESS}"\n'}, ["copyright"], "Acme Ltd"),
    "list replaced": ({"base.yml": "extra:\n  tags: [a, b]\n"}, ["extra", "tags"], ["c"]),
    "a cycle": ({"base.yml": "INHERIT: base.yml\ncopyright: x\n"}, ["copyright"], "x"),
    "unreadable parent": ({}, ["site_name"], "Help"),
}
"""Files beside mkdocs.yml, a key path of the merged settings, and its value."""
CHILD = {
    "parent's copyright": "INHERIT: base.yml\nsite_name: Help\n",
    "grandparent": "INHERIT: a.yml\nsite_name: Help\n",
    "parent in a folder": "INHERIT: config/base.yml\nsite_name: Help\n",
    "nested extra": "INHERIT: base.yml\nsite_name: Help\n",
    "merged beside the child's": "INHERIT: base.yml\nextra:\n  generator: false\n",
    "child wins": 'INHERIT: base.yml\ncopyright: "Acme Ltd"\n',
    "list replaced": "INHERIT: base.yml\nextra:\n  tags: [c]\n",
    "a cycle": "INHERIT: base.yml\n",
    "unreadable parent": "INHERIT: missing.yml\nsite_name: Help\n",
}


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    found = {}
    for name, (files, _, _) in CHAINS.items():
        root = tmp_path_factory.mktemp("inherit")
        write_files(root, {"mkdocs.yml": CHILD[name], **files}, dedent_yaml=False)
        found[name] = read_settings(root / "mkdocs.yml")[0]
    return found


@pytest.mark.parametrize("name", CHAINS)
def test_the_settings_are_merged_as_mkdocs_merges_them(merged: dict[str, dict[str, object]],
                                                        name: str) -> None:
    value: object = merged[name]
    for key in CHAINS[name][1]:
        assert isinstance(value, dict), merged[name]
        value = value.get(key)
    assert value == CHAINS[name][2], merged[name]


def test_check_refuses_a_value_of_the_inherited_file(tmp_path: Path) -> None:
    write_files(tmp_path, {"mkdocs.yml": f"INHERIT: base.yml\n{MINI_CONFIG}",
                           "base.yml": f'copyright: "Write to {ADDRESS}"\n',
                           "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/ok.md": article("Fine article")},
                dedent_yaml=False)
    code, output = run_in(tmp_path, "check")
    assert code == 1 and "error: e-mail address (j***@g***.com) would be published" in output, \
        output
