"""Resolution texts on the pages: clause texts with their citations as links in the words themselves, a clause's
name wherever it is listed, and the notice above a text shown in English."""

from itertools import pairwise

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

from wsisportal.l10n.official import fallback_notice_html, is_loaded_for_reader, render_official
from wsisportal.texts.scripts import split_emphasis

register = template.Library()


def citation_url(citation) -> str:
    if citation.paragraph_id:
        return citation.paragraph.get_absolute_url()
    if citation.revision_id:
        return citation.revision.get_absolute_url()
    return citation.resolution.get_absolute_url()


def _links(clause, plain: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of the clause's stored citations in its plain English words, earliest first; "" for an
    unresolved reference.

    A citation whose stored words no longer match the text (the text was edited after the citations were
    linked) is left out rather than linking the wrong words. Words naming several targets (a range such as
    "§§ 113-118") link to the first; a citation overlapping the words already linked is left out: a link
    cannot hold a link.
    """
    spans: dict[tuple[int, int], list] = {}
    for citation in clause.citations.all():
        if plain[citation.start : citation.end] == citation.cited_text:
            spans.setdefault((citation.start, citation.end), []).append(citation)
    links, position = [], 0
    for (start, end), group in sorted(spans.items()):
        if start < position:
            continue
        resolved = [c for c in group if c.is_resolved]
        links.append((start, end, citation_url(resolved[0]) if resolved else ""))
        position = end
    return links


def marked_html(text: str, links=()) -> SafeString:
    """A marked official text as HTML: its emphasized words in <em>, and the words of each link (start, end, url)
    in <a>, or marked unresolved where the url is "". An emphasis that runs across a link's edge is split there."""
    plain, emphasis = split_emphasis(text)
    cuts = sorted({0, len(plain), *(p for span in emphasis for p in span), *(p for link in links for p in link[:2])})
    runs: list[tuple[object, list[tuple[bool, str]]]] = []
    for start, end in pairwise(cuts):
        link = next((link for link in links if link[0] <= start and end <= link[1]), None)
        emphasized = any(s <= start and end <= e for s, e in emphasis)
        if runs and runs[-1][0] is link:
            runs[-1][1].append((emphasized, plain[start:end]))
        else:
            runs.append((link, [(emphasized, plain[start:end])]))

    def words(pieces) -> SafeString:
        merged: list[list] = []
        for emphasized, piece in pieces:
            if merged and merged[-1][0] == emphasized:
                merged[-1][1] += piece
            else:
                merged.append([emphasized, piece])
        return format_html_join(
            "", "{}", ((format_html("<em>{}</em>", p) if em else conditional_escape(p),) for em, p in merged)
        )

    def draw(link, pieces) -> SafeString:
        if link is None:
            return words(pieces)
        if link[2]:
            return format_html('<a class="citation" href="{}">{}</a>', link[2], words(pieces))
        return format_html('<span class="citation citation--unresolved">{}</span>', words(pieces))

    return format_html_join("", "{}", ((draw(link, pieces),) for link, pieces in runs))


def linked_english(clause) -> SafeString:
    """The clause's English text, escaped, its emphasis as the official text has it, and the words of each stored
    citation wrapped in a link to its target."""
    text = clause.text_en or ""
    return marked_html(text, _links(clause, split_emphasis(text)[0]))


@register.simple_tag
def clause_text(clause):
    """The clause in the reader's language if loaded (without links), else the English with its citations linked;
    either with the emphasis its official text has."""
    return render_official(clause, "text", english_html=linked_english(clause), notice=False, render=marked_html)


@register.filter
def plain_words(text: str) -> str:
    """{{ clause.text_en|plain_words|truncatewords:30 }}: an official text without its emphasis marks, for excerpts."""
    return split_emphasis(text or "")[0]


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
