"""A hyphenated word read as one word too (kbgen.core.search_joins): `Wi-Fi` and `WiFi`,
`e-mail` and `email` find each other, in the index and in the query."""

from __future__ import annotations

from kbgen.core.search import build_index, excerpt, search
from kbgen.core.search_joins import joined_known, joined_words

FIELDS = ("title", "summary", "symptoms", "errors", "tags", "headings", "body")


def document(title: str, body: str) -> dict[str, str]:
    return {**dict.fromkeys(FIELDS, ""), "title": title, "body": body}


DOCUMENTS = [
    document("Thermostat can't join a guest network", "Hotel Wi-Fi asks for a login page."),
    document("Hub drops off the network", "Move the hub nearer the WiFi router."),
    document("Receipts by e-mail", "We send a receipt after each payment."),
    document("Change your email address", "Open Account, then Address."),
    document("Paginate followers", "Read the Link-Header of each answer."),
    document("Heating schedule", "Set the schedule for each room."),
]


def found(query: str) -> set[int]:
    return {int(hit.ref) for hit in search(build_index(DOCUMENTS), query)}


def test_a_word_written_with_or_without_its_hyphen_finds_both_spellings() -> None:
    assert found("wifi") == {0, 1}  # page 0 says only "Wi-Fi": found by its joined term
    assert found("wi-fi") == {0, 1}  # page 1 says only "WiFi": the query is read joined
    assert found("email") == {2, 3}
    assert found("E-mail") == {2, 3}


def test_two_long_words_stay_two_words() -> None:
    """`link-header` is a compound customers type as two words: not joined (its joined term
    would be reached by every `link*` prefix)."""
    assert found("linkheader") == set()
    assert found("link header") == {4}
    assert joined_words("Link-Header, followed-tags") == []


def test_only_two_parts_of_letters_are_joined() -> None:
    text = "Wi-Fi, e-mail; x86-64 F-12 end-to-end foo--bar log-in- pop-up"
    assert joined_words(text) == ["WiFi", "email", "popup"]
    assert joined_known(text, {"WiFi", "popup"}.__contains__) == (
        "WiFi, e-mail; x86-64 F-12 end-to-end foo--bar log-in- popup")


def test_a_query_word_the_index_lacks_joined_keeps_its_parts() -> None:
    index = build_index(DOCUMENTS)
    assert {int(hit.ref) for hit in search(index, "re-set schedule")} == {5}
    assert "<mark>WiFi</mark>" in "".join(
        f"<mark>{piece}</mark>" if hit else piece
        for piece, hit in excerpt(DOCUMENTS[1]["body"], index, "wi-fi"))
