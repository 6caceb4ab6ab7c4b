"""One term per concept: no catalogue entry or translated fixture field uses a term docs/terminology.csv forbids."""

import csv
import json
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.l10n.test_catalogues import catalogue_path, read_catalogue

ROOT = Path(settings.BASE_DIR)
TABLE = ROOT / "docs" / "terminology.csv"
# The table's language columns, and the suffix modeltranslation gives each language's field.
FIELD_SUFFIX = {"en": "en", "ar": "ar", "zh-hans": "zh_hans", "fr": "fr", "ru": "ru", "es": "es"}
# Arabic and Chinese join words without spaces (Arabic prefixes و ب ل ال): a term is found anywhere.
NO_WORD_BREAKS = {"ar", "zh-hans"}
# Official texts are the sources' own words, not the portal's: not ours to keep to a terminology.
OFFICIAL_FIELDS = {
    ("outcomes.paragraph", "text"),
    ("resolutions.clause", "text"),
    ("resolutions.section", "keyword"),
    ("resolutions.revision", "opening"),
}


def rows() -> list[dict]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split_terms(cell: str) -> list[str]:
    return [term.strip() for term in cell.split("|") if term.strip()]


def term_pattern(term: str, language: str) -> re.Pattern:
    """A forbidden term as the table writes it: "*" stands for any letters (inflections); matched as a whole word
    in Latin and Cyrillic text, hyphens being part of a word (WSIS does not match WSIS-ES), anywhere in Arabic and
    Chinese; case ignored."""
    body = r"\w*".join(re.escape(part) for part in term.split("*"))
    if language in NO_WORD_BREAKS:
        return re.compile(body, re.IGNORECASE)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def forbidden_terms(language: str) -> list[tuple[str, str, re.Pattern]]:
    """(concept, term, pattern) for every term the table forbids in a language."""
    return [
        (row["concept"], term, term_pattern(term, language))
        for row in rows()
        for term in split_terms(row[f"forbidden_{language}"])
    ]


def fixture_texts(language: str):
    """(where, text) for every translated field of every fixture record in one language, official texts aside."""
    suffix = FIELD_SUFFIX[language]
    for path in sorted((ROOT / "fixtures").glob("*.json")):
        for index, record in enumerate(json.loads(path.read_text(encoding="utf-8")), start=1):
            fields = record["fields"]
            name = fields.get("slug") or fields.get("key") or fields.get("eid") or record.get("pk") or index
            for field, value in fields.items():
                if not field.endswith(f"_{suffix}") or not isinstance(value, str) or not value:
                    continue
                if (record["model"], field[: -len(suffix) - 1]) in OFFICIAL_FIELDS:
                    continue
                yield f"{path.name}: {record['model']} {name} {field}", value


def catalogue_texts(language: str):
    if language == settings.LANGUAGE_CODE:
        return
    path = catalogue_path(language)
    for entry in read_catalogue(path):
        if entry["msgid"]:
            for text in entry["msgstr"].values():
                yield f"{path.relative_to(ROOT)}: {entry['msgid'][:50]!r}", text


def offences(language: str, texts) -> list[str]:
    terms = forbidden_terms(language)
    found = []
    for where, text in texts:
        for concept, _term, pattern in terms:
            for match in pattern.finditer(text):
                found.append(f"{where}: “{match.group(0)}” (forbidden for {concept}; the table says what to use)")
    return found


def test_every_concept_has_its_term_in_all_six_languages():
    table = rows()
    assert len(table) >= 20
    for row in table:
        assert row["concept"], row
        for language in FIELD_SUFFIX:
            assert split_terms(row[language]), (row["concept"], language)
            for term in split_terms(row[f"forbidden_{language}"]):
                # A term cannot be both the one to use and one to avoid.
                assert not term_pattern(term, language).search(row[language]), (row["concept"], language, term)


@pytest.mark.parametrize("language", list(FIELD_SUFFIX))
def test_no_translated_fixture_field_uses_a_forbidden_term(language):
    assert offences(language, fixture_texts(language)) == []


@pytest.mark.parametrize("language", [code for code in FIELD_SUFFIX if code != "en"])
def test_no_catalogue_entry_uses_a_forbidden_term(language):
    assert offences(language, catalogue_texts(language)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh-hans", "国际电联是C2、C5和C6行动方面的促进方"),
        ("zh-hans", "与希腊联络的联络人"),
        ("ru", "МСЭ является сокоординатором направлений деятельности C1"),
        ("ru", "работу по созданию Форума по управлению интернетом"),
        ("ru", "Группа Организации Объединенных Наций по информационному обществу (ГООНИО)"),
        ("fr", "Groupe des Nations Unies sur la société de l'information (GNUSI)"),
        ("ar", "برنامج الأمم المتحدة الإنمائي (UNDP)"),
        ("ar", "قاعدة بيانات حصر أنشطة القمة"),
        ("es", "organismos rectores del grupo"),
        ("en", "World Telecommunication Development Report"),
    ],
)
def test_a_forbidden_term_put_back_is_found(language, text):
    assert offences(language, [("sample", text)])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "le WSIS-ES et le GTC-SMSI"),
        ("ru", "координатор направления деятельности C3 — ЮНЕСКО"),
        ("zh-hans", "联合国秘书长就全系统协调方式提交的报告"),
        ("es", "función rectora de facilitación"),
    ],
)
def test_a_term_the_table_allows_is_not_taken_for_a_forbidden_one(language, text):
    assert offences(language, [("sample", text)]) == []
