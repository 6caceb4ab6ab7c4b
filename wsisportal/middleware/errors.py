"""Error pages drawn before a view runs (bad input, a database down): the portal's design in the reader's language,
from templates that read nothing from the database."""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils import translation


def reader_language(request) -> str:
    """The language the address names (/fr/...), else the one the browser asks for, else English."""
    return (
        translation.get_language_from_path(request.path_info)
        or translation.get_language_from_request(request, check_path=False)
        or settings.LANGUAGE_CODE
    )


def _home_pages(current: str) -> list[dict]:
    """The language switcher of an error page leads to each home page: the address asked for may be what failed."""
    versions = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("home")
        info = translation.get_language_info(code)
        versions.append({"code": code, "name_local": info["name_local"], "url": url, "is_current": code == current})
    return versions


def error_page(request, template: str, status: int) -> HttpResponse:
    language = reader_language(request)
    with translation.override(language):
        body = loader.render_to_string(template, {"language_versions": _home_pages(language)}, request)
    response = HttpResponse(body, status=status)
    response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    return response
