"""Resolution texts on the pages: clause texts with their citations as links in the words themselves, a clause's
name wherever it is listed, and the notice above a text shown in English."""

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

from wsisportal.l10n.official import fallback_notice_html, is_loaded_for_reader, render_official

register = template.Library()


def citation_url(citation) -> str:
    if citation.paragraph_id:
        return citation.paragraph.get_absolute_url()
    if citation.revision_id:
        return citation.revision.get_absolute_url()
    return citation.resolution.get_absolute_url()


def _linked_pieces(clause):
    """(text, url or None or "unresolved") pieces of the clause's English text, split at its stored citations.

    A citation whose stored words no longer match the text (the text was edited after the citations were
    linked) is left out rather than linking the wrong words. Words naming several targets (a range such as
    "§§ 113-118") link to the first; unresolved references are marked, not linked.
    """
    text = clause.text_en or ""
    spans: dict[tuple[int, int], list] = {}
    for citation in clause.citations.all():
        if text[citation.start : citation.end] == citation.cited_text:
            spans.setdefault((citation.start, citation.end), []).append(citation)
    position = 0
    for (start, end), group in sorted(spans.items()):
        if start < position:  # overlaps the words already wrapped: a link cannot hold a link
            continue
        yield text[position:start], None
        resolved = [c for c in group if c.is_resolved]
        yield text[start:end], citation_url(resolved[0]) if resolved else ""
        position = end
    yield text[position:], None


def linked_english(clause) -> SafeString:
    """The clause's English text, escaped, with the words of each stored citation wrapped in a link to its target."""

    def draw(words, url):
        if url is None:
            return conditional_escape(words)
        if url:
            return format_html('<a class="citation" href="{}">{}</a>', url, words)
        return format_html('<span class="citation citation--unresolved">{}</span>', words)

    return format_html_join("", "{}", ((draw(words, url),) for words, url in _linked_pieces(clause)))


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


@register.simple_tag
def keyword(section):
    """A section's keyword as the official text prints it in the reader's language, else the English, marked."""
    return render_official(section, "keyword", notice=False)


@register.simple_tag
def clause_name(clause):
    """A clause named wherever it is listed: "Resolution 140 (Rev. Guadalajara, 2010) – considering i)", the
    resolution in the reader's language, the keyword and label as the official text has them, each isolated."""
    return format_html(
        '<bdi>{}</bdi> – <bdi><em class="keyword">{}</em> {}</bdi>',
        clause.section.revision.name,
        keyword(clause.section),
        clause.label,
    )
