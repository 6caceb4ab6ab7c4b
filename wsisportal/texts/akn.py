"""Akoma Ntoso 3.0 XML of a resolution revision or an outcome document, built from plain data with lxml (no Django).

The eIds are the pages' anchors; every citation is a <ref> (an <rref> for a range cited in one run of words) to
its target's AKN address. Dates: the schema needs a full date in FRBRdate; where no source gives the day, the
FRBR URI carries the year alone and FRBRdate says date="0001-01-01" name="unknown" (cobalt's convention for an
unknown date), so that no day is ever made up.
"""

from dataclasses import dataclass, field

from lxml import etree

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
UNKNOWN_DATE = "0001-01-01"
# ISO 639-2 codes, as Akoma Ntoso writes languages, for the portal's six.
LANGUAGES = {"ar": "ara", "zh-hans": "zho", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}
PORTAL = ("wsisportal", "/ontology/organization/itu/wsisportal", "ITU WSIS portal")
LEVELS = ("paragraph", "subparagraph", "point", "level")


def _e(tag: str, *children, **attrs) -> etree._Element:
    element = etree.Element(
        f"{{{NAMESPACE}}}{tag}", {k.rstrip("_"): str(v) for k, v in attrs.items() if v is not None}
    )
    for child in children:
        if isinstance(child, str):
            element.text = (element.text or "") + child
        elif child is not None:
            element.append(child)
    return element


@dataclass
class Ref:
    start: int
    end: int
    hrefs: list[str]  # one target, or every paragraph of a range cited in these words


@dataclass
class Text:
    """A run of official text without its emphasis marks, where its emphasis stands, and its citations."""

    words: str
    emphasis: list[tuple[int, int]] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)


@dataclass
class Identity:
    work: str  # /akn/un/statement/resolution/itu-pp/2010/140
    language: str  # the portal's code of the expression's language: en
    name: str  # the document's kind, as AKN's name attribute: resolution, decision, outcome
    number: str
    title: str
    author: tuple[str, str, str]  # eId, href, showAs
    date: str | None  # YYYY-MM-DD where a source gives it
    date_name: str  # what that date is: adoption, …
    generated: str  # YYYY-MM-DD: the manifestation's date

    @property
    def expression(self) -> str:
        return f"{self.work}/{LANGUAGES[self.language]}@"

    @property
    def manifestation(self) -> str:
        return f"{self.expression}/!main.xml"


@dataclass
class Clause:
    eid: str
    label: str
    text: Text


@dataclass
class Section:
    eid: str
    part: str  # preambular or operative
    keyword: str
    clauses: list[Clause]


@dataclass
class Provision:
    """A numbered paragraph of an outcome document, or one of its sub-paragraphs, points or the Annex."""

    eid: str
    num: str
    text: Text | None  # None: the official text is not loaded
    children: list["Provision"] = field(default_factory=list)


def inline(parent: etree._Element, text: Text) -> etree._Element:
    """Fill parent with the words, each citation a <ref> or <rref>, emphasis outside them as <i>."""
    words, cuts = text.words, []
    for ref in sorted(text.refs, key=lambda r: r.start):
        if cuts and ref.start < cuts[-1][1]:
            continue  # overlapping spans cannot nest: the first one stands
        if len(ref.hrefs) == 1:
            node = _e("ref", words[ref.start : ref.end], href=ref.hrefs[0])
        else:
            node = _e("rref", words[ref.start : ref.end], from_=ref.hrefs[0], upTo=ref.hrefs[-1])
        cuts.append((ref.start, ref.end, node))
    for start, end in text.emphasis:
        if not any(s < end and start < e for s, e, _node in cuts):
            cuts.append((start, end, _e("i", words[start:end])))
    cuts.sort(key=lambda cut: cut[0])
    position, last = 0, None
    for start, end, node in cuts:
        before = words[position:start]
        if last is None:
            parent.text = (parent.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        parent.append(node)
        last, position = node, end
    rest = words[position:]
    if last is None:
        parent.text = (parent.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest
    return parent


def _paragraph_text(text: Text | None) -> etree._Element:
    # A text that is not loaded is marked as omitted, never filled with another's words.
    return inline(_e("p"), text) if text is not None else _e("p", _e("omissis"))


def _meta(identity: Identity) -> etree._Element:
    author_id, author_href, author_name = identity.author
    work_date = identity.date or UNKNOWN_DATE
    work_date_name = identity.date_name if identity.date else "unknown"
    language = LANGUAGES[identity.language]
    return _e(
        "meta",
        _e(
            "identification",
            _e(
                "FRBRWork",
                _e("FRBRthis", value=f"{identity.work}/!main"),
                _e("FRBRuri", value=identity.work),
                _e("FRBRalias", value=identity.title, name="title"),
                _e("FRBRdate", date=work_date, name=work_date_name),
                _e("FRBRauthor", href=f"#{author_id}"),
                _e("FRBRcountry", value="un"),
                _e("FRBRnumber", value=identity.number),
                _e("FRBRname", value=identity.name),
            ),
            _e(
                "FRBRExpression",
                _e("FRBRthis", value=f"{identity.expression}/!main"),
                _e("FRBRuri", value=identity.expression),
                _e("FRBRdate", date=work_date, name=work_date_name),
                _e("FRBRauthor", href=f"#{author_id}"),
                _e("FRBRlanguage", language=language),
            ),
            _e(
                "FRBRManifestation",
                _e("FRBRthis", value=identity.manifestation),
                _e("FRBRuri", value=identity.manifestation),
                _e("FRBRdate", date=identity.generated, name="generation"),
                _e("FRBRauthor", href=f"#{PORTAL[0]}"),
            ),
            source=f"#{PORTAL[0]}",
        ),
        _e(
            "references",
            _e("TLCOrganization", eId=PORTAL[0], href=PORTAL[1], showAs=PORTAL[2]),
            _e("TLCOrganization", eId=author_id, href=author_href, showAs=author_name),
            source=f"#{PORTAL[0]}",
        ),
    )


def _root(tag: str, identity: Identity, *parts) -> bytes:
    document = _e(tag, _meta(identity), *parts, name=identity.name)
    root = etree.Element(f"{{{NAMESPACE}}}akomaNtoso", nsmap={None: NAMESPACE})
    root.append(document)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _preface(identity: Identity, heading: str) -> etree._Element:
    parts = [_e("p", _e("docNumber", heading))]
    if identity.title:
        parts.append(_e("p", _e("docTitle", identity.title)))
    return _e("preface", *parts)


def resolution_xml(identity: Identity, heading: str, opening: Text | None, sections: list[Section]) -> bytes:
    """A revision's text: its opening words and preambular sections as the preamble, the operative sections as
    the main body, each clause with the eId its page uses."""
    preamble = _e("preamble")
    if opening is not None:
        preamble.append(_e("formula", inline(_e("p"), opening), name="enactingFormula"))
    body = _e("mainBody")
    for section in sections:
        if section.part == "preambular":
            items = [
                _e(
                    "item",
                    _e("num", clause.label) if clause.label else None,
                    inline(_e("p"), clause.text),
                    eId=clause.eid,
                )
                for clause in section.clauses
            ]
            block = _e(
                "blockList", _e("listIntroduction", _e("i", section.keyword)), *items, eId=f"{section.eid}__list"
            )
            preamble.append(_e("container", block, name=section.eid, eId=section.eid))
        else:
            container = _e("hcontainer", _e("heading", _e("i", section.keyword)), name=section.eid, eId=section.eid)
            unlabelled = [c for c in section.clauses if not c.label]
            if unlabelled and len(section.clauses) == 1:
                clause = section.clauses[0]
                container.append(_e("content", inline(_e("p"), clause.text), eId=clause.eid))
            else:
                for clause in section.clauses:
                    container.append(
                        _e(
                            "paragraph",
                            _e("num", clause.label) if clause.label else None,
                            _e("content", inline(_e("p"), clause.text)),
                            eId=clause.eid,
                        )
                    )
            body.append(container)
    parts = [_preface(identity, heading)]
    if len(preamble):
        parts.append(preamble)
    return _root("statement", identity, *parts, body)


def _provision(provision: Provision, depth: int) -> etree._Element:
    if provision.eid.split("__")[-1] == "annex":
        tag, attrs = "hcontainer", {"name": "annex"}
    else:
        tag, attrs = LEVELS[min(depth, len(LEVELS) - 1)], {}
    element = _e(tag, _e("num", provision.num), eId=provision.eid, **attrs)
    if provision.children:
        if provision.text is not None:
            element.append(_e("intro", _paragraph_text(provision.text)))
        for child in provision.children:
            element.append(_provision(child, depth + 1))
    else:
        element.append(_e("content", _paragraph_text(provision.text)))
    return element


def document_xml(identity: Identity, heading: str, provisions: list[Provision]) -> bytes:
    """An outcome document's paragraphs that the portal holds, in order, each with the eId its page uses."""
    # A document none of whose paragraphs the portal holds yet is a body whose text is omitted.
    body = (
        _e("mainBody", *(_provision(p, 0) for p in provisions))
        if provisions
        else _e("mainBody", _e("p", _e("omissis")))
    )
    return _root("doc", identity, _preface(identity, heading), body)
