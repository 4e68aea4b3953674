"""The words a reply adds around an article (greeting, link line, contact line), in the
site's language: a German help centre's `kbgen reply` greeted its customers with "Hello," and
"You can read the full article here"."""

from __future__ import annotations

from dataclasses import dataclass, field

from kbgen.core.i18n import N_, Translator

GREETING = N_("Hello,")
GREETING_NAMED = N_("Hello %(name)s,")
READ_MORE = N_("You can read the full article here:")
MEANWHILE = N_("Meanwhile:")
REPLY_ONLY = N_("If this does not solve it, just reply to this message.")
CALL_US = N_("If this does not solve it, reply to this message or call us on %(number)s"
             " (%(label)s).")


@dataclass(frozen=True)
class ReplyWording:
    """kbgen's text of a reply, through the site's translator (English without one)."""

    translator: Translator = field(default_factory=Translator)

    def _(self, message: str) -> str:
        return self.translator.gettext(message)

    def greeting(self, name: str = "") -> str:
        """`Hello,` or `Hello NAME,`."""
        name = name.strip()
        return self._(GREETING_NAMED) % {"name": name} if name else self._(GREETING)

    def template(self) -> str:
        """The default reply template, its link line in the site's language."""
        return f"$greeting\n\n$summary\n\n$steps\n\n{self._(READ_MORE)} $link\n\n$contact\n"

    def meanwhile(self, workaround: str) -> str:
        """An open known issue's workaround, before the steps."""
        return f"{self._(MEANWHILE)} {workaround}"

    def contact(self, number: str | None, label: str = "") -> str:
        """How to reach support: the first phone line, or a plain invitation to reply."""
        if number is None:
            return self._(REPLY_ONLY)
        return self._(CALL_US) % {"number": number, "label": label}
