"""Write `kbgen/core/wordnet_pairs.txt.gz`: pairs of English words of the same sense, from
Princeton WordNet 3.0, which a site's search connects when both are the site's own words
(kbgen.core.concepts).

WordNet lists a word's senses most frequent first. Two words pair only when they share the
first sense of each (`fake` and `counterfeit`: an adjective and the head it is a satellite
of), and neither has more than MOST_SENSES senses in all: which sense a site means by `close`
(44 senses: near, shut, end...) or `spot` cannot be told. Single words of 3 letters or more
(phrases are the site's to add); nouns, verbs and adjectives.

The data is Debian's `wordnet-base` package (WordNet 3.0, Princeton's licence, which allows
copying with its notice: see the notice at the top of the written file).

With `--degrees` it writes `kbgen/core/wordnet_degrees.txt.gz`: each adjective of at most two
syllables with its comparative and superlative (`slower slow`), less the forms that are a
noun or a verb of their own (kbgen.core.search_degrees reads it).

With `--forms` it writes `kbgen/core/wordnet_forms.txt.gz`: each verb's irregular forms
(`verb.exc`: `forgot forget`, `froze freeze`), less the forms that are a noun or an adjective
of their own (`left`, `saw`, `stuck`, `lost`) and the everyday verbs of
kbgen.core.search_weak (`made`, `seen`, `shown`: forms found on every page);
kbgen.core.search_degrees reads it beside the degrees.

With `--derived` it writes `kbgen/core/wordnet_derived.txt.gz` instead: pairs of a word and
the word WordNet derives from it or the noun it is a value of (`die`/`death`,
`hot`/`temperature`), by the first sense of each and any number of senses, less the pairs of
one sense; kbgen.core.concepts uses them only for a customer's word the site never uses.

With `--weak` it prints kbgen.core.search_weak's WEAK_WORDS again: single words whose
sense-tagged counts (`cntlist.rev`, SemCor) add up to WEAK_COUNT or more, less SemCor's tags
for names (`person`, `group`, `location`).

Example:
    apt-get download wordnet-base && dpkg -x wordnet-base_*.deb /tmp/wn
    python bench/wordnet_pairs.py /tmp/wn/usr/share/wordnet
    python bench/wordnet_pairs.py /tmp/wn/usr/share/wordnet --derived
    python bench/wordnet_pairs.py /tmp/wn/usr/share/wordnet --degrees
    python bench/wordnet_pairs.py /tmp/wn/usr/share/wordnet --forms
    python bench/wordnet_pairs.py /tmp/wn/usr/share/wordnet --weak
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "kbgen" / "core" / "wordnet_pairs.txt.gz"
DERIVED_OUT = REPO / "kbgen" / "core" / "wordnet_derived.txt.gz"
DEGREES_OUT = REPO / "kbgen" / "core" / "wordnet_degrees.txt.gz"
FORMS_OUT = REPO / "kbgen" / "core" / "wordnet_forms.txt.gz"
SENSES = 1
"""How many of a word's most frequent senses count (among those its tagged corpus saw, or
its first when it saw none)."""
ATTRIBUTES = False
"""Also pair an adjective with the noun it is a value of (`hot` with `temperature`): measured
the same on the development sets, so left out (less to ship)."""
MOST_SENSES = 8
"""Words of more senses than this (all parts of speech together) are left out."""
POS = {"noun": "n", "verb": "v", "adj": "a"}
_WORD = re.compile(r"^[a-z]{3,}$")
NOTICE = """\
# Pairs of words of the same first sense, from WordNet 3.0 (bench/wordnet_pairs.py wrote
# this file; kbgen.core.concepts reads it). WordNet 3.0 Copyright 2006 by Princeton
# University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
# MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED
# SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used
# in advertising or publicity pertaining to distribution of the software and/or database.
# Title to copyright in this software, database and any associated documentation shall at
# all times remain with Princeton University and LICENSEE agrees to preserve same.
"""


def senses(folder: Path, pos: str, limit: int = SENSES) -> dict[str, list[str]]:
    """Each word's senses that count: the first SENSES of those seen in the tagged corpus."""
    found = {}
    for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, count, pointers = fields[0], int(fields[2]), int(fields[3])
        tagged = int(fields[5 + pointers])
        offsets = fields[6 + pointers:6 + pointers + count]
        if _WORD.match(lemma):
            found[lemma] = offsets[:min(limit, max(tagged, 1))]
    return found


def synsets(folder: Path, pos: str) -> dict[str, tuple[list[str], str | None, list[str]]]:
    """Each synset's single words, for an adjective satellite the head it belongs to, and
    for an adjective the nouns it is an attribute value of (`hot`: temperature)."""
    found = {}
    for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, kind, count = fields[0], fields[2], int(fields[3], 16)
        words = [re.sub(r"\(.*\)$", "", w).lower() for w in fields[4:4 + 2 * count:2]]
        at = 4 + 2 * count
        head, attributes = None, []
        for k in range(int(fields[at])):
            symbol, target = fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]
            if kind == "s" and symbol == "&":
                head = target
            if symbol == "=" and fields[at + 3 + 4 * k] == "n":
                attributes.append(target)
        found[offset] = (words, head, attributes)
    return found


def polysemy(folder: Path) -> dict[str, int]:
    """How many senses each word has, all parts of speech together."""
    count: dict[str, int] = {}
    for name in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                count[fields[0]] = count.get(fields[0], 0) + int(fields[2])
    return count


def pairs(folder: Path, limit: int = SENSES, attributes: bool = ATTRIBUTES,
          most: int = MOST_SENSES) -> set[tuple[str, str]]:
    """Pairs of single words that share a sense counting for both, each word of at most
    `most` senses in all."""
    found: set[tuple[str, str]] = set()
    senses_of = polysemy(folder)
    nouns: dict[str, set[str]] = {}
    for word, offsets in senses(folder, "noun", limit).items():
        for offset in offsets:
            nouns.setdefault(offset, set()).add(word)
    for name, pos in POS.items():
        counted = senses(folder, name, limit)
        sets = synsets(folder, name)
        owners: dict[str, set[str]] = {}
        for word, offsets in counted.items():
            for offset in offsets:
                owners.setdefault(offset, set()).add(word)
        for word, offsets in counted.items():
            for offset in offsets:
                related = set(owners.get(offset, ()))
                _, head, values = sets.get(offset, ([], None, []))
                if head:
                    related |= owners.get(head, set())
                    values = values or sets.get(head, ([], None, []))[2]
                if attributes and name == "adj":
                    for noun in values:
                        related |= nouns.get(noun, set())
                if senses_of[word] > most:
                    continue
                for other in related - {word}:
                    if senses_of.get(other, 0) <= most:
                        found.add((min(word, other), max(word, other)))
    return found


def lexical_links(folder: Path, symbols: str = "+="
                  ) -> tuple[dict[str, list[str]], dict[tuple[str, str], set[tuple[str, int]]]]:
    """Each synset's words (keyed by part of speech letter + offset), and each word's links
    of WordNet's `symbols` from a synset of it: (target synset, the target word's number, 0
    for all its words), keyed by (synset, word)."""
    words_of: dict[str, list[str]] = {}
    links: dict[tuple[str, str], set[tuple[str, int]]] = {}
    for name, pos in POS.items():
        for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", w).lower() for w in fields[4:4 + 2 * count:2]]
            words_of[pos + offset] = words
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, target, letter, ends = fields[at + 1 + 4 * k:at + 5 + 4 * k]
                letter = "a" if letter == "s" else letter
                if symbol not in symbols or letter not in POS.values():
                    continue
                source, goal = int(ends[:2], 16), int(ends[2:], 16)
                for number, word in enumerate(words, 1):
                    if source in (0, number):
                        links.setdefault((pos + offset, word), set()).add((letter + target, goal))
    return words_of, links


def derived_pairs(folder: Path, limit: int = SENSES, most: int = 0) -> set[tuple[str, str]]:
    """Pairs of a word and the word WordNet derives from it or names as the attribute it is
    a value of (`die`/`death`, `hot`/`temperature`), through the first sense of each (as
    `pairs`), each word of at most `most` senses in all (0: any number)."""
    found: set[tuple[str, str]] = set()
    senses_of = polysemy(folder)
    words_of, links = lexical_links(folder)
    first: dict[str, set[str]] = {}
    for name, pos in POS.items():
        for word, offsets in senses(folder, name, limit).items():
            first.setdefault(word, set()).update(pos + offset for offset in offsets)
    for word, keys in first.items():
        if most and senses_of[word] > most:
            continue
        for key in keys:
            for target, goal in links.get((key, word), ()):
                words = words_of.get(target, [])
                for other in words[goal - 1:goal] if goal else words:
                    if (_WORD.match(other) and other != word
                            and target in first.get(other, ())
                            and not (most and senses_of.get(other, 0) > most)):
                        found.add((min(word, other), max(word, other)))
    return found


def lemmas(folder: Path, kinds: tuple[str, ...]) -> list[str]:
    """The words of WordNet's index of each part of speech in `kinds` (`adj`, `noun`...)."""
    return [line.split()[0] for kind in kinds
            for line in (folder / f"index.{kind}").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(" ")]


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word.removesuffix("e")))


def degrees(adjective: str, irregular: dict[str, set[str]]) -> set[str]:
    """An adjective's comparative and superlative: WordNet's irregular ones (`adj.exc`:
    `big` -> `bigger`), else by the spelling rules."""
    if adjective in irregular:
        return irregular[adjective]
    if adjective.endswith("e"):
        return {adjective + "r", adjective + "st"}
    if adjective.endswith("y") and adjective[-2] not in "aeiou":
        return {adjective[:-1] + "ier", adjective[:-1] + "iest"}
    return {adjective + "er", adjective + "est"}


def degree_pairs(folder: Path) -> set[tuple[str, str]]:
    """(form, adjective) for each adjective of at most two syllables (or an irregular one)
    and each of its degrees that is no noun or verb of its own (`owner` is not `own`'s)."""
    irregular: dict[str, set[str]] = {}
    for line in (folder / "adj.exc").read_text(encoding="utf-8").splitlines():
        form, *adjectives = line.split()
        for adjective in adjectives:
            irregular.setdefault(adjective, set()).add(form)
    others = set(lemmas(folder, ("noun", "verb")))
    return {(form, adjective) for adjective in lemmas(folder, ("adj",))
            if _WORD.match(adjective) and (_syllables(adjective) <= 2 or adjective in irregular)
            for form in degrees(adjective, irregular)
            if re.fullmatch(r"[a-z]+", form) and form not in others}


def form_pairs(folder: Path, everyday: frozenset[str]) -> set[tuple[str, str]]:
    """(form, verb) for each irregular form of a verb (`verb.exc`) that is no noun or
    adjective of its own (`left` is a side, `stuck` a state), of a verb not `everyday`
    (`make`, `see`): single words of 3 letters or more."""
    others, verbs = set(lemmas(folder, ("noun", "adj"))), set(lemmas(folder, ("verb",)))
    return {(form, verb)
            for line in (folder / "verb.exc").read_text(encoding="utf-8").splitlines()
            for form, *bases in [line.split()] for verb in bases
            if _WORD.match(form) and _WORD.match(verb) and verb in verbs and form != verb
            and form not in others and verb not in everyday}


def weak_words(folder: Path, least: int) -> list[str]:
    """Single words whose sense-tagged counts add up to `least` or more (search_weak)."""
    counts: dict[str, int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma = key.split("%")[0]
        counts[lemma] = counts.get(lemma, 0) + int(count)
    return sorted(word for word, count in counts.items() if count >= least and "_" not in word
                  and word not in ("person", "group", "location"))


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wordnet", type=Path, help="The folder of WordNet's dict files.")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--senses", type=int, default=SENSES)
    parser.add_argument("--attributes", action="store_true")
    parser.add_argument("--most", type=int, default=MOST_SENSES)
    parser.add_argument("--derived", action="store_true",
                        help="Write the derived words' and attributes' pairs (derived_pairs) "
                             "that are not pairs of one sense, to DERIVED_OUT by default.")
    parser.add_argument("--degrees", action="store_true",
                        help="Write the adjectives' degrees (degree_pairs) to DEGREES_OUT.")
    parser.add_argument("--forms", action="store_true",
                        help="Write the verbs' irregular forms (form_pairs) to FORMS_OUT.")
    parser.add_argument("--weak", action="store_true",
                        help="Print the everyday words of kbgen.core.search_weak instead.")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from kbgen.core.search_weak import WEAK_COUNT, WEAK_WORDS
    if args.weak:
        print(" ".join(weak_words(args.wordnet, WEAK_COUNT)))
        return 0
    if args.degrees or args.forms:
        out = ((DEGREES_OUT if args.degrees else FORMS_OUT) if args.out == OUT else args.out)
        what = ("An adjective's comparative or superlative and the adjective" if args.degrees
                else "A verb's irregular form and the verb")
        notice = NOTICE.replace("Pairs of words of the same first sense", what
                                ).replace("kbgen.core.concepts", "kbgen.core.search_degrees")
        found = (degree_pairs(args.wordnet) if args.degrees
                 else form_pairs(args.wordnet, WEAK_WORDS))
        text = notice + "".join(f"{a} {b}\n" for a, b in sorted(found))
        out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
        print(f"{len(found)} pairs -> {out}")
        return 0
    found = sorted(pairs(args.wordnet, args.senses, args.attributes, args.most))
    if args.derived:
        found = sorted(derived_pairs(args.wordnet, args.senses) - set(found))
        args.out = DERIVED_OUT if args.out == OUT else args.out
    notice = (NOTICE.replace("of the same first sense", "derived or of an attribute, first sense")
              if args.derived else NOTICE)
    text = notice + "".join(f"{a} {b}\n" for a, b in found)
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(found)} pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
