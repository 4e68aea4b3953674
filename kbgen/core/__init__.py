"""The MkDocs-free core: content model, validation and search.

Nothing in this package imports mkdocs, click or jinja2, so the site engine can be swapped.
"""
