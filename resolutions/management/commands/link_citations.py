"""Find every reference in the resolution clauses and plan rows and store it as a citation."""

from django.core.management.base import BaseCommand

from resolutions.citations import link_all


class Command(BaseCommand):
    help = (
        "Resolve every reference in resolution clauses and implementation-plan rows to the paragraph or "
        "resolution it names; references whose target is not loaded are kept as unresolved. Safe to run again."
    )

    def handle(self, *args, **options):
        count = link_all()
        self.stdout.write(
            f"{count.citations} citations in {count.texts} clauses and plan rows "
            f"({count.unresolved} unresolved); {count.changed} texts changed."
        )
