"""The keywords that open the sections of ITU resolutions, in each of the six languages, and how to recognize them.

A section keyword is identified by its *kind*, named after the English keyword ("considering further",
"resolves"). Each language lists the stems its official texts open sections with; where one word stands for
two English keywords (French *décide* for both *resolves* and *decides*), the stem names both kinds. This is
general knowledge of how the ITU's texts are worded, not data of any one resolution. No Django import here.
"""

import re
import unicodedata

PREAMBULAR = "preambular"
OPERATIVE = "operative"

# Every kind of keyword, named after the English, and the part of the text it opens.
KINDS = {
    "recalling": PREAMBULAR,
    "recalling further": PREAMBULAR,
    "considering": PREAMBULAR,
    "considering further": PREAMBULAR,
    "taking into account": PREAMBULAR,
    "noting": PREAMBULAR,
    "noting further": PREAMBULAR,
    "noting with satisfaction": PREAMBULAR,
    "endorsing": PREAMBULAR,
    "bearing in mind": PREAMBULAR,
    "recognizing": PREAMBULAR,
    "recognizing further": PREAMBULAR,
    "aware": PREAMBULAR,
    "convinced": PREAMBULAR,
    "emphasizing": PREAMBULAR,
    "welcoming": PREAMBULAR,
    "resolves": OPERATIVE,
    "further resolves": OPERATIVE,
    "resolves to express": OPERATIVE,
    "decides": OPERATIVE,
    "instructs": OPERATIVE,
    "requests": OPERATIVE,
    "invites": OPERATIVE,
    "encourages": OPERATIVE,
    "urges": OPERATIVE,
    "calls upon": OPERATIVE,
}

LANGUAGES = ("ar", "zh-hans", "en", "fr", "ru", "es")

# Stem → kind or kinds, per language. A line opens a section when it starts with a stem; the longest stem wins.
STEMS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "en": {
        "recalling": "recalling",
        "recalling further": "recalling further",
        "recalling also": "recalling further",
        "further recalling": "recalling further",
        "considering": "considering",
        "considering further": "considering further",
        "considering also": "considering further",
        "further considering": "considering further",
        "taking into account": "taking into account",
        "taking into consideration": "taking into account",
        "noting": "noting",
        "noting further": "noting further",
        "noting also": "noting further",
        "further noting": "noting further",
        "noting with satisfaction": "noting with satisfaction",
        "endorsing": "endorsing",
        "bearing in mind": "bearing in mind",
        "recognizing": "recognizing",
        "recognising": "recognizing",
        "recognizing further": "recognizing further",
        "recognizing also": "recognizing further",
        "aware": "aware",
        "convinced": "convinced",
        "emphasizing": "emphasizing",
        "emphasising": "emphasizing",
        "welcoming": "welcoming",
        "resolves": "resolves",
        "further resolves": "further resolves",
        "resolves further": "further resolves",
        "resolves to express": "resolves to express",
        "decides": "decides",
        "instructs": "instructs",
        "requests": "requests",
        "invites": "invites",
        "encourages": "encourages",
        "urges": "urges",
        "calls upon": "calls upon",
    },
    "fr": {
        "rappelant": "recalling",
        "rappelant en outre": "recalling further",
        "rappelant également": "recalling further",
        "rappelant aussi": "recalling further",
        "considérant": "considering",
        "considérant en outre": "considering further",
        "considérant également": "considering further",
        "considérant aussi": "considering further",
        "tenant compte": "taking into account",
        "prenant en considération": "taking into account",
        "notant": "noting",
        "prenant note": "noting",
        "notant en outre": "noting further",
        "notant également": "noting further",
        "notant avec satisfaction": "noting with satisfaction",
        "approuvant": "endorsing",
        "souscrivant": "endorsing",
        "faisant sien": "endorsing",
        "ayant à l'esprit": "bearing in mind",
        "gardant à l'esprit": "bearing in mind",
        "reconnaissant": "recognizing",
        "reconnaissant en outre": "recognizing further",
        "reconnaissant également": "recognizing further",
        "conscient": "aware",
        "consciente": "aware",
        "convaincu": "convinced",
        "convaincue": "convinced",
        "soulignant": "emphasizing",
        "se félicitant": "welcoming",
        "décide": ("resolves", "decides"),
        "décide en outre": "further resolves",
        "décide d'exprimer": "resolves to express",
        "charge": "instructs",
        # "charge le Conseil" renders both "instructs the Council" and "requests the Council".
        "charge le conseil": ("instructs", "requests"),
        "prie": "requests",
        "demande": "requests",
        "prie instamment": "urges",
        "invite": "invites",
        "encourage": "encourages",
        "engage": "encourages",
        "appelle": "calls upon",
        "exhorte": "urges",
    },
    "es": {
        "recordando": "recalling",
        "recordando además": "recalling further",
        "recordando también": "recalling further",
        "considerando": "considering",
        "considerando además": "considering further",
        "considerando también": "considering further",
        "teniendo en cuenta": "taking into account",
        "tomando en consideración": "taking into account",
        "observando": "noting",
        "tomando nota": "noting",
        "señalando": "noting",
        "observando además": "noting further",
        "observando también": "noting further",
        "observando con satisfacción": "noting with satisfaction",
        "refrendando": "endorsing",
        "respaldando": "endorsing",
        "haciendo suy-": "endorsing",
        "aprobando": "endorsing",
        "teniendo presente": "bearing in mind",
        "reconociendo": "recognizing",
        "reconociendo además": "recognizing further",
        "reconociendo también": "recognizing further",
        "consciente": "aware",
        "convencid-": "convinced",
        "subrayando": "emphasizing",
        "destacando": "emphasizing",
        "acogiendo con satisfacción": "welcoming",
        "celebrando": "welcoming",
        "resuelve": "resolves",
        "resuelve además": "further resolves",
        "resuelve asimismo": "further resolves",
        "resuelve expresar": "resolves to express",
        "decide": "decides",
        "encarga": "instructs",
        "pide": "requests",
        "solicita": "requests",
        "invita": "invites",
        "alienta": "encourages",
        "insta": "urges",
        "exhorta": "urges",
        "hace un llamamiento": "calls upon",
    },
    "ru": {
        "напоминая": "recalling",
        "напоминая далее": "recalling further",
        "напоминая также": "recalling further",
        "учитывая": "considering",
        "учитывая далее": "considering further",
        "учитывая также": "considering further",
        "принимая во внимание": ("taking into account", "bearing in mind"),
        "отмечая": "noting",
        "принимая к сведению": "noting",
        "отмечая далее": "noting further",
        "отмечая также": "noting further",
        "отмечая с удовлетворением": "noting with satisfaction",
        "одобряя": "endorsing",
        "поддерживая": "endorsing",
        "памятуя": "bearing in mind",
        "признавая": "recognizing",
        "признавая далее": "recognizing further",
        "признавая также": "recognizing further",
        "сознавая": "aware",
        "осознавая": "aware",
        "будучи убежден-": "convinced",
        "подчеркивая": "emphasizing",
        "приветствуя": "welcoming",
        "решает": ("resolves", "decides"),
        "решает далее": "further resolves",
        "решает также": "further resolves",
        "решает выразить": "resolves to express",
        "поручает": "instructs",
        "просит": "requests",
        "предлагает": "invites",
        "приглашает": "invites",
        "призывает": ("encourages", "calls upon"),
        "настоятельно призывает": "urges",
        "рекомендует": "encourages",
    },
    # Arabic: matched without vowel marks and with the leading conjunction "و" optional (see normalize()).
    "ar": {
        "إذ يذكر": "recalling",
        "إذ يذكر كذلك": "recalling further",
        "إذ يذكر أيضا": "recalling further",
        "إذ يشير": "recalling",
        "إذ يضع في اعتباره": "considering",
        "إذ يضع في اعتباره كذلك": "considering further",
        "إذ يضع في اعتباره أيضا": "considering further",
        "إذ يأخذ في اعتباره": "taking into account",
        "إذ يأخذ في الاعتبار": "taking into account",
        "إذ يراعي": "taking into account",
        "إذ يلاحظ": "noting",
        "إذ يحيط علما": "noting",
        "إذ يلاحظ كذلك": "noting further",
        "إذ يلاحظ أيضا": "noting further",
        "إذ يلاحظ مع الارتياح": "noting with satisfaction",
        "إذ يؤيد": "endorsing",
        "إذ يضع في حسبانه": "bearing in mind",
        "إذ يضع نصب عينيه": "bearing in mind",
        "إذ يعترف": "recognizing",
        "إذ يقر": "recognizing",
        "إذ يسلم": "recognizing",
        "إذ يعترف كذلك": "recognizing further",
        "إذ يدرك": ("aware", "recognizing"),
        "إذ يعي": "aware",
        "اقتناعا منه": "convinced",
        "إذ يؤكد": "emphasizing",
        "إذ يرحب": "welcoming",
        "يقرر": ("resolves", "decides"),
        "يقرر كذلك": "further resolves",
        "يقرر أيضا": "further resolves",
        "يقرر أن يعرب": "resolves to express",
        "يكلف": "instructs",
        "يطلب": "requests",
        "يدعو": "invites",
        "يشجع": "encourages",
        "يحث": "urges",
        "يناشد": "calls upon",
    },
    # Chinese: no spaces between words, so a stem matches as a prefix of the line.
    "zh-hans": {
        "忆及": "recalling",
        "还忆及": "recalling further",
        "进一步忆及": "recalling further",
        "回顾": "recalling",
        "考虑到": ("considering", "taking into account"),
        "还考虑到": "considering further",
        "进一步考虑到": "considering further",
        "顾及": "taking into account",
        "虑及": "taking into account",
        "注意到": "noting",
        "还注意到": "noting further",
        "进一步注意到": "noting further",
        "满意地注意到": "noting with satisfaction",
        "认可": "endorsing",
        "赞同": "endorsing",
        "核准": "endorsing",
        "铭记": "bearing in mind",
        "认识到": ("recognizing", "aware"),
        "承认": "recognizing",
        "还认识到": "recognizing further",
        "进一步认识到": "recognizing further",
        "意识到": "aware",
        "深信": "convinced",
        "确信": "convinced",
        "强调": "emphasizing",
        "欢迎": "welcoming",
        "做出决议": "resolves",
        "作出决议": "resolves",
        "还做出决议": "further resolves",
        "进一步做出决议": "further resolves",
        "决定表示": "resolves to express",
        "做出决议表示": "resolves to express",
        "决定": ("decides", "resolves"),
        "责成": "instructs",
        "请": "requests",
        "要求": "requests",
        "邀请": "invites",
        "鼓励": "encourages",
        "敦促": "urges",
        "呼吁": "calls upon",
    },
}

# The word that heads an outcome document's annex, per language.
ANNEX_WORDS = {
    "en": ("annex",),
    "fr": ("annexe",),
    "es": ("anexo",),
    "ru": ("приложение",),
    "ar": ("الملحق", "ملحق", "المرفق"),
    "zh-hans": ("附件",),
}

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # vowel marks and tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_MARKUP = re.compile(r"[*_`]+")


def normalize(text: str, language: str) -> str:
    """Reduce a line to what keyword stems are compared with: no markup, no case, one space, no Arabic vowels."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = _MARKUP.sub("", text)
    text = " ".join(text.split()).casefold()
    if language == "ar":
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
        # Every preambular keyword after the first is joined by "و" (and): "وإذ يضع في اعتباره".
        if text.startswith("و") and text[1:2] == "ا":
            text = text[1:]
    return text


def _compiled(language: str) -> list[tuple[str, bool, tuple[str, ...]]]:
    """(stem, whether it may end mid-word, kinds), longest stem first; a trailing "-" marks a stem of a word."""
    table = []
    for stem, kinds in STEMS[language].items():
        partial = stem.endswith("-") or language == "zh-hans"  # Chinese writes no spaces between words
        table.append((normalize(stem.rstrip("-"), language), partial, (kinds,) if isinstance(kinds, str) else kinds))
    return sorted(table, key=lambda item: len(item[0]), reverse=True)


_TABLES = {language: _compiled(language) for language in LANGUAGES}


def keyword_kinds(text: str, language: str) -> tuple[str, ...]:
    """The kinds of section a line opens: ("considering further",) for "*considérant en outre*", () for none."""
    line = normalize(text, language)
    for stem, partial, kinds in _TABLES[language]:
        if line.startswith(stem) and (partial or not line[len(stem) : len(stem) + 1].isalpha()):
            return kinds
    return ()
