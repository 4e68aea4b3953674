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

from kbgen.core import privacy
from kbgen.core.normalize import normalize_text
from kbgen.core.search import Hit, query_terms
from kbgen.core.similarity import Similarity
from kbgen.core.tickets import Ticket

DEFAULT_THRESHOLD = 0.5
"""A ticket whose best article matches fewer than half of its words is a gap."""
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
    """Replaces personal data in ticket text with `[kind]`, using the privacy gate."""

    def __init__(self, default_region: str | None = None) -> None:
        self.context = privacy._Context(privacy.NOTHING_ALLOWED, default_region)
        self.default_region = default_region

    def mask(self, text: str, people: Iterable[str] = ()) -> str:
        """`text` with every value the gate's detectors find, and the ticket's own names and
        addresses, replaced; a line the gate still objects to is dropped whole."""
        lines = []
        for line in normalize_text(text.replace("\r\n", "\n")).split("\n"):
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
        for value in people:
            parts = [value, *(part for part in re.split(r"[\s,<>@.]+", value) if len(part) > 2)]
            for part in sorted(set(parts), key=len, reverse=True):
                line = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", "[name]", line, flags=re.I)
        return line


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


def search_words(ticket_text: str) -> str:
    """What is sent to search for a ticket: its first QUERY_WORDS words."""
    return " ".join(ticket_text.split()[:QUERY_WORDS])


def score(text: str, search: Callable[[str], list[Hit]]) -> tuple[float, str | None]:
    """(coverage, best reference) of a masked ticket text."""
    query = search_words(text)
    terms = query_terms(query)
    hits = search(query)
    if not terms or not hits:
        return 0.0, None
    best = hits[0]
    return min(1.0, best.matched_terms / len(terms)), best.ref


def find_gaps(tickets: list[Ticket], search: Callable[[str], list[Hit]], masker: Masker,
              threshold: float = DEFAULT_THRESHOLD) -> tuple[list[Scored], list[Scored]]:
    """(all tickets scored, the gaps among them): every ticket masked first."""
    scored = []
    for ticket in tickets:
        text = masker.mask(ticket.text, ticket.people)
        coverage, best = score(text, search)
        scored.append(Scored(ticket, text, round(coverage, 2), best))
    return scored, [s for s in scored if s.coverage < threshold]


def cluster(gaps: list[Scored], similarity: float = DEFAULT_SIMILARITY) -> list[Cluster]:
    """Group alike gaps: each joins the group whose tickets (their mean vector) it is most
    like, if at least `similarity`, else starts one. Largest group first, then by line."""
    model = Similarity(s.text for s in gaps)
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
