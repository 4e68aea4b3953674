"""One module per CLI command; each exposes one function the CLI calls."""
