"""Load an official language version of a resolution revision's text or an outcome document's paragraphs."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from outcomes.models import OutcomeDocument, Paragraph
from outcomes.official_text import DocumentTextError, parse_document_text
from resolutions.keywords import ANNEX_WORDS, LANGUAGES, keyword_kinds
from resolutions.models import Clause, Revision, Section
from resolutions.official_text import (
    OfficialTextError,
    ReferenceSection,
    first_mismatch,
    parse_opening,
    parse_resolution_text,
)


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


class Command(BaseCommand):
    help = (
        "Load an official language version from a UTF-8 plain-text file: a resolution revision's sections and "
        "clauses (--revision pp-140/2010) or an outcome document's paragraphs (--document tunis-agenda). "
        "A file whose structure differs from the English is refused and nothing is loaded."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The official text in that language, UTF-8 plain text.")
        parser.add_argument("--language", required=True, choices=LANGUAGES)
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--revision", help="A resolution revision as <slug>/<year>, e.g. pp-140/2010.")
        target.add_argument("--document", help="An outcome document's slug, e.g. tunis-agenda.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise CommandError(f"{path}: cannot be read: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
        if options["revision"]:
            self.import_revision(path, text, options["language"], options["revision"])
        else:
            self.import_document(path, text, options["language"], options["document"])

    def import_revision(self, path: Path, text: str, language: str, spec: str) -> None:
        slug, _, year = spec.partition("/")
        try:
            revision = Revision.objects.select_related("resolution").get(resolution__slug=slug, year=int(year))
        except (ValueError, Revision.DoesNotExist) as exc:
            raise CommandError(
                f"No revision “{spec}”: give a resolution's slug and a year, e.g. pp-140/2010."
            ) from exc
        sections = list(revision.sections.prefetch_related("clauses").order_by("order"))
        if not sections:
            raise CommandError(f"{revision} has no text in the portal to compare the file with; nothing was loaded.")
        reference = []
        for section in sections:
            kinds = keyword_kinds(section.keyword_en or "", "en")
            if not kinds:
                raise CommandError(
                    f"The English keyword “{section.keyword_en}” of {revision} is not in the keyword table "
                    "(resolutions/keywords.py); nothing was loaded."
                )
            labels = tuple(clause.label for clause in sorted(section.clauses.all(), key=lambda c: c.order))
            reference.append(ReferenceSection(keyword=section.keyword_en, kind=kinds[0], labels=labels))
        try:
            parsed = parse_resolution_text(text, language)
        except OfficialTextError as exc:
            raise CommandError(f"{path.name}: {exc}; nothing was loaded.") from exc
        mismatch = first_mismatch(parsed, reference)
        opening = parse_opening(text, language)
        if not mismatch and revision.opening_en and not opening:
            mismatch = f"the English opens with “{revision.opening_en}” before its first keyword, the file does not"
        if mismatch:
            raise CommandError(f"{path.name}: {mismatch}; nothing was loaded.")

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
            if opening:
                # An update, not a save: new opening words change no citation target, so nothing needs re-linking.
                Revision.objects.filter(pk=revision.pk).update(
                    **{build_localized_fieldname("opening", language): opening}
                )
            Section.objects.bulk_update(changed_sections, [keyword_field])
            if language == "en":
                # The English is what citations are found in: saving each clause lets them be found again.
                for clause in changed_clauses:
                    clause.save(update_fields=[text_field])
            else:
                Clause.objects.bulk_update(changed_clauses, [text_field])
        self.stdout.write(
            f"Loaded {len(changed_sections)} sections and {len(changed_clauses)} clauses of {revision} "
            f"in {language} from {path.name}."
        )

    def import_document(self, path: Path, text: str, language: str, slug: str) -> None:
        try:
            document = OutcomeDocument.objects.get(slug=slug)
        except OutcomeDocument.DoesNotExist as exc:
            slugs = ", ".join(OutcomeDocument.objects.values_list("slug", flat=True))
            raise CommandError(f"No outcome document “{slug}”; the portal has: {slugs or 'none'}.") from exc
        try:
            parsed = parse_document_text(text, ANNEX_WORDS[language])
        except DocumentTextError as exc:
            raise CommandError(f"{path.name}: {exc}; nothing was loaded.") from exc
        in_file = {item.eid: item for item in parsed}
        paragraphs = list(Paragraph.objects.filter(document=document).select_related("parent__parent__parent"))
        missing = [p for p in paragraphs if p.eid not in in_file]
        if missing:
            labels = _numbers(_without_parts_of_listed(sorted((tuple(p.path()) for p in missing), key=_order)))
            raise CommandError(
                f"{path.name}: the portal holds {labels} of {document.abbreviation}, which the file does not have; "
                "nothing was loaded."
            )
        field = build_localized_fieldname("text", language)
        for paragraph in paragraphs:
            setattr(paragraph, field, in_file[paragraph.eid].text)
        with transaction.atomic():
            Paragraph.objects.bulk_update(paragraphs, [field])
        held = {p.eid for p in paragraphs}
        skipped = [item.path for item in parsed if item.eid not in held]
        self.stdout.write(
            f"Filled {len(paragraphs)} paragraphs of {document.abbreviation} in {language} from {path.name}."
        )
        if skipped:
            self.stdout.write(
                f"Skipped {len(skipped)} paragraphs of the file that the portal does not hold: "
                f"{_numbers(_without_parts_of_listed(skipped))}."
            )


def _order(path: tuple[str, ...]) -> tuple:
    """Sort key for number paths: numbers by value, the Annex last."""
    head = path[0]
    return (not head.isdigit(), int(head) if head.isdigit() else 0, path[1:])


def _without_parts_of_listed(paths: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Leave out sub-paragraphs whose paragraph is in the list too: "26" stands for "26 g"."""
    listed = set(paths)
    return [path for path in paths if not any(path[:depth] in listed for depth in range(1, len(path)))]
