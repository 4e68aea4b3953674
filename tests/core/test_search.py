"""kbgen's search ranks exactly as lunr's own query would, on broad and narrow queries."""

from __future__ import annotations

import json
import math
import random
import re

import pytest
from lunr.builder import Builder

from kbgen.core import search as searching
from kbgen.core.search import (
    BOOST_SCALE,
    COMPACT_VERSION,
    DIGITS,
    WEIGHT_SCALE,
    CompactIndex,
    Hit,
    build_index,
    clauses,
    compact_index,
    load_compact,
    query_terms,
    search,
)
from kbgen.core.search_coordination import word_share
from kbgen.core.search_fields import FIELD_BOOSTS
from kbgen.core.search_pairs import bonus as pair_bonus
from kbgen.core.search_pairs import query_pairs
from tests.work import characters_scanned

COMMON = ["heating", "thermostat", "working", "app", "boiler", "offline", "sensor", "radiator"]
RARE = ["firmware", "update", "failed", "router", "battery", "schedule", "holiday", "frost",
        "valve", "pairing", "display", "blank", "charged", "twice", "heater", "heatwave"]
CODES = ["ERR_SYNC_409", "0x80070005", "F-12", "E42"]


def generated_documents(count: int = 400, seed: int = 7) -> list[dict[str, str]]:
    """Articles whose common words are in most documents, like a large help centre's."""
    rng = random.Random(seed)

    def words(low: int, high: int) -> str:
        picked = [rng.choice(COMMON) if rng.random() < 0.6 else rng.choice(RARE)
                  for _ in range(rng.randint(low, high))]
        return " ".join(picked)

    return [{"title": words(2, 6), "summary": words(5, 15), "symptoms": words(0, 8),
             "errors": rng.choice(CODES) if rng.random() < 0.1 else "",
             "tags": words(0, 3), "headings": words(0, 4), "body": words(10, 40)}
            for _ in range(count)]


def lunr_ranking(index: CompactIndex, query: str) -> list[Hit]:
    """The ranking as lunr's `Index.query` computes it (kbgen's search before it scored from
    the postings itself): one lunr clause per term each of kbgen's clauses reaches, with that
    clause's boost; lunr's score times the cube of the words matched, each counting its share
    (kbgen.core.search_coordination) of its points, lunr's score of that word's terms alone
    times its query vector's length, then the phrase bonus and the bonus of the query's pairs
    in the text (kbgen.core.search_pairs)."""
    terms = query_terms(query)
    if not terms:
        return []
    q = index.create_query()
    reached = []
    boosts: dict[str, float] = {}
    for term in terms:
        numbers: set[str] = set()
        for found, boost in clauses(index, term):
            for n in found:
                q.term(index.terms[n], use_pipeline=False, boost=boost)
                boosts[index.terms[n]] = boosts.get(index.terms[n], 0) + boost
            numbers.update(index.terms[n] for n in found)
        reached.append(numbers)
    shares: dict[str, float] = {}  # each document's words matched, each counting its share
    for numbers in reached:
        alone = index.create_query()
        for text in numbers:
            alone.term(text, use_pipeline=False, boost=boosts[text])
        length = WEIGHT_SCALE * math.sqrt(sum(round(boosts[text] * BOOST_SCALE) ** 2
                                              for text in numbers))
        for result in index.query(alone) if numbers else []:
            ref = result["ref"]
            shares[ref] = shares.get(ref, 0.0) + word_share(round(result["score"] * length))
    hits = []
    for result in index.query(q):
        metadata = result["match_data"].metadata
        why: dict[str, list[str]] = {}
        for matched, fields in metadata.items():
            for name in fields:
                why.setdefault(name, []).append(matched)
        count = sum(1 for words in reached if words & metadata.keys())
        hits.append(Hit(result["ref"], round(result["score"], 6), count,
                        {k: sorted(v) for k, v in why.items()}))
    ordered = sorted(hits, key=lambda h: (-h.score * shares[h.ref] ** searching.COORDINATION,
                                          h.ref))
    stems = [term.stem for term in terms]
    if len(stems) < 2:
        return ordered
    top = ordered[:searching.PHRASE_DEPTH]  # the phrase and pair bonuses, on lunr's order
    in_text = pair_bonus(index.pair_documents, query_pairs(stems))
    bonus = {h.ref: (searching.PHRASE_BASE + searching.phrase_pairs(index.phrases(int(h.ref)),
                                                                    stems)) * in_text(int(h.ref))
             for h in top}
    top.sort(key=lambda h: (-h.score * shares[h.ref] ** searching.COORDINATION * bonus[h.ref],
                            h.ref))
    return top + ordered[searching.PHRASE_DEPTH:]


QUERIES = [
    ("heating not working", "broad: most documents match"),
    ("the heating is not working at all on the app", "broad, long, with stop words"),
    ("thermostat", "one common word"),
    ("heat", "a prefix of several terms (heating, heater, heatwave)"),
    ("app", "short word: prefix search too"),
    ("firmwre updaet faild", "typos only"),
    ("router offline after firmware update", "rare and common words"),
    ("ERR_SYNC_409", "an error code"),
    ("0x80070005 installer", "a code and a word that is nowhere"),
    ("valv*", "a `*` typed at the end is trimmed like punctuation"),
    ("he*ting", "a `*` inside a word goes through lunr's token set"),
    ("thermostta", "one transposition"),
    ("zzqqxx", "nothing"),
]


@pytest.mark.parametrize(("query", "why"), QUERIES, ids=[q for q, _ in QUERIES])
def test_ranks_every_document_as_lunr_does(query: str, why: str) -> None:
    index = build_index(generated_documents())
    expected = lunr_ranking(index, query)
    got = search(index, query, limit=len(index.field_vectors))
    assert {h.ref: (h.matched_terms, h.why) for h in got} == {
        h.ref: (h.matched_terms, h.why) for h in expected}, why
    scores = {h.ref: h.score for h in expected}
    assert [h.score for h in got] == pytest.approx([scores[h.ref] for h in got], abs=1e-6)
    assert [h.ref for h in got[:10]] == [h.ref for h in expected[:10]], why


def test_weights_are_lunrs_bm25_field_vectors() -> None:
    # lunr.py's own builder over the same index terms (its pipeline emptied: kbgen stems
    # like lunr.js), with the same field boosts; it keeps three decimals, kbgen two.
    documents = generated_documents(60)
    builder = Builder()
    builder.pipeline.reset()
    builder.ref("ref")
    for name, boost in FIELD_BOOSTS.items():
        builder.field(name, boost=boost)
    for ref, doc in enumerate(documents):
        builder.add({"ref": str(ref), **{name: " ".join(searching._pipeline(doc.get(name, "")))
                                         for name in FIELD_BOOSTS}})
    lunr_index = builder.build()
    lunr_terms = {n["_index"]: term for term, n in lunr_index.inverted_index.items()}
    index = build_index(documents)
    ours = {(index.terms[n], index.fields[at], str(ref)): points / 100
            for n, postings in enumerate(index.postings) for ref, at, points in postings}
    theirs = {}
    for field_ref, vector in lunr_index.field_vectors.items():
        name, ref = field_ref.split("/")
        for at in range(0, len(vector.elements), 2):
            theirs[lunr_terms[vector.elements[at]], name, ref] = vector.elements[at + 1]
    assert ours.keys() == theirs.keys()
    assert all(abs(ours[key] - theirs[key]) <= 0.0051 for key in ours)


def test_broad_query_matches_most_documents_and_keeps_lunrs_top_five() -> None:
    documents = generated_documents()
    index = build_index(documents)
    hits = search(index, "heating not working", limit=len(documents))
    assert len(hits) > len(documents) * 3 // 4
    assert [h.ref for h in hits[:5]] == [h.ref for h in
                                         lunr_ranking(index, "heating not working")[:5]]
    assert all(h.matched_terms == 2 for h in hits[:5])


def test_terms_are_in_javascripts_order_and_prefixes_find_them_all() -> None:
    # U+FB01 sorts after an astral character in UTF-16 (JavaScript), before it in Python.
    documents = [{"title": "a\ufb01b alpha"}, {"title": "a\U0001d4c1b alpine"},
                 {"title": "abc"}]
    data = compact_index(documents)
    assert data["terms"] == sorted(data["terms"], key=lambda t: t.encode("utf-16-be"))
    assert data["terms"].index("a\U0001d4c1b") < data["terms"].index("a\ufb01b")
    index = load_compact(data)
    assert sorted(index.terms[n] for n in index.expand("alp", wildcard=True)) == [
        "alpha", "alpin"]
    assert {h.ref for h in search(index, "a\ufb01b")} == {"0"}
    assert {h.ref for h in search(index, "a\U0001d4c1b")} == {"1"}


def test_an_index_of_another_format_is_refused() -> None:
    data = {**compact_index(generated_documents(5)), "v": COMPACT_VERSION - 1}
    with pytest.raises(ValueError, match="search index format"):
        load_compact(data)


@pytest.mark.parametrize(("value", "written"), [
    (0, "#"), (1, "$"), (57, "]"), (63, "c"),     # one digit: `\\` is no digit
    (64, "d#"), (1791, "~c"),                      # two
    (1792, "dd#"), (48447, "~~c"),                 # three
    (48448, "ddd#"),
])
def test_numbers_are_written_in_digits_json_leaves_alone(value: int, written: str) -> None:
    assert searching._number(value) == written
    assert json.dumps(written) == f'"{written}"'
    assert list(searching._numbers(written * 3)) == [value] * 3


def test_the_compact_form_writes_each_terms_postings_as_one_string() -> None:
    documents = [{"title": "router", "tags": "hub"},
                 {"title": "router router", "summary": "router"},
                 {"summary": "hub"}]
    data = compact_index(documents)
    assert data["fields"] == ["title", "errors", "symptoms", "headings", "tags", "summary",
                              "body", "issue", "place"]
    assert data["terms"] == ["hub", "router"]
    # title, errors, symptoms, headings, tags, summary, body, issue, place of each document,
    # one digit each
    assert data["lengths"] == "$###$####" "%####$###" "#####$###"
    # hub: tags of document 0, summary of document 2 (2 * 2 = 4 -> "'").
    # router: title of documents 0 and 1 (twice: 2 * 1 + 1 = 3 -> "&", then 2 - 2 -> "#"),
    # summary of document 1 (2 * 1 = 2 -> "%"); empty fields at the end are left out.
    assert data["postings"] == ["    # '", "#&#     %"]
    assert all(char in DIGITS + searching.FIELD_END
               for text in data["postings"] + [data["lengths"]] for char in text)
    index = load_compact(json.loads(json.dumps(data)))
    assert [[(ref, index.fields[at]) for ref, at, _ in found] for found in index.postings] == [
        [(0, "tags"), (2, "summary")], [(0, "title"), (1, "title"), (1, "summary")]]


def test_matching_more_words_counts_a_lot_but_not_everything() -> None:
    """Points are multiplied by the cube of the words matched: with every word of the body
    indexed, a passing mention of all the words must not outrank an article about them. The
    mention that says the query as typed (`boiler pressure`, its one pair) comes before the
    page that says one word in its body; a page about one of the words (in its title, errors
    and tags) comes before both mentions, which say each word once in the body and count it
    less (kbgen.core.search_coordination)."""
    empty = {"title": "", "summary": "", "symptoms": "", "errors": "", "tags": "",
             "headings": "", "body": ""}
    documents = [
        {**empty, "title": "Boiler boiler boiler", "errors": "boiler", "tags": "boiler"},
        {**empty, "title": "Radiators", "body": "check the boiler pressure gauge"},
        {**empty, "title": "Radiators too", "body": "the boiler is old"},
        {**empty, "title": "Boiler keeps losing pressure"},
    ]
    hits = search(build_index(documents), "boiler pressure")
    assert [h.ref for h in hits] == ["3", "0", "1", "2"]
    assert [h.matched_terms for h in hits] == [2, 1, 2, 1]
    assert hits[2].score < hits[3].score * 8  # both words in the body beat one


def test_a_query_reads_its_first_32_words() -> None:
    """Pasted error text: the words after the QUERY_WORDS-th (stop words and repeats left out)
    are not read, so they neither find nor rank anything."""
    filler = " ".join(f"word{n} the word{n}" for n in range(searching.QUERY_WORDS - 1))
    terms = query_terms(f"{filler} heater schedule heater")
    assert len(terms) == searching.QUERY_WORDS and terms[-1].word == "heater"
    index = build_index([{"title": "Heater"}, {"title": "Schedule"}])
    assert [h.ref for h in search(index, f"{filler} heater schedule")] == ["0"]
    assert [h.ref for h in search(index, f"{filler} schedule heater")] == ["1"]


@pytest.mark.parametrize(("markdown", "text"), [
    ("## Cause\n\nTap **Connect**. Then _wait_.", "Cause Tap Connect. Then wait."),
    ("See [the guide](guide.md){: .md-button} and ![a hub](hub.png).", "See the guide and a hub ."),
    ("```text\nERR <script>x</script> &lt;\n```", "ERR <script>x</script> &lt;"),
    ("Use `&lt;b&gt;`; AT&amp;T writes &lt;b&gt;.", "Use &lt;b&gt; ; AT&T writes <b>."),
    ("<script>steal()</script><b>bold</b> <!-- kb:search -->", "bold"),
    ('!!! note "Before you start"\n    Keep snake_case_word.',
     "Before you start Keep snake_case_word."),
    ("| a | b |\n|---|---|\n- item\n1. first\n> quote", "a b --- --- item first quote"),
    ("a <noscript>hidden</noscript> b <textarea>t</textarea> c <select><option>o</option>"
     "</select> d <template>x</template> e", "a b c d e"),
    ("Shown <script>never closed", "Shown"),
    # superfences renders an unclosed fence as text: its marks are not words
    ("~~~\nunclosed fence is text", "~~~ unclosed fence is text"),
    ("````\n```\n[a](x.md)\n```\n````", "``` [a](x.md) ```"),
    ("Zz <math><mi>x</mi></math> <svg>drawn</svg> end", "Zz end"),
])
def test_plain_text_is_what_a_reader_sees(markdown: str, text: str) -> None:
    assert searching.plain_text(markdown) == text


# Shapes that took the regular expressions quadratic time (a hostile review: an 80 kB body
# built for minutes). One pass each now: each pattern is handed the text once (a loop that
# searched again from the start, or ran a pattern per piece of the text, would be handed it
# thousands of times). How long they take is measured by bench/hostile_shapes.py.
SLOW_SHAPES = [
    ("brackets", ("[" * 400 + "\n\n") * 200),
    ("unclosed tags", ("<a" * 900 + "\n\n") * 100),
    ("indented fence openers", " ~~~x\n" * 19990),
    ("unclosed scripts", "<script>" * 50_000),
    ("unclosed comments", "<!--" * 50_000),
    ("closed scripts and comments", "<script>x</script> <!-- y --> " * 20_000),
    ("backticks", ("`a " * 2000 + "\n\n") * 50),
    ("a heading of spaces", "## Setup" + " " * 100_000 + "done\n"),
    ("a heading of closing marks", "## a" + " #" * 50_000 + "b\n"),
]


@pytest.mark.parametrize(("case", "markdown"), SLOW_SHAPES, ids=[c for c, _ in SLOW_SHAPES])
def test_plain_text_takes_one_pass_on_hostile_shapes(case: str, markdown: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search_text

    patterns = sum(isinstance(v, re.Pattern) for v in vars(search_text).values())
    with characters_scanned(monkeypatch, search_text) as scanned:
        searching.plain_text(markdown)
        searching.headings(markdown)
    assert 0 < scanned.total <= 2 * patterns * len(markdown)


def test_headings_are_read_outside_code() -> None:
    body = "## Symptoms\n\nText.\n\n```\n## not a heading\n```\n\n### Fix it **now**\n"
    assert searching.headings(body) == "Symptoms Fix it now"


@pytest.mark.parametrize(("word", "variant", "likely"), [
    ("ofline", "offline", True),     # a letter left out (doubled letters typed once)
    ("heatng", "heating", True),
    ("recieve", "receive", True),    # two letters swapped
    ("adresss", "adress", True),     # a letter added
    ("boilwr", "boiler", True),      # w is next to e
    ("ofline", "online", False),     # f is not next to n
    ("calender", "calendar", True),  # a vowel for another: spelt by ear
    ("seperate", "separate", True),
    ("calender", "calendor", True),
    ("calendar", "calendsr", True),  # s is next to a
    ("calendar", "calendmr", False),
])
def test_one_edit_says_which_typos_are_likely(word: str, variant: str, likely: bool) -> None:
    variants = searching.one_edit(word)
    assert variants[variant] is likely and word not in variants


def test_a_vowel_spelt_by_ear_reaches_the_word_at_its_full_weight() -> None:
    documents = [{"title": "Calendar does not sync", "body": "Open the calendar."},
                 {"title": "Sync settings", "body": "Sync contacts, mail and calendar."}]
    index = build_index(documents)
    # `calender` is no word of the index: its likely typo counts as the word (a vowel for
    # another is likely), so the calendar article comes first, not the one titled "Sync"
    assert [hit.ref for hit in search(index, "calender sync")] == ["0", "1"]


def test_excerpt_is_where_most_query_words_are() -> None:
    filler = " ".join(f"word{n}" for n in range(40))
    body = f"The speaker is loud. {filler} Pair the speaker over bluetooth again. {filler}"
    index = build_index([{"title": "Speakers", "body": body}])
    parts = searching.excerpt(body, index, "bluetoth speakers")  # a typo and a plural
    assert [text for text, matched in parts if matched] == ["speaker", "bluetooth"]
    assert parts[0] == ("… word39 Pair the ", False)
    assert parts[-1][0].endswith(" …")
    assert searching.excerpt(body, index, "speakers")[0] == ("The ", False)
    assert searching.excerpt(body, index, "zzqqxx") == []


def test_a_split_index_is_the_same_index_in_parts_of_terms() -> None:
    data = compact_index(generated_documents(300))
    head, parts = searching.split_index(data, part_bytes=2_000)
    assert "postings" not in head and len(parts) > 3
    assert head["parts"] == [sum(len(p) for p in parts[:k]) for k in range(len(parts))]
    assert all(sum(len(text) for text in part) < 2_000 + max(map(len, part)) for part in parts)
    assert "pairs" not in head and head["pair_buckets"] == len(data["pairs"]) > 0
    assert searching.join_index(head, parts, data["pairs"]) == data


def test_query_words_next_to_each_other_in_a_title_or_summary_rank_first() -> None:
    # Same words, same lengths: only the order of the words tells the documents apart, and
    # ties go to the first reference, so the bonus is what puts the second one first.
    documents = [{"title": "Printer queue offline", "summary": "Jobs wait for the spooler."},
                 {"title": "Offline printer queue", "summary": "Jobs wait for the spooler."},
                 {"title": "Spooler help", "summary": "When jobs wait, the queue of the "
                  "printer is offline."}]
    index = build_index(documents)
    assert [hit.ref for hit in search(index, "printer")][:2] == ["0", "1"]
    assert [hit.ref for hit in search(index, "offline printer")][:2] == ["1", "0"]
    assert [hit.ref for hit in search(index, "printer offline")][:2] == ["1", "0"]  # either order
    # In a summary too, and stop words between do not count ("queue of the printer"), as in
    # the query; words apart are not together ("wait ... queue").
    assert searching.phrase_pairs(index.phrases(2), ["queue", "printer"]) == 1
    assert searching.phrase_pairs(index.phrases(2), ["wait", "printer"]) == 0
    assert searching.phrase_pairs(index.phrases(0), ["printer", "queue", "offlin"]) == 2


def test_the_phrase_bonus_reads_titles_as_written_not_as_escaped() -> None:
    # The store holds titles and summaries HTML-escaped for display; the bonus reads the
    # words as written ("AT&T", "<b>"), as the worker does after unescaping.
    documents = [{"title": "AT&T router <b>offline</b>", "summary": "Can't \"sync\" & 'pair'"}]
    index = build_index(documents)
    assert index.store[0][0] == "AT&amp;T router &lt;b&gt;offline&lt;/b&gt;"
    assert index.phrases(0) == [searching._pipeline(documents[0]["title"]),
                                searching._pipeline(documents[0]["summary"])]
    assert searching.phrase_pairs(index.phrases(0), ["at&t", "router"]) == 1
    assert searching.phrase_pairs(index.phrases(0), ["wifi", "wifi"]) == 0


def test_words_joined_by_underscores_or_dots_are_found_by_their_parts() -> None:
    """A setting, a field or a file name written in the body (SINGLE_USER_MODE,
    require_authenticated_user, mastodon.conf) is found by the words customers type, and
    still whole; camel case stays one word (DuckDuckGo)."""
    documents = [{"title": "Configuring your server",
                  "body": "Set SINGLE_USER_MODE to true; edit mastodon.conf first."},
                 {"title": "Errors", "body": "require_authenticated_user! means log in."},
                 {"title": "Privacy", "body": "DuckDuckGo keeps nothing."}]
    index = build_index(documents)
    assert [h.ref for h in search(index, "single user mode")] == ["0", "1"]  # 1: "user"
    assert [h.ref for h in search(index, "SINGLE_USER_MODE")] == ["0"]
    assert [h.ref for h in search(index, "conf")] == ["0"]
    assert [h.ref for h in search(index, "authenticated user required")] == ["1", "0"]
    assert [h.why for h in search(index, "duck")] == [{"body": ["duckduckgo"]}]  # a prefix
