"""The data beside the pages: each page's JSON twin (django-ninja, which writes /openapi.json from the schemas).

Every twin reads through the page's own selector and says the same facts in the requested language. Only GET and
HEAD are answered; an unknown language, slug or paragraph is a 404 and a malformed parameter a 400, each with a
JSON body in the reader's language.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from ninja import NinjaAPI
from ninja.errors import ValidationError

from ..l10n.languages import codes
from ..opendata import akn, citations, published, records, schemas
from ..origin import absolute_url
from ..selectors.actionlines import line_page, line_summaries, plan_page
from ..selectors.home import home_page
from ..selectors.organizations import focal_points, organization
from ..selectors.outcomes import document_contents, outcome_documents, paragraph_page
from ..selectors.resolutions import resolutions_by_body, revision_page

READ = ["GET", "HEAD"]
ERRORS = {400: schemas.Error, 404: schemas.Error}


class PortalAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """HEAD answers as GET does; documenting it beside GET would repeat each operation id, so it is left out."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in schema["paths"].values():
            operations.pop("head", None)
        schema["servers"] = [{"url": absolute_url("/")[:-1]}]
        return schema


api = PortalAPI(
    title="ITU WSIS portal: data beside the pages",
    version="1",
    description=(
        "Every public page of the portal has a JSON twin at the same address plus data.json, in each of the six "
        "languages. Official texts say per field whether they are given in the requested language or as the "
        "English original in its place."
    ),
    openapi_url="/openapi.json",
    docs_url=None,
    urls_namespace="opendata",
)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": str(exc) or _("There is nothing at this address.")}, status=404)


@api.exception_handler(ValidationError)
def malformed(request, exc):
    return api.create_response(request, {"detail": _("This address has a malformed part.")}, status=400)


def _found(read, message):
    """What read() returns, or a 404 that says in the reader's language what is not there."""
    try:
        return read()
    except (Http404, ObjectDoesNotExist):
        raise Http404(message) from None


def _language(lang: str):
    """The requested language, active while the answer is written; a 404 for a code the portal does not publish."""
    if lang not in codes():
        raise Http404(_("The portal publishes no such language."))
    return translation.override(lang)


@api.api_operation(READ, "/{lang}/data.json", response={200: schemas.HomeData, **ERRORS}, tags=["pages"])
def home(request, lang: str):
    """The home page: ITU's WSIS role at a glance."""
    with _language(lang):
        return records.home(home_page())


@api.api_operation(
    READ, "/{lang}/action-lines/data.json", response={200: schemas.LineOverviewData, **ERRORS}, tags=["pages"]
)
def action_lines(request, lang: str):
    """The eleven action lines, ITU's role and the focal points of each."""
    with _language(lang):
        return records.line_overview(line_summaries())


@api.api_operation(
    READ, "/{lang}/action-lines/plan-2006/data.json", response={200: schemas.PlanData, **ERRORS}, tags=["pages"]
)
def plan(request, lang: str):
    """ITU's 2006 implementation plan, row by row."""
    with _language(lang):
        return records.plan(plan_page())


@api.api_operation(
    READ, "/{lang}/action-lines/{slug}/data.json", response={200: schemas.LineDetailData, **ERRORS}, tags=["pages"]
)
def action_line(request, lang: str, slug: str):
    """One action line with everything its page shows."""
    with _language(lang):
        page = _found(lambda: line_page(slug), _("There is no action line at this address."))
        return records.line_detail(page)


@api.api_operation(
    READ, "/{lang}/focal-points/data.json", response={200: schemas.FocalPointsData, **ERRORS}, tags=["pages"]
)
def focal_point_list(request, lang: str):
    """Every organization with a role, and its roles."""
    with _language(lang):
        return records.focal_points(focal_points())


@api.api_operation(
    READ, "/{lang}/focal-points/{slug}/data.json", response={200: schemas.OrganizationData, **ERRORS}, tags=["pages"]
)
def organization_detail(request, lang: str, slug: str):
    """One organization: its roles, units and assignments in the 2006 plan."""
    with _language(lang):
        page = _found(lambda: organization(slug), _("There is no organization at this address."))
        return records.organization(page)


@api.api_operation(
    READ, "/{lang}/outcomes/data.json", response={200: schemas.DocumentListData, **ERRORS}, tags=["pages"]
)
def document_list(request, lang: str):
    """The four WSIS outcome documents."""
    with _language(lang):
        return records.document_list(outcome_documents())


@api.api_operation(
    READ, "/{lang}/outcomes/{slug}/data.json", response={200: schemas.DocumentData, **ERRORS}, tags=["pages"]
)
def document_detail(request, lang: str, slug: str):
    """One outcome document and the paragraphs the portal holds."""
    with _language(lang):
        contents = _found(lambda: document_contents(slug), _("There is no outcome document at this address."))
        return records.document_detail(contents)


@api.api_operation(
    READ,
    "/{lang}/outcomes/{slug}/{number}/data.json",
    response={200: schemas.ParagraphData, **ERRORS},
    tags=["pages"],
)
def paragraph_detail(request, lang: str, slug: str, number: str):
    """One numbered paragraph with its sub-paragraphs and everything that cites them."""
    with _language(lang):
        page = _found(lambda: paragraph_page(slug, number), _("There is no paragraph at this address."))
        return records.paragraph_detail(page)


@api.api_operation(
    READ, "/{lang}/resolutions/data.json", response={200: schemas.ResolutionListData, **ERRORS}, tags=["pages"]
)
def resolution_list(request, lang: str):
    """Every resolution and decision, by the body that adopted it, with its revisions."""
    with _language(lang):
        return records.resolution_list(resolutions_by_body())


@api.api_operation(
    READ, "/{lang}/resolutions/{slug}/data.json", response={200: schemas.RevisionData, **ERRORS}, tags=["pages"]
)
def resolution_detail(request, lang: str, slug: str):
    """One resolution: its latest revision with its text where loaded, and every revision."""
    with _language(lang):
        page = _found(lambda: revision_page(slug), _("There is no resolution at this address."))
        return records.revision_detail(page, reverse("resolutions:detail", args=[slug]))


@api.api_operation(
    READ,
    "/{lang}/resolutions/{slug}/{year}/data.json",
    response={200: schemas.RevisionData, **ERRORS},
    tags=["pages"],
)
def revision_detail(request, lang: str, slug: str, year: int):
    """One revision of a resolution, its text where loaded, and what it cites."""
    with _language(lang):
        page = _found(lambda: revision_page(slug, year), _("There is no revision at this address."))
        return records.revision_detail(page, reverse("resolutions:revision", args=[slug, year]))


def unknown_format(request, rest, suffix):
    """Data beside no page, or in a format the portal does not publish: a 404 with a JSON body, never a page."""
    if suffix in ("json", "xml"):
        detail = _("There is nothing at this address.")
    else:
        detail = _("The portal publishes no data in this format; every page has its data.json beside it.")
    return JsonResponse({"detail": detail}, status=404)


AKN_TYPE = "application/akn+xml; charset=utf-8"


def _xml(lang, read, message):
    try:
        with _language(lang):
            return HttpResponse(_found(read, message), content_type=AKN_TYPE)
    except Http404 as exc:
        return JsonResponse({"detail": str(exc)}, status=404)


@require_safe
def revision_akn(request, lang, slug, year):
    """A revision's text as Akoma Ntoso 3.0, beside its page."""
    return _xml(lang, lambda: akn.revision_xml(slug, year), _("No text of this revision is loaded."))


@require_safe
def document_akn(request, lang, slug):
    """An outcome document as Akoma Ntoso 3.0, beside its page."""
    return _xml(lang, lambda: akn.document_xml(slug), _("There is no outcome document at this address."))


@require_safe
def akn_address(request, address):
    """An Akoma Ntoso address of the portal: 303 See Other to the page that shows it, in the expression's language
    if the address names one, else the reader's."""
    address = f"/akn/{address}"
    language = akn.language_of(address) or translation.get_language_from_request(request)
    with translation.override(language):
        try:
            page = akn.resolve(address)
        except Http404:
            return JsonResponse({"detail": _("There is nothing at this address.")}, status=404)
    response = HttpResponseRedirect(page, status=303)
    patch_vary_headers(response, ("Accept-Language",))
    return response


@api.api_operation(
    READ, "/{lang}/open-data/citations.json", response={200: schemas.CitationsData, **ERRORS}, tags=["datasets"]
)
def citations_json(request, lang: str):
    """The whole citation network: one row per citation, so one per paragraph of a cited range."""
    with _language(lang):
        return {
            "language": lang,
            "page": absolute_url(reverse("opendata_page")),
            "terms": records.reuse_terms(),
            "columns": [{"name": name, "description": str(text)} for name, text in citations.COLUMNS],
            "citations": citations.rows(),
        }


@require_safe
def citations_csv(request, lang):
    """The same rows as CSV; its Link header names the page that gives the columns' meaning and the terms of re-use
    (a CSV file has no place for them)."""
    try:
        language = _language(lang)
    except Http404 as exc:
        return JsonResponse({"detail": str(exc)}, status=404)
    with language:
        response = HttpResponse(citations.as_csv(citations.rows()), content_type="text/csv; charset=utf-8")
        page = absolute_url(reverse("opendata_page"))
    response["Content-Disposition"] = 'inline; filename="wsis-portal-citations.csv"'
    response["Link"] = f'<{page}>; rel="describedby"'
    return response


def reuse_page(request):
    """The re-users' page: what the portal publishes, where, the columns of the dataset, and the terms of re-use."""
    lang = translation.get_language()
    return render(
        request,
        "opendata/reuse.html",
        {
            "publications": published.publications(lang),
            "akn_examples": published.AKN_EXAMPLES,
            "columns": citations.COLUMNS,
            "terms": records.reuse_terms(),
            "breadcrumbs": [(_("Open data"), reverse("opendata_page"))],
        },
    )
