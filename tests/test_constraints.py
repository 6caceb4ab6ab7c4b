"""The database refuses data that would make a page say something impossible."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from actionlines.models import ActionLine, Meeting, Organization, Role
from outcomes.models import OutcomeDocument, Paragraph, Source, SummitPhase
from resolutions.models import Citation, Resolution, Revision

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():
    return Source.objects.create(key="test-source", title="Test source", year=2006)


def refused(**kwargs):
    """Assert that creating the object breaks a database constraint, leaving the transaction usable."""
    model = kwargs.pop("model")
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.create(**kwargs)


def test_a_role_needs_exactly_one_subject(source):
    itu = Organization.objects.create(slug="test-org", acronym="TO", kind="itu")
    c1 = ActionLine.objects.get(slug="c1")
    refused(model=Role, organization=itu, kind="partner", source=source)
    theme = ActionLine.objects.get(slug="c7").themes.first()
    refused(model=Role, organization=itu, kind="partner", action_line=c1, theme=theme, source=source)
    Role.objects.create(organization=itu, kind="partner", action_line=c1, source=source)


def test_a_role_cannot_end_before_it_starts(source):
    org = Organization.objects.create(slug="test-org", acronym="TO", kind="other")
    c2 = ActionLine.objects.get(slug="c2")
    refused(model=Role, organization=org, kind="partner", action_line=c2, since=2010, until=2008, source=source)


def test_there_are_only_eleven_action_lines():
    refused(model=ActionLine, slug="c12", number=12, title="Twelve")


def test_a_meeting_cannot_end_before_it_starts():
    activity = ActionLine.objects.get(slug="c2").activities.first()
    refused(
        model=Meeting,
        activity=activity,
        title="Backwards",
        start=datetime.date(2006, 5, 16),
        end=datetime.date(2006, 5, 15),
    )


def test_a_summit_phase_cannot_end_before_it_starts(source):
    refused(
        model=SummitPhase,
        number=3,
        place="Nowhere",
        start=datetime.date(2005, 11, 18),
        end=datetime.date(2005, 11, 16),
        source=source,
    )


def test_a_paragraph_number_exists_once_per_document():
    tunis = OutcomeDocument.objects.get(slug="tunis-agenda")
    refused(model=Paragraph, document=tunis, number="96", eid="para_96_again")


def test_a_sub_paragraph_label_exists_once_under_its_paragraph():
    para_78 = Paragraph.objects.get(document__slug="tunis-agenda", eid="para_78")
    refused(model=Paragraph, document=para_78.document, parent=para_78, number="a", eid="para_78__subpara_a_bis")


def test_a_revision_year_exists_once_per_resolution():
    res = Resolution.objects.get(slug="pp-140")
    refused(model=Revision, resolution=res, year=2010, qualifier="revised")


def test_a_resolution_number_exists_once_per_body_and_kind():
    refused(model=Resolution, slug="pp-140-bis", body="pp", kind="resolution", number="140")


def test_a_citation_has_one_citing_text_and_a_non_empty_span():
    clause = Resolution.objects.get(slug="pp-140").revisions.get(year=2010).sections.first().clauses.first()
    refused(model=Citation, cited_text="§ 1", start=0, end=3, target="TAIS § 1")
    refused(model=Citation, clause=clause, cited_text="§ 1", start=3, end=3, target="TAIS § 1")


def test_a_citation_points_at_a_paragraph_or_a_resolution_not_both():
    clause = Resolution.objects.get(slug="pp-140").revisions.get(year=2010).sections.first().clauses.first()
    refused(
        model=Citation,
        clause=clause,
        cited_text="x",
        start=0,
        end=1,
        target="x",
        paragraph=Paragraph.objects.get(document__slug="tunis-agenda", eid="para_96"),
        resolution=Resolution.objects.get(slug="pp-140"),
    )
