"""Roles named in the seeds' words, mechanism summaries, inferred years and more meeting and assignment kinds, and
publications with several sources (issue 9: every fact as the seeds say it)."""

import django.db.models.deletion
from django.db import migrations, models


def publication_source_to_sources(apps, schema_editor):
    """A publication's one source becomes the first of its sources."""
    Publication = apps.get_model("actionlines", "Publication")
    for publication in Publication.objects.all():
        publication.sources.add(publication.source_id)


def publication_sources_to_source(apps, schema_editor):
    """Back again: the earliest of its sources, which is where a single source came from."""
    Publication = apps.get_model("actionlines", "Publication")
    for publication in Publication.objects.all():
        first = publication.sources.order_by("year", "pk").first()
        if first is not None:
            publication.source = first
            publication.save(update_fields=["source"])


class Migration(migrations.Migration):

    dependencies = [
        ('actionlines', '0001_initial'),
        ('outcomes', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='mechanism',
            name='sources',
            field=models.ManyToManyField(blank=True, to='outcomes.source', verbose_name='sources of the summary'),
        ),
        migrations.AddField(
            model_name='mechanism',
            name='summary',
            field=models.TextField(blank=True, help_text='Written by the portal from the sources named below, in their words where it can.', verbose_name='what the sources say of it'),
        ),
        migrations.AddField(
            model_name='mechanism',
            name='summary_ar',
            field=models.TextField(blank=True, help_text='Written by the portal from the sources named below, in their words where it can.', null=True, verbose_name='what the sources say of it'),
        ),
        migrations.AddField(
            model_name='mechanism',
            name='summary_en',
            field=models.TextField(blank=True, help_text='Written by the portal from the sources named below, in their words where it can.', null=True, verbose_name='what the sources say of it'),
        ),
        migrations.AddField(
            model_name='mechanism',
            name='summary_es',
            field=models.TextField(blank=True, help_text='Written by the portal from the sources named below, in their words where it can.', null=True, verbose_name='what the sources say of it'),
        ),
        migrations.AddField(
            model_name='mechanism',
            name='summary_fr',
            field=models.TextField(blank=True, help_text='Written by the portal from the sources named below, in their words where it can.', null=True, verbose_name='what the sources say of it'),
        ),
        migrations.AddField(
            model_name='mechanism',
            name='summary_ru',
            field=models.TextField(blank=True, help_text='Written by the portal from the sources named below, in their words where it can.', null=True, verbose_name='what the sources say of it'),
        ),
        migrations.AddField(
            model_name='mechanism',
            name='summary_zh_hans',
            field=models.TextField(blank=True, help_text='Written by the portal from the sources named below, in their words where it can.', null=True, verbose_name='what the sources say of it'),
        ),
        migrations.AddField(
            model_name='meeting',
            name='year_inferred',
            field=models.BooleanField(default=False, help_text="The source gives day and month only; the year stored is the source's own, and pages say so.", verbose_name='the source prints no year'),
        ),
        migrations.AddField(
            model_name='publication',
            name='sources',
            field=models.ManyToManyField(to='outcomes.source', verbose_name='sources'),
        ),
        # Nullable for the copy, so that the way back can re-add it before filling it.
        migrations.AlterField(
            model_name="publication",
            name="source",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                to="outcomes.source",
                verbose_name="source",
            ),
        ),
        migrations.RunPython(publication_source_to_sources, publication_sources_to_source),
        migrations.RemoveField(
            model_name='publication',
            name='source',
        ),
        migrations.AddField(
            model_name='role',
            name='name',
            field=models.CharField(blank=True, help_text="As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word.", max_length=120, verbose_name="the source's name for the role"),
        ),
        migrations.AddField(
            model_name='role',
            name='name_ar',
            field=models.CharField(blank=True, help_text="As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word.", max_length=120, null=True, verbose_name="the source's name for the role"),
        ),
        migrations.AddField(
            model_name='role',
            name='name_en',
            field=models.CharField(blank=True, help_text="As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word.", max_length=120, null=True, verbose_name="the source's name for the role"),
        ),
        migrations.AddField(
            model_name='role',
            name='name_es',
            field=models.CharField(blank=True, help_text="As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word.", max_length=120, null=True, verbose_name="the source's name for the role"),
        ),
        migrations.AddField(
            model_name='role',
            name='name_fr',
            field=models.CharField(blank=True, help_text="As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word.", max_length=120, null=True, verbose_name="the source's name for the role"),
        ),
        migrations.AddField(
            model_name='role',
            name='name_ru',
            field=models.CharField(blank=True, help_text="As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word.", max_length=120, null=True, verbose_name="the source's name for the role"),
        ),
        migrations.AddField(
            model_name='role',
            name='name_zh_hans',
            field=models.CharField(blank=True, help_text="As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word.", max_length=120, null=True, verbose_name="the source's name for the role"),
        ),
        migrations.AlterField(
            model_name='assignment',
            name='kind',
            field=models.CharField(choices=[('lead', 'lead'), ('assisting', 'assisting'), ('secretariat', 'secretariat'), ('focal_point', 'focal point'), ('partner', 'in partnership with'), ('coordination', 'in close coordination with'), ('named', 'named in the plan')], max_length=20, verbose_name='responsibility'),
        ),
        migrations.AlterField(
            model_name='meeting',
            name='status',
            field=models.CharField(choices=[('held', 'held'), ('planned', 'planned'), ('report_to', 'report to this meeting'), ('ongoing', 'taking place')], default='held', max_length=10, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='role',
            name='kind',
            field=models.CharField(choices=[('lead_facilitator', 'lead role'), ('focal_point', 'focal point'), ('facilitator', 'moderator/facilitator'), ('co_facilitator', 'co-facilitator'), ('partner', 'partner'), ('participant', 'participates in implementation'), ('chair', 'chair'), ('member', 'member'), ('organizer', 'organizer'), ('host', 'host')], max_length=20, verbose_name='role'),
        ),
    ]
