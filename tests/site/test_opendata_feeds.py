"""Atom feeds: new citations of a paragraph and of a resolution, and the content changes; each parses without a
feedparser error, in the reader's language, with links from the canonical origin only."""

import feedparser
import pytest
from django.conf import settings

from .shell import PAGE_CACHE_QUERIES

pytestmark = pytest.mark.django_db


def _feed(client, path, **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "zh-hans"])
def test_a_paragraphs_feed_lists_every_clause_and_plan_row_citing_it(client, lang):
    feed = _feed(client, f"/{lang}/outcomes/tunis-agenda/120/citations.atom")
    links = {entry.link for entry in feed.entries}
    assert f"{settings.CANONICAL_ORIGIN}/{lang}/resolutions/pp-140/2010/#considering__item_h" in links
    assert all(entry.updated for entry in feed.entries)
    assert feed.feed.link == f"{settings.CANONICAL_ORIGIN}/{lang}/outcomes/tunis-agenda/120/"


def test_a_paragraphs_feed_includes_citations_of_its_sub_paragraphs(client):
    feed = _feed(client, "/en/outcomes/tunis-agenda/78/citations.atom")
    assert any("TAIS § 78 a" in entry.title for entry in feed.entries)


def test_a_resolutions_feed_lists_what_cites_it(client):
    feed = _feed(client, "/en/resolutions/pp-140/citations.atom")
    assert feed.feed.title == "New citations of Resolution 140"


def test_feeds_write_no_link_from_a_forged_host(client):
    body = client.get("/en/outcomes/tunis-agenda/120/citations.atom", HTTP_HOST="localhost").content.decode()
    assert "localhost" not in body


@pytest.mark.parametrize(
    "path", ["/en/outcomes/tunis-agenda/9999/citations.atom", "/en/resolutions/no-such/citations.atom"]
)
def test_a_feed_of_nothing_is_a_404(client, path):
    assert client.get(path).status_code == 404


def test_the_changes_feed_lists_the_latest_content_changes_from_the_history(client):
    from actionlines.models import ActionLine

    line = ActionLine.objects.get(slug="c4")
    line.title_en = "Capacity building (edited)"
    line._change_reason = "a staff edit"
    line.save()
    feed = _feed(client, "/en/changes.atom")
    first = feed.entries[0]
    assert first.title == "Changed: action line “Capacity building (edited)”"
    assert first.link == f"{settings.CANONICAL_ORIGIN}/en/action-lines/c4/"
    assert first.summary == "a staff edit"
    assert len(feed.entries) == 50
    assert all(entry.updated for entry in feed.entries)


def test_the_changes_feed_speaks_the_readers_language(client):
    feed = _feed(client, "/fr/changes.atom")
    assert feed.feed.language == "fr"
    assert feed.feed.title != "Changes to the content of the ITU WSIS portal"


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        # The paragraph, its citations, the citing plan rows' lines, the clauses' and rows' history.
        ("/en/outcomes/tunis-agenda/120/citations.atom", 5),
        ("/en/resolutions/pp-140/citations.atom", 3),
    ],
)
def test_each_feed_takes_a_fixed_number_of_queries(client, django_assert_num_queries, path, queries):
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        client.get(path)


def test_the_changes_feed_takes_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    from wsisportal.l10n.history import tracked_models
    from wsisportal.opendata.feeds import LIMIT

    # The latest records of each model with history, the live records of those listed; some entries' pages still
    # read an action line each (to be joined: see the issue 13 report), so at most one more per entry.
    with django_assert_max_num_queries(2 * len(tracked_models()) + LIMIT + PAGE_CACHE_QUERIES):
        client.get("/en/changes.atom")
