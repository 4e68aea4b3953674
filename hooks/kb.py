"""Wire kbgen into MkDocs: re-exports the event handlers, nothing else."""

from kbgen.site.hooks import (  # noqa: F401
    on_build_error,
    on_config,
    on_env,
    on_files,
    on_nav,
    on_page_content,
    on_page_context,
    on_page_markdown,
    on_post_build,
    on_startup,
)
