"""The WSIS outcome documents, their numbered paragraphs, and the seed sources every fact traces to."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wsisportal.naturalkeys import Keyed
from wsisportal.texts.eids import paragraph_eid
from wsisportal.texts.numbering import paragraph_label


class Source(Keyed):
    """A document a fact comes from: one of the seeds, or a later staff-loaded source."""

    NATURAL_KEY = "key"

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    updated = models.DateField(_("page updated on"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["year", "key"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return f"{self.title} ({self.year})"


class SummitPhase(models.Model):
    """One of the two phases of the Summit, where and when it took place."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    place = models.CharField(_("place"), max_length=100)
    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))
    source = models.ForeignKey(Source, models.PROTECT, verbose_name=_("source"))

    class Meta:
        ordering = ["number"]
        verbose_name = _("Summit phase")
        verbose_name_plural = _("Summit phases")
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")), name="phase_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.place} {self.start.year}"

    def get_absolute_url(self):
        return f"{reverse('home')}#phases-heading"


class OutcomeDocument(Keyed):
    """One of the four WSIS outcome documents."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    abbreviation = models.CharField(
        _("abbreviation"), max_length=10, unique=True, help_text=_("As ITU writes it, e.g. TAIS.")
    )
    aliases = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_("Other abbreviations and names that citations use, separated by “|”, e.g. TA|Tunis Agenda."),
    )
    title = models.CharField(_("title"), max_length=200)
    short_title = models.CharField(
        _("short name"),
        max_length=60,
        blank=True,
        help_text=_(
            "How pages name the document before a paragraph number: “TAIS § 96” in English, the short title in "
            "languages that have no abbreviation of their own: “Agenda de Tunis § 96”."
        ),
    )
    phase = models.ForeignKey(SummitPhase, models.PROTECT, verbose_name=_("Summit phase"))
    year = models.PositiveSmallIntegerField(_("year adopted"))
    symbol = models.CharField(_("document symbol"), max_length=60, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), unique=True)
    summary = models.TextField(_("what the seeds say of it"), blank=True)

    class Meta:
        ordering = ["order"]
        verbose_name = _("outcome document")
        verbose_name_plural = _("outcome documents")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("outcomes:document", args=[self.slug])

    @property
    def short_name(self) -> str:
        """The document named before a paragraph number in the reader's language; ITU's abbreviation where no
        short title is written."""
        return self.short_title or self.abbreviation

    def alias_list(self):
        return [a.strip() for a in self.aliases.split("|") if a.strip()]


class ParagraphQuerySet(models.QuerySet):
    def get_by_natural_key(self, document_slug, eid):
        return self.get(document__slug=document_slug, eid=eid)


class Paragraph(models.Model):
    """A numbered paragraph of an outcome document, or one of its sub-paragraphs or points (via parent)."""

    document = models.ForeignKey(
        OutcomeDocument, models.CASCADE, related_name="paragraphs", verbose_name=_("document")
    )
    parent = models.ForeignKey(
        "self", models.CASCADE, null=True, blank=True, related_name="children", verbose_name=_("part of")
    )
    number = models.CharField(
        _("number or label"),
        max_length=20,
        help_text=_("The paragraph's number (96, Annex) or, for a sub-paragraph, its letter or numeral (b, ii)."),
    )
    eid = models.CharField(_("anchor id"), max_length=120, editable=False)
    order = models.PositiveIntegerField(_("order"), default=0)
    text = models.TextField(_("official text"), blank=True, help_text=_("Only as the official source gives it."))
    itu_note = models.TextField(
        _("what the seeds say of ITU's role"),
        blank=True,
        help_text=_("Written by the portal from the sources named below; not official text."),
    )
    sources = models.ManyToManyField(Source, blank=True, verbose_name=_("sources of the note"))

    objects = ParagraphQuerySet.as_manager()

    class Meta:
        ordering = ["document__order", "order", "eid"]
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")
        constraints = [
            models.UniqueConstraint(fields=["document", "eid"], name="paragraph_eid_unique_in_document"),
            models.UniqueConstraint(
                fields=["document", "number"],
                condition=models.Q(parent__isnull=True),
                name="paragraph_number_unique_in_document",
            ),
            models.UniqueConstraint(
                fields=["parent", "number"],
                condition=models.Q(parent__isnull=False),
                name="subparagraph_label_unique_under_parent",
            ),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.document.slug, self.eid)

    natural_key.dependencies = ["outcomes.outcomedocument"]

    def path(self) -> list[str]:
        parts, node = [], self
        while node is not None:
            parts.append(node.number)
            node = node.parent
        return parts[::-1]

    @property
    def label(self) -> str:
        """How a reader writes it within its document: "§ 50 c ii", "§ 96", "Annex" in the reader's language."""
        return paragraph_label(self.path(), annex=str(_("Annex")))

    @property
    def name(self) -> str:
        """How a reader names it anywhere: "TAIS § 96", "TAIS Annex"; "Agenda de Tunis § 96" in French."""
        return f"{self.document.short_name} {self.label}"

    @property
    def top(self) -> "Paragraph":
        node = self
        while node.parent_id is not None:
            node = node.parent
        return node

    def clean(self):
        if self.parent_id and self.parent.document_id != self.document_id:
            raise ValidationError({"parent": _("A sub-paragraph belongs to the same document as its paragraph.")})
        try:
            paragraph_eid(self.path())
        except ValueError as exc:
            raise ValidationError({"number": str(exc)}) from exc

    def save(self, *args, **kwargs):
        self.eid = paragraph_eid(self.path())
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        top = self.top
        url = reverse("outcomes:paragraph", args=[self.document.slug, top.number.lower()])
        return url if top.pk == self.pk else f"{url}#{self.eid}"
