"""A Docusaurus sidebar whose category holds a nested category before its first doc: a new
user's import of TeslaMate's docs (AGPL-3.0) titled the `installation/` category "Docker" (the
nested category's label) instead of "Installation", on the home page and in the navigation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kbgen.importers.sidebars import read_sidebars

NESTED = """\
module.exports = {
  docs: [
    {
      type: "category",
      label: "Installation",
      items: [
        {
          type: "category",
          label: "Docker",
          link: { type: "doc", id: "installation/docker" },
          items: [
            {
              type: "category",
              label: "Reverse Proxy",
              items: ["advanced_guides/traefik", "advanced_guides/apache"],
            },
          ],
        },
        "installation/nixos",
      ],
    },
    "faq",
    { type: "category", label: "Guides",
      items: [{ type: "category", label: "Sync", items: ["sync/phone"] }] },
    { type: "category", label: "Help",
      items: [{ type: "category", label: "Devices", items: ["hw/router"] }] },
  ],
};
"""


@pytest.mark.parametrize(("folder", "title"), [
    ("installation", "Installation"),  # the label naming the folder, not the nested "Docker"
    ("advanced_guides", "Reverse Proxy"),  # its own category's, as before
    ("sync", "Sync"),
    ("hw", "Devices"),  # no label names the folder: the innermost category's, as before
])
def test_a_folder_is_named_by_the_category_that_names_it(tmp_path: Path, folder: str,
                                                          title: str) -> None:
    (tmp_path / "sidebars.js").write_text(NESTED, encoding="utf-8")
    assert read_sidebars(tmp_path).labels[folder] == title


def test_the_imported_category_keeps_its_sidebar_title(
        project: Path, import_site: Callable[..., Any]) -> None:
    files = {"docusaurus.config.js": "module.exports = {};\n", "sidebars.js": NESTED}
    for doc in ("installation/docker", "installation/nixos", "advanced_guides/traefik",
                "advanced_guides/apache", "sync/phone", "hw/router"):
        name = doc.split("/")[1]
        files[f"docs/{doc}.md"] = f"# {name.title()}\n\nHow to set up {name}.\n"
    files["docs/faq.md"] = "# FAQ\n\nQuestions.\n"
    import_site(files)
    categories = yaml.safe_load((project / "content/_data/categories.yml").read_text())
    titles = {key: value["title"] for key, value in categories.items()}
    assert titles["installation"] == "Installation"
    assert titles["advanced-guides"] == "Reverse Proxy"
    assert "Docker" not in titles.values()
