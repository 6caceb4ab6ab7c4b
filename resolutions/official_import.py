"""Loading a resolution revision's official text in one language into the sections and clauses it has in English."""

from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from wsisportal.l10n.history import import_reason, paused, record_in_bulk
from wsisportal.l10n.languages import ORIGINAL_LANGUAGE
from wsisportal.l10n.official import LanguageVersionRefused
from wsisportal.texts.keywords import keyword_kinds
from wsisportal.texts.resolution_text import (
    OfficialTextError,
    ReferenceSection,
    first_mismatch,
    parse_opening,
    parse_resolution_text,
)

from .models import Clause, Revision, Section


def import_revision(file_name: str, text: str, language: str, spec: str) -> str:
    """Load the keywords, clauses and opening words of revision spec ("pp-140/2010") in language; refuse the file,
    loading nothing, where its structure differs from the English. Returns what was done, in words."""
    slug, _, year = spec.partition("/")
    try:
        revision = Revision.objects.select_related("resolution").get(resolution__slug=slug, year=int(year))
    except (ValueError, Revision.DoesNotExist) as exc:
        raise LanguageVersionRefused(
            f"No revision “{spec}”: give a resolution's slug and a year, e.g. pp-140/2010."
        ) from exc
    sections = list(revision.sections.prefetch_related("clauses").order_by("order"))
    if not sections:
        raise LanguageVersionRefused(
            f"{revision} has no text in the portal to compare the file with; nothing was loaded."
        )
    reference = []
    for section in sections:
        kinds = keyword_kinds(section.keyword_en or "", ORIGINAL_LANGUAGE)
        if not kinds:
            raise LanguageVersionRefused(
                f"The English keyword “{section.keyword_en}” of {revision} is not in the keyword table "
                "(wsisportal/texts/keywords.py); nothing was loaded."
            )
        labels = tuple(clause.label for clause in sorted(section.clauses.all(), key=lambda c: c.order))
        reference.append(ReferenceSection(keyword=section.keyword_en, kind=kinds[0], labels=labels))
    try:
        parsed = parse_resolution_text(text, language)
    except OfficialTextError as exc:
        raise LanguageVersionRefused(f"{file_name}: {exc}; nothing was loaded.") from exc
    mismatch = first_mismatch(parsed, reference)
    opening = parse_opening(text, language)
    if not mismatch and revision.opening_en and not opening:
        mismatch = f"the English opens with “{revision.opening_en}” before its first keyword, the file does not"
    if mismatch:
        raise LanguageVersionRefused(f"{file_name}: {mismatch}; nothing was loaded.")

    keyword_field = build_localized_fieldname("keyword", language)
    text_field = build_localized_fieldname("text", language)
    changed_sections, changed_clauses = [], []
    for section, parsed_section in zip(sections, parsed, strict=True):
        setattr(section, keyword_field, parsed_section.keyword)
        changed_sections.append(section)
        clauses = sorted(section.clauses.all(), key=lambda c: c.order)
        for clause, parsed_clause in zip(clauses, parsed_section.clauses, strict=True):
            setattr(clause, text_field, parsed_clause.text)
            changed_clauses.append(clause)
    with transaction.atomic():
        with paused():  # the saves below are recorded in bulk once they are all made
            _store(revision, opening, language, changed_sections, keyword_field, changed_clauses, text_field)
        changed_revisions = [revision] if opening else []
        # Recorded in the history of each record, with no person and the command named as the reason.
        record_in_bulk([*changed_revisions, *changed_sections, *changed_clauses], import_reason(language, file_name))
    return (
        f"Loaded {len(changed_sections)} sections and {len(changed_clauses)} clauses of {revision} "
        f"in {language} from {file_name}."
    )


def _store(revision, opening, language, changed_sections, keyword_field, changed_clauses, text_field):
    if opening:
        # An update, not a save: new opening words change no citation target, so nothing needs re-linking.
        Revision.objects.filter(pk=revision.pk).update(**{build_localized_fieldname("opening", language): opening})
        revision.refresh_from_db()
    Section.objects.bulk_update(changed_sections, [keyword_field])
    if language == ORIGINAL_LANGUAGE:
        # The English is what citations are found in: saving each clause lets them be found again.
        for clause in changed_clauses:
            clause.save(update_fields=[text_field])
    else:
        Clause.objects.bulk_update(changed_clauses, [text_field])
