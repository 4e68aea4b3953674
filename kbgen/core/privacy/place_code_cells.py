"""A home's Plus Code or what3words address in a table whose column header names the home
(hostile round 25): `| Name | Home |` over `| Anna | 8FVC9G8F+6X |`. kbgen.core.privacy
.place_codes reads a code on a line that names a home or a person; in a table the name is in
the header and the code in a cell of another line, so main published it.

Read by structure: a Markdown table (a row of cells over its `---` separator row, maybe in a
quote) whose header cell names a home or a person as place_codes judges a line (`Home`,
`Address`, `Adresse`, `住所`, `Customer`); each body row's cell in that column is read as the
line `<header>: <cell>` would be, by place_codes itself, so its rules hold (a padded code is a
region; `like …` a format's sample; a landmark is no one's home). A header naming no one
(`Office`, `Store`, `Location`, `Plus Code`) is left as it is.

A header that is only an address word (`Address`, `Adresse`, `住所`; not `Home address`) says
where, not whose: a store locator, a list of branches, landmarks or events has one too. Such a
column's code is a home's unless the table says what its places are: the header itself
(`Warehouse address`), else a heading or a row naming a person or a home in another cell
(`Customer`, `Anna's flat`, `Jane Doe,`) makes it a home's, else a heading or the row's first
cell naming a kind of place that is no one's home (`| Store | Address |`, `| North depot | …`,
`渋谷店`, `| Format | Address |`) makes it a place's. A first column that says neither
(`| Name | Address |`, `| Ticket | Address |`) leaves it a home's: in a help desk's pages an
address column of unknown places is most often a customer list copied from a ticket, and a
false alarm costs the writer a renamed header, a leak a house found to 3 m."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.place_codes import _names_a_home, place_codes
from kbgen.core.privacy.place_codes import needs as place_needs

_ADDRESS_WORD = re.compile(r"(?i)\b(?:address(?:es)?|adresse[ns]?|adress|adres|indirizz[oi]"
                           r"|osoite|direcci[oó]n|endere[cç]o|morada)\b|住所|地址|주소")
"""A word for an address that says where, not whose."""
_PLACE_KINDS = (
    r"stores?|shops?|outlets?|branch(?:es)?|offices?|HQ|headquarters|depots?|warehouses?"
    r"|factor(?:y|ies)|plants?|campus(?:es)?|clinics?|hospitals?|schools?|restaurants?"
    r"|caf[eé]s?|hotels?|venues?|landmarks?|sights?|events?|meetups?|conferences?|stations?"
    r"|airports?|museums?|showrooms?|dealers?|resellers?|lockers?|pick-?up[ \t]points?"
    r"|service[ \t]cent(?:re|er)s?|formats?|examples?|samples?|filial(?:e|en)?|geschäft\w*"
    r"|laden|läden|standort(?:e)?|niederlassung(?:en)?|büros?|lager|magasins?|boutiques?"
    r"|agences?|bureaux?|succursales?|tiendas?|sucursal(?:es)?|oficinas?|almac[eé]n(?:es)?"
    r"|negozi?o?|uffici?o?|sede|sedi|winkels?|vestiging(?:en)?|kantoor|kantoren|myymälä\w*"
    r"|toimisto\w*|sklep\w*|oddział\w*|biur\w*|lojas?|filiais")
_PLACE_KIND = re.compile(rf"(?i)\b(?:{_PLACE_KINDS})\b|店舗|支店|営業所|事務所|本社|倉庫|会場"
                         r"|拠点|门店|商店|分店|办公室|会场")
"""A kind of place that is no one's home: a business's, an event's, a landmark, a format."""
_PLACE_LAST = re.compile(rf"(?i)\b(?:{_PLACE_KINDS})$"
                         r"|(?:店|店舗|支店|営業所|事務所|倉庫|会場|门店)$")
"""A row's name ending in such a kind (`North depot`, `Main office`, `渋谷店`)."""
_RESIDENCE = re.compile(r"(?i)\bresiden\w*|\bprivate\b|\bprivat\w*|\bprivé\w*")
"""A home's words place_codes leaves to its other readers."""

_SEPARATOR = re.compile(r"^[ \t>]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


def needs(text: str) -> bool:
    """Whether a text may hold a table with a place code."""
    return "|" in text and place_needs(text)


def _cells(line: str) -> list[tuple[int, str]]:
    """(start, text) of each cell of a table row, past a quote's `>` and the outer pipes."""
    start = len(line) - len(line.lstrip(" \t>"))
    body = line[start:]
    if body.startswith("|"):
        start, body = start + 1, body[1:]
    if body.rstrip().endswith("|"):
        body = body.rstrip()[:-1]
    cells, at = [], start
    for part in body.split("|"):
        cells.append((at, part))
        at += len(part) + 1
    return cells


def _address_only(header: str) -> bool:
    """Whether the header names a home only by an address word (`Address`, not `Home address`)."""
    return _ADDRESS_WORD.search(header) is not None and not _names_a_home(
        _ADDRESS_WORD.sub(" ", header)) and not _RESIDENCE.search(header)


def _row_name(cell: str) -> str:
    """A row's first cell without emphasis, code marks and a trailing number (`Store 12`)."""
    return re.sub(r"[\s#\d.]+$", "", cell.replace("*", "").replace("`", "").strip())


def _a_place(column: int, headers: list[str], cells: list[tuple[int, str]]) -> bool:
    """Whether the table says the address column's row is a place, not a home (see above)."""
    own = _ADDRESS_WORD.sub(" ", headers[column])
    if _PLACE_KIND.search(own):
        return True
    heading = [text for at, text in enumerate(headers) if at != column]
    others = [text.strip() for at, (_, text) in enumerate(cells) if at != column and text.strip()]
    if any(_names_a_home(text) or _RESIDENCE.search(text) for text in others + heading):
        return False
    return (any(_PLACE_KIND.search(text) for text in heading)
            or (bool(cells) and column != 0
                and _PLACE_LAST.search(_row_name(cells[0][1])) is not None))


def place_code_cells(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each home's code in a column whose header names the home."""
    if not needs("\n".join(lines)):
        return
    for index in range(len(lines) - 1):
        if "|" not in lines[index] or not _SEPARATOR.match(lines[index + 1]):
            continue
        heading = [text.strip() for _, text in _cells(lines[index])]
        headers = [(column, text) for column, text in enumerate(heading)
                   if text and _names_a_home(text)]
        if not headers:
            continue
        for row in range(index + 2, len(lines)):
            if "|" not in lines[row]:
                break
            cells = _cells(lines[row])
            for column, header in headers:
                if column >= len(cells) or not place_needs(cells[column][1]):
                    continue
                if _address_only(header) and _a_place(column, heading, cells):
                    continue
                start, text = cells[column]
                prefix = f"{header}: "
                for hit in place_codes(prefix + text, context):
                    shift = start - len(prefix)
                    yield row, replace(hit, start=hit.start + shift, end=hit.end + shift)
