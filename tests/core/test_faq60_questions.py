"""Questions asked in blocks are sections of the search index of their own
(kbgen.core.search_questions, search_sections.asked_sections and question_anchor), their
titles heading words, and the store says where they are (search_head packs it exactly)."""

from __future__ import annotations

import pytest

from kbgen.core import search as searching
from kbgen.core.search_head import pack_head, unpack_head
from kbgen.core.search_questions import asks, question_ids, questions
from kbgen.core.search_sections import (
    SECTION_BITS,
    asked_sections,
    question_anchor,
    question_places,
    sections,
)
from tests.core.test_search import generated_documents

ANSWER = "\n\n    The answer, in the block's body.\n"

# (Markdown, the titles of the questions found in it)
FOUND = [
    ('??? question "How do I uninstall it?"' + ANSWER, ["How do I uninstall it?"]),
    ('???+ note "Why is the folder so large?"' + ANSWER, ["Why is the folder so large?"]),
    ('!!! question "Installing on Windows"' + ANSWER, ["Installing on Windows"]),
    ('!!! faq "Prices"' + ANSWER, ["Prices"]),
    ('??? help inline end "Stuck"' + ANSWER, ["Stuck"]),
    ('!!! note "Is it *really* free?"' + ANSWER, ["Is it really free?"]),
    ('??? tip "¿Cómo borro una foto?"' + ANSWER, ["¿Cómo borro una foto?"]),
    ('??? note "写真を削除するには？"' + ANSWER, ["写真を削除するには？"]),
    ('??? note "كيف أحذف صورة؟"' + ANSWER, ["كيف أحذف صورة؟"]),
    ('??? note "Πώς διαγράφω μια φωτογραφία;"' + ANSWER,
     ["Πώς διαγράφω μια φωτογραφία;"]),
    ('??? note "Can I use `docker-compose`?"' + ANSWER, ["Can I use docker-compose ?"]),
    ('??? note "Why does it say \'Offline?\'"' + ANSWER, ["Why does it say 'Offline?'"]),
    ("- step\n\n    ??? question \"Nested in a list?\"" + ANSWER.replace("    ", "        "),
     ["Nested in a list?"]),
    ("Intro.\n\n**Why is it so slow?**\n\nBecause it indexes.\n", ["Why is it so slow?"]),
    ("__Is there a refund?__\n\nWithin thirty days.\n", ["Is there a refund?"]),
]
NOT_FOUND = [
    '!!! tip "Tip"' + ANSWER,
    '??? note "*Dithering Pattern - 1x Native*"' + ANSWER,  # a caption, not a question
    '!!! example ""' + ANSWER,
    "!!! question" + ANSWER,  # no title of its own
    '```\n??? question "In a fence?"\n```\n',
    '    ??? question "In indented code?"\n',
    "Some text **is it bold?** in a sentence.\n\nMore.\n",
    "**Why is it so slow?** Because it indexes.\n\nMore.\n",
    "Intro.\n**Why is it so slow?**\nBecause it indexes.\n",  # one paragraph
    "**Why is it so slow?**\n",  # nothing answers it
    "**Why** is it **slow?**\n\nBecause.\n",
    "## Why is it slow?\n\nA heading is a section already.\n",
]


@pytest.mark.parametrize(("markdown", "titles"), FOUND)
def test_a_question_block_is_found_with_its_title_as_a_reader_sees_it(
        markdown: str, titles: list[str]) -> None:
    assert [question.title for question in questions(markdown)] == titles


@pytest.mark.parametrize("markdown", NOT_FOUND)
def test_other_blocks_bold_text_and_code_ask_nothing(markdown: str) -> None:
    assert questions(markdown) == []


def test_a_title_asks_when_it_ends_with_a_question_mark_of_any_script() -> None:
    assert [asks(t) for t in ("Why?", "Why?\u201d", "(why?)", "Why? Because.", "Why",
                              "Τι είναι;", "See also;")] == [
        True, True, True, False, False, True, False]


def test_a_question_is_a_section_to_its_block_s_end_and_the_text_after_one_of_its_own(
        ) -> None:
    markdown = ('Intro words.\n\n??? question "How can I uninstall PhotoPrism?"\n\n'
                "    Remove the folder.\n\nAfter the block.\n\n## Heading\n\nBody.\n\n"
                "**Why is it slow?**\n\nBecause it indexes.\n\n"
                '```\n??? question "In code?"\n```\n')
    assert asked_sections(markdown) == [
        ("Intro words.", ""),
        ("How can I uninstall PhotoPrism? Remove the folder.", "how-can-i-uninstall-photoprism"),
        ("After the block.", ""),
        ("Heading Body.", ""),
        ('Why is it slow? Because it indexes. ??? question "In code?"', "why-is-it-slow")]
    assert sections(markdown) == [text for text, _ in asked_sections(markdown)]


def test_a_body_that_asks_nothing_keeps_its_sections_at_its_headings() -> None:
    markdown = "Intro.\n\n## One\n\nText.\n\n!!! tip \"Tip\"\n    Note.\n\n## Two\n\nMore.\n"
    assert sections(markdown) == ["Intro.", "One Text. Tip Note.", "Two More."]


def test_question_ids_are_their_words_unique_in_the_page_and_publishable() -> None:
    assert question_ids(["How do I _reset_ it?", "How do I reset it?", "Wie lösche ich Fotos?",
                         "kb test?", "???", "One two three four five six seven eight nine "
                         "ten eleven?"]) == [
        "how-do-i-reset-it", "how-do-i-reset-it-2", "wie-lösche-ich-fotos",
        "user-content-kb-test", "", "one-two-three-four-five-six-seven-eight-nine-ten"]


def test_the_anchor_is_the_best_section_when_it_asks() -> None:
    places = question_places(["", "first-question", "", "second-question"])
    assert places == "1 first-question 3 second-question"
    assert question_anchor(places, [0b1000, 0b1000]) == "second-question"
    assert question_anchor(places, [0b1010, 0b1000]) == "second-question"
    assert question_anchor(places, [0b0011, 0b0010]) == "first-question"
    assert question_anchor(places, [0b0101, 0b0001]) == ""  # the intro holds them best
    assert question_anchor(places, [0b1010]) == "first-question"  # a tie: the first
    assert question_anchor(places, [0, 0]) == ""  # in the title only
    assert question_anchor("", [0b10]) == ""
    many = question_places([f"q{n}" for n in range(SECTION_BITS + 3)])
    assert f"{SECTION_BITS - 2} q{SECTION_BITS - 2}" in many
    assert f" q{SECTION_BITS - 1}" not in many  # its bit is shared with the sections after


def _faq(number: int) -> dict[str, object]:
    body = ("Answers to what people ask. The app keeps photos in sync.\n\n"
            '??? question "How can I uninstall the desktop app?"\n\n'
            "    Drag it to the bin, then remove the library folder.\n\n"
            '??? question "Why is my storage folder so large?"\n\n'
            "    Thumbnails take room on the disk.\n")
    parts = asked_sections(body)
    return {"title": f"Frequently asked questions {number}", "summary": "What people ask.",
            "headings": "How can I uninstall the desktop app? Why is my storage folder so "
                        "large?", "body": body, "sections": [text for text, _ in parts],
            "questions": question_places([made for _, made in parts]),
            "location": f"articles/faq-{number}.html"}


def test_a_hit_links_to_the_question_and_the_packed_store_keeps_where_they_are() -> None:
    documents = [*generated_documents(30), _faq(1)]
    data = searching.compact_index(documents)
    assert data["store"][30][3] == ("1 how-can-i-uninstall-the-desktop-app "
                                    "2 why-is-my-storage-folder-so-large")
    assert all(len(entry) == 3 for entry in data["store"][:30])
    head, _ = searching.split_index(data)
    packed = pack_head(head)
    assert packed["questions"] == {"30": data["store"][30][3]} and "store" not in packed
    assert unpack_head(packed) == head
    index = searching.load_compact(data)
    assert [(hit.ref, hit.anchor) for hit in searching.search(index, "thumbnails disk", 1)] == [
        ("30", "why-is-my-storage-folder-so-large")]
    assert searching.search(index, "uninstall", 1)[0].anchor == (
        "how-can-i-uninstall-the-desktop-app")
    assert searching.search(index, "photos sync", 1)[0].anchor == ""  # the intro's words


def test_many_nested_blocks_are_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search_questions

    measured: list[str] = []
    width = search_questions._width
    monkeypatch.setattr(search_questions, "_width",
                        lambda line: measured.append(line) or width(line))
    markdown = "".join(" " * 4 * (n % 40) + f'??? question "Question {n}?"\n'
                       for n in range(2000))
    found = questions(markdown)
    assert len(found) == 2000 and found[0].end == 40 and found[39].end == 40
    assert len(measured) == 2000  # each line's indentation once, not once per block above it
