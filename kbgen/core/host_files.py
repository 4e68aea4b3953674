"""Copied files that a host, a static server or a crawler reads by their name as instructions
about the whole site, not as a file to send: a contributor's `vercel.json` in the content
folder is a configuration of the deployment (redirects, headers, rewrites), past the site's
own `_headers`, and a `security.txt` tells researchers where to send the site's
vulnerabilities.

Each is refused with who reads it; their suffixes (`.json`, `.txt`) are otherwise allowed.
Files of this kind with a suffix kbgen never copies (`_headers`, `netlify.toml`,
`web.config`, dot files such as `.htaccess`) are refused or skipped already
(kbgen.core.static_files). The theme's `custom_dir` is copied too, with any suffix: there the
names of the content folder's rules and those below (THEME_AT_ROOT, THEME_ANYWHERE) are refused
(`theme_refusal`).
"""

from __future__ import annotations

AT_ROOT = {
    "vercel.json": "Vercel reads it as the deployment's configuration (redirects, rewrites and"
                   " headers of every page, in place of the site's _headers)",
    "now.json": "Vercel reads it (its older name for vercel.json) as the deployment's"
                " redirects, rewrites and headers",
    "serve.json": "the `serve` static server reads it from the folder it serves as that"
                  " folder's redirects, rewrites and headers",
    "routes.json": "Azure Static Web Apps reads it (the older staticwebapp.config.json) as"
                   " the site's routes, redirects and who may read each page",
    "_routes.json": "Cloudflare Pages reads it as which addresses its Functions answer in"
                    " place of the site's files",
    "security.txt": "security researchers read it (RFC 9116, at the site's root) as where to"
                    " report the site's vulnerabilities",
    "keybase.txt": "Keybase reads it as proof that the site's domain belongs to the account"
                   " that signed it",
    "ads.txt": "advertising exchanges read it as who may sell ads shown on the site's domain",
    "app-ads.txt": "advertising exchanges read it as who may sell ads shown in the domain's"
                   " apps",
    "sellers.json": "advertising exchanges read it (IAB's companion to ads.txt) as who sells"
                    " ads for the domain",
    "llms.txt": "AI assistants and crawlers read it (llmstxt.org) as the site's own summary"
                " of itself for language models",
    "llms-full.txt": "AI assistants and crawlers read it (llmstxt.org) as the site's whole text"
                     " for language models",
    "ai.txt": "AI crawlers read it as the site's permissions for training on its content",
}
"""Names read at the site's root only, and who reads them as what."""

ANYWHERE = {
    "staticwebapp.config.json": "Azure Static Web Apps reads it from any folder of the"
                                " published site as the site's routes, redirects, headers and"
                                " who may read each page",
}
"""Names read in any folder of the published site."""


THEME_AT_ROOT = {
    "_redirects": "Netlify and Cloudflare Pages read it as the site's redirects (kbgen writes"
                  " the site's own from `redirect_from`); one line such as `/* https://other"
                  ".example/:splat` sends every reader of every page to another host",
    "_headers": "Netlify and Cloudflare Pages read it as every page's headers (kbgen writes"
                " the site's own, with its Content-Security-Policy)",
    "cname": "GitHub Pages reads it as the site's domain and moves the whole site there (a"
             " CNAME belongs in the content folder, where kbgen checks it against site_url)",
}
"""Names read at the site's root whose suffix the content folder never copies, so only a
theme file can publish them."""
THEME_ANYWHERE = {
    "web.config": "IIS and Azure App Service read it in any folder of the site as that"
                  " folder's configuration (rewrites, redirects, headers, handlers)",
}
"""Names read in any folder, likewise."""


def host_reads(src_uri: str) -> str | None:
    """Who reads the copied file `src_uri` as instructions about the site, and as what; None
    for a file a host only sends. Names are compared in lower case, as hosts on
    case-insensitive disks match them."""
    folder, _, name = src_uri.lower().rpartition("/")
    return ANYWHERE.get(name) or (None if folder else AT_ROOT.get(name))


def refusal(src_uri: str) -> str | None:
    """The message refusing `src_uri`, or None when no host reads it as instructions."""
    reader = host_reads(src_uri)
    if reader is None:
        return None
    return (f"{reader}: a file in the content folder is published at that place and would"
            " configure the host or speak for the site; keep host settings in the repository"
            " beside mkdocs.yml (kbgen writes the site's _headers and robots.txt), or rename"
            " the file")


def theme_refusal(src_uri: str) -> str | None:
    """The message refusing the theme's file `src_uri` (relative to `custom_dir`, as it is
    published), or None when no host reads it as instructions."""
    folder, _, name = src_uri.lower().rpartition("/")
    reader = (host_reads(src_uri) or THEME_ANYWHERE.get(name)
              or (None if folder else THEME_AT_ROOT.get(name)))
    if reader is None:
        return None
    return (f"{reader}: a file in the theme folder (custom_dir) is published at that place and"
            " would configure the host or speak for the site; keep host settings in the"
            " repository beside mkdocs.yml, or remove the file")
