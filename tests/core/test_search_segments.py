"""Languages search reads beyond the first six: the worker (kb-search.js, run in node) and
Python cut unspaced scripts into the same bigrams and stem the new Snowball languages alike."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import snowballstemmer

from kbgen.core.search import query_terms
from kbgen.core.search_language import LETTERS, UNFOLDED, search_language, wide_segment
from kbgen.core.search_segments import segment
from kbgen.core.search_widths import widths

WORKER = Path("kbgen/theme/assets/javascripts/workers/kb-search.js").resolve()
VENDOR = WORKER.parent.parent / "vendor"
TEXTS = ["如何重置密码", "Wi-Fiの設定を変更する", "パスワード・リセット", "𠀀𠀁x", "ภาษาไทย",
         "비밀번호를 재설정", "a 中 b", "plain words"]
WORDS = {  # inflected forms of help-centre words, as written
    "da": "adgangskoden nulstille nulstillet betalinger fakturaer kontoen indstillingerne",
    "fi": "salasanan vaihtaminen laskut maksujen asetuksissa tililtä käyttäjät päivitykset",
    "no": "passordet tilbakestille betalingene fakturaer kontoen innstillingene",
    "ro": "parola resetarea plățile facturilor contului setările utilizatorii",
    "ru": "сброс пароля платежи счетов учётной записи настройках пользователей её объёму",
    "sv": "lösenordet återställa betalningar fakturorna kontot inställningarna användare",
    "tr": "şifrenizi sıfırlama ödemeler faturaları hesabınızın ayarlarında kullanıcılar",
}
node = pytest.mark.skipif(shutil.which("node") is None, reason="needs node")


def _run(script: str) -> object:
    done = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@node
def test_the_worker_cuts_the_same_bigrams() -> None:
    source = WORKER.read_text(encoding="utf-8")
    code = re.search(r"^var UNSPACED.*?^function segment.*?^}\n", source, re.S | re.M)
    assert code, "kb-search.js has no segment"
    assert _run(code.group(0) + f"console.log(JSON.stringify({json.dumps(TEXTS)}.map(segment)))"
                ) == [segment(text) for text in TEXTS]


WIDE_TEXTS = ["ﾊﾟｽﾜｰﾄﾞを再設定", "Ｗｉ－Ｆｉの設定", "ＶＰＮ　接続", "ｶﾞｲﾄﾞ１２３", "￥１００",
              "ﾞｱ", "ﾝ", "™ ① ﬁ stay", "비밀번호 ﾡﾢ", "plain"]
"""Width forms of CJK input (half-width kana, full-width Latin and digits, the ideographic
space) and what is not folded (`™`, `①`, `ﬁ`)."""


@node
def test_the_worker_folds_width_forms_before_its_bigrams_as_python_does() -> None:
    source = WORKER.read_text(encoding="utf-8")
    code = "".join(re.search(pattern, source, re.S | re.M).group(0) for pattern in (  # type: ignore[union-attr]
        r"^var UNSPACED.*?^function segment.*?^}\n", r"^var WIDE.*?^function wideSegment.*?\n"))
    found = _run(code + f"console.log(JSON.stringify({json.dumps(WIDE_TEXTS)}.map("
                        "t => [widths(t), wideSegment(t)])))")
    assert found == [[widths(t), wide_segment(t)] for t in WIDE_TEXTS]
    assert wide_segment("ﾊﾟｽﾜｰﾄﾞ") == segment("パスワード")
    assert widths("™ ① ﬁ stay") == "™ ① ﬁ stay"


@node
@pytest.mark.parametrize("code", sorted(UNFOLDED))
def test_each_new_snowball_language_stems_as_its_lunr_languages_file(code: str) -> None:
    words = [w.translate(str.maketrans(LETTERS.get(code, {}))) for w in WORDS[code].split()]
    stems = _run(
        f"global.lunr = require({json.dumps(str(VENDOR / 'lunr-2.3.9.min.js'))});"
        f"require({json.dumps(str(VENDOR / 'lunr-languages/lunr.stemmer.support.min.js'))})(lunr);"
        f"require({json.dumps(str(VENDOR / f'lunr-languages/lunr.{code}.min.js'))})(lunr);"
        f"console.log(JSON.stringify({json.dumps(words)}.map(w => "
        f"lunr.{code}.stemmer(new lunr.Token(w)).toString())))")
    assert stems == snowballstemmer.stemmer(UNFOLDED[code]).stemWords(words)
    assert [search_language(code).stem(w) for w in words] == stems


def test_a_cjk_query_is_read_in_bigrams_and_other_scripts_as_written() -> None:
    assert [t.word for t in query_terms("如何重置密码", search_language("zh"))] == [
        "如何", "何重", "重置", "置密", "密码"]
    assert [t.stem for t in query_terms("Сброс пароля, ёлка и Wi-Fi", search_language("ru"))
            ] == ["сброс", "парол", "елк", "wi", "fi"]  # "и" a stop word; Latin kept
    assert [t.stem for t in query_terms("كلمة المرور", search_language("ar"))] == [
        "كلمة", "المرور"]  # no stemmer: as written
    assert search_language("zh-hans").code == "zh"
