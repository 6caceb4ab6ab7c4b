"""Official texts in the reader's language where that version is loaded; otherwise the English original, marked
lang="en" dir="ltr", with a visible notice in the reader's language. Nothing is passed off as a translation."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation
from pytest_django.asserts import assertContains, assertInHTML, assertNotContains

from outcomes.models import Paragraph
from resolutions.models import Clause, Revision, Section
from wsisportal.l10n.official import NOTICES

pytestmark = pytest.mark.django_db

RES_140_2010 = "/{lang}/resolutions/pp-140/2010/"
OTHER_LANGUAGES = ["ar", "zh-hans", "fr", "ru", "es"]


def _notice(language: str) -> str:
    with translation.override(language):
        return str(NOTICES[language])


def _clause_element(content: str, eid: str) -> str:
    return re.search(rf'<li id="{eid}".*?</li>', content, re.DOTALL).group(0)


def _res_140_clause(eid: str) -> Clause:
    return Clause.objects.get(eid=eid, section__revision__resolution__slug="pp-140", section__revision__year=2010)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_resolution_140_in_another_language_shows_english_marked_lang_en_with_a_notice(client, language):
    response = client.get(RES_140_2010.format(lang=language))
    content = response.content.decode()
    clause = _clause_element(content, "considering__item_h")
    assert clause.startswith('<li id="considering__item_h" class="clause" lang="en" dir="ltr">')
    assert (
        '<span class="official-original" lang="en" dir="ltr">that the ITU is given specific responsibility' in clause
    )
    # One visible notice, in the reader's language, above the text.
    assert content.count('class="official-notice"') == 1
    assertContains(response, f'<p class="official-notice">{_notice(language)}</p>', html=True)
    # The section keyword, official text too, is the English original, marked.
    assertInHTML(
        '<p class="res-section__keyword" lang="en" dir="ltr"><em>'
        '<span class="official-original" lang="en" dir="ltr">considering</span></em></p>',
        content,
    )


def test_english_original_keeps_its_citation_links_on_a_french_page(client):
    content = client.get(RES_140_2010.format(lang="fr")).content.decode()
    clause = _clause_element(content, "considering__item_h")
    assertInHTML('<a class="citation" href="/fr/outcomes/tunis-agenda/120/">§ 120 of the Tunis Agenda</a>', clause)


def test_arabic_page_runs_right_to_left_with_english_clauses_left_to_right(client):
    content = client.get(RES_140_2010.format(lang="ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert 'lang="en" dir="ltr"' in _clause_element(content, "resolves__para_8")


def test_english_page_has_no_notice_and_no_lang_marking_on_clauses(client):
    response = client.get(RES_140_2010.format(lang="en"))
    assertNotContains(response, 'class="official-notice"')
    clause = _clause_element(response.content.decode(), "considering__item_h")
    assert clause.startswith('<li id="considering__item_h" class="clause">')
    assert 'lang="en"' not in clause


def test_clause_loaded_in_french_is_shown_in_french_without_links_or_english_marking(client):
    clause = _res_140_clause("considering__item_h")
    # Stand-in words for a loaded French version; only the marking is under test.
    Clause.objects.filter(pk=clause.pk).update(text_fr="version française chargée (§ 120 de l'Agenda de Tunis);")
    content = client.get(RES_140_2010.format(lang="fr")).content.decode()
    element = _clause_element(content, "considering__item_h")
    assert element.startswith('<li id="considering__item_h" class="clause">')
    assert "version française chargée (§ 120 de l&#x27;Agenda de Tunis);" in element
    assert "<a " not in element
    assert 'lang="en"' not in element
    # The other clauses are still English, so the page still says so once; the side list keeps the link.
    assert content.count('class="official-notice"') == 1
    assert 'href="/fr/outcomes/tunis-agenda/120/"' in content


def test_section_keyword_loaded_in_french_is_shown_in_french(client):
    section = Section.objects.get(eid="considering", revision__resolution__slug="pp-140", revision__year=2010)
    Section.objects.filter(pk=section.pk).update(keyword_fr="considérant")
    content = client.get(RES_140_2010.format(lang="fr")).content.decode()
    assertInHTML('<p class="res-section__keyword"><em>considérant</em></p>', content)


def test_revision_fully_loaded_in_french_needs_no_notice(client):
    clauses = Clause.objects.filter(section__revision__resolution__slug="pp-140", section__revision__year=2010)
    sections = Section.objects.filter(revision__resolution__slug="pp-140", revision__year=2010)
    for clause in clauses:
        Clause.objects.filter(pk=clause.pk).update(text_fr=f"texte chargé {clause.eid}")
    for section in sections:
        Section.objects.filter(pk=section.pk).update(keyword_fr=f"mot clé {section.eid}")
    Revision.objects.filter(resolution__slug="pp-140", year=2010).update(opening_fr="La Conférence …,")
    response = client.get(RES_140_2010.format(lang="fr"))
    assertNotContains(response, 'class="official-notice"')
    assertNotContains(response, 'class="official-original"')


def test_paragraph_with_only_english_text_is_shown_in_english_with_a_spanish_notice(client):
    paragraph = Paragraph.objects.get(document__slug="tunis-agenda", eid="para_96")
    # Stand-in English words: the seeds give no paragraph's official text.
    Paragraph.objects.filter(pk=paragraph.pk).update(text_en="Stand-in English words of paragraph 96.")
    response = client.get("/es/outcomes/tunis-agenda/96/")
    assertInHTML(
        f'<div class="official-text"><span class="official-notice">{_notice("es")}</span> '
        '<span class="official-original" lang="en" dir="ltr">Stand-in English words of paragraph 96.</span></div>',
        response.content.decode(),
    )
    assertNotContains(response, "The official text of this paragraph is not loaded in the portal.")


def test_paragraph_loaded_in_spanish_is_shown_in_spanish(client):
    paragraph = Paragraph.objects.get(document__slug="tunis-agenda", eid="para_96")
    Paragraph.objects.filter(pk=paragraph.pk).update(text_en="Stand-in English words.", text_es="Palabras cargadas.")
    response = client.get("/es/outcomes/tunis-agenda/96/")
    assertInHTML('<div class="official-text">Palabras cargadas.</div>', response.content.decode())
    assertNotContains(response, 'class="official-notice"')


def test_paragraph_without_official_text_says_so_rather_than_showing_a_notice(client):
    response = client.get("/fr/outcomes/tunis-agenda/120/")
    assertNotContains(response, 'class="official-notice"')
    assertContains(response, 'class="text-not-loaded"')


def test_official_tag_reads_the_language_column_not_modeltranslation_fallback():
    clause = _res_140_clause("resolves__para_8")
    template = Template('{% load official_texts %}{% official clause "text" %}')
    with translation.override("ru"):
        # modeltranslation would silently give the English here ...
        assert clause.text == clause.text_en
        rendered = template.render(Context({"clause": clause}))
    # ... the tag says it is English, and why.
    assert rendered.startswith(f'<span class="official-notice">{_notice("ru")}</span> <span class="official-original"')
    assert 'lang="en" dir="ltr">that ITU should, within available resources' in rendered
