"""Old way to wire kbgen (`hooks: [hooks/kb.py]`): the `kbgen` plugin, which a site must not
also list under `plugins:`. New sites list `- kbgen` under `plugins:` instead."""

from kbgen.site.plugin import hook_alias

globals().update(hook_alias())
