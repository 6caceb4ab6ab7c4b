"""Loading an outcome document's official text in one language into the paragraphs the portal holds."""

from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from wsisportal.l10n.history import import_reason, record_in_bulk
from wsisportal.l10n.official import LanguageVersionRefused
from wsisportal.texts.document_text import ANNEX_WORDS, DocumentTextError, parse_document_text
from wsisportal.texts.numbering import number_key

from .models import OutcomeDocument, Paragraph


def _order(path: tuple[str, ...]) -> tuple:
    """Number paths in reading order: numbers by value, the Annex after every number."""
    return tuple(number_key(part) for part in path)


def _numbers(paths: list[tuple[str, ...]]) -> str:
    """Paragraph numbers as a reader scans them: "1–11, 13, 50 c i"."""
    words, run = [], []

    def flush():
        if run:
            words.append(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}")
            run.clear()

    for path in paths:
        if len(path) == 1 and path[0].isdigit() and (not run or int(path[0]) == int(run[-1]) + 1):
            run.append(path[0])
            continue
        flush()
        if len(path) == 1 and path[0].isdigit():
            run.append(path[0])
        else:
            words.append(" ".join(path))
    flush()
    return ", ".join(words)


def _without_parts_of_listed(paths: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Leave out sub-paragraphs whose paragraph is in the list too: "26" stands for "26 g"."""
    listed = set(paths)
    return [path for path in paths if not any(path[:depth] in listed for depth in range(1, len(path)))]


def import_document(file_name: str, text: str, language: str, slug: str) -> str:
    """Fill every paragraph of the document that the portal holds with its text in language; refuse the file,
    loading nothing, if it lacks any of them. Returns what was done, in words."""
    try:
        document = OutcomeDocument.objects.get(slug=slug)
    except OutcomeDocument.DoesNotExist as exc:
        slugs = ", ".join(OutcomeDocument.objects.values_list("slug", flat=True))
        raise LanguageVersionRefused(f"No outcome document “{slug}”; the portal has: {slugs or 'none'}.") from exc
    try:
        parsed = parse_document_text(text, ANNEX_WORDS[language])
    except DocumentTextError as exc:
        raise LanguageVersionRefused(f"{file_name}: {exc}; nothing was loaded.") from exc
    in_file = {item.eid: item for item in parsed}
    paragraphs = list(Paragraph.objects.filter(document=document).select_related("parent__parent__parent"))
    missing = [p for p in paragraphs if p.eid not in in_file]
    if missing:
        labels = _numbers(_without_parts_of_listed(sorted((tuple(p.path()) for p in missing), key=_order)))
        raise LanguageVersionRefused(
            f"{file_name}: the portal holds {labels} of {document.abbreviation}, which the file does not have; "
            "nothing was loaded."
        )
    field = build_localized_fieldname("text", language)
    for paragraph in paragraphs:
        setattr(paragraph, field, in_file[paragraph.eid].text)
    with transaction.atomic():
        Paragraph.objects.bulk_update(paragraphs, [field])
        # Recorded in the history of each paragraph, with no person and the command named as the reason.
        record_in_bulk(paragraphs, import_reason(language, file_name))
    report = f"Filled {len(paragraphs)} paragraphs of {document.abbreviation} in {language} from {file_name}."
    held = {p.eid for p in paragraphs}
    skipped = [item.path for item in parsed if item.eid not in held]
    if skipped:
        report += (
            f"\nSkipped {len(skipped)} paragraphs of the file that the portal does not hold: "
            f"{_numbers(_without_parts_of_listed(skipped))}."
        )
    return report
