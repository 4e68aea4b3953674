"""Someone's device or thing said by the grammar of a possessive in the languages the other
owner readings lack, for the gate (issue 19, branch gap65).

A home router's default address, an output block or a login line is a warning (or no finding)
where nothing places it with someone (kbgen.core.default_networks, kbgen.core.surroundings).
English's `'s`, German's `Janes`, the Romance and Slavic genitives, `的`, `の` and `의` were read
(possessives, owned_devices); gap64 left Finnish `Mikon tietokone`, Hungarian `Kovács Péter
gépe`, Greek `ο υπολογιστής του Γιώργου` and their neighbours published.

Read by each language's possessive, not by lists of owners:

- **A marker that says "of"** before the possessor: Greek's genitive article (`του`, `της`,
  `των`) before a capitalised name; Hebrew's `של` before a word without the definite article's
  network noun; Hindi's `का`/`की`/`के` after a possessor; Vietnamese `của`, Indonesian `milik`
  or `punya` before a capitalised name (a title such as `anh`, `Pak` allowed); Thai's `ของ`
  before anyone but the reader or a network's word; Hungarian's dative `Évának a laptopja`.
  Whatever is possessed counts (an address too: `η IP του Γιώργου`).
- **A name's genitive beside a device** where the language marks it on the name or by its
  place: Finnish, Estonian, Lithuanian and Latvian write a name (one or two capitalised words)
  before a device of their own vocabulary (`Mikon tietokone`, `Jāņa dators`); Hungarian
  before a device with its possessive suffix (`Péter laptopja`); Irish and Welsh after it
  (`ríomhaire Sheáin`, `cyfrifiadur Siân`); Arabic's construct state or `ل` after it
  (`حاسوب أحمد`, `الحاسوب المحمول لسارة`).

The possessor places the address unless it is a word of the network's own (stated_owners'
English vocabulary, a maker or provider of devices: possessives), the reader, or a calendar
word (Greek capitalises months and days). Those accepting lists are closed: a possessor they
lack is refused (a false finding at worst, never a leak).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from kbgen.core.cased_letters import NAME
from kbgen.core.normalize import normalize_line
from kbgen.core.possessives import NOT_NAMES
from kbgen.core.stated_owners import network_words


def _fold(words: str) -> str:
    """Words (`|`-separated) as the scanner reads them (Greek look-alikes folded to Latin)."""
    return "|".join(re.escape(normalize_line(word)) for word in words.split("|"))


def _unaccented(pattern: str) -> str:
    """`pattern`'s alternatives, each also without its accents (a table cell's text is read
    with its values' letters folded: `läppäri` as `lappari`)."""
    forms = dict.fromkeys(pattern.split("|"))
    for form in list(forms):
        forms.setdefault("".join(ch for ch in unicodedata.normalize("NFD", form)
                                 if not unicodedata.combining(ch)))
    return "|".join(forms)


_NAMES = rf"{NAME}(?:[ \t]+{NAME})?"
"""A given name, or a given name and a surname (`Anna Virtasen`, `Kovács Péter`)."""

_NAME_FIRST_DEVICES = {
    "fi": r"tietokone|kannettava|läppäri|puhelin|kännykkä|älypuhelin|tulostin|työasema"
          r"|tabletti|kone|laite|reititin|palvelin",
    "et": r"arvuti|sülearvuti|tahvelarvuti|nutitelefon|telefon|tööjaam|seade",
    "lt": r"kompiuter|nešiojam|telefon|išmanusis|spausdintuv|planšet|įrengin",
    "lv": r"dator|klēpjdator|telefon|viedtālr|planšet|ierīc",
}
"""Devices whose possessor Finnish, Estonian, Lithuanian and Latvian write before them, as a
name's genitive (stems: the case endings follow)."""
_GENITIVES = {
    "fi": re.compile(r"n$"),
    "et": re.compile(r"[aeiou]$"),
    "lt": re.compile(r"(?:o|os|ės|es|io|ų|u|aus|ies|ens|s)$"),
    "lv": re.compile(r"(?:a|as|es|us|s)$"),
}
"""How a name's genitive ends in each (the surname's, when two names: `Anna Virtasen`): a
capitalised word that does not (`Kannettava tietokone`, a laptop computer; `Uus arvuti`) is
no possessor."""
_NO_POSSESSORS = frozenset(normalize_line(word).lower() for word in (
    "sinun teidän minun meidän hänen heidän sen tämän tuon jonkin oman uuden vanhan toisen"
    " ensimmäisen langattoman paikallisen kaikkien jokaisen saman tietyn valitun"
    " teie sinu minu meie nende tema selle oma uue vana teise kohaliku"
    " jūsų mano tavo mūsų jo jos jų savo šio šios naujo naujos kito kitos"
    " jūsu mūsu mana tava viņa viņas viņu sava šī šā jaunā cita citas"
    " ön önök te ti saját új régi másik egy ez az minden").split())
"""Capitalised words of a genitive's shape that are the reader's, the writer's, a pronoun's or
an adjective's, not a person's (`Sinun tietokoneesi`, `Jūsu dators`, `Az Ön gépe`): closed."""
_HUNGARIAN_OWNED = (r"(?:számító)?gép[eé]|laptopj[aá]|notebookj[aá]|(?:okos)?telefonj[aá]"
                    r"|mobilj[aá]|nyomtatój[aá]|tabletj[eé]|eszköz[eé]|szerver[eé]")
"""Hungarian devices with the possessive suffix that says they are someone's (`gépe`; its vowel
long before a case's ending: `telefonjának`). Not `routere`: Romanian's plural (`Unele
routere`, some routers)."""
_AFTER_DEVICES = (r"ríomhaire(?:[ \t]+glúine)?|fón(?:[ \t]+póca)?|guthán|printéir|táibléad"
                  r"|\w{0,3}yfrifiadur|\w{0,3}liniadur|\w{0,2}ffôn|\w{0,3}rgraffydd")
"""Irish and Welsh devices (Welsh with its mutations: `gyfrifiadur`, `nghyfrifiadur`), whose
possessor follows them."""
_AFTER_TITLES = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|an[ \t]+tUasal|Bean)\.?[ \t]+)?"

_ARABIC_DEVICES = ("حاسوب|كمبيوتر|جهاز|هاتف|لابتوب|طابعة|راوتر|موجه|خادم|المحمول|الحاسوب"
                   "|الكمبيوتر|الجهاز|الهاتف|اللابتوب|الطابعة|الراوتر|الخادم")
_ARABIC_NETWORK = frozenset(normalize_line(word) for word in (
    "توجيه كمبيوتر حاسوب راوتر مودم شبكة الشبكة محمول لوحي ذكي واي فاي الإنترنت انترنت"
    " إنترنت المستخدم مستخدم الخاص خاص منزلي منزل افتراضي جديد آخر اخر واحد هذا هذه ذلك"
    " تلك لك لكم لي لنا له لها لهم على في من إلى الى عن مع عبر او أو ثم هو هي ان أن إن كان"
    " لديك لديه يجب تم قد بعد قبل عند حتى غير مثل بين ضمن داخل خلال").split())
"""Words after an Arabic device that are the device's kind, the network or a pronoun, not its
owner (`جهاز توجيه`, a router; `لك`, yours): closed."""

_GREEK_TITLES = r"(?:(?:κ\.|κας|κα|κου|κυρίου|κυρίας|Δρ\.|δρ\.)[ \t]*)?"
_GREEK_CALENDAR = frozenset(normalize_line(word).lower() for word in (
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Μαίου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου"
    " Οκτωβρίου Νοεμβρίου Δεκεμβρίου Δευτέρας Τρίτης Τετάρτης Πέμπτης Παρασκευής Σαββάτου"
    " Κυριακής Ελλάδας Ελλάδος").split())
"""Capitalised Greek genitives that are a date or the country, not an owner."""

_GREEK_DEVICES = re.compile("|".join(normalize_line(stem).lower() for stem in (
    "δρομολογητ ρούτερ ρουτερ μόντεμ μοντεμ υπολογιστ εκτυπωτ κάμερ καμερ διακομιστ δίκτυ"
    " δικτυ συσκευ τηλεφών τηλεφων κινητ λάπτοπ λαπτοπ τάμπλετ ταμπλετ τηλεόρασ τηλεορασ"
    " σπιτι σχολεί σχολει").split()))
"""Greek common nouns capitalised as a title or a menu's (`του Δρομολογητή`, the Router's):
a device's, the network's or the home's, as English's `the Router` (stems, folded)."""
_HOME_POSSESSORS = frozenset(normalize_line(word).lower() for word in (
    "kodin koulun vieraan olohuoneen keittiön keittion makuuhuoneen"
    " kodu kooli külalise kulalise külaliste kulaliste elutoa köögi koogi"
    " namų namu mokyklos svečių sveciu svetainės svetaines virtuvės virtuves"
    " mājas majas skolas viesu viesistabas virtuves").split())
"""Finnish, Estonian, Lithuanian and Latvian genitives of the home, the school, a guest or a
room (`Kodu arvuti`, the home computer; `Kooli arvuti`, the school's): no person's, as
English's `the school computer`; capitalised at a sentence's start, they are read as names."""
_NETWORK_COMPOUND = re.compile(r"(?:verkon|võrgu|vorgu|tinklo|tīkla|tikla)$")
"""A genitive compounded of a network's word (`Kotiverkon`, the home network's; `Vierasverkon`,
the guest network's): the network's, not a person's."""
_HEBREW_NOT_OWNERS = frozenset(normalize_line(word) for word in (
    "כל זה זו זאת אותו אותה אותם מי מה אחד אחת עצמו עצמה עצמך עצמכם עצמי מישהו משהו פעם"
    " נתב ראוטר מחשב שרת רשת התקן מכשיר מערכת אתר ספק ממשק דפדפן אפליקציה יישום תוכנה"
    " הגדרות מודם רכיב משתמש לקוח_קצה כתובת פורט יציאה חיבור אינטרנט אלחוטי ברירת"
    " מחדל רשתות שרתים נתבים מחשבים התקנים מכשירים כרטיס"
    " מדפסת מדפסות מצלמה מצלמת מצלמות טלפון סמארטפון טאבלט טלוויזיה נייד לפטופ רמקול מקרן"
    " מתג רכזת נקודת גישה אחסון בית").split())
"""What `של` is read before that is no owner: a pronoun or quantifier, the network's own words
and the home's devices (`של הנתב`, the router's; `של המדפסת`, the printer's, as English's
`the printer's` is a home device's; the definite `ה` is dropped before looking): closed."""
_HINDI_NOT_OWNERS = frozenset(normalize_line(word) for word in (
    "राउटर रूटर मॉडेम मोडेम डिवाइस नेटवर्क सर्वर कंप्यूटर कम्प्यूटर ब्राउज़र ब्राउजर गेटवे सिस्टम"
    " सेटिंग्स सेटिंग मेनू पेज पृष्ठ वेबसाइट साइट इंटरफ़ेस इंटरफेस ऐप एप ऐप्लिकेशन एप्लिकेशन फ़ोन फोन"
    " वाई-फाई वाईफाई इंटरनेट पता आईपी डिफ़ॉल्ट डिफॉल्ट उपयोगकर्ता यूज़र यूजर आप आपका आपके आपकी"
    " इस उस इन उन किस किसी जिस जिन यह वह ये वे सभी हर प्रत्येक एक दूसरे घर कनेक्शन पोर्ट"
    " एडमिन व्यवस्थापक प्रोग्राम सॉफ़्टवेयर सॉफ्टवेयर सेवा सर्विस लैन वैन एड्रेस लॉगिन पैनल"
    " डैशबोर्ड होम पासवर्ड फ़ायरवॉल फायरवॉल प्रॉक्सी"
    " प्रिंटर प्रिन्टर कैमरा कैमरे लैपटॉप टैबलेट टीवी मोबाइल स्मार्टफ़ोन स्मार्टफोन स्विच उपकरण"
    " स्पीकर प्रोजेक्टर मशीन स्कूल मेहमान अतिथि").split())
"""Possessors before `का`/`की`/`के` that are the network's, a home device (`प्रिंटर का`, the
printer's), the home's, the reader's or a pronoun: closed."""
_HINDI_POSTPOSITIONS = frozenset(normalize_line(word) for word in (
    "लिए लिये बाद साथ पास अंदर अन्दर बारे द्वारा रूप तरह बिना ऊपर नीचे माध्यम अनुसार कारण बजाय"
    " पहले बीच बाहर जरिए ज़रिए तौर वजह सामने पीछे आगे तहत").split())
"""What makes `के`/`की` a compound postposition, not a possessive (`उदाहरण के लिए`, for example;
`के साथ`, with; `की तरह`, like): closed."""
_THAI_NETWORK = (
    "เราเตอร์|เร้าเตอร์|คอมพิวเตอร์|เครื่อง|อุปกรณ์|เครือข่าย|ระบบ|เซิร์ฟเวอร์|โมเด็ม|เว็บไซต์|เว็บ"
    "|หน้า|โปรแกรม|แอป|แอพ|บริการ|ผู้ใช้|ตัวเอง|ไวไฟ|อินเทอร์เน็ต|เกตเวย์|การ|ความ|มัน|นี้|นั้น|ทุก"
    "|แต่ละ|ค่า|ไฟล์|ซอฟต์แวร์|เบราว์เซอร์|พอร์ต|ที่อยู่"
    "|กล้อง|ปริ้นเตอร์|พรินเตอร์|พริ้นเตอร์|โทรศัพท์|มือถือ|แท็บเล็ต|ทีวี|โทรทัศน์|โน้ตบุ๊ก|แล็ปท็อป"
    "|ลำโพง|สวิตช์|บ้าน|โรงเรียน|แขก")
"""Thai possessors after `ของ` that are the network's own words, a home device (`ของกล้อง`,
the camera's), the home's, a nominaliser or a demonstrative: closed."""
_THAI_READER = ("คุณ|ท่าน")
_THAI_AFTER_READER = (
    "คือ|ที่|ได้|ใน|เป็น|จะ|ก็|และ|หรือ|แล้ว|มี|ให้|ไม่|โดย|ซึ่ง|ด้วย|ไว้|อยู่|ยัง|นั้น|นี้|เอง|ทั้ง"
    "|เพื่อ|ต้อง|ควร|สามารถ|จาก|กับ|ไป|มา|เข้า|ออก|ตั้ง|เปิด|ปิด|ใช้|เชื่อม|หาก|ถ้า|เมื่อ|ครับ|ค่ะ|คะ|นะ")
"""What follows the reader's `คุณ` (you) when it is the reader, not a title before a name
(`ของคุณคือ`, yours is; `ของคุณสมศรี`, Khun Somsri's)."""
_VIET_TITLES = r"(?:(?:anh|chị|em|ông|bà|cô|chú|bác|cậu|thầy|bạn)[ \t]+)?"
_INDONESIAN_TITLES = r"(?:(?:Pak|Bu|Bapak|Ibu|Mas|Mbak|Bang|Kak|Sdr\.?|Sdri\.?)[ \t]+)?"
_INDONESIAN_READERS = frozenset("anda kamu saya kami kita mereka dia beliau".split())


@cache
def _forms() -> dict[str, re.Pattern[str]]:
    """Each language's possessive, as the scanner reads text (normalize_line)."""
    hungarian = _unaccented(_HUNGARIAN_OWNED)
    greek_titles = normalize_line(_GREEK_TITLES)
    return {
        **{f"name first {language}": re.compile(
            rf"(?<![\w'’.-])(?P<owner>{_NAMES})[ \t]+(?:{_unaccented(devices)})\w*(?![\w-])")
           for language, devices in _NAME_FIRST_DEVICES.items()},
        "hungarian": re.compile(
            rf"(?<![\w'’.-])(?P<owner>{_NAMES})[ \t]+(?:{hungarian})\w*(?![\w-])"
            rf"|(?<![\w'’.-])(?P<dative>{NAME}(?:nak|nek))[ \t]+(?:az?)[ \t]+\w+?j?[aeáé]i?"
            r"(?![\w-])"),
        "after": re.compile(
            rf"(?i:(?<![\w-])(?:{_AFTER_DEVICES}))[ \t]+{_AFTER_TITLES}(?P<owner>{NAME})"
            r"(?![\w'’-])"),
        "greek": re.compile(
            rf"(?<![\w-])[^\W\d_]+[ \t]+(?:{_fold('του|της|των')})[ \t]+{greek_titles}"
            rf"(?P<owner>{NAME})(?![\w'’-])"),
        "hebrew": re.compile(r"(?<![\u05d0-\u05ea])של[ \t]+(?:ה-?)?(?P<owner>[\u05d0-\u05ea]+)"),
        "arabic": re.compile(
            rf"(?m)(?<![\u0600-\u06ff])(?:{_ARABIC_DEVICES})(?:[ \t]+ال[\u0600-\u06ff]+)?[ \t]+"
            r"(?P<owner>(?!ال)[\u0600-\u06ff]+)(?=[ \t]*(?:[:：)\]|<*_`'\"—–-]|$))"),
        "hindi": re.compile(
            r"(?P<owner>[\u0900-\u097f]+)[ \t]+(?:का|की|के)[ \t]+(?P<owned>[\u0900-\u097fA-Za-z]+)"),
        "vietnamese": re.compile(
            rf"(?<!\w)(?:của|milik|punya|kepunyaan)[ \t]+(?:{_VIET_TITLES}|{_INDONESIAN_TITLES})"
            rf"(?P<owner>{NAME})(?![\w'’-])"),
        "indonesian": re.compile(
            rf"(?<!\w)(?:komputer|ponsel)[ \t]+{_INDONESIAN_TITLES}(?P<owner>{NAME})(?![\w'’-])"),
        "thai": re.compile(r"(?<!สิ่ง)ของ[ \t]*(?P<owner>[\u0e00-\u0e7f]+)"),
    }


_GENITIVE_ENDS = re.compile(r"(?:in|n|s|a|o|os|ės|io|ų|es|i|e)$")
_THAI_NETWORK_START = re.compile(f"(?:{_THAI_NETWORK})")
_THAI_READER_ONLY = re.compile(f"(?:{_THAI_READER})(?:$|(?:{_THAI_AFTER_READER}))")


def _no_one(word: str) -> bool:
    """A capitalised possessor that is a maker, a provider or a network's word, in its own form
    or with a genitive's ending dropped (`Lenovon`, `Windowsin`)."""
    lowered = word.lower().rstrip("'’")
    forms = {lowered, _GENITIVE_ENDS.sub("", lowered)}
    return any(form in NOT_NAMES or form in _GREEK_CALENDAR or form in _INDONESIAN_READERS
               or form in _HOME_POSSESSORS or network_words([form]) for form in forms) \
        or bool(_GREEK_DEVICES.match(lowered) or _NETWORK_COMPOUND.search(lowered))


_DEVICE_WORD = re.compile("(?i:" + _unaccented("|".join(_NAME_FIRST_DEVICES.values())) + ")")
"""A possessor that is itself a device's word (`Kannettavan tietokoneen`, the laptop
computer's)."""
_ACRONYMS = frozenset("lan wan nas dns vpn ip pc ap tv os db dc".split())
"""Network acronyms that are also given names in Title case (Vietnamese `Lan`, `Dc`...): a
possessor written `Lan` is a person, `LAN` the network."""


def _person(owner: str) -> bool:
    """The capitalised possessor (one or two words) names a person: no word of it is no one's,
    unless an acronym written as a name (`Lan`)."""
    return not any(_no_one(word) and not (word.lower() in _ACRONYMS and word[1:].islower())
                   or word.lower() in _NO_POSSESSORS or _DEVICE_WORD.match(word)
                   for word in owner.split())


def _owners(folded: str) -> Iterator[bool]:
    forms = _forms()
    for language, ending in _GENITIVES.items():
        yield any(_person(match.group("owner"))
                  and ending.search(match.group("owner").rsplit(None, 1)[-1])
                  for match in forms[f"name first {language}"].finditer(folded))
    for key in ("after", "greek", "vietnamese", "indonesian"):
        yield any(_person(match.group("owner")) for match in forms[key].finditer(folded))
    yield any(_person(match.group("owner") or match.group("dative")[:-3])
              for match in forms["hungarian"].finditer(folded))
    yield any(match.group("owner").removeprefix("ה") not in _HEBREW_NOT_OWNERS
              and match.group("owner") not in _HEBREW_NOT_OWNERS
              for match in forms["hebrew"].finditer(folded))
    yield any(match.group("owner").removeprefix("ل") not in _ARABIC_NETWORK
              and match.group("owner") not in _ARABIC_NETWORK
              for match in forms["arabic"].finditer(folded))
    yield any(match.group("owner") not in _HINDI_NOT_OWNERS
              and match.group("owned") not in _HINDI_POSTPOSITIONS
              for match in forms["hindi"].finditer(folded))
    yield any(not _THAI_NETWORK_START.match(match.group("owner"))
              and not _THAI_READER_ONLY.match(match.group("owner"))
              for match in forms["thai"].finditer(folded))


@lru_cache(maxsize=256)
def owned(text: str) -> bool:
    """`text` says something is someone's by a possessive of Finnish, Estonian, Hungarian,
    Greek, Lithuanian, Latvian, Irish, Welsh, Hebrew, Arabic, Hindi, Vietnamese, Indonesian or
    Thai whose possessor is no network's word and not the reader."""
    if text.isascii() and not _ASCII_CUES.search(text):
        return False
    return any(_owners("\n".join(normalize_line(line) for line in text.split("\n"))))


_ASCII_CUES = re.compile(
    r"(?i:(?:milik|punya|kepunyaan|komputer|ponsel|"
    + _unaccented("|".join(_NAME_FIRST_DEVICES.values())) + "|" + _unaccented(_HUNGARIAN_OWNED)
    + "|" + _AFTER_DEVICES + r")|(?:nak|nek|\btou|\btwv)\b)")
"""What an ASCII text needs to hold one of these possessives (most are written in ASCII:
`Mikon tietokone`, `Kati arvuti`, `laptop milik Budi`; Greek's article as the scanner folds it,
`tou`)."""
