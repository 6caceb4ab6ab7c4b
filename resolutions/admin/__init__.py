"""The resolutions app's admin: the texts staff edit, and the citations the linker finds in them."""

from . import citations, texts  # noqa: F401  (each module registers its models)
