"""Hosted exports as their APIs really hand them over (issue 19, imp48): pages saved one file
each, Freshdesk's per-folder bare lists, other languages (Zendesk's per-locale lists and
translations endpoint, Intercom's `translated_content`), inline images named by attachment id,
embedded players, tables without a header row."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kbgen.importers import helpscout, intercom, zendesk
from kbgen.importers.exports import Document
from kbgen.importers.htmltext import to_markdown
from kbgen.importers.plan import Planner
from kbgen.importers.reading import read_export
from kbgen.importers.references import References

ZD = "https://acme.zendesk.com"


def write(folder: Path, files: dict[str, Any]) -> Path:
    """Each JSON document at its path under `folder`."""
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(json.dumps(data), encoding="utf-8")
    return folder


def fd_article(key: int, folder: int, status: int = 2, **more: Any) -> dict[str, Any]:
    """A Freshdesk article as `GET /solutions/folders/{id}/articles` lists it."""
    return {"id": key, "folder_id": folder, "category_id": 1, "title": f"Article {key}",
            "description": f"<p>Text {key}.</p>", "status": status, "agent_id": 9, **more}


def test_freshdesk_pages_and_folders_saved_one_file_each(tmp_path: Path) -> None:
    """The API lists folders per category, sub-folders per folder and articles per folder, a
    page at a time, as bare lists: every file is read, wherever its name or folder says what
    it lists (main read only `articles.json`: "no export kbgen knows")."""
    export = read_export(write(tmp_path, {
        "categories.json": [{"id": 1, "name": "Billing", "description": ""}],
        "folders/category-1.json": [{"id": 10, "name": "Invoices", "visibility": 1}],
        "folders/subfolders-10.json": [{"id": 11, "name": "Refunds", "visibility": 1,
                                        "parent_folder_id": 10}],
        "articles/folder-10-page-1.json": [fd_article(101, 10), fd_article(102, 10, 1)],
        "articles/folder-10-page-2.json": [fd_article(103, 10)],
        "articles/folder-11.json": [fd_article(111, 11, attachments=[
            {"id": 5, "name": "refund-form.pdf", "attachment_url": "https://s3.example/r.pdf"}])],
        "users.json": [{"id": 9, "folder_id": 10, "status": 2}],  # no article, however shaped
    }))
    assert export.kind == "freshdesk"
    assert sorted(a.origin for a in export.articles) == [
        "article 101", "article 102", "article 103", "article 111"]
    assert [a.status for a in export.articles if a.origin == "article 102"] == ["draft"]
    assert export.categories["11"].parent == "10"  # the sub-folder nests in its folder
    refund = next(a for a in export.articles if a.origin == "article 111")
    assert any("attachments not in the export (refund-form.pdf)" in w for w in refund.warnings)


def zd_article(key: int, locale: str = "en-us", **more: Any) -> dict[str, Any]:
    """A Zendesk article as `GET /api/v2/help_center/{locale}/articles` lists it."""
    return {"id": key, "section_id": 7, "locale": locale, "source_locale": "en-us",
            "title": f"Article {key} ({locale})", "body": f"<p>{locale} text</p>",
            "html_url": f"{ZD}/hc/{locale}/articles/{key}-x", "draft": False, **more}


def test_zendesk_pages_and_languages() -> None:
    """Pages of `{"articles": [...], "next_page": ...}` all read; an article listed in another
    locale (`GET /hc/de/articles`) and the translations endpoint's entries become
    translations beside it, at their own old addresses (main skipped them: "a kbgen site has
    one language")."""
    documents = [
        Document("articles-page-1", {"articles": [zd_article(1)], "next_page": f"{ZD}/p2"}),
        Document("articles-page-2", {"articles": [zd_article(2, draft=True)],
                                     "next_page": None}),
        Document("articles", {"articles": [zd_article(1, "de"), zd_article(2, "de"),
                                           zd_article(1, "../../x"), zd_article(1, "xx-yy")]},
                 ("de",)),
        Document("translations-1", {"translations": [
            {"source_id": 1, "source_type": "Article", "locale": "fr", "title": "Un",
             "body": "<p>fr</p>", "html_url": f"{ZD}/hc/fr/articles/1-un", "draft": True},
            {"source_id": 1, "source_type": "Article", "locale": "en-us", "title": "One"},
            {"source_id": 1, "source_type": "Article", "locale": "de", "title": "Eins"},
            {"source_id": 70, "source_type": "Section", "locale": "fr", "title": "Sec"}]}),
    ]
    export = zendesk.read(documents, Path("."))
    assert [a.origin for a in export.articles] == ["article 1", "article 2"]
    assert export.language == "en"
    assert sorted(export.translations) == ["de", "fr"]
    german = {a.translates: a for a in export.translations["de"].articles}
    assert german["article 1"].old_urls == [f"{ZD}/hc/de/articles/1-x"]
    assert german["article 2"].status == "draft"  # its original is a draft
    [french] = export.translations["fr"].articles
    assert (french.title, french.status, french.translates) == ("Un", "draft", "article 1")
    assert [origin for origin, reason in export.skipped if "no language code" in reason] == [
        "article 1 (../../x)", "article 1 (xx-yy)"]  # never a folder of its own
    assert ("article 1 (de)", "listed twice in the export (a page of the locale's list and the"
            " translations endpoint): the first was imported") in export.skipped
    assert len(export.translations["de"].articles) == 2


def test_intercom_translated_content() -> None:
    """Each language of `translated_content` beside its article (main: a warning that only
    the default language was imported); the default's own entry and `type` are no language."""
    body = {"type": "article", "id": "70", "title": "Reset", "body": "<p>x</p>",
            "state": "published", "parent_id": 5, "default_locale": "en",
            "url": "https://intercom.help/acme/en/articles/70-reset",
            "translated_content": {
                "type": "article_translated_content",
                "en": {"type": "article_content", "title": "Reset", "body": "<p>x</p>"},
                "pt-BR": {"type": "article_content", "title": "Redefinir", "body": "<p>y</p>",
                          "state": "draft",
                          "url": "https://intercom.help/acme/pt-BR/articles/70-redefinir"},
                "de": {"type": "article_content", "title": None, "body": None}}}
    export = intercom.read([Document("articles", {"type": "list", "data": [body]})], Path("."))
    assert list(export.translations) == ["pt"]
    [portuguese] = export.translations["pt"].articles
    assert (portuguese.title, portuguese.status, portuguese.translates) == (
        "Redefinir", "draft", "article 70")
    assert portuguese.old_urls == ["https://intercom.help/acme/pt-BR/articles/70-redefinir"]


@pytest.mark.parametrize("files, src, found", [
    (["article_attachments/5501/router.png"], f"{ZD}/hc/article_attachments/5501", "router.png"),
    (["article_attachments/5501/a.png", "article_attachments/5501/b.png"],
     f"{ZD}/hc/article_attachments/5501", None),  # which one: not guessed
    (["article_attachments/5501/notes.txt"], f"{ZD}/hc/article_attachments/5501", None),
    (["article_attachments/5501/router.png"], f"{ZD}/hc/article_attachments/5502", None),
    (["5501/router.png"], f"{ZD}/hc/article_attachments/../5501", None),
])
def test_inline_image_by_attachment_id(tmp_path: Path, files: list[str], src: str,
                                       found: str | None) -> None:
    """Zendesk's inline image `/hc/article_attachments/5501` (no file name) is the export's
    `article_attachments/5501/<file>` when that folder holds one image."""
    export = tmp_path / "export"
    for name in files:
        (export / name).parent.mkdir(parents=True, exist_ok=True)
        (export / name).write_bytes(b"\x89PNG")
    warned: list[str] = []
    written = References(files=export).image(src, "articles/a/b.md", None, warned.append)
    assert written == (f"../../assets/imported/{found}" if found else None)
    assert bool(warned) is (found is None)


@pytest.mark.parametrize("html, expected", [
    ('<h2>Pair the hub</h2><iframe src="//www.youtube.com/embed/abc_1"></iframe>',
     "[Watch: Pair the hub](https://www.youtube.com/watch?v=abc_1)"),
    ('<iframe title="Tour" src="https://player.vimeo.com/video/42?h=1"></iframe>',
     "[Watch: Tour](https://vimeo.com/42)"),
    ('<video controls><source src="https://cdn.example.com/a.mp4"></video>',
     "[Watch: video on cdn.example.com](https://cdn.example.com/a.mp4)"),
    ('<audio src="http://cdn.example.com/a.mp3"></audio>',
     "[Listen: audio on cdn.example.com](http://cdn.example.com/a.mp3)"),
    ('<iframe src="javascript:alert(1)"></iframe>', ""),
    ('<table><tbody><tr><td><strong>Light</strong></td><td><strong>Meaning</strong></td></tr>'
     '<tr><td>Red</td><td>Offline</td></tr></tbody></table>',
     "| **Light** | **Meaning** |\n| --- | --- |\n| Red | Offline |"),
])
def test_players_and_headerless_tables(html: str, expected: str) -> None:
    """Players become a link to watch them (main: a protocol-relative player vanished, the
    others linked the bare player); a table the editor wrote without `<th>` keeps its first
    row as its header (main: an empty header row above it)."""
    warned: list[str] = []
    text = to_markdown(html, lambda h: h, lambda s: s, warned.append).strip()
    assert text.split("\n\n")[-1] == expected  # after the heading, if any


def test_sections_of_one_name_are_told_apart(tmp_path: Path) -> None:
    """Help Scout collections each with a "Basics" category: every one is titled by its
    collection (main: the first one was "Basics" alone, the next "Billing: Basics")."""
    collections = [{"id": f"k{n}", "name": name, "order": n}
                   for n, name in enumerate(["Wi-Fi", "Billing"])]
    categories = [{"id": f"c{n}", "name": "Basics", "collectionId": f"k{n}", "order": 0}
                  for n in range(2)]
    articles = [{"id": f"a{n}", "collectionId": f"k{n}", "categories": [f"c{n}"],
                 "name": f"Question {n}", "text": "<p>Answer.</p>", "status": "published"}
                for n in range(2)]
    export = helpscout.read([Document("collections", {"collections": {"items": collections}}),
                             Document("categories", {"categories": {"items": categories}}),
                             *[Document(a["id"], {"article": a}) for a in articles]], tmp_path)
    (tmp_path / "content").mkdir()
    plan = Planner(export, tmp_path / "content").make()
    assert sorted(entry["title"] for entry in plan.categories.values()) == [
        "Billing: Basics", "Wi-Fi: Basics"]
