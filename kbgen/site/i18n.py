"""The build's language, wired into MkDocs: the translator made from the settings, gettext in
the theme's templates, and the texts the browser's scripts show."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import pass_context
from markupsafe import Markup, escape
from mkdocs.exceptions import ConfigurationError

from kbgen.core.config import KbConfig
from kbgen.core.i18n import N_, Translator, override_errors, overrides_for
from kbgen.core.joining import join_list, join_sentences, sentence_gap
from kbgen.core.published_settings import key_lines

if TYPE_CHECKING:
    from jinja2 import Environment
    from jinja2.runtime import Context
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.kbgen")

BROWSER_MESSAGES = (
    # kb.js: the open-now indicator, the search panel, the header's buttons
    N_("Open now, closes at %(time)s"),
    N_("Open now, closes %(day)s at %(time)s"),
    N_("Closed, opens at %(time)s"),
    N_("Closed, opens %(day)s at %(time)s"),
    N_("Closed"),
    N_("Topics to browse and our phone number are listed below."),
    N_("The best %(shown)s of %(total)s matching articles"),
    N_("Navigation"),
    N_("Search"),
    # kb-feedback.js: what it says, and the e-mails it prefills
    N_("Thank you for your answer."),
    N_("Tell us what was missing; the e-mail is only sent if you send it."),
    N_("Sorry about that. Please contact us to tell us what was missing."),
    N_("Your e-mail program opens with the message; check it and send it."),
    N_("Feedback: %(title)s"),
    N_("Article: %(title)s"),
    N_("Address: %(address)s"),
    N_("Was it helpful? No"),
    N_("What was missing: %(choice)s"),
    N_("not said"),
    N_("(Tell us more here.)"),
    N_("Not found in the help centre: %(query)s"),
    N_("I searched the help centre for: %(query)s"),
    N_("and found nothing. What I was looking for:"),
)
"""What the browser's scripts show, given to them translated (`data-kb-messages`)."""


def site_translator(config: MkDocsConfig, settings: KbConfig,
                    lines: Mapping[str, int] | None = None) -> Translator:
    """The translator of a build: `theme.language`, `extra.kb.locale` and the site's own
    wording; ConfigurationError naming the line of every bad `extra.kb.messages` entry (at
    `lines`, mkdocs.yml's key lines, read here when not given)."""
    language = str(config.theme.get("language") or "en")
    where = config.config_file_path or "mkdocs.yml"
    if lines is None:
        lines = key_lines(Path(where)) if Path(where).is_file() else {}
    errors = override_errors(settings.messages, where, lines)
    if errors:
        raise ConfigurationError("Invalid kbgen settings:\n" + "\n".join(errors))
    translator = Translator(language, settings.locale,
                            overrides_for(settings.messages, language))
    if not translator.has_catalogue:
        log.info("kbgen has no catalogue for theme.language '%s': its interface text stays"
                 " English. Give your wording in extra.kb.messages, or add a catalogue"
                 " (README, \"Languages\").", language)
    return translator


def install_translator(env: Environment, translator: Translator) -> None:
    """gettext in the templates (`_()`, `{% trans %}`), escaped as HTML; the translator as
    `kb_t` (dates, names) and the browser's texts as `kb_messages` (JSON)."""
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")

    shown = as_written(translator)

    def gettext(message: str) -> Markup:
        return escape(shown(message, translator.gettext(message)))

    def ngettext(singular: str, plural: str, count: int) -> Markup:
        return escape(shown(singular, translator.ngettext(singular, plural, count)))
    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals["gettext"] = translated_once(gettext)
    env.globals["kb_t"] = translator
    env.globals["kb_human_date"] = translator.date
    env.globals["kb_messages"] = browser_messages(translator)
    env.globals["kb_list"] = lambda items: markup_list(items, translator)
    env.globals["kb_gap"] = lambda before: sentence_gap(str(before))
    env.filters["kb_code"] = lambda text: Markup("<code>{}</code>").format(text)
    env.globals["kb_language_list"] = lambda codes: join_list(
        map(translator.language_name, codes), translator.formats)
    env.globals["kb_sentences"] = sentences


def markup_list(items: Iterable[str], translator: Translator) -> str:
    """`items` as the language's list (kbgen.core.joining); HTML when an item is HTML
    (`<code>` error codes), the others escaped."""
    shown = list(items)
    if not any(isinstance(item, Markup) for item in shown):
        return join_list(shown, translator.formats)
    return Markup(join_list([str(escape(item)) for item in shown], translator.formats))


def sentences(*parts: str) -> Markup:
    """Sentences of a template (HTML, or text escaped) one after another, spaced as their
    language writes them (kbgen.core.joining: no space after `。`)."""
    return Markup(join_sentences(str(escape(part)) for part in parts))


def translated_once(translate: Callable[[str], Markup]) -> Callable[..., str]:
    """Jinja's newstyle `gettext` (`jinja2.ext._make_new_gettext`, what `_()` calls) with
    each message translated once per build, not once per use on every page: a fair share of
    an article's template time was its dozen fixed texts."""
    done: dict[str, Markup] = {}

    @pass_context
    def gettext(__context: Context, __string: str, **variables: Any) -> str:
        rv = done.get(__string)
        if rv is None:
            rv = done[__string] = translate(__string)
        if __context.eval_ctx.autoescape:
            rv = Markup(rv)
        return rv % variables  # as Jinja's: always a format string
    return gettext


def browser_messages(translator: Translator) -> str:
    """The browser's texts in the site's language, as JSON by English message."""
    shown = as_written(translator)
    table = {message: shown(message, text)
             for message, text in translator.table(BROWSER_MESSAGES).items()}
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"))


LEFT_TO_RIGHT = "\u2066{}\u2069"
"""A text isolated left to right (LRI ... PDI): in attributes and scripts' texts too."""


def as_written(translator: Translator) -> Callable[[str, str], str]:
    """How kbgen's text for `message` is shown: as it is, except kbgen's English on a
    right-to-left page with no catalogue (Hebrew, Persian), isolated left to right so it
    reads "Still need help?", not "?Still need help". The site's own wording is its own."""
    if translator.has_catalogue or translator.formats.character_order != "right-to-left":
        return lambda message, text: text

    def shown(message: str, text: str) -> str:
        return text if message in translator.overrides else LEFT_TO_RIGHT.format(text)
    return shown
