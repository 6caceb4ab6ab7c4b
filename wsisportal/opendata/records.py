"""The facts of each page as plain data: what the JSON twin of a page says, read from the same selector results.

Links are absolute (wsisportal.origin.absolute_url); every official text says in which language it is given:
the reader's own version ("loaded"), the English original in its place ("english-fallback"), or none.
"""

from django.urls import reverse

from actionlines.models import ActionLine, Theme
from wsisportal.l10n.languages import ORIGINAL_LANGUAGE, in_language, reader_language
from wsisportal.origin import absolute_url
from wsisportal.texts.scripts import split_emphasis

from .models import ReuseTerms

LOADED = "loaded"
ENGLISH_FALLBACK = "english-fallback"
NOT_LOADED = "not-loaded"


def url(obj_or_path) -> str:
    path = obj_or_path if isinstance(obj_or_path, str) else obj_or_path.get_absolute_url()
    return absolute_url(path)


def link(name, obj_or_path) -> dict:
    return {"name": str(name), "url": url(obj_or_path)}


def official(obj, field: str) -> dict:
    """An official text in the reader's language where loaded, else its English original, saying which it is."""
    language = reader_language()
    own = in_language(obj, field, language)
    if own:
        return {"text": split_emphasis(own)[0], "language": language, "status": LOADED}
    english = in_language(obj, field, ORIGINAL_LANGUAGE)
    if english:
        return {"text": split_emphasis(english)[0], "language": ORIGINAL_LANGUAGE, "status": ENGLISH_FALLBACK}
    return {"text": "", "language": None, "status": NOT_LOADED}


def page(path: str, **facts) -> dict:
    """Every JSON twin opens with its language and the page it stands beside."""
    return {"language": reader_language(), "page": absolute_url(path), **facts}


# --- action lines, organizations, roles ------------------------------------------------------------------------


def organization_link(org) -> dict:
    return link(org.display_name, org)


def subject_link(subject) -> dict:
    if isinstance(subject, ActionLine):
        return link(f"{subject.code} {subject.title}", subject)
    if isinstance(subject, Theme):
        return link(subject.name, subject)
    return {"name": subject.name, "url": url(reverse("home"))}


def role_run(run) -> dict:
    return {
        "role": str(run.label),
        "period": str(run.period),
        "since": run.since,
        "until": run.until,
        "organizations": [organization_link(org) for org in run.organizations],
        "sources": [{"title": s.title, "year": s.year} for s in run.sources],
    }


def line_summary(summary) -> dict:
    line = summary.line
    return {
        "code": line.code,
        "title": line.title,
        "url": url(line),
        "itu_role": role_run(summary.itu_role) if summary.itu_role else None,
        "focal_points": [organization_link(org) for org in summary.focal_points],
        "lead_units": [organization_link(org) for org in summary.lead_units],
        "themes": [
            {
                "name": theme.theme.name,
                "kind": theme.theme.kind,
                "url": url(theme.theme),
                "itu_role": role_run(theme.itu_role) if theme.itu_role else None,
                "focal_points": [organization_link(org) for org in theme.focal_points],
                "lead_units": [organization_link(org) for org in theme.lead_units],
            }
            for theme in summary.themes
        ],
    }


def activity_url(activity) -> str:
    """The row's absolute address (on its first line's page: prefetch `action_lines` to spare a query)."""
    return url(activity.get_absolute_url())


def paragraph_link(paragraph) -> dict:
    return link(paragraph.name, paragraph)


def activity(row) -> dict:
    return {
        "title": row.title,
        "url": activity_url(row),
        "action_lines": [link(line.code, line) for line in row.action_lines.all()],
        "paragraphs_named": row.paragraph_refs,
        "comments": row.comments,
        "cited_paragraphs": [paragraph_link(c.paragraph) for c in row.citations.all() if c.paragraph_id],
        "assignments": [
            {"organization": organization_link(a.organization), "responsibility": a.get_kind_display(), "note": a.note}
            for a in row.assignments.all()
        ],
        "meetings": [
            {
                "title": m.title,
                "place": m.place,
                "status": m.get_status_display(),
                # Only the month is known for some: the day is then left out rather than invented.
                "start": (m.start.strftime("%Y-%m") if m.month_only else m.start.isoformat()) if m.start else None,
                "end": (m.end.strftime("%Y-%m") if m.month_only else m.end.isoformat()) if m.end else None,
            }
            for m in row.meetings.all()
        ],
    }


def publication(pub) -> dict:
    return {"title": pub.title, "kind": pub.get_kind_display(), "year": pub.year, "period": pub.period}


def home(page_data) -> dict:
    return page(
        reverse("home"),
        summit_phases=[
            {"number": p.number, "place": p.place, "start": p.start.isoformat(), "end": p.end.isoformat()}
            for p in page_data.phases
        ],
        lead_roles=[
            {"subject": subject_link(subject), "roles": [role_run(run) for run in runs]}
            for subject, runs in page_data.lead_roles
        ],
        itu_roles_on_lines=[
            {"role": str(group.label), "action_lines": [link(s.line.code, s.line) for s in group.lines]}
            for group in page_data.role_groups
        ],
        processes=[
            {"name": p.mechanism.name, "summary": p.mechanism.summary, "itu_roles": [role_run(r) for r in p.runs]}
            for p in page_data.processes
        ],
        publications=[publication(p) for p in page_data.publications],
        counts=page_data.counts,
    )


def line_overview(summaries) -> dict:
    return page(reverse("actionlines:overview"), action_lines=[line_summary(s) for s in summaries])


def line_detail(line_page) -> dict:
    line = line_page.line
    return page(
        line.get_absolute_url(),
        **line_summary(line_page.summary),
        summary=line.summary,
        roles=[
            {
                "role": str(role.label),
                "organization": organization_link(role.organization),
                "period": str(role.period),
                "since": role.since,
                "until": role.until,
                "source": {"title": role.source.title, "year": role.source.year},
            }
            for role in line_page.roles
        ],
        itu_history=[role_run(run) for run in line_page.itu_history],
        activities=[activity(row) for row in line_page.activities],
        publications=[publication(p) for p in line_page.publications],
        cited_paragraphs=[paragraph_link(p) for p in line_page.paragraphs],
        clauses_naming_it=[
            link(f"{c.section.revision.name} – {c.section.keyword} {c.label}".strip(), c) for c in line_page.clauses
        ],
    )


def plan(plan_page) -> dict:
    source = plan_page.source
    return page(
        reverse("actionlines:plan"),
        source={"title": source.title, "year": source.year} if source else None,
        sections=[
            {"section": str(section.label), "activities": [activity(row) for row in section.activities]}
            for section in plan_page.sections
        ],
    )


def organization_roles(entry) -> dict:
    org = entry.organization
    return {
        "name": org.name,
        "acronym": org.acronym,
        "kind": org.get_kind_display(),
        "url": url(org),
        "roles": [
            {"subject": subject_link(subject), "roles": [role_run(run) for run in runs]}
            for subject, runs in entry.subjects
        ],
    }


def focal_points(entries) -> dict:
    return page(reverse("actionlines:focal_points"), organizations=[organization_roles(e) for e in entries])


def organization(entry) -> dict:
    org = entry.organization
    return page(
        org.get_absolute_url(),
        **organization_roles(entry),
        description=org.description,
        established=org.established,
        part_of=organization_link(org.parent) if org.parent else None,
        units=[organization_link(unit) for unit in org.units.all()],
        plan_assignments=[
            {
                "activity": {"name": a.activity.title, "url": activity_url(a.activity)},
                "responsibility": a.get_kind_display(),
                "note": a.note,
            }
            for a in org.assignments.all()
        ],
    )


# --- outcome documents -------------------------------------------------------------------------------------------


def document_summary(document) -> dict:
    return {
        "title": document.title,
        "abbreviation": document.abbreviation,
        "url": url(document),
        "year": document.year,
        "symbol": document.symbol,
        "summit_phase": {"number": document.phase.number, "place": document.phase.place},
        "summary": document.summary,
    }


def document_list(documents) -> dict:
    return page(
        reverse("outcomes:list"),
        documents=[{**document_summary(d), "paragraphs_loaded": d.paragraph_count} for d in documents],
    )


def provision(paragraph) -> dict:
    return {
        "eid": paragraph.eid,
        "label": paragraph.label,
        "url": url(paragraph),
        "text": official(paragraph, "text"),
        "itu_note": paragraph.itu_note,
    }


def document_detail(contents) -> dict:
    document = contents.document
    return page(
        document.get_absolute_url(),
        **document_summary(document),
        paragraphs=[
            {
                **provision(p),
                "concerns_itu": p.concerns_itu,
                "cited": p.is_cited,
                "parts": [link(part.label, part) for part in p.parts],
            }
            for p in contents.paragraphs
        ],
    )


def clause_link(clause, revision) -> dict:
    return {
        "name": f"{revision.name} – {clause.section.keyword} {clause.label}".strip(),
        "url": url(f"{revision.get_absolute_url()}#{clause.eid}"),
        "eid": clause.eid,
    }


def paragraph_detail(paragraph_page) -> dict:
    paragraph = paragraph_page.paragraph
    return page(
        paragraph.get_absolute_url(),
        document=link(paragraph_page.document.title, paragraph_page.document),
        name=paragraph.name,
        **provision(paragraph),
        parts=[provision(part) for part in paragraph_page.parts],
        cited_by=[
            {
                "revision": link(citing.revision.name, citing.revision),
                "clauses": [
                    {**clause_link(c.clause, citing.revision), "cites": [paragraph_link(p) for p in c.cited]}
                    for section in citing.sections
                    for c in section.clauses
                ],
            }
            for citing in paragraph_page.cited_by
        ],
        cited_by_plan=[
            {
                "source": {"title": group.source.title, "year": group.source.year},
                "activities": [
                    {
                        "name": a.activity.title,
                        "url": activity_url(a.activity),
                        "cites": [paragraph_link(p) for p in a.cited],
                    }
                    for a in group.activities
                ],
            }
            for group in paragraph_page.cited_by_activities
        ],
    )


# --- resolutions -------------------------------------------------------------------------------------------------


def revision_summary(revision) -> dict:
    return {
        "name": revision.name,
        "year": revision.year,
        "url": url(revision),
        # Adoption dates are recorded for no revision yet: null, never a date made up from the year.
        "date": revision.date.isoformat() if revision.date else None,
        "has_text": bool(getattr(revision, "has_text", False)),
    }


def resolution_list(groups) -> dict:
    return page(
        reverse("resolutions:list"),
        bodies=[
            {
                "body": str(group.label),
                "resolutions": [
                    {
                        "name": r.name,
                        "title": r.title,
                        "url": url(r),
                        "revisions": [revision_summary(rev) for rev in r.revisions.all()],
                    }
                    for r in group.resolutions
                ],
            }
            for group in groups
        ],
    )


def citation_target(citation) -> dict:
    """What one citation points to: the paragraph, revision or resolution, or the words alone when unresolved."""
    if citation.paragraph_id:
        return {"kind": "paragraph", **paragraph_link(citation.paragraph)}
    if citation.revision_id:
        return {"kind": "revision", **link(citation.revision.name, citation.revision)}
    if citation.resolution_id:
        return {"kind": "resolution", **link(citation.resolution.name, citation.resolution)}
    return {"kind": "unresolved", "name": citation.target, "url": None}


def revision_detail(revision_page, path: str) -> dict:
    resolution, revision = revision_page.resolution, revision_page.revision
    return page(
        path,
        resolution={
            "name": resolution.name,
            "title": resolution.title,
            "url": url(resolution),
            "body": resolution.get_body_display(),
            "summary": resolution.summary,
        },
        revisions=[revision_summary(r) for r in revision_page.revisions],
        revision=revision_summary(revision) if revision else None,
        text_shown_from=link(revision_page.text_revision.name, revision_page.text_revision)
        if revision_page.text_revision
        else None,
        opening=official(revision, "opening") if revision and revision_page.sections else None,
        sections=[
            {
                "eid": section.eid,
                "part": section.part,
                "keyword": official(section, "keyword"),
                "clauses": [
                    {
                        "eid": clause.eid,
                        "label": clause.label,
                        "url": url(f"{revision.get_absolute_url()}#{clause.eid}"),
                        "text": official(clause, "text"),
                        "citations": [
                            {"words": c.cited_text, "target_as_written": c.target, "target": citation_target(c)}
                            for c in clause.citations.all()
                        ],
                    }
                    for clause in section.clauses.all()
                ],
            }
            for section in revision_page.sections
        ],
    )


def reuse_terms() -> dict:
    """The staff's terms of re-use in the reader's language, else in English marked so; "not-published" while
    staff have written none (the portal states no licence of its own)."""
    terms = ReuseTerms.objects.first()
    language = reader_language()
    own = in_language(terms, "text", language) if terms else ""
    english = in_language(terms, "text", ORIGINAL_LANGUAGE) if terms else ""
    if own:
        return {"text": own, "language": language, "status": LOADED}
    if english:
        return {"text": english, "language": ORIGINAL_LANGUAGE, "status": ENGLISH_FALLBACK}
    return {"text": "", "language": None, "status": "not-published"}
