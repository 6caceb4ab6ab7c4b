"""Staff load an official language version of Resolution 140 from a plain-text file; a file that differs is refused.

tests/data/res140_fr.txt is TEST DATA written for these tests with the structure of Res. 140 (Rev. Guadalajara,
2010); it is not the official French text.
"""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from resolutions.models import Clause, Revision, Section

DATA = Path(__file__).resolve().parent.parent / "data"
FRENCH = (DATA / "res140_fr.txt").read_text(encoding="utf-8")


@pytest.fixture
def res140():
    """Res. 140 (Rev. Guadalajara, 2010) with its English text as the content fixtures load it."""
    revision = Revision.objects.get(resolution__slug="pp-140", year=2010)
    assert revision.sections.count() == 16, "the English text of Res. 140 is not loaded"
    return revision


def french_state(revision):
    return (
        list(Section.objects.filter(revision=revision).order_by("order").values_list("keyword_fr", flat=True)),
        list(Clause.objects.filter(section__revision=revision).order_by("pk").values_list("text_fr", flat=True)),
    )


def run(path, language="fr", revision="pp-140/2010"):
    out = StringIO()
    call_command("import_official_text", str(path), language=language, revision=revision, stdout=out)
    return out.getvalue()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_a_french_file_with_the_english_structure_fills_every_french_keyword_and_clause(res140):
    report = run(DATA / "res140_fr.txt")
    assert "Loaded 16 sections and 74 clauses of Resolution 140 (Rev. Guadalajara, 2010) in fr" in report
    sections = list(res140.sections.order_by("order"))
    assert [s.keyword_fr for s in sections][:3] == ["rappelant", "rappelant en outre", "considérant"]
    assert sections[10].keyword_fr == "charge le Secrétaire général et les Directeurs des Bureaux"
    assert sections[15].keyword_fr == "décide d'exprimer"
    considering_k = Clause.objects.get(section__revision=res140, section__order=3, label="k)")
    assert (
        considering_k.text_fr
        == "l'utilisation rationnelle du spectre des fréquences radioélectriques (§ 96 de l'Agenda de Tunis);"
    )
    # Markdown bullets are not part of the text; a clause broken over two lines is one clause.
    recalling_a = Clause.objects.get(section__revision=res140, section__order=1, label="a)")
    assert recalling_a.text_fr == "la Résolution 73 (Minneapolis, 1998) de la Conférence de plénipotentiaires;"
    recalling_further = Clause.objects.get(section__revision=res140, section__order=2)
    assert recalling_further.text_fr.endswith("l'Agenda de Tunis pour la société de l'information,")
    assert not Clause.objects.filter(section__revision=res140, text_fr__isnull=True).exists()
    assert not Clause.objects.filter(section__revision=res140, text_fr="").exists()
    # The English is untouched and the other languages stay empty.
    assert recalling_a.text_en.startswith("Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference")
    assert not Clause.objects.filter(section__revision=res140, text_es__gt="").exists()
    # The opening words before the first keyword are loaded too; the title above them is not.
    res140.refresh_from_db()
    assert res140.opening_fr == (
        "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Guadalajara, 2010),"
    )


@pytest.mark.django_db
def test_the_french_page_shows_the_loaded_french_text_instead_of_the_english_fallback(res140, client):
    fallback = client.get("/fr/resolutions/pp-140/2010/").content.decode().count('lang="en"')
    run(DATA / "res140_fr.txt")
    page = client.get("/fr/resolutions/pp-140/2010/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "considérant en outre" in html
    assert "le rôle fondamental de l'UIT;" in html.replace("&#x27;", "'")
    # None of the 74 clauses is shown as the English original any more.
    assert html.count('lang="en"') <= fallback - 74


def english_file(revision, tmp_path, replace=("", "")):
    """The English text as it is stored, laid out as the ITU prints it, with one correction applied."""
    lines = [revision.opening_en]
    for section in revision.sections.order_by("order"):
        lines += ["", f"*{section.keyword_en}*", ""]
        lines += [f"{clause.label} {clause.text_en}".strip() for clause in section.clauses.order_by("order")]
    path = tmp_path / "en.txt"
    path.write_text("\n".join(lines).replace(*replace), encoding="utf-8")
    return path


@pytest.mark.django_db
def test_a_corrected_english_file_updates_the_english_and_its_citations_follow(res140, tmp_path):
    resolves_8 = Clause.objects.get(section__revision=res140, section__keyword_en="resolves", label="8")
    assert "§ 120 of the Tunis Agenda" in resolves_8.text_en
    run(english_file(res140, tmp_path, ("as instructed in § 120", "as instructed in § 121")), language="en")
    resolves_8.refresh_from_db()
    assert "as instructed in § 121 of the Tunis Agenda" in resolves_8.text_en
    cited = {c.paragraph.eid for c in resolves_8.citations.select_related("paragraph") if c.paragraph}
    assert cited == {"para_121"}


@pytest.mark.django_db
def test_a_file_missing_a_clause_is_refused_naming_the_section_and_nothing_is_loaded(res140, tmp_path):
    text = FRENCH.replace("m) la coopération multi-parties prenantes (§ 83 de l'Agenda de Tunis),\n", "")
    before = french_state(res140)
    with pytest.raises(CommandError) as refused:
        run(write(tmp_path, "fr.txt", text))
    assert "fr.txt: section 3 (considérant) has clauses a)–l), the English has a)–m)" in str(refused.value)
    assert "nothing was loaded" in str(refused.value)
    assert french_state(res140) == before


@pytest.mark.django_db
def test_a_file_without_the_opening_words_is_refused_and_nothing_is_loaded(res140, tmp_path):
    text = FRENCH.replace(
        "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Guadalajara, 2010),\n",
        "",
    )
    assert text != FRENCH
    before = french_state(res140)
    with pytest.raises(CommandError) as refused:
        run(write(tmp_path, "fr.txt", text))
    assert "the English opens with “The Plenipotentiary Conference" in str(refused.value)
    assert french_state(res140) == before


@pytest.mark.django_db
def test_a_file_with_a_wrong_keyword_is_refused_naming_it_and_nothing_is_loaded(res140, tmp_path):
    text = FRENCH.replace("*ayant à l'esprit*", "*reconnaissant*", 1)
    before = french_state(res140)
    with pytest.raises(CommandError) as refused:
        run(write(tmp_path, "fr.txt", text))
    message = str(refused.value)
    assert "section 8 is “reconnaissant” (recognizing" in message
    assert "the English has “bearing in mind”" in message
    assert french_state(res140) == before


@pytest.mark.django_db
def test_a_file_missing_its_last_section_is_refused(res140, tmp_path):
    text = FRENCH[: FRENCH.index("*décide d'exprimer*")]
    with pytest.raises(CommandError, match="the file has 15 sections, the English has 16: section 16"):
        run(write(tmp_path, "fr.txt", text))
    assert not Section.objects.filter(revision=res140, keyword_fr__gt="").exists()


@pytest.mark.django_db
def test_a_file_in_another_language_than_announced_is_refused(res140):
    with pytest.raises(CommandError, match="no section keyword found"):
        run(DATA / "res140_fr.txt", language="es")


@pytest.mark.django_db
def test_an_unknown_revision_is_a_clear_error():
    with pytest.raises(CommandError, match="No revision “pp-140/1999”"):
        run(DATA / "res140_fr.txt", revision="pp-140/1999")
    with pytest.raises(CommandError, match="No revision “pp-140”"):
        run(DATA / "res140_fr.txt", revision="pp-140")


@pytest.mark.django_db
def test_a_revision_without_loaded_text_is_refused():
    revision = Revision.objects.filter(sections__isnull=True).select_related("resolution").first()
    with pytest.raises(CommandError, match="has no text in the portal"):
        run(DATA / "res140_fr.txt", revision=f"{revision.resolution.slug}/{revision.year}")


@pytest.mark.django_db
def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="cannot be read"):
        run(tmp_path / "nowhere.txt")
