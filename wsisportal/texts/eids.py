"""Language-neutral anchor ids in the Akoma Ntoso style, computed in one place for URLs, templates and exports."""

import re

# Depth of a provision inside a numbered paragraph: 50 → para, c → subpara, ii → point.
PARAGRAPH_LEVELS = ("para", "subpara", "point", "subpoint")
ANNEX = "annex"


def _token(label: str) -> str:
    """Reduce a printed label such as "(b)", "a)" or "1." to the bare token "b", "a", "1"."""
    token = re.sub(r"[^0-9A-Za-z]+", "", label).lower()
    if not token:
        raise ValueError(f"label {label!r} has no letter or digit")
    return token


def paragraph_eid(path: tuple[str, ...] | list[str]) -> str:
    """Return the eId of a paragraph given its number path, e.g. ("50", "c", "ii") → para_50__subpara_c__point_ii."""
    if not path:
        raise ValueError("a paragraph path needs at least a number")
    if path[0].lower() == ANNEX:
        return ANNEX if len(path) == 1 else ANNEX + "__" + paragraph_eid(path[1:])
    if len(path) > len(PARAGRAPH_LEVELS):
        raise ValueError(f"paragraph path {path!r} is deeper than {len(PARAGRAPH_LEVELS)} levels")
    return "__".join(f"{level}_{_token(part)}" for level, part in zip(PARAGRAPH_LEVELS, path, strict=False))


def section_eid(keyword: str) -> str:
    """Return the eId of a resolution section from its English keyword: "considering further" → considering_further."""
    key = re.sub(r"[^a-z0-9]+", "_", keyword.lower()).strip("_")
    if not key:
        raise ValueError(f"section keyword {keyword!r} gives no id")
    return key


def clause_eid(section: str, label: str) -> str:
    """Return a clause's eId: lettered clauses are items, numbered ones paras, an unlabelled one the content."""
    if not label.strip():
        return f"{section}__content"
    token = _token(label)
    kind = "para" if token.isdigit() else "item"
    return f"{section}__{kind}_{token}"
