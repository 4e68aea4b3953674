"""The claims that place a private address with someone, in the languages set-up guides are
translated to beyond kbgen.core.claim_words' six: Portuguese, Polish, Romanian, Russian,
Chinese, Japanese and Korean (issue 19, branch cjk57).

A home router's default address (`192.168.1.20`) is a warning where nothing places it, and an
error where its setting does: a customer's or a ticket's, the company's own side, a live system,
a machine's job, a secret, a company's legal form, a person by a title (default_networks).
Those claims read six languages, so `De exemplu, routerul clientului este la 192.168.1.20.`,
`Например, сервер клиента …`, `例如，客户的路由器地址是 192.168.1.20。`, `お客様のルーター`,
`고객의 라우터` were warnings, and published, where `the customer's router` is an error.

Only refusals live here: a word adds an error where English's word does, and a word missing
leaves main's warning; nothing is accepted by them. Words come from fs56's translated readings
(whose accepting half did not land: rev56), by meaning and language. Russian words are written
as the scanner reads them (normalize_line folds Cyrillic look-alikes to Latin). Words of scripts
written without spaces and Korean ones (whose particles are attached) match anywhere, the others
between word boundaries. A word ending in `*` is a stem; a word may end in a guard (`客户(?!端)`:
`客户端` is the client program, as English `client` is no customer).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from kbgen.core.normalize import normalize_line


class Meaning(NamedTuple):
    """One meaning's words, by language."""

    portuguese: tuple[str, ...] = ()
    polish: tuple[str, ...] = ()
    romanian: tuple[str, ...] = ()
    russian: tuple[str, ...] = ()
    chinese: tuple[str, ...] = ()
    japanese: tuple[str, ...] = ()
    korean: tuple[str, ...] = ()


CASE = Meaning(
    portuguese=("cliente", "clientes"),
    polish=("klient*", "zgłoszeni*"),
    romanian=("clientul", "clientului", "clienții", "clienţii", "clienților", "clienţilor"),
    russian=("клиента", "клиентов", "клиенту", "клиентом", "заявк*"),
    chinese=("客户(?!端)", "客戶(?!端)", "工单", "工單"),
    japanese=("顧客", "お客様", "お客さま"),
    korean=("고객",))
"""A real person's case: a customer's, a ticket's. Russian `клиент` in the nominative is the
client program as often (`клиент Xray`); its other cases name whose (`сервер клиента`)."""

OUR = Meaning(
    portuguese=("nosso*", "nossa*"),
    polish=("nasz*",),
    romanian=("nostru", "noastr*", "noștri", "noştri"),
    russian=("наш*",),
    chinese=("我们", "我們", "我司", "本公司"),
    japanese=("弊社", "当社", "私たち", "我々", "われわれ"),
    korean=("우리", "저희", "당사"))
"""The writer's side (`nossa rede`, `nasz serwer`, `наш сервер`, `我们的服务器`, `弊社`)."""

LIVE = Meaning(
    portuguese=("produção", "produtiv*"),
    polish=("produkcj*", "produkcyjn*"),
    romanian=("producție", "producţie", "producția", "producţia"),
    russian=("продакшн*", "производствен*"),
    chinese=("生产", "生產", "线上环境", "線上環境"),
    japanese=("本番",),
    korean=("프로덕션", "운영 서버", "운영 환경"))
"""A live system (`produção`, `produkcyjny`, `производственный`, `生产`, `本番`)."""

PREMISES = Meaning(
    portuguese=("escritório*", "empresa*", "corporativ*", "funcionário*"),
    polish=("biur*", "firma", "firmy", "firmie", "firmą", "firmow*", "przedsiębiorstw*",
            "pracownik*"),
    romanian=("birou*", "companie", "compania", "companiei", "firmei", "angajaț*", "angajaţ*"),
    russian=("офис*", "компани*", "корпоратив*", "сотрудник*", "предприяти*"),
    chinese=("公司", "办公", "辦公", "员工", "員工"),
    japanese=("社内", "会社", "オフィス", "社員", "従業員"),
    korean=("회사", "사무실", "사내", "직원"))
"""The company's own premises and people (`escritório`, `firma`, `офис`, `公司`, `社内`)."""

JOBS = Meaning(
    portuguese=("folha de pagamento", "recursos humanos", "contabilidade", "financeiro",
                "servidor de arquivos", "servidor de e-mail", "servidor de banco de dados",
                "controlador de domínio"),
    polish=("kadr*", "płac*", "księgow*", "finansow*", "serwer plików", "serwer pocztowy",
            "serwer bazy danych", "kontroler domeny"),
    romanian=("salarizare*", "resurse umane", "contabilitate*", "server de fișiere",
              "server de e-mail", "controler de domeniu"),
    russian=("бухгалтер*", "зарплат*", "отдел кадров", "кадров*", "финансов*",
             "контроллер* домена", "сервер баз данных"),
    chinese=("财务", "財務", "工资", "工資", "薪资", "薪資", "人事", "人力资源", "人力資源", "会计",
             "會計", "文件服务器", "檔案伺服器", "邮件服务器", "郵件伺服器", "数据库服务器",
             "資料庫伺服器", "域控"),
    japanese=("経理", "給与", "人事", "財務", "会計", "ファイルサーバー", "メールサーバー",
              "データベースサーバー", "ドメインコントローラー"),
    korean=("급여", "인사팀", "회계", "재무", "파일 서버", "메일 서버", "데이터베이스 서버",
            "도메인 컨트롤러"))
"""A machine's job in an organisation (`folha de pagamento`, `kadry i płace`, `бухгалтерия`,
`工资`, `経理`): as claim_words' JOBS."""

SECRETS = Meaning(
    portuguese=("senha*", "credenciais"),
    polish=("hasł*", "hasło", "hasla", "poświadczeni*"),
    romanian=("parol*",),
    russian=("парол*", "токен*"),
    chinese=("密码", "密碼", "令牌", "密钥", "密鑰"),
    japanese=("パスワード", "トークン", "秘密鍵"),
    korean=("비밀번호", "암호", "토큰"))
"""A secret (`senha`, `hasło`, `пароль`, `密码`, `パスワード`)."""

COMPANY = Meaning(
    portuguese=("ltda", "ltda."),
    romanian=("s.r.l.", "srl"),
    russian=("ооо(?=[ \t]*[«\"“])", "оао(?=[ \t]*[«\"“])", "зао", "пао"),
    chinese=("有限公司",),
    japanese=("株式会社", "有限会社"),
    korean=("주식회사", "(주)"))
"""A company's legal form (`Acme Ltda.`, `ООО «Ромашка»`, `株式会社`; `ООО` only before its
name's quotes: the scanner reads it as Latin `ooo`)."""

PERSON = Meaning(
    portuguese=("sr.", "sra.", "senhor", "senhora"),
    polish=("pani", "pana", "panu", "panią"),
    romanian=("domnul", "doamna", "domnului", "doamnei"),
    russian=("господин*", "госпож*"),
    chinese=("先生", "女士", "小姐", "他的", "她的"),
    japanese=("さん", "彼の", "彼女の"),
    korean=("씨", "그의", "그녀의"))
"""Someone by a title or honorific, or a third person's possessive that names a person only:
as English `Mr`, `Mrs` and `Jane's` place (not `его`, `jego`, `dele`, which say `its` too)."""

PLACING = (CASE, OUR, LIVE, PREMISES, JOBS, SECRETS, COMPANY, PERSON)
"""Every meaning that places a private address with someone (default_networks' `_PLACED`)."""

_NO_SPACES = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
"""Scripts whose words are matched anywhere (no spaces between words, or particles attached)."""


def pattern(*meanings: Meaning) -> str:
    """The meanings' words in every language as one regular expression's alternatives, each
    with its own boundaries (for a caller's `(?i)` pattern, beside its English words)."""
    return "|".join(_alternative(word) for meaning in meanings
                    for language in meaning for word in language)


def _alternative(word: str) -> str:
    """One word as an alternative: folded as the scanner reads text, with its boundaries and
    guard."""
    stem = word.endswith("*")
    written = word.rstrip("*")
    lookahead = ""
    if "(?" in written:  # a word with its own guard (`客户(?!端)`)
        written, _, guard = written.partition("(?")
        lookahead = "(?" + guard
    text = re.escape(normalize_line(written))
    if unicodedata.name(written[0], "").startswith(_NO_SPACES):
        return text + lookahead
    end = r"\w*" if stem else (r"(?!\w)" if written[-1].isalnum() else "")
    return r"(?<!\w)" + text + end + lookahead
