"""Sibling pages told apart by the query's other words in a title, summary or headings."""

from __future__ import annotations

from kbgen.core.search import build_index, search

WEB = {"title": "Export photos from the web", "summary": "Download photos in a browser.",
       "headings": "Pick photos\nDownload",
       "body": "Select photos and download them. The browser saves them in its downloads "
               "folder; move them to a hard drive afterwards if your disk is full. Any drive "
               "works."}
DESKTOP = {"title": "Export photos from desktop", "summary": "Keep a copy of every photo.",
           "headings": "Continuous export\nOn an external hard drive",
           "body": "Choose a folder and the app keeps it up to date with every photo and "
                   "album, on any disk you plug in."}
OTHERS = [{"title": f"Other topic {n}", "summary": "about something else",
           "body": "words " * 30 + f"photos album {n}"} for n in range(30)]


def test_the_sibling_with_the_other_words_in_a_heading_comes_first() -> None:
    # Both titles hold "export photos"; "hard drive" is a heading of the desktop page and
    # a passing mention in the web page's body, which scores higher on lunr's points alone.
    index = build_index([WEB, DESKTOP, *OTHERS])
    hits = search(index, "export photos to a hard drive", 3)
    assert [h.ref for h in hits[:2]] == ["1", "0"]
    assert hits[0].score < hits[1].score

