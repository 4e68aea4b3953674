"""Text a PDF draws with fonts whose codes are not characters.

Browsers, word processors and TeX write a page's text in subset fonts: each string is a run of
glyph numbers (`<00350048>`), which mean letters only through the font's `/ToUnicode` map, the
one a PDF reader copies text with. `PdfFonts` keeps every such map of a file and which font
each resource name (`/F4`) of a page is, and reads a content stream through them. A composite
font with neither a map nor a Unicode encoding cannot be read, and the file is refused.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kbgen.core.file_text.truetype import glyph_characters

MAX_CODES = 400_000
"""Codes of all the character maps of one file together (a full two-byte map is 65,536)."""
MAX_READINGS = 4
"""Readings of one content stream when a resource name means different fonts on different
pages (each reading takes, for every name, one of its fonts)."""

_OBJECT = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\b")
_REFERENCE = rb"(\d{1,10})\s+\d{1,5}\s+R\b"
_TO_UNICODE = re.compile(rb"/ToUnicode\s*" + _REFERENCE)
_FONT_KEY = re.compile(rb"/Font\s*(?:(<<)|" + _REFERENCE + rb")")
_NAMED_REFERENCE = re.compile(rb"/([^\s/\[\]<>(){}%]{1,127})\s*" + _REFERENCE)
_COMPOSITE = re.compile(rb"/Subtype\s*/Type0\b")
_TYPE3 = re.compile(rb"/Subtype\s*/Type3\b")
_UNICODE_ENCODING = re.compile(rb"/Encoding\s*/Uni[A-Za-z0-9]{0,20}-(?:UCS2|UTF16)-[HV]\b")
_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b")
_FIRST = re.compile(rb"/First\s+(\d{1,10})")
_SET_FONT = re.compile(rb"/([^\s/\[\]<>(){}%]{1,127})\s+-?[\d.]{1,20}\s+Tf\b")
_CMAP_TOKEN = re.compile(rb"<([0-9A-Fa-f\s]{0,64})>|\[|\]")
_ENCODING_REFERENCE = re.compile(rb"/Encoding\s*" + _REFERENCE)
_DESCENDANT = re.compile(rb"/DescendantFonts\s*\[\s*" + _REFERENCE)
_DESCRIPTOR = re.compile(rb"/FontDescriptor\s*" + _REFERENCE)
_FONT_FILE = re.compile(rb"/FontFile[23]\s*" + _REFERENCE)
_CID_TO_GID = re.compile(rb"/CIDToGIDMap\s*(?:/Identity\b|" + _REFERENCE + rb")")
_DIFFERENCES = re.compile(rb"/Differences\s*\[([^\]]{0,20000})\]")
_DIFFERENCE = re.compile(rb"(\d{1,3})|/([A-Za-z0-9_.]{1,64})")
GLYPH_NAMES = {
    "at": "@", "period": ".", "hyphen": "-", "underscore": "_", "plus": "+", "space": " ",
    "comma": ",", "colon": ":", "semicolon": ";", "slash": "/", "parenleft": "(",
    "parenright": ")", "numbersign": "#", "percent": "%", "ampersand": "&", "equal": "=",
    "question": "?", "exclam": "!", "quotesingle": "'", "quotedbl": '"', "asterisk": "*",
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
}
"""Adobe Glyph List names of the characters personal data is written with (letters are their
own names; `uniXXXX` and `uXXXX` name any character)."""

UTF16 = "utf-16"
"""A font whose codes are UTF-16 (a predefined `Uni…-UCS2-H` or `-UTF16-H` encoding)."""
CharacterMap = dict[bytes, str]
Reading = CharacterMap | str


@dataclass
class PdfFonts:
    """The fonts of one PDF file, gathered from its objects and streams in any order."""

    objects: dict[int, bytes] = field(default_factory=dict)
    """The text of each object outside streams (dictionaries), by number."""
    maps: dict[int, CharacterMap] = field(default_factory=dict)
    """Each `/ToUnicode` stream's map, by object number."""
    codes: int = 0
    """Codes in `maps` so far (bounded by MAX_CODES)."""
    renamed: dict[int, CharacterMap] = field(default_factory=dict)
    """Simple fonts whose `/Differences` give codes glyph names (`1 /j /a /n /e`), by font."""
    programs: dict[int, bytes] = field(default_factory=dict)
    """TrueType and OpenType font programs (and other streams a font names, such as a
    `/CIDToGIDMap`), by object number."""
    drawn: dict[int, CharacterMap] = field(default_factory=dict)
    """Composite fonts' codes read by their programs' own `cmap`, by font."""

    def add_program(self, number: int | None, body: bytes) -> None:
        """A font program's decoded `body`."""
        if number is not None:
            self.programs[number] = body

    def add_objects(self, text: bytes) -> None:
        """The objects of `text` (the file outside its streams, or an object stream's body)."""
        starts = list(_OBJECT.finditer(text))
        for match, following in zip(starts, [*starts[1:], None], strict=False):
            end = following.start() if following else len(text)
            self.objects[int(match.group(1))] = text[match.end():end]

    def add_stream(self, number: int | None, header: bytes, body: bytes) -> None:
        """A stream's decoded `body`: a character map, or an object stream holding objects."""
        if _OBJECT_STREAM.search(header):
            first = _FIRST.search(header)
            if first:
                self._add_packed(body, int(first.group(1)))
        elif number is not None and b"begincmap" in body:
            self.maps[number] = self._character_map(body)
        elif number is not None and len(body) <= 2 * 65_536:
            self.programs[number] = body  # perhaps a `/CIDToGIDMap`

    def _add_packed(self, body: bytes, first: int) -> None:
        """An object stream: `number offset` pairs, then the objects from `first` on."""
        numbers = [int(n) for n in re.findall(rb"\d{1,10}", body[:first])]
        offsets = [first + offset for offset in numbers[1::2]]
        for number, start, end in zip(numbers[::2], offsets, [*offsets[1:], len(body)],
                                      strict=False):
            self.objects[number] = body[start:end]

    def _character_map(self, body: bytes) -> CharacterMap:
        """A `/ToUnicode` CMap's `bfchar` and `bfrange` entries (codes as bytes)."""
        mapping: CharacterMap = {}
        for kind, block in _blocks(body):
            tokens = [m.group(1) if m.group(1) is not None else m.group()
                      for m in _CMAP_TOKEN.finditer(block)]
            step = 2 if kind == b"bfchar" else 3
            position = 0
            while position + step <= len(tokens) and self.codes < MAX_CODES:
                if kind == b"bfchar":
                    self._put(mapping, tokens[position], tokens[position + 1])
                    position += 2
                else:
                    position = self._put_range(mapping, tokens, position)
        return mapping

    def _put(self, mapping: CharacterMap, code: bytes, target: bytes) -> None:
        if code in (b"[", b"]") or target in (b"[", b"]"):
            return
        mapping[_hex(code)] = _utf16(_hex(target))
        self.codes += 1

    def _put_range(self, mapping: CharacterMap, tokens: list[bytes], position: int) -> int:
        """One `<low> <high> <first>` or `<low> <high> [<each> ...]` entry; the next token."""
        low, high = _hex(tokens[position]), _hex(tokens[position + 1])
        if tokens[position + 2] == b"[":
            close = next((index for index in range(position + 3, len(tokens))
                          if tokens[index] == b"]"), len(tokens))
            targets = [_utf16(_hex(token)) for token in tokens[position + 3:close]]
            following = close + 1
        else:
            start = _hex(tokens[position + 2])
            targets, following = [], position + 3
        first, last = int.from_bytes(low or b"\0", "big"), int.from_bytes(high or b"\0", "big")
        count = max(0, min(last - first + 1, MAX_CODES - self.codes))
        for offset in range(count):
            code = (first + offset).to_bytes(len(low) or 1, "big")
            if targets:
                if offset >= len(targets):
                    break
                mapping[code] = targets[offset]
            else:
                mapping[code] = _utf16(_shifted(start, offset))
        self.codes += count
        return following

    def fonts_by_name(self) -> dict[bytes, list[Reading]]:
        """Each resource name's readings (a map, or UTF16), over every page's `/Font`."""
        names: dict[bytes, list[Reading]] = {}
        for entries in self._font_dictionaries():
            for match in _NAMED_REFERENCE.finditer(entries):
                known = names.setdefault(match.group(1), [])
                for reading in self._readings(int(match.group(2))):
                    if not any(reading is other for other in known):
                        known.append(reading)
        return names

    def _font_dictionaries(self) -> Iterator[bytes]:
        """The entries of every `/Font << ... >>` (or `/Font 12 0 R`) resource dictionary."""
        for text in list(self.objects.values()):
            ends = [match.start() for match in re.finditer(rb">>", text)]
            keys = list(_FONT_KEY.finditer(text))
            for match, following in zip(keys, [*keys[1:], None], strict=False):
                if match.group(1):  # to its `>>`, never past the next `/Font` (linear)
                    after = bisect.bisect_left(ends, match.end())
                    end = min(ends[after] if after < len(ends) else len(text),
                              following.start() if following else len(text))
                    yield text[match.end():end]
                else:
                    yield self.objects.get(int(match.group(2)), b"")

    def _readings(self, font: int) -> list[Reading]:
        """How a font's codes read: its `/ToUnicode` map (what a reader copies), and what
        its glyphs draw where the file says it otherwise (the program's own `cmap`, the
        encoding's glyph names): a map that lies about the glyphs is read both ways."""
        text = self.objects.get(font, b"")
        found = _TO_UNICODE.search(text)
        readings: list[Reading] = []
        if found and int(found.group(1)) in self.maps:
            readings.append(self.maps[int(found.group(1))])
        if _UNICODE_ENCODING.search(text):
            readings.append(UTF16)
        drawn = self._drawn(font, text)
        if drawn:
            readings.append(drawn)
        encoding = _ENCODING_REFERENCE.search(text)
        differences = _DIFFERENCES.search(
            self.objects.get(int(encoding.group(1)), b"") if encoding else text)
        if differences:
            if font not in self.renamed:
                self.renamed[font] = _renamed(differences.group(1))
            readings.append(self.renamed[font])
        return readings

    def _drawn(self, font: int, text: bytes) -> CharacterMap | None:
        """A composite font's two-byte codes as its TrueType/OpenType program's own `cmap`
        reads the glyphs they draw (through `/CIDToGIDMap`, the identity by default)."""
        if font in self.drawn or not _COMPOSITE.search(text):
            return self.drawn.get(font)
        self.drawn[font] = {}
        descendant = _DESCENDANT.search(text)
        cid_font = self.objects.get(int(descendant.group(1)), b"") if descendant else text
        descriptor = _DESCRIPTOR.search(cid_font)
        program = _FONT_FILE.search(self.objects.get(int(descriptor.group(1)), b"")
                                    if descriptor else b"")
        glyphs = glyph_characters(self.programs.get(int(program.group(1)), b""),
                                  MAX_CODES - self.codes) if program else {}
        gid_map = _CID_TO_GID.search(cid_font)
        table = self.programs.get(int(gid_map.group(1)), b"") \
            if gid_map and gid_map.group(1) else None
        if table is not None:
            codes = {int.from_bytes(table[at:at + 2], "big"): at // 2
                     for at in range(0, len(table) - 1, 2)}
            mapping = {codes[glyph].to_bytes(2, "big"): character
                       for glyph, character in glyphs.items() if glyph in codes}
        else:
            mapping = {glyph.to_bytes(2, "big"): character
                       for glyph, character in glyphs.items() if glyph < 65_536}
        self.codes += len(mapping)
        self.drawn[font] = mapping
        return mapping

    def unreadable(self) -> bool:
        """True if a composite font draws codes that neither a map nor its encoding turns
        into characters, or a Type 3 font (glyphs drawn by the file itself) has no map and
        names a glyph that is no character (`/g7`)."""
        return any(not _TO_UNICODE.search(text) and (
            (_COMPOSITE.search(text) and not _UNICODE_ENCODING.search(text))
            or (_TYPE3.search(text) and self._unnamed_glyphs(text)))
            for text in self.objects.values())

    def _unnamed_glyphs(self, font: bytes) -> bool:
        """True if a font's `/Differences` (or its encoding's) name a glyph that stands for
        no character, or it has none (its codes then mean nothing)."""
        encoding = _ENCODING_REFERENCE.search(font)
        differences = _DIFFERENCES.search(
            self.objects.get(int(encoding.group(1)), b"") if encoding else font)
        if not differences:
            return True
        return any(match.group(2) and not _glyph_character(match.group(2).decode("ascii"))
                   for match in _DIFFERENCE.finditer(differences.group(1)))


def _renamed(differences: bytes) -> CharacterMap:
    """A simple font's codes as characters: Latin-1, but for the codes `/Differences` names
    (each number starts a run of names for the codes that follow it)."""
    mapping = {bytes([code]): chr(code) for code in range(256)}
    code = 0
    for match in _DIFFERENCE.finditer(differences):
        if match.group(1):
            code = int(match.group(1))
            continue
        if code < 256:
            mapping[bytes([code])] = _glyph_character(match.group(2).decode("ascii"))
        code += 1
    return mapping


def _glyph_character(name: str) -> str:
    """The character an Adobe glyph name stands for (`a`, `at`, `uni0040`, `u1F600`), or
    nothing."""
    base = name.split(".", 1)[0]
    if len(base) == 1 and base.isalpha():
        return base
    if base in GLYPH_NAMES:
        return GLYPH_NAMES[base]
    hexadecimal = re.fullmatch(r"uni([0-9A-F]{4})|u([0-9A-F]{4,6})", base)
    if hexadecimal:
        value = int(hexadecimal.group(1) or hexadecimal.group(2), 16)
        return chr(value) if value < 0x110000 and not 0xD800 <= value < 0xE000 else ""
    return ""


def _blocks(body: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Each `beginbfchar … endbfchar` and `beginbfrange … endbfrange` block, in one pass."""
    position = 0
    while True:
        start = body.find(b"beginbf", position)
        if start < 0:
            return
        kind = body[start + 5:start + 11]
        if kind not in (b"bfchar", b"bfrang"):
            position = start + 7
            continue
        kind = b"bfchar" if kind == b"bfchar" else b"bfrange"
        end = body.find(b"end" + kind, start)
        if end < 0:
            return
        yield kind, body[start + 5 + len(kind):end]
        position = end


def _hex(token: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", token)
    return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))


def _utf16(raw: bytes) -> str:
    return raw.decode("utf-16-be", errors="ignore")


def _shifted(start: bytes, offset: int) -> bytes:
    """`start` with its last two bytes raised by `offset` (a bfrange's next character)."""
    if len(start) < 2:
        return (int.from_bytes(start or b"\0", "big") + offset).to_bytes(2, "big")[-2:]
    last = (int.from_bytes(start[-2:], "big") + offset) & 0xFFFF
    return start[:-2] + last.to_bytes(2, "big")


def read_codes(raw: bytes, reading: Reading) -> str:
    """A string's codes as characters, through `reading` (codes it does not map are left
    out, as a reader's copy leaves them)."""
    if reading == UTF16:
        return raw.decode("utf-16-be", errors="replace")
    assert isinstance(reading, dict)
    lengths = sorted({len(code) for code in reading}, reverse=True) or [1]
    out, position = [], 0
    while position < len(raw):
        for length in lengths:
            character = reading.get(raw[position:position + length])
            if character is not None:
                out.append(character)
                position += length
                break
        else:
            position += lengths[-1]
    return "".join(out)


Decode = Callable[[int, bytes], str]


def stream_decoders(body: bytes, fonts: dict[bytes, list[Reading]],
                    plain: Callable[[bytes], str]) -> list[Decode]:
    """One decoder per reading of a content stream: a string at a position is read through
    the font the last `Tf` before it chose (`plain` where that font has no map)."""
    chosen = [(match.start(), match.group(1)) for match in _SET_FONT.finditer(body)]
    if not chosen or not any(name in fonts for _, name in chosen):
        return []
    starts = [start for start, _ in chosen]
    count = min(MAX_READINGS, max(len(fonts.get(name, [])) for _, name in chosen))

    def decoder(index: int) -> Decode:
        def decode(start: int, raw: bytes) -> str:
            at = bisect.bisect_right(starts, start) - 1
            readings = fonts.get(chosen[at][1], []) if at >= 0 else []
            if not readings:
                return plain(raw)
            return read_codes(raw, readings[min(index, len(readings) - 1)])
        return decode

    return [decoder(index) for index in range(count)]
