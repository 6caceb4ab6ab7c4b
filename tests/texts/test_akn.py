"""The Akoma Ntoso builder, pure: citations become <ref>/<rref> in the words, emphasis <i> beside them."""

from lxml import etree

from wsisportal.texts import akn


def _p(text: akn.Text) -> str:
    xml = etree.tostring(akn.inline(akn._e("p"), text), encoding="unicode").replace("ns0:", "")
    return xml.split(">", 1)[1].rsplit("<", 1)[0]


def test_a_citation_is_a_ref_around_its_words():
    text = akn.Text("see § 96 of the Tunis Agenda.", refs=[akn.Ref(4, 28, ["/akn/x/~para_96"])])
    assert _p(text) == 'see <ref href="/akn/x/~para_96">§ 96 of the Tunis Agenda</ref>.'


def test_a_range_cited_in_one_run_of_words_is_one_rref_from_first_to_last():
    text = akn.Text("§§ 113-118", refs=[akn.Ref(0, 10, ["/akn/x/~para_113", "/akn/x/~para_118"])])
    assert _p(text) == '<rref from="/akn/x/~para_113" upTo="/akn/x/~para_118">§§ 113-118</rref>'


def test_emphasis_stays_outside_references_and_text_around_both_is_kept():
    text = akn.Text("has, inter alia, § 1 here", emphasis=[(5, 15)], refs=[akn.Ref(17, 20, ["/akn/x/~para_1"])])
    assert _p(text) == 'has, <i>inter alia</i>, <ref href="/akn/x/~para_1">§ 1</ref> here'


def test_an_expression_names_its_language_in_iso_639_2():
    identity = akn.Identity(
        work="/akn/un/doc/outcome/wsis/2005/tunis-agenda",
        language="zh-hans",
        name="outcome",
        number="x",
        title="t",
        author=("wsis", "/ontology/organization/un/wsis", "WSIS"),
        date=None,
        date_name="adoption",
        generated="2026-01-01",
    )
    assert identity.expression == "/akn/un/doc/outcome/wsis/2005/tunis-agenda/zho@"
    assert identity.manifestation.endswith("/zho@/!main.xml")
