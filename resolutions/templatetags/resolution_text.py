"""How the resolution pages write names ("Resolution 140 (Rev. Guadalajara, 2010)") and clause texts with their
citations as links in the words themselves."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from outcomes.templatetags.official_texts import fallback_notice_html, is_loaded_for_reader, render_official

from ..models import Resolution, Revision

register = template.Library()


@register.filter
def resolution_name(resolution: Resolution) -> str:
    """ "Resolution 140", "Decision 8", in the reader's language."""
    if resolution.kind == Resolution.Kind.DECISION:
        return gettext("Decision %(number)s") % {"number": resolution.number}
    return gettext("Resolution %(number)s") % {"number": resolution.number}


@register.filter
def designation(revision: Revision) -> str:
    """The parenthesis ITU writes after the number: "Rev. Guadalajara, 2010", "Antalya, 2006", "modified 2016"."""
    values = {"place": revision.place, "year": revision.year}
    if revision.qualifier == Revision.Qualifier.MODIFIED:
        return gettext("modified %(year)s") % values
    if revision.qualifier == Revision.Qualifier.REVISED:
        return (gettext("Rev. %(place)s, %(year)s") if revision.place else gettext("Rev. %(year)s")) % values
    return gettext("%(place)s, %(year)s") % values if revision.place else str(revision.year)


@register.filter
def revision_name(revision: Revision) -> str:
    """ "Resolution 140 (Rev. Guadalajara, 2010)"."""
    return gettext("%(resolution)s (%(designation)s)") % {
        "resolution": resolution_name(revision.resolution),
        "designation": designation(revision),
    }


@register.filter
def clause_label(clause) -> str:
    """The bare label a cross-reference uses: "h" for "h)", "8" for "8"."""
    return re.sub(r"[^\w]+", "", clause.label)


def citation_url(citation) -> str:
    if citation.paragraph_id:
        return citation.paragraph.get_absolute_url()
    if citation.revision_id:
        return citation.revision.get_absolute_url()
    return citation.resolution.get_absolute_url()


def linked_english(clause) -> SafeString:
    """The clause's English text, escaped, with the words of each stored citation wrapped in a link to its target.

    A citation whose stored words no longer match the text (the text was edited after the citations were
    linked) is left out rather than linking the wrong words. Words naming several targets (a range such as
    "§§ 113-118") link to the first; unresolved references are marked, not linked.
    """
    text = clause.text_en or ""
    spans: dict[tuple[int, int], list] = {}
    for citation in clause.citations.all():
        if text[citation.start : citation.end] == citation.cited_text:
            spans.setdefault((citation.start, citation.end), []).append(citation)
    pieces, position = [], 0
    for (start, end), group in sorted(spans.items()):
        if start < position:  # overlaps the words already wrapped: a link cannot hold a link
            continue
        pieces.append(conditional_escape(text[position:start]))
        resolved = [c for c in group if c.is_resolved]
        words = text[start:end]
        if resolved:
            pieces.append(format_html('<a class="citation" href="{}">{}</a>', citation_url(resolved[0]), words))
        else:
            pieces.append(format_html('<span class="citation citation--unresolved">{}</span>', words))
        position = end
    pieces.append(conditional_escape(text[position:]))
    # Every piece above is escaped or built by format_html.
    return mark_safe("".join(str(piece) for piece in pieces))


@register.simple_tag
def clause_text(clause):
    """The clause in the reader's language if loaded (without links), else the English with its citations linked."""
    return render_official(clause, "text", english_html=linked_english(clause), notice=False)


@register.simple_tag
def text_notice(sections):
    """One notice above a revision's text when any of its sections or clauses is shown in English."""
    for section in sections:
        if not is_loaded_for_reader(section, "keyword"):
            return fallback_notice_html("p")
        for clause in section.clauses.all():
            if not is_loaded_for_reader(clause, "text"):
                return fallback_notice_html("p")
    return SafeString("")
