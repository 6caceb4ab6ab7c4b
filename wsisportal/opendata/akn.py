"""Akoma Ntoso addresses of the portal's texts, and the XML of a revision or outcome document read from the database.

Addresses follow the AKN4UN naming convention: /akn/un/statement/resolution/itu-pp/2010/140 for a revision (its
year, as no source gives the day), /akn/un/doc/outcome/wsis/2005/tunis-agenda for an outcome document, ~eId for a
part of either, /akn/un/statement/resolution/itu-pp/140 for a resolution as a whole. resolve() turns any of them
back into the page that shows it.
"""

import re

from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from outcomes.models import OutcomeDocument, Paragraph
from resolutions.models import Body, Resolution
from wsisportal.l10n.languages import ORIGINAL_LANGUAGE, in_language, reader_language
from wsisportal.selectors.outcomes import document_contents
from wsisportal.selectors.resolutions import revision_page
from wsisportal.texts import akn
from wsisportal.texts.scripts import split_emphasis

ACTORS = {
    Body.PP: "itu-pp",
    Body.WTDC: "itu-wtdc",
    Body.WTSA: "itu-wtsa",
    Body.COUNCIL: "itu-council",
    Body.UNGA: "unga",
}
BODIES = {actor: body for body, actor in ACTORS.items()}
LANGUAGE_CODES = {three: code for code, three in akn.LANGUAGES.items()}


def _number(resolution) -> str:
    # A slash would start another segment: UNGA 60/252 is 60-252, as AKN4UN writes it.
    return resolution.number.replace("/", "-")


def resolution_address(resolution) -> str:
    return f"/akn/un/statement/{resolution.kind}/{ACTORS[resolution.body]}/{_number(resolution)}"


def revision_address(revision) -> str:
    resolution = revision.resolution
    return f"/akn/un/statement/{resolution.kind}/{ACTORS[resolution.body]}/{revision.year}/{_number(resolution)}"


def document_address(document) -> str:
    return f"/akn/un/doc/outcome/wsis/{document.year}/{document.slug}"


def paragraph_address(paragraph) -> str:
    return f"{document_address(paragraph.document)}/~{paragraph.eid}"


def citation_address(citation) -> str | None:
    if citation.paragraph_id:
        return paragraph_address(citation.paragraph)
    if citation.revision_id:
        return revision_address(citation.revision)
    if citation.resolution_id:
        return resolution_address(citation.resolution)
    return None


def _text(obj, field: str, language: str, citations=()) -> tuple[akn.Text, str]:
    """The official text in the language asked for where loaded, else the English; citations (counted in the
    English words) are placed only in the English."""
    own = in_language(obj, field, language)
    given = language if own else ORIGINAL_LANGUAGE
    words, emphasis = split_emphasis(own or in_language(obj, field, ORIGINAL_LANGUAGE))
    text = akn.Text(words, emphasis)
    if given == ORIGINAL_LANGUAGE:
        spans: dict[tuple[int, int], list[str]] = {}
        for citation in citations:
            address = citation_address(citation)
            if address:
                spans.setdefault((citation.start, citation.end), []).append(address)
        text.refs = [akn.Ref(start, end, hrefs) for (start, end), hrefs in spans.items()]
    return text, given


def _identity(**facts) -> akn.Identity:
    return akn.Identity(generated=timezone.now().date().isoformat(), **facts)


def revision_xml(slug: str, year: int) -> bytes:
    """A revision's text as Akoma Ntoso, in the reader's language where loaded; a 404 where no text is loaded."""
    page = revision_page(slug, year)
    revision, resolution = page.revision, page.resolution
    if not page.sections:
        raise Http404("No text of this revision is loaded.")
    language = reader_language()
    opening, given = _text(revision, "opening", language) if revision.opening_en else (None, ORIGINAL_LANGUAGE)
    sections = []
    for section in page.sections:
        clauses = []
        for clause in section.clauses.all():
            text, given = _text(clause, "text", language, clause.citations.all())
            clauses.append(akn.Clause(clause.eid, clause.label, text))
        keyword = in_language(section, "keyword", given) or section.keyword_en
        sections.append(akn.Section(section.eid, section.part, keyword, clauses))
    identity = _identity(
        work=revision_address(revision),
        language=given,
        name=resolution.kind,
        number=_number(resolution),
        title=revision.title or resolution.title,
        author=(
            ACTORS[resolution.body],
            f"/ontology/organization/un/{ACTORS[resolution.body]}",
            resolution.get_body_display(),
        ),
        date=revision.date.isoformat() if revision.date else None,
        date_name="adoption",
    )
    return akn.resolution_xml(identity, revision.name, opening, sections)


def _provision(paragraph, language: str) -> akn.Provision:
    loaded = in_language(paragraph, "text", language) or in_language(paragraph, "text", ORIGINAL_LANGUAGE)
    text = _text(paragraph, "text", language)[0] if loaded else None
    children = [_provision(child, language) for child in paragraph.subparagraphs]
    return akn.Provision(paragraph.eid, paragraph.number, text, children)


def document_xml(slug: str) -> bytes:
    """An outcome document's paragraphs held by the portal, as Akoma Ntoso; texts not loaded are marked omitted."""
    contents = document_contents(slug)
    document = contents.document
    language = reader_language()
    texts_in = {
        language if in_language(p, "text", language) else ORIGINAL_LANGUAGE
        for top in contents.paragraphs
        for p in [top, *top.parts]
        if in_language(p, "text", ORIGINAL_LANGUAGE)
    }
    identity = _identity(
        work=document_address(document),
        language=language if texts_in == {language} else ORIGINAL_LANGUAGE,
        name="outcome",
        number=document.symbol or document.slug,
        title=document.title,
        author=("wsis", "/ontology/organization/un/wsis", "World Summit on the Information Society"),
        # The day each document was adopted is in no source the portal holds: unknown.
        date=None,
        date_name="adoption",
    )
    return akn.document_xml(
        identity, document.symbol or document.abbreviation, [_provision(p, language) for p in contents.paragraphs]
    )


ADDRESS = re.compile(
    r"^/akn/un/(?:statement/(?P<kind>resolution|decision)/(?P<actor>[\w-]+)/(?:(?P<year>\d{4})/)?(?P<number>[\w.-]+)"
    r"|doc/outcome/wsis/\d{4}/(?P<slug>[\w-]+))"
    r"(?:/(?P<language>[a-z]{3})@[^/~]*)?(?:/!main(?:\.xml)?)?(?:/?~(?P<eid>[\w-]+))?/?$"
)


def resolve(address: str) -> str:
    """The page that shows what an AKN address names (in the active language), or Http404."""
    match = ADDRESS.match(address)
    if match is None:
        raise Http404("Not an Akoma Ntoso address of this portal.")
    parts = match.groupdict()
    if parts["slug"]:
        document = OutcomeDocument.objects.filter(slug=parts["slug"]).first()
        if document is None:
            raise Http404("No such document.")
        if not parts["eid"]:
            return document.get_absolute_url()
        paragraph = (
            Paragraph.objects.filter(document=document, eid=parts["eid"])
            .select_related("document", "parent__parent__parent")
            .first()
        )
        if paragraph is None:
            raise Http404("No such paragraph.")
        return paragraph.get_absolute_url()
    body = BODIES.get(parts["actor"])
    numbers = {parts["number"], parts["number"].replace("-", "/")}
    resolution = Resolution.objects.filter(body=body, kind=parts["kind"], number__in=numbers).first()
    if resolution is None:
        raise Http404("No such resolution.")
    if not parts["year"]:
        return resolution.get_absolute_url()
    if not resolution.revisions.filter(year=parts["year"]).exists():
        raise Http404("No such revision.")
    url = reverse("resolutions:revision", args=[resolution.slug, int(parts["year"])])
    return f"{url}#{parts['eid']}" if parts["eid"] else url


def language_of(address: str) -> str | None:
    """The portal's code of the expression language an address names (eng → en), if any."""
    match = ADDRESS.match(address)
    return LANGUAGE_CODES.get(match["language"]) if match and match["language"] else None
