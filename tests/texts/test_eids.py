"""Anchor ids: one function computes them for URLs, templates and exports."""

import pytest

from wsisportal.texts.eids import clause_eid, paragraph_eid, section_eid


@pytest.mark.parametrize(
    ("path", "eid"),
    [
        (("96",), "para_96"),
        (("50", "c", "ii"), "para_50__subpara_c__point_ii"),
        (("102", "(b)"), "para_102__subpara_b"),
        (("Annex",), "annex"),
    ],
)
def test_paragraph_anchor_is_akoma_ntoso_style(path, eid):
    assert paragraph_eid(path) == eid


def test_clause_anchor_puts_section_keyword_first_so_restarting_numbers_cannot_collide():
    considering = section_eid("considering further")
    assert considering == "considering_further"
    assert clause_eid(considering, "h)") == "considering_further__item_h"
    assert clause_eid("resolves", "8") == "resolves__para_8"
    assert clause_eid("noting", "") == "noting__content"
    assert section_eid("instructs the Secretary-General and the Directors of the Bureaux") == (
        "instructs_the_secretary_general_and_the_directors_of_the_bureaux"
    )


@pytest.mark.parametrize("bad", [(), ("()",), ("1", "a", "i", "x", "y")])
def test_impossible_paragraph_paths_are_refused(bad):
    with pytest.raises(ValueError):
        paragraph_eid(bad)
