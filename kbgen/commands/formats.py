"""Choices of the command line that must be known before a command's module is imported."""

CHECK_FORMATS = ("text", "json", "github")
"""`kbgen check --format`: path:line text, JSON, GitHub Actions annotations."""
