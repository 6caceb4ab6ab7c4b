"""Context every public page needs: the same page in each of the six languages, and the site's sections."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from .navigation import sections
from .origin import absolute_url


def _path_in(language: str, path: str, current: str) -> str:
    """The path in another language: translate_url for resolvable pages, a swapped prefix for the rest (a 404)."""
    translated = translate_url(path, language)
    if translated != path or language == current:
        return translated
    prefix = f"/{current}/"
    return f"/{language}/{path[len(prefix) :]}" if path.startswith(prefix) else f"/{language}/"


def language_versions(request):
    current = get_language() or settings.LANGUAGE_CODE
    path = request.get_full_path()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = _path_in(code, path, current)
        versions.append(
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": absolute_url(url),
                "is_current": code == current,
            }
        )
    default = next(v for v in versions if v["code"] == settings.LANGUAGE_CODE)
    return {"language_versions": versions, "x_default_url": default["absolute_url"]}


def navigation(request):
    return {"sections": sections(request.path)}
