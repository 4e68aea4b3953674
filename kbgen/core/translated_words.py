"""The words of the gate's readings of a private address, and of the claims that refuse them, in
the languages set-up guides are translated to beyond kbgen.core.claim_words' six: Portuguese,
Polish, Romanian, Russian, Chinese, Japanese and Korean (issue 19, branch fs56).

The gate lets a private address pass where its sentence gives it as an example (`for
example`), supposes a situation (`Suppose`, `Let's say`) or speaks of the reader's own
network (`your router`), and refuses it where the sentence places it with the company, a
customer or a live system (`our`, `customer`, `production`, `office`). Those readings knew
English and five European languages, so a translated guide cried wolf where its English page
passed (RustDesk's `Neste exemplo … Assuma que o IP público do seu roteador será 172.16.16.1`,
`Exemplos:` / `例：` before its proxy settings; Xray's `Предположим, что ваш внутренний
Web-сервис слушает на 192.168.1.123:8888`), and a translated claim said nothing (`我们的服务器`).
The words live here once, by meaning and language; a reading takes the meanings it reads with
`pattern`, and adds them beside its English words, so the claims refuse in every language the
reading accepts in.

Russian words are written as the scanner reads them (normalize_line folds Cyrillic letters to
the Latin ones they look like); words of scripts without spaces (Chinese, Japanese) and Korean
ones (written with their particles attached) match anywhere, the others between word
boundaries. A word ending in `*` is a stem (any ending: `nasz*` reads `naszego`, `naszej`); a
word may end in a guard (`客户(?!端)`; `np.` before a blank, not `np.array`). Ambiguous words
are left out: Japanese `例` alone (`例外`, an exception; only as a whole bare introduction,
`例：`, in EXAMPLES_FOLLOW), Chinese `客户端` (the
client program, as `cliente` is in Portuguese: kept only where English keeps `client`),
Russian `мы` and Polish `my` (`we`: every instruction says it), Chinese and Japanese
`enterprise` (`企业版`, the product's edition), Portuguese `chamado` (`called` as often as a
ticket). No word reads an English one: stems that would (`intern*` reads `internet`, `firm*`
`firmware`, `client*` `client_id`, `companie*` `companies`) are written as whole words, and
Portuguese and Romanian `interno`, `intern` are claim_words' already.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from kbgen.core import person_names
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


EXAMPLE = Meaning(
    portuguese=("por exemplo", "exemplo*", "p. ex."),
    polish=("na przykład", r"np.(?=\s)", "przykład*"),
    romanian=("de exemplu", "exemplu*", "de pildă"),
    russian=("например", "напр.", "пример*"),
    chinese=("例如", "比如", "示例", "范例", "範例", "例子", "举例", "舉例", "例:"),
    japanese=("例えば", "たとえば", "例:", "の例", "例として", "サンプル"),
    korean=("예를 들어", "예:", "예시", "예제"))
"""Words saying a value or a list is an example (`Neste exemplo`, `np.`, `例如`, `例：`)."""

EXAMPLES_FOLLOW = Meaning(
    portuguese=("exemplos", "exemplo", "por exemplo"),
    polish=("przykłady", "przykład", "na przykład"),
    romanian=("exemple", "exemplu", "de exemplu"),
    russian=("примеры", "пример", "например"),
    chinese=("例", "例如", "示例", "例子", "范例", "範例"),
    japanese=("例", "例えば", "使用例", "記述例"),
    korean=("예", "예시", "예제"))
"""An introduction of a list saying only that examples follow (`Exemplos:`, `例：`), before its
colon (kbgen.core.example_lists): here Japanese `例` alone is the whole introduction."""

SUPPOSE = Meaning(
    portuguese=("suponha*", "suponhamos", "digamos que", "imagine que", "assuma", "assumindo",
                "vamos supor"),
    polish=("załóżmy", "przyjmijmy", "zakładając", "powiedzmy", "wyobraź sobie"),
    romanian=("să presupunem", "presupunem", "presupunând", "să zicem"),
    russian=("предположим", "допустим", "представим", "представьте"),
    chinese=("假设", "假設", "假如", "假定", "设想", "設想"),
    japanese=("仮に", "と仮定", "を想定"),
    korean=("가정", "가령"))
"""Words making up a situation (`Assuma que`, `Załóżmy`, `Предположим`, `假设`, `と仮定`)."""

YOURS = Meaning(
    portuguese=("seu", "sua", "seus", "suas", "teu", "tua"),
    polish=("twój", "twoj*", "swój", "swoj*"),
    romanian=("tău", "dumneavoastră"),
    russian=("ваш*", "твой", "твоя", "твоё", "твое", "свой", "своё", "свое"),
    chinese=("你", "您"),
    japanese=("あなたの", "お使いの", "ご自身の", "ご使用の"),
    korean=("당신의", "귀하의", "여러분의"))
"""The reader's own (`seu roteador`, `Twojego routera`, `ваш сервер`, `你的内网`)."""

INTERNAL = Meaning(
    polish=("wewnętrzn*",),
    russian=("внутренн*",),
    chinese=("内部", "內部", "内网", "內網"),
    japanese=("内部",),
    korean=("내부",))
"""`internal`, which a made-up set-up says of its own resources (kbgen.core.scenarios) and a
company says of its own."""

OUR = Meaning(
    portuguese=("nosso*", "nossa*"),
    polish=("nasz*",),
    romanian=("nostru", "noastr*", "noștri", "noştri"),
    russian=("наш*",),
    chinese=("我们", "我們", "我司", "本公司"),
    japanese=("弊社", "当社", "私たち", "我々", "われわれ"),
    korean=("우리", "저희", "당사"))
"""The writer's side (`nossa rede`, `nasz serwer`, `наш сервер`, `我们的服务器`)."""

CASE = Meaning(
    portuguese=("cliente*",),
    polish=("klient*", "zgłoszeni*"),
    romanian=("clientul", "clientului", "clienții", "clienţii", "clienților",
              "clienţilor"),
    russian=("клиент*", "заявк*"),
    chinese=("客户(?!端)", "客戶(?!端)", "工单", "工單"),
    japanese=("顧客", "お客様", "お客さま"),
    korean=("고객",))
"""A real person's case: a customer's, a ticket's (`klient` as English keeps `client`)."""

LIVE = Meaning(
    portuguese=("produção", "produtiv*"),
    polish=("produkcj*", "produkcyjn*"),
    romanian=("producție", "producţie", "producția", "producţia"),
    russian=("продакшн*", "производствен*", "боев*"),
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
    russian=("бухгалтер*", "зарплат*", "отдел кадров", "кадров*", "финансов*", "файлов* сервер*",
             "почтов* сервер*", "контроллер* домена", "сервер баз данных"),
    chinese=("财务", "財務", "工资", "工資", "薪资", "薪資", "人事", "人力资源", "人力資源", "会计",
             "會計", "文件服务器", "檔案伺服器", "邮件服务器", "郵件伺服器", "数据库服务器",
             "資料庫伺服器", "域控"),
    japanese=("経理", "給与", "人事", "財務", "会計", "ファイルサーバー", "メールサーバー",
              "データベースサーバー", "ドメインコントローラー"),
    korean=("급여", "인사팀", "회계", "재무", "파일 서버", "메일 서버", "데이터베이스 서버",
            "도메인 컨트롤러"))
"""A machine's job in an organisation (`folha de pagamento`, `kadry i płace`, `бухгалтерия`,
`工资`, `経理`): as claim_words' JOBS."""

PERSON = Meaning(
    portuguese=("sr.", "sra.", "senhor", "senhora"),
    polish=("pani", "pana", "panu", "panią"),
    romanian=("domnul", "doamna", "domnului", "doamnei"),
    russian=("господин*", "госпож*"),
    chinese=("先生", "女士", "小姐", "他的", "她的"),
    japanese=("さん", "彼の", "彼女の"),
    korean=("씨", "그의", "그녀의"))
"""Someone: a title or honorific (`pani`, `господин`, `先生`, `さん`, `씨`) or a third person's
possessive where it names a person only (`他的`, `彼の`, `그의`; not `его`, `jego`, `dele`, which
say `its` as often: Xray's `Он доступен … его`)."""

_CYRILLIC_WORD = r"(?=[A-Za-zА-яЁё]*[А-яЁё])[A-ZА-ЯЁ][a-zа-яё]+"
CYRILLIC_FULL_NAME = (rf"(?-i:(?:[,;:]|(?<!\w)[a-zа-яё][\w-]*)[ \t]+{_CYRILLIC_WORD}[ \t]+"
                      rf"{_CYRILLIC_WORD}(?!\w|[ \t]+[A-ZА-ЯЁ]))")
"""Two capitalised words in Cyrillic, after a word in lower case or a comma and before no third
capitalised word (`ноутбук Ивана Петрова`, as the scanner reads it: each word keeps at least one
Cyrillic letter normalize_line does not fold): a person's name; not a sentence's first words
(`Откройте Панель управления`) nor a heading in title case (`Конфигурация Внутреннего
Устройства`, Xray's)."""

COMPANY = Meaning(
    portuguese=("ltda", "ltda."),
    romanian=("s.r.l.", "srl"),
    russian=("ооо(?=[ \t]*[«\"“])", "оао(?=[ \t]*[«\"“])", "зао", "пао"),
    chinese=("有限公司",),
    japanese=("株式会社", "有限会社"),
    korean=("주식회사", "(주)"))
"""A company's legal form (`Acme Ltda.`, `ООО «Ромашка»`, `株式会社`; `ООО` only before its
name's quotes: the scanner reads it as Latin `ooo`)."""

SECRETS = Meaning(
    portuguese=("senha*", "credenciais"),
    polish=("hasł*", "hasło", "hasla", "poświadczeni*"),
    romanian=("parol*",),
    russian=("парол*", "токен*"),
    chinese=("密码", "密碼", "令牌", "密钥", "密鑰"),
    japanese=("パスワード", "トークン", "秘密鍵"),
    korean=("비밀번호", "암호", "토큰"))
"""A secret (`senha`, `hasło`, `пароль`, `密码`, `パスワード`)."""

OWN_SIDE = (OUR, LIVE, PREMISES, INTERNAL, COMPANY)
"""What places a value on the company's own side (surroundings' `_OWN_NETWORK`)."""


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


_LATIN_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻĂÂÎȘȚŞŢ"
_LATIN_LOWER = "a-zß-öø-ÿąćęłńśźżăâîșțşţ"
LATIN_FULL_NAME = (rf"(?-i:(?<![\w.])(?:{person_names.FIRST_NAMES})(?:a|u|em|owi|y|ie|ą|ę|o)?"
                   rf"[ \t]+[{_LATIN_UPPER}][{_LATIN_LOWER}]+(?![\w{_LATIN_LOWER}]))")
"""One of the common first names (kbgen.core.person_names), perhaps declined as Polish,
Czech or Romanian decline it, and a capitalised word after it (`laptop Jana Kowalskiego`,
`o computador de Maria Souza`): a person's name. Read only as a refusal of a translated
reading (branch m56: fs56's readings let `Na przykład laptop Jana Kowalskiego ma adres
10.20.30.40.` pass, which main found; two capitalised words after any lower-case word read
`a Next Cloud` as a person on CSC's English page)."""

CJK_NAMED_OWNER = (
    "(?<![一二两兩三四五六七八九十几幾这這那每])"
    "[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹"
    "彭曾肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范金廖贾賈夏韦韋"
    "方邹鄒孟熊秦邱尹薛段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃武戴莫孔汤湯]"
    "[\u4e00-\u9fff]{1,2}的"
    "|(?:佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村"
    "|斎藤|清水|山崎|森|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤)"
    "(?:[\u4e00-\u9fff]{1,2})?の"
    "|[김박윤권황홍][가-힣]{2}(?:의|씨)")
"""A person's name before a possessive in Chinese (a common surname and one or two more
characters before `的`: `张伟的笔记本电脑`; not `一张图片的`), Japanese (a common surname,
perhaps a given name, before `の`: `田中の`) or Korean (a surname syllable and two more before
`의` or `씨`: `김민수의`; surnames that begin common words, `이`, `정`, `서`, `장`, are left
out). Read only as a refusal of a translated reading (branch m56)."""


def someone() -> str:
    """A person in the seven languages (PERSON's words, a full name in Cyrillic or Latin
    letters, a name before a Chinese, Japanese or Korean possessive) as one regular
    expression's alternatives."""
    return (pattern(PERSON) + "|" + CYRILLIC_FULL_NAME + "|" + LATIN_FULL_NAME + "|"
            + CJK_NAMED_OWNER)
