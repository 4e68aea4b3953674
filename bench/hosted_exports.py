"""Bigger hosted help-centre exports in the vendors' real shapes (issue 19, imp48).

Writes one export per vendor under OUT (Zendesk, Freshdesk, Help Scout, Intercom), each as its
API returns it page by page: many articles in nested sections, a second language, attachments
the export holds and inline images it does not, tables, embedded videos, links to other
articles by full page address and by id, and an author whose e-mail must not be published.

    python bench/hosted_exports.py /tmp/hosted && kbgen import --dry-run /tmp/hosted/zendesk
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOPICS = ["Wi-Fi", "Billing", "Sign-in", "Devices", "Privacy"]
PER_TOPIC = 12
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def _slug(title: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title).split())


def _articles() -> list[dict[str, object]]:
    """The help centre's articles, vendor-neutral: (n, topic, title, body parts)."""
    found = []
    for t, topic in enumerate(TOPICS):
        for i in range(PER_TOPIC):
            n = t * PER_TOPIC + i
            found.append({"n": n, "topic": t, "sub": i % 3 == 2, "draft": i == 7,
                          "title": f"{topic} question {i + 1}: how to fix problem {n}",
                          "title_de": f"{topic} Frage {i + 1}: Problem {n} lösen"})
    return found


def _body(article: dict[str, object], link: str, link_id: str, image: str, extra: str = ""
          ) -> str:
    n = article["n"]
    return (f"<p>This explains problem {n} in a few steps.</p>"
            f"<h2 id=\"h_{n}a\">Before you start</h2><ul><li>Have the app open.</li>"
            f"<li>Know your account e-mail.</li></ul>"
            f"<h2>Steps</h2><ol><li>Open <strong>Settings</strong>.</li>"
            f"<li>Pick the option.<ul><li>Wait for the light.</li></ul></li></ol>"
            f"<p><img src=\"{image}\" alt=\"Screen for problem {n}\"></p>"
            f"<table><tbody><tr><td><strong>Light</strong></td><td><strong>Meaning</strong></td>"
            f"</tr><tr><td>Blue</td><td>Connected</td></tr><tr><td>Red</td><td>Offline"
            f"</td></tr></tbody></table>"
            f"<pre><code>restart --all\n</code></pre>"
            f"<iframe src=\"//www.youtube.com/embed/dQw4w9WgXcQ\" width=\"560\" height=\"315\""
            f" frameborder=\"0\" allowfullscreen=\"\"></iframe>"
            f"<p>See also <a href=\"{link}\">the next article</a> and"
            f" <a href=\"{link_id}\">the one by its id</a>.</p>{extra}")


def zendesk(out: Path) -> None:
    base = "https://acme.zendesk.com"
    articles = _articles()
    api = f"{base}/api/v2/help_center/en-us"
    categories = [{"id": 100 + t, "url": f"{api}/categories/{100 + t}.json",
                   "html_url": f"{base}/hc/en-us/categories/{100 + t}-{_slug(topic)}",
                   "position": t, "name": topic, "description": f"All about {topic}.",
                   "locale": "en-us", "source_locale": "en-us", "outdated": False,
                   "created_at": "2021-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z"}
                  for t, topic in enumerate(TOPICS)]
    sections = []
    for t, topic in enumerate(TOPICS):
        for s, (name, parent) in enumerate([("Basics", None), ("Advanced", None),
                                            ("Troubleshooting", 1000 + t * 10 + 1)]):
            sid = 1000 + t * 10 + s
            sections.append({"id": sid, "url": f"{api}/sections/{sid}.json",
                             "html_url": f"{base}/hc/en-us/sections/{sid}-{name}",
                             "category_id": 100 + t, "position": s, "sorting": "manual",
                             "name": f"{topic} {name}", "description": "", "locale": "en-us",
                             "source_locale": "en-us", "outdated": False,
                             "parent_section_id": parent, "theme_template": "section_page",
                             "created_at": "2021-01-01T00:00:00Z",
                             "updated_at": "2024-01-01T00:00:00Z"})
    users = [{"id": 9001, "name": "Dana Example", "email": "dana.private@acme-mail.example",
              "role": "agent"}]
    (out / "article_attachments").mkdir(parents=True)
    listed, german = [], []
    for a in articles:
        aid = 360000 + int(a["n"])
        nxt = 360000 + (int(a["n"]) + 1) % len(articles)
        section = 1000 + int(a["topic"]) * 10 + (2 if a["sub"] else int(a["n"]) % 2)
        attachment = 5000 + int(a["n"])
        (out / "article_attachments" / str(attachment)).mkdir()
        (out / "article_attachments" / str(attachment) / f"screen-{a['n']}.png").write_bytes(PNG)
        html_url = f"{base}/hc/en-us/articles/{aid}-{_slug(str(a['title']))}"
        item = {"id": aid, "url": f"{api}/articles/{aid}.json",
                "html_url": html_url, "author_id": 9001, "comments_disabled": False,
                "draft": a["draft"], "promoted": False, "position": int(a["n"]) % PER_TOPIC,
                "vote_sum": 0, "vote_count": 0, "section_id": section,
                "created_at": "2022-05-02T08:30:00Z", "updated_at": "2024-02-01T12:00:00Z",
                "edited_at": "2024-01-31T16:45:00Z", "name": a["title"], "title": a["title"],
                "source_locale": "en-us", "locale": "en-us", "outdated": False,
                "outdated_locales": [], "permission_group_id": 3001, "user_segment_id": None,
                "user_segment_ids": [], "content_tag_ids": [], "label_names": ["help"],
                "body": _body(a, f"{base}/hc/en-us/articles/{nxt}-x#h_{nxt - 360000}a",
                              f"/hc/articles/{nxt}",
                              f"{base}/hc/article_attachments/{attachment}",
                              f"<p><a href=\"/hc/en-us/article_attachments/{attachment}/"
                              f"screen-{a['n']}.png\">Download the screen</a></p>")}
        listed.append(item)
        if int(a["n"]) % 4 == 0:
            german.append({**item, "locale": "de",
                           "url": item["url"].replace("/en-us/", "/de/"),
                           "html_url": f"{base}/hc/de/articles/{aid}-{_slug(str(a['title_de']))}",
                           "title": a["title_de"], "name": a["title_de"],
                           "body": f"<p>Das erklärt Problem {a['n']}.</p><h2>Schritte</h2>"
                                   f"<p>Siehe <a href=\"{base}/hc/de/articles/{nxt}\">weiter"
                                   "</a>.</p>"})
    pages = [listed[i:i + 30] for i in range(0, len(listed), 30)]
    for p, page in enumerate(pages, 1):
        nxt_page = f"{base}/api/v2/help_center/en-us/articles.json?page={p + 1}&per_page=30" \
            if p < len(pages) else None
        _dump(out / f"articles-page-{p}.json",
              {"articles": page, "users": users, "next_page": nxt_page,
               "previous_page": None if p == 1 else f"{api}/articles.json?page={p - 1}",
               "count": len(listed), "page": p, "page_count": len(pages), "per_page": 30,
               "sort_order": "asc", "sort_by": "position"})
    _dump(out / "de" / "articles.json", {"articles": german, "next_page": None,
                                         "count": len(german), "page": 1, "page_count": 1})
    _dump(out / "categories.json", {"categories": categories, "next_page": None,
                                    "count": len(categories)})
    _dump(out / "sections.json", {"sections": sections, "next_page": None,
                                  "count": len(sections)})


def freshdesk(out: Path) -> None:
    portal = "https://acme.freshdesk.com"
    articles = _articles()
    _dump(out / "categories.json", [
        {"id": 48000000100 + t, "name": topic, "description": f"All about {topic}.",
         "visible_in_portals": [48000000001], "created_at": "2021-01-01T00:00:00Z",
         "updated_at": "2024-01-01T00:00:00Z"} for t, topic in enumerate(TOPICS)])
    for t, topic in enumerate(TOPICS):
        cat = 48000000100 + t
        folders = [{"id": cat * 10 + s, "name": f"{topic} {name}", "description": None,
                    "visibility": 1 if s != 1 or t != 4 else 2, "category_id": cat,
                    "articles_count": 4, "sub_folders_count": 1 if s == 0 else 0,
                    "created_at": "2021-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z"}
                   for s, name in enumerate(["Basics", "Advanced"])]
        _dump(out / "folders" / f"category-{cat}.json", folders)
        _dump(out / "folders" / f"subfolders-{cat * 10}.json",
              [{"id": cat * 10 + 2, "name": f"{topic} Troubleshooting", "description": "",
                "visibility": 1, "parent_folder_id": cat * 10, "category_id": cat,
                "hierarchy": [{"level": 0, "type": "category", "data": {"id": cat, "name": topic}},
                              {"level": 1, "type": "folder",
                               "data": {"id": cat * 10, "name": f"{topic} Basics"}}],
                "created_at": "2021-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z"}])
    by_folder: dict[int, list[dict[str, object]]] = {}
    for a in articles:
        aid = 48000010000 + int(a["n"])
        nxt = 48000010000 + (int(a["n"]) + 1) % len(articles)
        cat = 48000000100 + int(a["topic"])
        folder = cat * 10 + (2 if a["sub"] else int(a["n"]) % 2)
        image = (f"https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/"
                 f"production/{aid}/original/screen-{a['n']}.png")
        by_folder.setdefault(folder, []).append({
            "id": aid, "type": 1, "category_id": cat, "folder_id": folder,
            "hierarchy": [{"level": 0, "type": "category", "data": {"id": cat}},
                          {"level": 1, "type": "folder", "data": {"id": folder}}],
            "thumbs_up": 0, "thumbs_down": 0, "hits": 5, "tags": ["help"],
            "seo_data": {"meta_title": a["title"], "meta_description": f"Fix problem {a['n']}."},
            "agent_id": 48000000900, "title": a["title"],
            "description": _body(a, f"{portal}/support/solutions/articles/{nxt}-x",
                                 f"/a/solutions/articles/{nxt}", image),
            "description_text": "…", "status": 1 if a["draft"] else 2,
            "attachments": [{"id": 48000020000 + int(a["n"]), "name": f"manual-{a['n']}.pdf",
                             "content_type": "application/pdf", "size": 1000,
                             "attachment_url": f"https://s3.amazonaws.com/x/manual-{a['n']}.pdf",
                             "created_at": "2022-05-02T08:30:00Z",
                             "updated_at": "2022-05-02T08:30:00Z"}],
            "created_at": "2022-05-02T08:30:00Z", "updated_at": "2024-02-01T12:00:00Z"})
    for folder, listed in by_folder.items():
        _dump(out / "articles" / f"folder-{folder}-page-1.json", listed[:3])
        if listed[3:]:
            _dump(out / "articles" / f"folder-{folder}-page-2.json", listed[3:])
    _dump(out / "agents.json", [{"id": 48000000900, "available": True, "occasional": False,
                                 "contact": {"name": "Dana Example",
                                             "email": "dana.private@acme-mail.example"}}])


def helpscout(out: Path) -> None:
    site = "https://acme.helpscoutdocs.com"
    articles = _articles()
    collections = [{"id": f"5c{t:022x}", "siteId": "5b0000000000000000000001", "number": t + 1,
                    "slug": _slug(topic).lower(), "visibility": "public", "order": t,
                    "name": topic, "description": f"All about {topic}.",
                    "publicUrl": f"{site}/collection/{t + 1}-{_slug(topic).lower()}",
                    "articleCount": PER_TOPIC, "publishedArticleCount": PER_TOPIC - 1,
                    "createdBy": 73, "updatedBy": 73, "createdAt": "2021-01-01T00:00:00Z",
                    "updatedAt": "2024-01-01T00:00:00Z"} for t, topic in enumerate(TOPICS)]
    _dump(out / "collections.json", {"collections": {"page": 1, "pages": 1,
                                                     "count": len(collections),
                                                     "items": collections}})
    for t, collection in enumerate(collections):
        cats = [{"id": f"5d{t:02x}{s:020x}", "number": 100 + t * 10 + s,
                 "slug": name.lower(), "visibility": "public", "collectionId": collection["id"],
                 "order": s, "defaultSort": "custom", "name": name, "description": "",
                 "articleCount": 4, "publishedArticleCount": 4,
                 "publicUrl": f"{site}/category/{100 + t * 10 + s}-{name.lower()}",
                 "createdBy": 73, "updatedBy": 73, "createdAt": "2021-01-01T00:00:00Z",
                 "updatedAt": "2024-01-01T00:00:00Z"}
                for s, name in enumerate(["Basics", "Advanced", "Troubleshooting"])]
        _dump(out / "categories" / f"{collection['id']}.json",
              {"categories": {"page": 1, "pages": 1, "count": 3, "items": cats}})
    for a in articles:
        number = 200 + int(a["n"])
        nxt = 200 + (int(a["n"]) + 1) % len(articles)
        t = int(a["topic"])
        slug = _slug(str(a["title"])).lower()
        _dump(out / "articles" / f"{number}.json", {"article": {
            "id": f"5e{int(a['n']):022x}", "number": number, "collectionId": collections[t]["id"],
            "slug": slug, "status": "notpublished" if a["draft"] else "published",
            "hasDraft": False, "name": a["title"],
            "text": _body(a, f"{site}/article/{nxt}-next", f"/article/{nxt}",
                          f"https://d33v4339jhl8k0.cloudfront.net/docs/assets/5b00/images/"
                          f"5f{int(a['n']):04x}/file-{a['n']}.png"),
            "categories": [f"5d{t:02x}{(2 if a['sub'] else int(a['n']) % 2):020x}"],
            "related": [f"5e{(int(a['n']) + 2) % len(articles):022x}"],
            "publicUrl": f"{site}/article/{number}-{slug}", "popularity": 1.0,
            "viewCount": 10, "createdBy": 73, "updatedBy": 73,
            "createdAt": "2022-05-02T08:30:00Z", "updatedAt": "2024-02-01T12:00:00Z",
            "lastPublishedAt": "2024-02-01T12:00:00Z", "keywords": ["help"]}})
    _dump(out / "users.json", {"_embedded": {"users": [
        {"id": 73, "firstName": "Dana", "lastName": "Example",
         "email": "dana.private@acme-mail.example"}]}, "page": {"number": 1, "totalPages": 1}})


def intercom(out: Path) -> None:
    help_url = "https://intercom.help/acme/en"
    articles = _articles()
    collections = []
    for t, topic in enumerate(TOPICS):
        collections.append({"id": str(8500 + t), "workspace_id": "abc123", "name": topic,
                            "url": f"{help_url}/collections/{8500 + t}-{_slug(topic).lower()}",
                            "order": t, "created_at": 1609459200, "updated_at": 1704067200,
                            "description": f"All about {topic}.", "icon": "book-bookmark",
                            "parent_id": None, "help_center_id": 1, "default_locale": "en",
                            "type": "collection",
                            "translated_content": {"type": "group_translated_content",
                                                   "de": {"type": "group_content",
                                                          "name": f"{topic} (de)",
                                                          "description": ""}}})
        collections.append({"id": str(8600 + t), "workspace_id": "abc123",
                            "name": f"{topic} Troubleshooting",
                            "url": f"{help_url}/collections/{8600 + t}-troubleshooting",
                            "order": 1, "created_at": 1609459200, "updated_at": 1704067200,
                            "description": "", "icon": "book", "parent_id": str(8500 + t),
                            "help_center_id": 1, "default_locale": "en", "type": "collection"})
    _dump(out / "collections.json", {"type": "list", "data": collections,
                                     "total_count": len(collections),
                                     "pages": {"type": "pages", "page": 1, "per_page": 50,
                                               "total_pages": 1}})
    listed = []
    for a in articles:
        aid = 7000000 + int(a["n"])
        nxt = 7000000 + (int(a["n"]) + 1) % len(articles)
        t = int(a["topic"])
        parent = 8600 + t if a["sub"] else 8500 + t
        item = {"type": "article", "id": str(aid), "workspace_id": "abc123",
                "title": a["title"], "description": f"Fix problem {a['n']}.",
                "body": _body(a, f"{help_url}/articles/{nxt}-next",
                              f"https://help.acme.example/en/articles/{nxt}",
                              f"https://downloads.intercomcdn.com/i/o/{aid}/abc/screen.png"),
                "author_id": 814860, "state": "draft" if a["draft"] else "published",
                "created_at": 1651480200, "updated_at": 1706788800,
                "url": f"{help_url}/articles/{aid}-{_slug(str(a['title'])).lower()}",
                "parent_id": parent, "parent_ids": [parent], "parent_type": "collection",
                "default_locale": "en",
                "statistics": {"type": "article_statistics", "views": 1}}
        if int(a["n"]) % 4 == 0:
            item["translated_content"] = {
                "type": "article_translated_content",
                "de": {"type": "article_content", "title": a["title_de"],
                       "description": "", "body": f"<p>Das erklärt Problem {a['n']}.</p>",
                       "author_id": 814860, "state": "published", "created_at": 1651480200,
                       "updated_at": 1706788800,
                       "url": f"https://intercom.help/acme/de/articles/{aid}-x"}}
        listed.append(item)
    pages = [listed[i:i + 25] for i in range(0, len(listed), 25)]
    for p, page in enumerate(pages, 1):
        _dump(out / f"articles-{p}.json", {
            "type": "list", "total_count": len(listed), "data": page,
            "pages": {"type": "pages", "page": p, "per_page": 25, "total_pages": len(pages),
                      **({"next": f"https://api.intercom.io/articles?page={p + 1}"}
                         if p < len(pages) else {})}})
    _dump(out / "admins.json", {"type": "admin.list", "admins": [
        {"type": "admin", "id": "814860", "name": "Dana Example",
         "email": "dana.private@acme-mail.example", "job_title": "Support"}]})


def _dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    root = Path(sys.argv[1])
    for write in (zendesk, freshdesk, helpscout, intercom):
        write(root / write.__name__)
    print("wrote", ", ".join(str(root / w.__name__)
                             for w in (zendesk, freshdesk, helpscout, intercom)))
