"""Inline runs, built in Python: lists of organizations, meetings, allocations and citing clauses, each item drawn
with format_html and joined with the reader's separators, so that templates keep their shape and no whitespace
slips between the items."""

import re

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from actionlines.models import ActionLine, Assignment, Meeting, Theme
from resolutions.models import Revision
from wsisportal.l10n.official import render_official
from wsisportal.l10n.punctuation import in_brackets, join, render_date_range, separator

register = template.Library()


def _organization(org) -> SafeString:
    if org.name and org.acronym:
        return format_html(
            '<bdi><a href="{}"><abbr title="{}">{}</abbr></a></bdi>',
            org.get_absolute_url(),
            org.name,
            org.display_name,
        )
    return format_html('<bdi><a href="{}">{}</a></bdi>', org.get_absolute_url(), org.display_name)


@register.simple_tag
def organization_links(organizations, empty_label="–"):
    """{% organization_links orgs %}: UNDP, UNESCO as links, each acronym an <abbr> with the name a source expands it
    to (none where no source does: the portal does not guess); a muted dash for none."""
    if not organizations:
        return format_html('<span class="muted">{}</span>', empty_label)
    return join(organizations, _organization)


@register.simple_tag
def subject_link(subject):
    """{% subject_link role.subject %}: an action line or a theme as a link to its page, a mechanism by name."""
    if isinstance(subject, ActionLine):
        return format_html('<a href="{}">{} {}</a>', subject.get_absolute_url(), subject.code, subject.title)
    if isinstance(subject, Theme):
        return format_html(
            '<a href="{}">{} – {}</a>', subject.get_absolute_url(), subject.action_line.code, subject.name
        )
    return format_html("{}", subject.name)


@register.simple_tag
def meeting_line(meeting):
    """{% meeting_line meeting %}: its title, dates (a year the plan does not print marked as inferred) and place,
    and whether it was only planned, taking place, or the meeting a report is for."""
    pieces = [format_html('<span class="meeting__title">{}</span>', meeting.title)]
    if meeting.start:
        pieces.append(format_html(" – {}", render_date_range(meeting.start, meeting.end, meeting.month_only)))
    if meeting.start and meeting.year_inferred:
        # The plan prints day and month only; the year stored for order is the plan's own, and the page says so.
        pieces.append(format_html('<span class="muted inferred">{}</span>', in_brackets(_("year inferred"))))
    if meeting.place:
        pieces.append(format_html("{}{}", separator("place"), meeting.place))
    if meeting.status != Meeting.Status.HELD:
        pieces.append(format_html(' <span class="tag">{}</span>', meeting.get_status_display()))
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def _assignment(assignment) -> SafeString:
    org = assignment.organization
    unit = format_html('<bdi><a href="{}">{}</a></bdi>', org.get_absolute_url(), org.display_name)
    if assignment.note:
        return format_html('{}<span class="muted">{}</span>', unit, in_brackets(assignment.note))
    return unit


@register.simple_tag
def responsibility(group):
    """{% responsibility group %}: "Assisting: BDT, SPU", each unit a link, with the plan's note on it; units the
    plan only names in brackets after a task keep their brackets: "93: Technology Watch (TSB)"."""
    if group.kind == Assignment.Kind.NAMED:
        return in_brackets(join(group.assignments, _assignment))
    return format_html(
        '<span class="assignment-kind">{}{}</span>{}',
        capfirst(group.label),
        separator("label"),
        join(group.assignments, _assignment),
    )


@register.simple_tag
def responsibilities(groups):
    """{% responsibilities part.responsibilities %}: "Lead: BR; Assisting: BDT, SPU"."""
    return join(groups, responsibility, kind="group")


@register.simple_tag
def assignment_entry(assignment):
    """{% assignment_entry assignment %}: an organization's task in the plan, "Lead: Action Line C6 – Spectrum
    management (for standardization issues)", the row as a link."""
    activity = format_html('<a href="{}">{}</a>', assignment.activity.get_absolute_url(), assignment.activity.title)
    part = format_html(" – {}", assignment.part) if assignment.part else ""
    note = format_html('<span class="muted">{}</span>', in_brackets(assignment.note)) if assignment.note else ""
    return format_html("{}{}{}{}{}", capfirst(assignment.get_kind_display()), separator("label"), activity, part, note)


@register.simple_tag
def line_codes(lines):
    """{% line_codes publication.action_lines.all %}: "C2, C6", each code a link to its line."""
    return join(lines, lambda line: format_html('<a href="{}">{}</a>', line.get_absolute_url(), line.code))


@register.simple_tag
def role_runs(runs, years="period", mark_past=False):
    """{% role_runs runs %}: "co-facilitator (2006–2008); moderator/facilitator (since 2008)"; years="sources"
    gives the years of the sources that record each role instead of its period; mark_past=True sets ended
    roles apart (class is-past)."""

    def draw(run):
        if years == "sources":
            label = format_html('{}<span class="source">{}</span>', run.label, in_brackets(join(run.source_years)))
        elif mark_past:
            label = format_html('{}<span class="muted">{}</span>', run.label, in_brackets(run.period))
        else:
            label = format_html("{}{}", run.label, in_brackets(run.period))
        if mark_past and not run.is_current:
            return format_html('<span class="is-past">{}</span>', label)
        return label

    return join(runs, draw, kind="group")


@register.simple_tag
def named_role_runs(runs):
    """{% named_role_runs runs %}: "leading agency – ITU (2007); lead agency – ITU, UNESCO, UNDP (2014)": each role
    as its source names it, the organizations that source names, and the years of those sources."""

    def draw(run):
        return format_html(
            '{} – {}<span class="source">{}</span>',
            run.label,
            join(run.organizations, _organization),
            in_brackets(join(run.source_years)),
        )

    return join(runs, draw, kind="group")


@register.simple_tag
def paragraph_links(paragraphs):
    """{% paragraph_links paragraph.parts %}: "§ 50 a, § 50 b" as links to their anchors."""
    return join(paragraphs, lambda p: format_html('<a href="{}">{}</a>', p.get_absolute_url(), p.label))


@register.simple_tag
def source_citations(sources):
    """{% source_citations sources %}: "WSIS Action Line Roadmaps (2014); …", each title as a <cite>."""
    return join(
        sources, lambda source: format_html("<cite>{}</cite>{}", source.title, in_brackets(source.year)), kind="group"
    )


@register.simple_tag
def revision_links(revisions, full_names=False):
    """{% revision_links resolution.revisions.all %}: "Antalya, 2006; Rev. Guadalajara, 2010 full text", each
    revision as a link, those whose text the portal holds marked; full_names=True names each in full, "Resolution
    140 (2018)", for a list outside the resolution's own history."""

    def draw(revision):
        name = revision.name if full_names else revision.designation
        link = format_html('<a href="{}"><bdi>{}</bdi></a>', revision.get_absolute_url(), name)
        if revision.has_text:
            return format_html('{} <span class="tag">{}</span>', link, _("full text"))
        return link

    return join(revisions, draw, kind="group")


def _keyword(section) -> SafeString:
    return format_html('<em class="keyword">{}</em>', render_official(section, "keyword", notice=False))


def clause_label(clause) -> str:
    """The bare label a cross-reference uses: "h" for "h)", "8" for "8"."""
    return re.sub(r"[^\w]+", "", clause.label)


@register.simple_tag
def citing_clauses(clauses):
    """{% citing_clauses item.clauses %}: " — considering i, considering further k", links to anchors on this page."""

    def draw(clause):
        label = format_html(" {}", clause_label(clause)) if clause.label else ""
        return format_html('<a href="#{}"><bdi>{}{}</bdi></a>', clause.eid, _keyword(clause.section), label)

    return format_html(" — {}", join(clauses, draw))


def _part_name(cited) -> str | None:
    """A sub-paragraph by its label ("c"), a revision by its designation ("Rev. Hyderabad, 2010"); a numbered
    paragraph, the page's own subject, by nothing."""
    if isinstance(cited, Revision):
        return cited.designation
    return cited.label if cited.depth else None


def _cited_parts(cited) -> SafeString:
    """What of the page's subject an item cites: " (c)" for a sub-paragraph, " (Rev. Hyderabad, 2010)" for a
    revision; the paragraph or resolution itself is not named."""
    names = (_part_name(each) for each in cited)
    return format_html_join("", "{}", ((in_brackets(format_html("<bdi>{}</bdi>", name)),) for name in names if name))


@register.simple_tag
def cited_parts(cited):
    """{% cited_parts citing.cited %}: see _cited_parts."""
    return _cited_parts(cited)


@register.simple_tag
def citing_revision(citing):
    """{% citing_revision citing %}: a revision citing a paragraph, and its citing clauses keyword by keyword:
    "Resolution 140 (Rev. Guadalajara, 2010) — considering i; considering further k (c)"."""

    def draw_section(group):
        def draw_clause(index_item):
            index, item = index_item
            keyword = _keyword(group.section) if index == 0 else ""
            space = " " if index == 0 and item.clause.label else ""
            return format_html(
                '<a href="{}">{}{}{}</a>{}',
                item.clause.get_absolute_url(),
                keyword,
                space,
                clause_label(item.clause),
                _cited_parts(item.cited),
            )

        return format_html("<bdi>{}</bdi>", join(enumerate(group.clauses), draw_clause))

    return format_html(
        '<a class="cited-by__revision" href="{}">{}</a> — {}',
        citing.revision.get_absolute_url(),
        citing.revision.name,
        join(citing.sections, draw_section, kind="group"),
    )
