"""A try for `bench/relevance_tries.py --try`: a support vocabulary of word pairs, related as
kbgen.core.concepts relates WordNet's (where the site uses both words; a word reached only
through its partner counts a third).

Customers and help articles name one thing with words a dictionary keeps apart: `fingerprint`
and `biometric`, `beta` and `prerelease`, `plug` and `connect`, a `phone` and the `mobile`
app. SUPPORT_PAIRS were written from general support knowledge (after reading rel56's list of
the vocabulary misses, so they hold those words beside others); one word each side, since
phrases are kbgen.core.common_synonyms' job. Nothing is copied into an article: the pairs
arrive in the index's `related` terms, which the browser's worker reads already, so the worker
would need no change. The gate's dictionary words (`concepts.pair_words`) are left alone.

Not shipped: on the ten tuning sets it passes (sum of MRR 8.532 -> 8.540, recall@5 9.438 ->
9.496, no set down, both fresh sets equal), but on the held-out sets both sums fall (MRR
6.420 -> 6.406, recall@5 7.186 -> 7.157), and `drop`/`disconnect` was taken out after it moved
a fresh set (bench/RESULTS.md, voc57). voc57's branch had it in kbgen (commit b6deb2bb:
`kbgen/core/support_pairs.py`, `concepts.file_pairs` and `related_words`), taken out again.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_support_pairs.py
"""

from __future__ import annotations

from collections.abc import Iterable

from kbgen.core import concepts

SUPPORT_PAIRS: tuple[tuple[str, str], ...] = (
    # things go wrong
    ("freeze", "unresponsive"), ("freezes", "hangs"), ("frozen", "unresponsive"),
    ("stuck", "freeze"), ("blank", "empty"),
    # sizes and distances
    ("big", "large"), ("huge", "large"), ("tiny", "small"),
    ("far", "range"), ("distance", "range"),
    ("quiet", "volume"), ("loud", "volume"),
    # devices and programs
    ("phone", "mobile"), ("smartphone", "mobile"),
    ("plug", "connect"),
    ("program", "application"), ("program", "process"), ("busy", "occupied"),
    ("fingerprint", "biometric"), ("faceid", "biometric"), ("authenticator", "totp"),
    ("shortcut", "hotkey"), ("keybinding", "shortcut"),
    # releases
    ("beta", "prerelease"), ("beta", "preview"), ("nightly", "prerelease"),
    ("changelog", "release"), ("rollback", "downgrade"),
    # communities and moderation
    ("ban", "block"), ("forum", "community"),
    # buying
    ("coupon", "discount"), ("voucher", "discount"), ("trial", "free"),
    ("unsubscribe", "cancel"), ("renewal", "subscription"), ("billed", "charged"),
)
"""(customer's word, article's word), lowercase, single words; read both ways. Tried and
left out: `disconnect`/`drop` (`drop` has other senses in software: drag and drop, drop-down
lists)."""


def install() -> None:
    """Make kbgen.core.concepts relate the support pairs beside its files' pairs."""
    relate(SUPPORT_PAIRS)


def relate(pairs: tuple[tuple[str, str], ...]) -> None:
    """Make kbgen.core.concepts relate `pairs` beside its files' pairs (also read by
    bench/relevance_try_blind_vocabulary.py)."""
    extended = tuple(dict.fromkeys((*concepts.pairs(), *pairs)))
    support_words = frozenset(word for pair in pairs for word in pair)

    def words_of(texts: Iterable[str]) -> set[str]:
        return concepts.words_in(texts) & (concepts.pair_words() | support_words)

    concepts.pairs = lambda: extended  # type: ignore[assignment]
    concepts.words_of = words_of


if __name__ == "kbgen_try":
    install()
