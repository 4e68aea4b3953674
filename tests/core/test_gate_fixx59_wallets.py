"""Issue 19 (fixx59): a receiving address is accepted only as a donation list publishes it
(a label naming only its coin, then the address; its list holds no sentence or phrase), and a
wallet's seed phrase or passphrase is found wherever it stands (rev59's R2: on m59 the accepted
address let the whole text through). Addresses and phrases are made fresh in each run from the
`base58` and `mnemonic` libraries; rows `fixx59-rcv-…` of bench/gatecorpus/hostile.yml too."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable

import base58
import pytest
from mnemonic import Mnemonic

from kbgen.core.privacy import Allowed, Finding, scan

FINDS = {"API key or token", "password or secret"}

# Fresh bytes each test draws, seeded by the test's id: the same draws on every run and worker.
_DRAW = random.Random()


@pytest.fixture(autouse=True)
def _seeded_draws(request: pytest.FixtureRequest) -> None:
    _DRAW.seed(request.node.nodeid)



def _found(text: str) -> list[Finding]:
    return [finding for finding in scan(text, Allowed()) if not finding.advisory]


def _token(make: Callable[[], str]) -> str:
    """A fresh address the gate reads as a token alone (what the acceptance is asked of)."""
    while not _found(f"{(value := make())}\n"):
        pass
    return value


def _btc() -> str:
    return _token(lambda: base58.b58encode_check(
        bytes([0x00]) + hashlib.sha256(_DRAW.randbytes(33)).digest()[:20]).decode())


def _trx() -> str:
    return _token(lambda: base58.b58encode_check(b"A" + _DRAW.randbytes(20)).decode())


def _seed(language: str = "english", words: int = 12) -> str:
    return Mnemonic(language).to_mnemonic(_DRAW.randbytes(words * 4 // 3))


@pytest.mark.parametrize("text", [
    lambda: f"Refund Marta Jensen's BTC payment to her wallet {_btc()} (she confirmed it).",
    lambda: f"USDT (TRC-20) refund for Herr Weber, order 4471: {_trx()}",
    lambda: f"Auszahlung an Frau Jensen per Bitcoin: {_btc()}",
    lambda: f"BTC address for marta (customer): {_btc()}",
    lambda: f"Payout for our affiliate Jonas Berg (USDT TRC-20): {_trx()}",
    lambda: f"Salaries in bitcoin:\n\n- Marta Jensen: BTC {_btc()}\n- Tom Berg: BTC {_btc()}",
    lambda: f"BTC wallet {_btc()} - unlock with Jensen2024!Kiel",
    lambda: f"The Electrum wallet that receives BTC at {_btc()} opens with Kiel#4471x.",
    lambda: f"- BTC: {_btc()}\n- Owner: Marta Jensen, reception",
    lambda: f"| Customer | BTC |\n|---|---|\n| Dr. Weber | {_btc()} |",
    lambda: f"## Donations\n\nMarta Jensen's personal wallet:\n\n- BTC: {_btc()}",
    lambda: f"## Donations\n\n- BTC: {_btc()}\n- Wallet: walletpass123",
    lambda: f"## Donations\n\n### Marta Jensen\n\n- BTC: {_btc()}",
], ids=["refund", "tron refund", "german", "customer", "payout", "salaries", "unlock",
        "electrum", "owner line", "table", "sentence above", "short secret beside",
        "person heading"])
def test_an_address_a_line_ties_to_a_person_or_a_secret_is_found(
        text: Callable[[], str]) -> None:
    assert FINDS & {f.kind for f in _found(text())}


@pytest.mark.parametrize("around", [
    lambda seed: f"BTC: {_btc()}\n{seed}",
    lambda seed: f"Donate:\n\n- BTC: {_btc()}\n- TRX: {_trx()}\n- Backup words: {seed}",
    lambda seed: f"```\nBTC {_btc()}\n{seed}\n```",
    lambda seed: f"BTC: {_btc()}\n\n" + " ".join(
        f"{number}. {word}" for number, word in enumerate(seed.split(), 1)),
    lambda seed: f"Bitcoin-Spendenadresse: {_btc()}\nWiederherstellung: {seed}",
    lambda seed: f"- BTC: {_btc()}\n\nRecovery phrase: {seed}",
    lambda seed: seed,
    lambda seed: f"`{seed}`",
    lambda seed: ", ".join(seed.split()),
], ids=["beside", "list", "code", "numbered", "german", "paragraph after", "alone", "code span",
        "commas"])
@pytest.mark.parametrize("language, words", [("english", 12), ("english", 24), ("french", 12),
                                             ("spanish", 18), ("italian", 15)])
def test_a_seed_phrase_is_found(around: Callable[[str], str], language: str,
                                words: int) -> None:
    text = around(_seed(language, words))
    assert "password or secret" in {f.kind for f in _found(text)}, text


@pytest.mark.parametrize("text", [
    "walletpassphrase Jensen2024!Kiel 600",
    'bitcoin-cli walletpassphrase "Kiel#4471x" 60',
    "- BTC: {btc}\n\nThe wallet unlocks with Jensen2024!Kiel",
    "Our donation wallet opens with the password Kiel#4471x.",
])
def test_a_wallets_passphrase_is_found(text: str) -> None:
    assert "password or secret" in {f.kind for f in _found(text.format(btc=_btc()))}


def test_a_donation_list_with_links_passes() -> None:
    text = (f"## Donation\n\n- **TRX(Tron)/USDT/USDC: `{_trx()}`**\n- **BTC: `{_btc()}`**\n"
            "- **VLESS NFT: https://opensea.io/collection/vless**\n- **Related links: [A post]"
            "(https://github.com/XTLS/Xray-core/pull/5067), [Another](https://example.org/b)**\n")
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "this method does not work for any reason, you can follow the manual process below.",
    "If you have lost the private key file, you can ask another server you trust",
    "version you want and select 'copy link address', then paste that link",
])
def test_prose_is_no_seed_phrase(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("item", ["{number}. {word}", "- {word}", "{word}"])
def test_a_seed_phrase_written_a_word_a_line_is_found(item: str) -> None:
    words = _seed().split()
    text = "Seed words (keep safe):\n\n" + "\n".join(
        item.format(number=number, word=word) for number, word in enumerate(words, 1))
    assert "password or secret" in {f.kind for f in _found(text)}, text


def test_a_list_of_eleven_words_is_no_seed_phrase() -> None:
    assert _found("\n".join(f"- {word}" for word in _seed().split()[:11])) == []


@pytest.mark.parametrize("separator", [",", "\t", ";", ",\t", "\u00a0", "\u3000"],
                         ids=["comma", "tab", "semicolon", "comma tab", "nbsp", "ideographic"])
def test_a_seed_phrase_joined_without_spaces_is_found(separator: str) -> None:
    """cpu60: the reader splits words on blanks, commas and semicolons, but its need counted
    spaces only, so a phrase joined by commas, tabs or semicolons was never read."""
    text = "Recovery phrase: " + separator.join(_seed().split()) + "\n"
    assert "password or secret" in {f.kind for f in _found(text)}, text
