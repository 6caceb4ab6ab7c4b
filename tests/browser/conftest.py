"""Headless Chromium (Debian's, never a downloaded browser) driven by Playwright against pytest-django's live server.

Without /usr/bin/chromium the browser tests skip, unless REQUIRE_BROWSER=1 (as in CI), where they fail instead.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _require_chromium():
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is not installed (apt-get install chromium)"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {message}")
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; Django's ORM calls between its calls (loading
    # content, the flush after each test) are still synchronous and safe.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def site(live_server, settings):
    """The live server with the portal's content: its transactional database is flushed after every test."""
    # The live server serves static files from the finders, which know no manifest-hashed names.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("load_content", verbosity=0)
    return live_server


class PageProblems:
    """Console errors, uncaught exceptions and CSP violations a page reported."""

    def __init__(self, page):
        self.messages = []
        self.failed_responses = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.messages.append(f"uncaught: {error}"))
        page.on("response", self._response)

    def _response(self, response):
        if response.status >= 400:
            self.failed_responses.append((response.request.resource_type, response.status, response.url))

    def _console(self, message):
        if message.type in ("error", "warning") or "Content Security Policy" in message.text:
            self.messages.append(f"{message.type}: {message.text}")


@pytest.fixture
def page(chromium):
    """A fresh browser context and page per test, 1280×900, with its problems recorded."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = PageProblems(page)
    yield page
    # Leave no request in flight on the live server before its database is flushed.
    page.goto("about:blank")
    context.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
