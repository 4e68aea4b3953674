"""A seed phrase written a word a line (wallet_secrets.seed_lists) is looked up in the BIP39
lists only for a run of twelve or more word lines (issue 13: every other line ended a run, most
of them empty, and asked each of the ten lists again: ~1.7% of a 2,000-article build). The
phrase is still found, in a list, a table or after notes; prose lines ask no list."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan, wallet_secrets

PHRASE = ("abandon ability able about above absent absorb abstract absurd abuse access "
          "accident").split()


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = wallet_secrets._listed_runs

    def counted(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(wallet_secrets, "_listed_runs", counted)
    return calls


def test_prose_lines_ask_no_word_list(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    prose = [f"Step {i}: open the app, then tap Settings and pair the hub again." for i in
             range(3)]
    lines = (prose + ["- done", "", "thanks"]) * 100  # short runs of word lines between
    assert list(wallet_secrets.seed_lists(lines)) == []
    assert calls == []  # main: the ten lists asked at each of the 400 lines ending a run


@pytest.mark.parametrize("layout", ["{word}", "- {word}", "{n}. {word}", "| {n} | {word} |",
                                    "<li>{word}</li>"])
def test_a_phrase_a_word_a_line_is_still_found(monkeypatch: pytest.MonkeyPatch,
                                               layout: str) -> None:
    calls = _counted(monkeypatch)
    lines = ["My recovery words:", ""] + [layout.format(n=n, word=word)
                                          for n, word in enumerate(PHRASE, 1)] + ["", "Thanks."]
    assert [at for at, _, _ in wallet_secrets.seed_lists(lines)] == list(range(2, 14))
    assert 1 <= len(calls) <= len(wallet_secrets._lists())  # the run's lists only
    text = "\n".join(lines) + "\n"
    assert any(finding.kind == "password or secret" for finding in scan(text, Allowed()))


def test_eleven_words_are_no_phrase() -> None:
    lines = ["My words:"] + PHRASE[:11] + ["Thanks."]
    assert list(wallet_secrets.seed_lists(lines)) == []
