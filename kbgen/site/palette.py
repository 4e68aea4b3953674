"""Material's colour palette: the names `extra.kb.brand` may use (no MkDocs import, so that
`kbgen check` validates with it too)."""

from kbgen.core.config import Palette

PRIMARY_COLOURS = ("red", "pink", "purple", "deep purple", "indigo", "blue", "light blue",
                   "cyan", "teal", "green", "light green", "lime", "yellow", "amber", "orange",
                   "deep orange", "brown", "grey", "blue grey", "black", "white")
"""Material's primary palette colours."""
ACCENT_COLOURS = PRIMARY_COLOURS[:16]
"""Material's accent palette colours (no brown, greys, black or white)."""
MATERIAL_PALETTE = Palette(PRIMARY_COLOURS, ACCENT_COLOURS, default="indigo")
