"""The MkDocs adapter: the only package that imports mkdocs."""
