"""The citation network as a dataset: one row per stored citation, so one row per paragraph of a cited range.

The same rows are served as CSV and JSON; COLUMNS says what each column holds (the re-users' page and
docs/opendata.md show it).
"""

import csv
import io

from django.utils.translation import gettext_lazy as _

from resolutions.models import Citation

from . import akn
from .records import activity_url, url

COLUMNS = (
    ("citation", _("The citation's number in the portal; stable while the citation stands.")),
    ("citing_kind", _("clause: a clause of a resolution's text; activity: a row of ITU's 2006 implementation plan.")),
    ("citing", _("The citing clause or plan row, named in the dataset's language.")),
    ("citing_revision", _("For a clause: the revision whose text it is.")),
    ("citing_section", _("For a clause: its section's keyword, as the official English text prints it.")),
    ("citing_clause", _("For a clause: its label as printed (a, 1); empty for an unlabelled clause.")),
    ("citing_eid", _("For a clause: its anchor id on its page, in the Akoma Ntoso style.")),
    ("citing_url", _("The citing clause or plan row on the portal.")),
    ("words_cited", _("The words of the citation, as the official English text or the plan writes them.")),
    ("start", _("Where those words start, in characters of the English text without emphasis marks.")),
    ("end", _("Where they end, in the same count.")),
    ("target_as_written", _("What the words name, as the linker read them, e.g. TAIS § 78 a.")),
    ("resolved", _("true when the portal holds the target; false otherwise.")),
    ("target_kind", _("paragraph, revision or resolution; empty when unresolved.")),
    ("target", _("The cited paragraph, revision or resolution, named in the dataset's language.")),
    ("target_document", _("For a paragraph: its outcome document's abbreviation.")),
    ("target_eid", _("For a paragraph: its anchor id on its page.")),
    ("target_url", _("The cited page on the portal.")),
    ("target_akn", _("The cited text's Akoma Ntoso address; it answers 303 See Other to the page.")),
)
FIELDS = tuple(name for name, _description in COLUMNS)


def citations():
    """Every citation with what it cites and what cites it, in one query."""
    return (
        Citation.objects.select_related(
            "clause__section__revision__resolution",
            "activity",
            "paragraph__document",
            "paragraph__parent__parent__parent",
            "resolution",
            "revision__resolution",
        )
        .prefetch_related("activity__action_lines")
        .order_by(
            "clause__section__revision__resolution__slug",
            "clause__section__revision__year",
            "clause__section__order",
            "clause__order",
            "activity__order",
            "start",
            "pk",
        )
    )


def row(citation) -> dict:
    clause, activity = citation.clause, citation.activity
    facts = dict.fromkeys(FIELDS, "")
    facts.update(
        citation=citation.pk,
        words_cited=citation.cited_text,
        start=citation.start,
        end=citation.end,
        target_as_written=citation.target,
        resolved=citation.is_resolved,
    )
    if clause is not None:
        section = clause.section
        revision = section.revision
        facts.update(
            citing_kind="clause",
            citing=f"{revision.name} – {section.keyword} {clause.label}".strip(),
            citing_revision=revision.name,
            citing_section=section.keyword_en or section.keyword,
            citing_clause=clause.label,
            citing_eid=clause.eid,
            citing_url=url(f"{revision.get_absolute_url()}#{clause.eid}"),
        )
    else:
        facts.update(citing_kind="activity", citing=activity.title, citing_url=activity_url(activity))
    if citation.paragraph_id:
        paragraph = citation.paragraph
        facts.update(
            target_kind="paragraph",
            target=paragraph.name,
            target_document=paragraph.document.abbreviation,
            target_eid=paragraph.eid,
            target_url=url(paragraph),
        )
    elif citation.revision_id:
        facts.update(target_kind="revision", target=citation.revision.name, target_url=url(citation.revision))
    elif citation.resolution_id:
        facts.update(target_kind="resolution", target=citation.resolution.name, target_url=url(citation.resolution))
    facts["target_akn"] = akn.citation_address(citation) or ""
    return facts


def rows() -> list[dict]:
    return [row(citation) for citation in citations()]


def as_csv(records: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({**record, "resolved": "true" if record["resolved"] else "false"})
    return out.getvalue()
