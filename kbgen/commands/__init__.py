"""One module per CLI command; each exposes one function the CLI calls."""

CHECK_FORMATS = ("text", "json", "github")
"""Output formats of `kbgen check`, cheap to import for the CLI."""
