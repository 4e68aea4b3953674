"""Which customer problems the help centre does not answer well, from exported tickets.

Every ticket goes through the site's own search (kbgen.core.search: the ranking the browser
uses). A ticket is a gap when its best article matches less than `threshold` of its words;
gaps are grouped by TF-IDF similarity, largest group first. Ticket text is masked with the
privacy gate's detectors before anything is kept: no output ever holds personal data.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kbgen.core import privacy
from kbgen.core.name_mask import mask_names
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context
from kbgen.core.search import Hit, query_terms, tokens
from kbgen.core.similarity import Similarity, words
from kbgen.core.tickets import Ticket

DEFAULT_THRESHOLD = 0.6
"""A ticket whose best article matches less than 60% of its words is a gap (of a subject of
three to four words: all but one)."""
DEFAULT_SIMILARITY = 0.2
"""A gap ticket this alike (TF-IDF cosine, 0-1) to a group's tickets joins the group."""
QUERY_WORDS = 24
"""Words of a ticket sent to search: the subject and the start of the first message, about
what a customer would type (the rest of a message is greetings, history and signatures)."""
SAMPLE_CHARS = 160
_REMOVED = "[personal data removed]"
_ANY_EMAIL = re.compile(r"[^\s@<>()\[\]]+@[^\s@<>()\[\]]+\.[^\s@<>()\[\]]*[^\s@<>()\[\].,;:!?]")
"""Every e-mail address, placeholders too (the gate lets example.com through)."""
_LONG_NUMBER = re.compile(r"(?<![\w\[])\+?\d(?:[ ().\-/]?\d){6,}(?![\w\]])")
"""Seven digits or more (a phone number written for another country, an account or order
number): nobody needs them to see what a ticket is about."""


# ---------------------------------------------------------------------------- Masking


class Masker:
    """Replaces personal data in ticket text with `[kind]`, using the privacy gate.

    The detectors are the gate's own (`privacy.DETECTORS`, each hit's span replaced); then a
    line in which `privacy.scan` still finds anything is replaced whole, so whatever the gate
    learns to find never reaches the output either."""

    def __init__(self, default_region: str | None = None) -> None:
        self.context = _Context(privacy.NOTHING_ALLOWED, default_region)
        self.default_region = default_region

    def mask(self, text: str, people: Iterable[str] = ()) -> str:
        """`text` with every value the gate's detectors find, and the ticket's own names and
        addresses, replaced; a line the gate still objects to is dropped whole. Control and
        formatting characters (terminal escapes, bidi overrides) become spaces."""
        lines = []
        for line in normalize_text(text.replace("\r\n", "\n")).split("\n"):
            line = "".join(c if c.isprintable() else " " for c in line)  # escapes, bidi
            masked = self._mask_people(self._mask_line(line), people)
            masked = _LONG_NUMBER.sub("[number]", _ANY_EMAIL.sub("[e-mail address]", masked))
            if privacy.scan(masked, default_region=self.default_region):
                masked = _REMOVED
            lines.append(masked)
        return "\n".join(lines)

    def _mask_line(self, line: str) -> str:
        hits: list[tuple[int, int, str]] = []
        for detector in privacy.DETECTORS:
            for hit in detector(line, self.context):
                if not hit.allowed and not any(hit.start < end and start < hit.end
                                               for start, end, _ in hits):
                    hits.append((hit.start, hit.end, hit.kind))
        for start, end, kind in sorted(hits, reverse=True):
            line = f"{line[:start]}[{kind}]{line[end:]}"
        return line

    @staticmethod
    def _mask_people(line: str, people: Iterable[str]) -> str:
        return mask_names(line, people)


# ---------------------------------------------------------------------------- Gaps


@dataclass(frozen=True)
class Scored:
    """A ticket, masked, with the article search ranks first for it."""

    ticket: Ticket
    text: str
    """Subject and first message, masked."""
    coverage: float
    """Share of the ticket's search words that its best article matches (0-1)."""
    best: str | None
    """Reference of the best article in the index, None when nothing matched."""


@dataclass
class Cluster:
    """Gap tickets about one problem."""

    tickets: list[Scored] = field(default_factory=list)

    @property
    def size(self) -> int:
        """How many tickets."""
        return len(self.tickets)

    def samples(self, count: int = 3) -> list[str]:
        """A few masked wordings, in the order of the export."""
        seen: list[str] = []
        for scored in self.tickets:
            sample = _sample(scored.text)
            if sample and sample not in seen:
                seen.append(sample)
            if len(seen) == count:
                break
        return seen

    def nearest(self) -> str | None:
        """The article search ranks first most often for these tickets."""
        found = Counter(s.best for s in self.tickets if s.best is not None)
        return found.most_common(1)[0][0] if found else None

    def per_month(self) -> dict[str, int]:
        """Tickets per month (`2026-03`), for tickets with a date."""
        months = Counter(s.ticket.created.strftime("%Y-%m") for s in self.tickets
                         if s.ticket.created)
        return dict(sorted(months.items()))


def _sample(text: str) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= SAMPLE_CHARS:
        return flat
    cut = flat[:SAMPLE_CHARS + 1]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut[:SAMPLE_CHARS]
    if cut.count("[") > cut.count("]"):  # never half a mask
        cut = cut[:cut.rfind("[")]
    return cut.rstrip(" ,.;:") + "…"


_MASK = re.compile(r"\[[^\]]*\]")
SUBJECT_TERMS = 3
"""A subject of this many search words or more is also scored alone (`Help!` is not)."""


def search_words(ticket_text: str) -> str:
    """What is sent to search for a ticket: its first QUERY_WORDS words, masks left out."""
    return " ".join(_MASK.sub(" ", ticket_text).split()[:QUERY_WORDS])


class Matcher:
    """The site's search over the published articles, and how much of a ticket the article
    it ranks first covers: the share of the ticket's words found in that article, each word
    weighted by how rare it is in the help centre (a missing `energy` counts more than a
    missing `app`)."""

    def __init__(self, documents: list[dict[str, Any]], search: Callable[[str], list[Hit]]
                 ) -> None:
        self.search = search
        self.stems = [_stems(" ".join(str(doc.get(name, "")) for name in _FIELDS))
                      for doc in documents]
        frequency = Counter(stem for stems in self.stems for stem in stems)
        total = len(documents)
        self.weights = {stem: math.log((1 + total) / (1 + count)) + 1
                        for stem, count in frequency.items()}
        self.unknown = math.log(1 + total) + 1
        """The weight of a word no article has."""

    def best(self, query: str, ignore: frozenset[str] = frozenset()
             ) -> tuple[float, str | None]:
        """(coverage 0-1, reference of the first result) of a query, without the words of
        `ignore` (greetings and sign-offs); (0, None) if nothing matched."""
        stems = {term.stem for term in query_terms(query)} - ignore
        hits = self.search(query) if stems else []
        if not hits:
            return 0.0, None
        found = self.stems[int(hits[0].ref)]
        weight = {stem: self.weights.get(stem, self.unknown) for stem in stems}
        covered = sum(value for stem, value in weight.items() if stem in found)
        return round(covered / sum(weight.values()), 2), hits[0].ref


_FIELDS = ("title", "summary", "symptoms", "errors", "tags", "headings", "body")


def _stems(text: str) -> set[str]:
    return {term.stem for token in set(tokens(text)) for term in query_terms(token)}


def score(subject: str, text: str, matcher: Matcher, ignore: frozenset[str] = frozenset()
          ) -> tuple[float, str | None]:
    """(coverage, best reference) of a masked ticket: the better of its subject alone (when
    it says enough) and its subject with the start of its message."""
    found = matcher.best(search_words(text), ignore)
    subject_words = search_words(subject)
    if len(query_terms(subject_words)) >= SUBJECT_TERMS:
        found = max(found, matcher.best(subject_words, ignore), key=lambda pair: pair[0])
    return found


def common_words(texts: list[str]) -> frozenset[str]:
    """Search stems in more than COMMON_SHARE of the tickets (from 10): greetings, sign-offs,
    the product's name, which say nothing about the problem."""
    if len(texts) < 10:
        return frozenset()
    shared = Counter(stem for text in texts
                     for stem in {term.stem for term in query_terms(search_words(text))})
    return frozenset(stem for stem, count in shared.items() if count > COMMON_SHARE * len(texts))


def find_gaps(tickets: list[Ticket], matcher: Matcher, masker: Masker,
              threshold: float = DEFAULT_THRESHOLD) -> tuple[list[Scored], list[Scored]]:
    """(all tickets scored, the gaps among them): every ticket masked first."""
    masked = [(ticket, masker.mask(ticket.text, ticket.people),
               masker.mask(ticket.subject, ticket.people)) for ticket in tickets]
    ignore = common_words([text for _, text, _ in masked])
    scored = []
    for ticket, text, subject in masked:
        coverage, best = score(subject, text, matcher, ignore)
        scored.append(Scored(ticket, text, coverage, best))
    return scored, [s for s in scored if s.coverage < threshold]


COMMON_SHARE = 0.5
"""Words in more than this share of all the tickets (greetings, sign-offs, the product's
name) say nothing about which problem a ticket is: left out when grouping, from 10 tickets."""


def _problem_words(gaps: list[Scored], every: list[Scored]) -> list[str]:
    """Each gap's words (stemmed, stop words out) without those most tickets have."""
    shared = Counter(term for s in every for term in set(words(s.text)))
    common = {term for term, count in shared.items()
              if len(every) >= 10 and count > COMMON_SHARE * len(every)}
    return [" ".join(term for term in words(s.text) if term not in common) for s in gaps]


def cluster(gaps: list[Scored], similarity: float = DEFAULT_SIMILARITY,
            every: list[Scored] | None = None) -> list[Cluster]:
    """Group alike gaps: each joins the group whose tickets (their mean vector) it is most
    like, if at least `similarity`, else starts one. Largest group first, then by line.
    `every` is all the tickets scored, to tell common words from a problem's words."""
    model = Similarity(_problem_words(gaps, every or gaps))
    groups: list[tuple[dict[str, float], Cluster]] = []
    for vector, scored in zip(model.vectors, gaps):
        best, best_value = None, similarity
        for centre, group in groups:
            value = _cosine(vector, centre)
            if value >= best_value:
                best, best_value = (centre, group), value
        if best is None:
            best = ({}, Cluster())
            groups.append(best)
        centre, group = best
        for term, weight in vector.items():
            centre[term] = centre.get(term, 0.0) + weight
        group.tickets.append(scored)
    return sorted((group for _, group in groups),
                  key=lambda g: (-g.size, g.tickets[0].ticket.line))


def _cosine(vector: dict[str, float], centre: dict[str, float]) -> float:
    norm = math.sqrt(sum(w * w for w in centre.values())) or 1.0
    return sum(weight * centre.get(term, 0.0) for term, weight in vector.items()) / norm


def date_range(tickets: Iterable[Ticket]) -> tuple[dt.date | None, dt.date | None]:
    """First and last ticket date."""
    dates = sorted(t.created for t in tickets if t.created)
    return (dates[0], dates[-1]) if dates else (None, None)
