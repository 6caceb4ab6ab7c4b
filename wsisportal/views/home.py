"""The home page, ITU's WSIS role at a glance, and "/", which sends each reader to it in their language."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from ..selectors.home import home_page


def root_redirect(request):
    """ "/" sends the reader to the home page in their language (Accept-Language), English otherwise."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = HttpResponseRedirect(reverse("home"))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def home(request):
    return render(request, "home.html", {"page": home_page()})
