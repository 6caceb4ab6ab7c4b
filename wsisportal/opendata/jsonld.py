"""schema.org Legislation for the resolution, revision and paragraph pages, from the page's own selector result
(no query of its own). legislationDate is given only where a source gives the day: today, nowhere."""

import json

from django.utils.safestring import SafeString

from wsisportal.l10n.languages import ORIGINAL_LANGUAGE, in_language, reader_language
from wsisportal.origin import absolute_url

from . import akn

# As django.utils.html.json_script: nothing in the data can close the element it sits in.
ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def script(data: dict) -> SafeString:
    """The data as the body of a <script type="application/ld+json"> element."""
    return SafeString(json.dumps(data, ensure_ascii=False).translate(ESCAPES))


def _ref(name, path, identifier=None) -> dict:
    ref = {"@type": "Legislation", "@id": absolute_url(path), "name": str(name)}
    if identifier:
        ref["legislationIdentifier"] = identifier
    return ref


def _text_language(objects, field) -> str:
    """The language the page gives these official texts in: the reader's where every one is loaded, else English."""
    language = reader_language()
    loaded = [in_language(obj, field, language) for obj in objects if in_language(obj, field, ORIGINAL_LANGUAGE)]
    return language if loaded and all(loaded) else ORIGINAL_LANGUAGE


def revision(page, path: str) -> dict:
    """A resolution or revision page: the revision shown, part of its resolution, its sections, what it cites."""
    resolution, shown = page.resolution, page.revision
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "@id": absolute_url(path),
        "url": absolute_url(path),
        "name": shown.name if shown else resolution.name,
        "legislationType": resolution.get_kind_display(),
        "legislationPassedBy": {"@type": "Organization", "name": resolution.get_body_display()},
        "inLanguage": reader_language(),
    }
    if resolution.title:
        data["alternateName"] = resolution.title
    if shown is None:
        data["legislationIdentifier"] = akn.resolution_address(resolution)
        return data
    data["legislationIdentifier"] = akn.revision_address(shown)
    if shown.date:
        data["legislationDate"] = shown.date.isoformat()
    data["isPartOf"] = _ref(resolution.name, resolution.get_absolute_url(), akn.resolution_address(resolution))
    data["workExample"] = [
        _ref(other.name, other.get_absolute_url(), akn.revision_address(other)) for other in page.revisions
    ]
    if page.sections:
        clauses = [clause for section in page.sections for clause in section.clauses.all()]
        data["inLanguage"] = _text_language(clauses, "text")
        base = shown.get_absolute_url()
        data["hasPart"] = [
            _ref(section.keyword, f"{base}#{section.eid}", f"{akn.revision_address(shown)}/~{section.eid}")
            for section in page.sections
        ]
        data["encoding"] = {
            "@type": "MediaObject",
            "encodingFormat": "application/akn+xml",
            "contentUrl": absolute_url(f"{base}data.xml"),
        }
    cited = page.cited
    data["citation"] = [
        _ref(p.paragraph.name, p.paragraph.get_absolute_url(), akn.paragraph_address(p.paragraph))
        for document in cited.documents
        for p in document.paragraphs
    ] + [
        _ref(
            r.name,
            r.get_absolute_url(),
            akn.revision_address(r.revision) if r.revision else akn.resolution_address(r.resolution),
        )
        for r in cited.resolutions
    ]
    return data


def paragraph(page) -> dict:
    """A paragraph page: the paragraph, part of its outcome document, with its sub-paragraphs."""
    top, document = page.paragraph, page.document
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "@id": absolute_url(top.get_absolute_url()),
        "url": absolute_url(top.get_absolute_url()),
        "name": top.name,
        "legislationIdentifier": akn.paragraph_address(top),
        "inLanguage": _text_language([top, *page.parts], "text") if top.text_en else reader_language(),
        "isPartOf": _ref(document.title, document.get_absolute_url(), akn.document_address(document)),
    }
    if page.parts:
        data["hasPart"] = [
            _ref(part.name, part.get_absolute_url(), akn.paragraph_address(part)) for part in page.parts
        ]
    return data
