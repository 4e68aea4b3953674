"""The last leak shapes leak35 left open (issue 19, branch leak36), each in a real `kbgen
build` of a Russian site, in front matter, prose, a table, a code block, HTML and a copied
file: a configuration key given a dictionary word (`DB_PASSWORD: sunflower`, an indented
`password: sunflower`), a table row naming the password with no colon, a named person's secret
that spells a placeholder, and a card number in a list after its 64th item. The build names
each file and line and publishes nothing; the same shapes given a default, a type or a
placeholder publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    assert_refused_everywhere,
)
from tests.hostile.test_leak34_classes import PASSWORD, _build

CARD = "payment card number"

_TAGS = "".join(f"  - tag{number}\n" for number in range(63))
"""63 items: the card's halves are the 64th and the 65th."""

# class: (extra front matter, body, copied file, kind); every line holding MARK is refused
CLASSES = {
    "config": ("description: 'DB_PASSWORD: sunflower'\n",
               "DB_PASSWORD: sunflower\n\n| Key | Note |\n|---|---|\n"
               "| smtp | DB_PASSWORD: sunflower |\n\n```yaml\ndatabase:\n  password: sunflower\n"
               "```\n\n<p><code>SMTP_PASSWORD: sunflower</code></p>\n",
               "mail:\n  password: \"sunflower\"\n", PASSWORD),
    "row": ("description: '| Password | sunflower |'\n",
            "| Field | Value |\n|---|---|\n| Password | sunflower |\n\n"
            "| Пароль | **подсолнух** |\n|---|---|\n\n```text\n| passwd | sunflower |\n```\n\n"
            "<table><tr><td>Пароль</td><td>подсолнух</td></tr></table>\n",
            "| Password | sunflower |\n", PASSWORD),
    "named": ("description: \"Anna's secret is `mysecretpassword`\"\n",
              "Anna's secret is `mysecretpassword`.\n\n| Who | Note |\n|---|---|\n"
              "| Anna | Secret for Anna: `mysecretpassword` |\n\n```text\n"
              "Anna's password is 'mysecretpassword'\n```\n\n"
              "<span title=\"Secret for Anna: 'mysecretpassword'\">Anna</span>\n",
              "Anna's secret is `mysecretpassword`\n", PASSWORD),
}
MARKS = {"config": "sunflower", "row": ("sunflower", "подсолнух"), "named": "mysecretpassword"}


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("leak36")
    files: dict[str, str] = {}
    for name, (front, body, text, _) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(f"Case {name}", extra=front, body=body)
        files[f"content/files/{name}.txt"] = text
    files["content/articles/wifi/tags.md"] = article(
        "Case tags", extra=f"tags:\n{_TAGS}  - \"4111 1111\"\n  - \"1111 1111\"\n")
    files["content/files/tags.yml"] = f"tags:\n{_TAGS}  - \"4111 1111\"\n  - \"1111 1111\"\n"
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    assert_refused_everywhere(root, code, output, name, MARKS[name], CLASSES[name][-1])


def test_a_card_across_a_lists_64th_item_is_refused(leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    # at the first item of the chunk holding it (items 48 to 64): tag48's line
    assert_refused_at(code, output, CARD, [("content/articles/wifi/tags.md", 55),
                                           ("content/files/tags.yml", 50)])


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


DOCUMENTATION = (
    "| Field | Type |\n|---|---|\n| password | string |\n| Password | required |\n\n"
    "```yaml\ndatabase:\n  password: postgres\nDB_PASSWORD: changeme\n  password: \"<password>\"\n"
    "```\n\nThe customer's password is reset. Anna's password is `<password>`.\n")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article(
        "Doc", extra="tags:\n" + "".join(f"  - tag{number}\n" for number in range(80)),
        body=DOCUMENTATION)}
    code, output = _build(tmp_path, files)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")
