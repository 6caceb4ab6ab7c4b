"""Resolutions and decisions of ITU's conferences and Council, their revisions, structured text and citations."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from actionlines.models import Activity
from outcomes.models import Paragraph
from wsisportal.naturalkeys import Keyed
from wsisportal.texts.eids import clause_eid, section_eid
from wsisportal.texts.numbering import number_key
from wsisportal.texts.scripts import split_emphasis


class Body(models.TextChoices):
    PP = "pp", _("Plenipotentiary Conference")
    WTDC = "wtdc", _("World Telecommunication Development Conference")
    WTSA = "wtsa", _("World Telecommunication Standardization Assembly")
    COUNCIL = "council", _("ITU Council")
    UNGA = "unga", _("United Nations General Assembly")


class Resolution(Keyed):
    class Kind(models.TextChoices):
        RESOLUTION = "resolution", _("Resolution")
        DECISION = "decision", _("Decision")

    slug = models.SlugField(_("slug"), max_length=40, unique=True, help_text=_("E.g. pp-140, pp-decision-8."))
    body = models.CharField(_("adopted by"), max_length=10, choices=Body.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RESOLUTION)
    number = models.CharField(_("number"), max_length=20)
    title = models.CharField(_("title"), max_length=500, blank=True)
    summary = models.TextField(_("what the sources say of it"), blank=True)

    class Meta:
        ordering = ["body", "kind", "number"]
        verbose_name = _("resolution or decision")
        verbose_name_plural = _("resolutions and decisions")
        constraints = [
            models.UniqueConstraint(fields=["body", "kind", "number"], name="resolution_number_unique_per_body"),
        ]

    def __str__(self):
        return self.name

    @property
    def order_key(self) -> tuple:
        """Plenipotentiary first, then WTDC, WTSA, Council, UNGA; resolutions before decisions; 30 before 140."""
        bodies, kinds = list(Body.values), list(self.Kind.values)
        return (bodies.index(self.body), kinds.index(self.kind), number_key(self.number))

    @property
    def name(self) -> str:
        """ "Resolution 140", "Decision 8", in the reader's language."""
        if self.kind == self.Kind.DECISION:
            return gettext("Decision %(number)s") % {"number": self.number}
        return gettext("Resolution %(number)s") % {"number": self.number}

    def get_absolute_url(self):
        return reverse("resolutions:detail", args=[self.slug])


class Conference(Keyed):
    """A conference or session at which revisions were adopted, with what the seeds say it did: PP-06 in Antalya."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True, help_text=_("E.g. pp-2006, wtdc-2006."))
    body = models.CharField(_("body"), max_length=10, choices=Body.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    place = models.CharField(_("place"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    start = models.DateField(_("first day"), null=True, blank=True)
    end = models.DateField(_("last day"), null=True, blank=True)
    month_only = models.BooleanField(_("only the month is known"), default=False)
    summary = models.TextField(
        _("what the sources say of it"), blank=True, help_text=_("Written by the portal from the sources named below.")
    )
    sources = models.ManyToManyField("outcomes.Source", blank=True, verbose_name=_("sources"))

    class Meta:
        ordering = ["body", "year"]
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")
        constraints = [
            models.UniqueConstraint(fields=["body", "year"], name="conference_one_per_body_and_year"),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=False, end__gte=models.F("start")),
                name="conference_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """ "Plenipotentiary Conference (Antalya, 2006)", in the reader's language."""
        values = {"body": self.get_body_display(), "place": self.place, "year": self.year}
        if self.place:
            return gettext("%(body)s (%(place)s, %(year)s)") % values
        return gettext("%(body)s (%(year)s)") % values

    def get_absolute_url(self):
        return f"{reverse('resolutions:list')}#conference-{self.slug}"


class RevisionQuerySet(models.QuerySet):
    def get_by_natural_key(self, resolution_slug, year):
        return self.get(resolution__slug=resolution_slug, year=year)


class Revision(models.Model):
    """A version of a resolution adopted at one conference or session: Res. 140 (Rev. Guadalajara, 2010)."""

    class Qualifier(models.TextChoices):
        ORIGINAL = "original", _("original")
        REVISED = "revised", _("revised")
        MODIFIED = "modified", _("modified")
        # "Resolution 101 (Plenipotentiary 2010)": a year, with no word on whether the text is new or revised.
        CITED = "cited", _("as the source cites it")

    resolution = models.ForeignKey(Resolution, models.CASCADE, related_name="revisions", verbose_name=_("resolution"))
    year = models.PositiveSmallIntegerField(_("year"))
    place = models.CharField(_("place"), max_length=100, blank=True)
    date = models.DateField(_("date adopted"), null=True, blank=True)
    conference = models.ForeignKey(
        Conference,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="revisions",
        verbose_name=_("adopted at"),
    )
    qualifier = models.CharField(_("kind of text"), max_length=10, choices=Qualifier.choices)
    title = models.CharField(_("title of this revision"), max_length=500, blank=True)
    opening = models.TextField(
        _("opening words"),
        blank=True,
        help_text=_(
            "The line before the first keyword, as the official text prints it: “The Plenipotentiary Conference …,”."
        ),
    )

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["resolution", "year"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [models.UniqueConstraint(fields=["resolution", "year"], name="revision_year_unique")]

    def __str__(self):
        return self.name

    @property
    def designation(self) -> str:
        """The parenthesis ITU writes after the number, in the reader's language: "Rev. Guadalajara, 2010",
        "Antalya, 2006", "modified 2016", or the year alone where the source cites no more ("2010")."""
        values = {"place": self.place, "year": self.year}
        if self.qualifier == self.Qualifier.MODIFIED:
            return gettext("modified %(year)s") % values
        if self.qualifier == self.Qualifier.REVISED:
            return (gettext("Rev. %(place)s, %(year)s") if self.place else gettext("Rev. %(year)s")) % values
        if self.qualifier == self.Qualifier.CITED:
            # The source gives a year only: a place beside it would read, in ITU's usage, as the original text.
            return str(self.year)
        return gettext("%(place)s, %(year)s") % values if self.place else str(self.year)

    @property
    def name(self) -> str:
        """ "Resolution 140 (Rev. Guadalajara, 2010)", in the reader's language."""
        return gettext("%(resolution)s (%(designation)s)") % {
            "resolution": self.resolution.name,
            "designation": self.designation,
        }

    def natural_key(self):
        return (*self.resolution.natural_key(), self.year)

    natural_key.dependencies = ["resolutions.resolution"]

    def get_absolute_url(self):
        return reverse("resolutions:revision", args=[self.resolution.slug, self.year])


class Section(models.Model):
    """A preambular or operative section of a revision's text, opened by its keyword (*considering*, *resolves*)."""

    class Part(models.TextChoices):
        PREAMBULAR = "preambular", _("preambular")
        OPERATIVE = "operative", _("operative")

    revision = models.ForeignKey(Revision, models.CASCADE, related_name="sections", verbose_name=_("revision"))
    order = models.PositiveSmallIntegerField(_("order"))
    part = models.CharField(_("part"), max_length=12, choices=Part.choices)
    keyword = models.CharField(_("keyword"), max_length=200, help_text=_("As the official text prints it."))
    eid = models.CharField(_("anchor id"), max_length=120, blank=True)

    class Meta:
        ordering = ["revision", "order"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.UniqueConstraint(fields=["revision", "order"], name="section_order_unique"),
            models.UniqueConstraint(fields=["revision", "eid"], name="section_eid_unique"),
        ]

    def __str__(self):
        return self.keyword

    def get_absolute_url(self):
        return f"{self.revision.get_absolute_url()}#{self.eid}"

    def save(self, *args, **kwargs):
        if not self.eid:
            self.eid = section_eid(self.keyword_en or self.keyword)
        super().save(*args, **kwargs)


class Clause(models.Model):
    """A lettered or numbered clause of a section, or the one unlabelled paragraph of a short section."""

    section = models.ForeignKey(Section, models.CASCADE, related_name="clauses", verbose_name=_("section"))
    order = models.PositiveSmallIntegerField(_("order"))
    label = models.CharField(_("label"), max_length=10, blank=True, help_text=_("As printed: “a)”, “1”."))
    text = models.TextField(
        _("text"),
        help_text=_("Only as the official text gives it; words it italicizes between asterisks: *inter alia*."),
    )
    eid = models.CharField(_("anchor id"), max_length=160, blank=True)

    class Meta:
        ordering = ["section__order", "order"]
        verbose_name = _("clause")
        verbose_name_plural = _("clauses")
        constraints = [
            models.UniqueConstraint(fields=["section", "order"], name="clause_order_unique"),
        ]

    def __str__(self):
        return f"{self.section.keyword} {self.label}".strip()

    @property
    def english_plain(self) -> str:
        """The English text without its emphasis marks: what citations count their characters in."""
        return split_emphasis(self.text_en or "")[0]

    def compute_eid(self):
        return clause_eid(self.section.eid, self.label)

    def save(self, *args, **kwargs):
        self.eid = self.compute_eid()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.section.revision.get_absolute_url()}#{self.eid}"


class Citation(models.Model):
    """One reference in a clause or plan activity to a paragraph or resolution, with the words it was cited in."""

    clause = models.ForeignKey(
        Clause, models.CASCADE, null=True, blank=True, related_name="citations", verbose_name=_("citing clause")
    )
    activity = models.ForeignKey(
        Activity, models.CASCADE, null=True, blank=True, related_name="citations", verbose_name=_("citing activity")
    )
    cited_text = models.CharField(_("words cited"), max_length=300)
    start = models.PositiveIntegerField(_("starts at character"))
    end = models.PositiveIntegerField(_("ends at character"))
    target = models.CharField(
        _("target as written"), max_length=120, help_text=_("What the words name, e.g. “TAIS § 78 a”.")
    )
    paragraph = models.ForeignKey(
        Paragraph, models.CASCADE, null=True, blank=True, related_name="citations", verbose_name=_("cited paragraph")
    )
    resolution = models.ForeignKey(
        Resolution, models.CASCADE, null=True, blank=True, related_name="citations", verbose_name=_("cited resolution")
    )
    revision = models.ForeignKey(
        Revision, models.CASCADE, null=True, blank=True, related_name="citations", verbose_name=_("cited revision")
    )
    problem = models.CharField(_("why it is unresolved"), max_length=200, blank=True)
    field = models.CharField(
        _("in which text of the plan row"),
        max_length=20,
        choices=[("paragraph_refs", _("paragraphs named")), ("comments", _("comments"))],
        blank=True,
        help_text=_("For a plan row: the text the start and end count in. Empty for a clause."),
    )

    class Meta:
        ordering = ["clause", "activity", "start", "pk"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        constraints = [
            models.CheckConstraint(
                condition=Q(clause__isnull=False, activity__isnull=True)
                | Q(clause__isnull=True, activity__isnull=False),
                name="citation_has_one_citing_text",
            ),
            models.CheckConstraint(
                condition=Q(paragraph__isnull=True) | Q(resolution__isnull=True),
                name="citation_targets_paragraph_or_resolution",
            ),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="citation_span_not_empty"),
        ]

    def __str__(self):
        return f"{self.cited_text} → {self.target}"

    def get_absolute_url(self):
        return self.citing.get_absolute_url()

    @property
    def is_resolved(self):
        return self.paragraph_id is not None or self.resolution_id is not None

    @property
    def citing(self):
        return self.clause or self.activity

    def clean(self):
        if self.revision_id and self.resolution_id and self.revision.resolution_id != self.resolution_id:
            raise ValidationError({"revision": _("The cited revision must be a revision of the cited resolution.")})
