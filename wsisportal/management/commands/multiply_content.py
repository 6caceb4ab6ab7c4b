"""Multiply the content synthetically for the benchmark (bench/): N copies of every resolution with its revisions,
sections, clauses and their citations, and of every outcome paragraph with its sub-paragraphs, so that list pages,
"cited by" lists and documents grow N times. Never for a real database: the copies are marked "(copy k)" and the
command refuses to run twice."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from outcomes.models import OutcomeDocument, Paragraph
from resolutions.models import Citation, Clause, Resolution
from wsisportal.generation.models import bump

MARK = "-copy-"


def _number(number: str, copy: int) -> str:
    return str(int(number) + 1000 * copy) if number.isdigit() else f"{number}{MARK}{copy}"


class Command(BaseCommand):
    help = "Multiply resolutions, clauses, citations and paragraphs N times (benchmarks only)."

    def add_arguments(self, parser):
        parser.add_argument("times", type=int, help="How many times the content should be (10: ten times).")

    @transaction.atomic
    def handle(self, times, **options):
        if Resolution.objects.filter(slug__contains=MARK).exists():
            raise CommandError("The content is multiplied already.")
        if times < 2:
            return
        resolutions = list(Resolution.objects.values_list("pk", flat=True))
        paragraphs = list(Paragraph.objects.filter(parent__isnull=True).values_list("pk", flat=True))
        for copy in range(1, times):
            self._copy_resolutions(copy, resolutions)
            self._copy_paragraphs(copy, paragraphs)
        bump()  # bulk_create sends no signal
        self.stdout.write(
            f"Now {Resolution.objects.count()} resolutions, {Clause.objects.count()} clauses, "
            f"{Citation.objects.count()} citations, {Paragraph.objects.count()} paragraphs."
        )

    def _copy_resolutions(self, copy, originals):
        originals = Resolution.objects.filter(pk__in=originals).prefetch_related(
            "revisions__sections__clauses__citations"
        )
        for resolution in originals:
            revisions = list(resolution.revisions.all())
            resolution.pk = None
            resolution.slug = f"{resolution.slug}{MARK}{copy}"
            resolution.number = _number(resolution.number, copy)
            resolution.title_en = f"{resolution.title_en} (copy {copy})"
            resolution.save()
            for revision in revisions:
                sections = list(revision.sections.all())
                revision.pk = None
                revision.resolution = resolution
                revision.save()
                for section in sections:
                    clauses = list(section.clauses.all())
                    section.pk = None
                    section.revision = revision
                    section.save()
                    citations = [list(clause.citations.all()) for clause in clauses]
                    for clause in clauses:
                        clause.pk = None
                        clause.section = section
                    Clause.objects.bulk_create(clauses)
                    copied = []
                    for clause, rows in zip(clauses, citations, strict=True):
                        for citation in rows:
                            citation.pk = None
                            citation.clause = clause
                            copied.append(citation)
                    Citation.objects.bulk_create(copied)

    def _copy_paragraphs(self, copy, originals):
        for document in OutcomeDocument.objects.all():
            paragraphs = list(
                Paragraph.objects.filter(document=document, pk__in=originals).prefetch_related("children")
            )
            offset = 1 + max((p.order for p in Paragraph.objects.filter(document=document)), default=0)
            for paragraph in paragraphs:
                children = list(paragraph.children.all())
                paragraph.pk = None
                paragraph.number = _number(paragraph.number, copy)
                paragraph.order += offset
                paragraph.save()
                for child in children:
                    child.pk = None
                    child.parent = paragraph
                    child.order += offset
                    child.save()  # its anchor id comes from its new parent's
