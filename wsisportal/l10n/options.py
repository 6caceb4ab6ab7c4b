"""Translation options that say which translated fields hold official texts, loaded from sources, never translated."""

from modeltranslation.translator import TranslationOptions


class OfficialTextOptions(TranslationOptions):
    """Options of a model some of whose translated fields are official texts (clauses, paragraphs, keywords)."""

    # Fields loaded from official sources language by language; the coverage report counts them apart.
    official_fields: tuple[str, ...] = ()
    # The path from a record to the text it is part of (a clause → section__revision), to report per text.
    official_container: str = ""


def official_fields(options) -> tuple[str, ...]:
    return getattr(options, "official_fields", ())
