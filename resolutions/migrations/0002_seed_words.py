"""A conference record for each PP or WTDC the seeds describe, the "as the source cites it" revision, which text of
a plan row a citation counts in, and clause text that keeps its emphasis (issue 9)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('outcomes', '0001_initial'),
        ('resolutions', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='citation',
            name='field',
            field=models.CharField(blank=True, choices=[('paragraph_refs', 'paragraphs named'), ('comments', 'comments')], help_text='For a plan row: the text the start and end count in. Empty for a clause.', max_length=20, verbose_name='in which text of the plan row'),
        ),
        migrations.AlterField(
            model_name='clause',
            name='text',
            field=models.TextField(help_text='Only as the official text gives it; words it italicizes between asterisks: *inter alia*.', verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='clause',
            name='text_ar',
            field=models.TextField(help_text='Only as the official text gives it; words it italicizes between asterisks: *inter alia*.', null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='clause',
            name='text_en',
            field=models.TextField(help_text='Only as the official text gives it; words it italicizes between asterisks: *inter alia*.', null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='clause',
            name='text_es',
            field=models.TextField(help_text='Only as the official text gives it; words it italicizes between asterisks: *inter alia*.', null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='clause',
            name='text_fr',
            field=models.TextField(help_text='Only as the official text gives it; words it italicizes between asterisks: *inter alia*.', null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='clause',
            name='text_ru',
            field=models.TextField(help_text='Only as the official text gives it; words it italicizes between asterisks: *inter alia*.', null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='clause',
            name='text_zh_hans',
            field=models.TextField(help_text='Only as the official text gives it; words it italicizes between asterisks: *inter alia*.', null=True, verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='revision',
            name='qualifier',
            field=models.CharField(choices=[('original', 'original'), ('revised', 'revised'), ('modified', 'modified'), ('cited', 'as the source cites it')], max_length=10, verbose_name='kind of text'),
        ),
        migrations.CreateModel(
            name='Conference',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(help_text='E.g. pp-2006, wtdc-2006.', max_length=40, unique=True, verbose_name='slug')),
                ('body', models.CharField(choices=[('pp', 'Plenipotentiary Conference'), ('wtdc', 'World Telecommunication Development Conference'), ('wtsa', 'World Telecommunication Standardization Assembly'), ('council', 'ITU Council'), ('unga', 'United Nations General Assembly')], max_length=10, verbose_name='body')),
                ('year', models.PositiveSmallIntegerField(verbose_name='year')),
                ('place', models.CharField(blank=True, max_length=100, verbose_name='place')),
                ('place_ar', models.CharField(blank=True, max_length=100, null=True, verbose_name='place')),
                ('place_zh_hans', models.CharField(blank=True, max_length=100, null=True, verbose_name='place')),
                ('place_en', models.CharField(blank=True, max_length=100, null=True, verbose_name='place')),
                ('place_fr', models.CharField(blank=True, max_length=100, null=True, verbose_name='place')),
                ('place_ru', models.CharField(blank=True, max_length=100, null=True, verbose_name='place')),
                ('place_es', models.CharField(blank=True, max_length=100, null=True, verbose_name='place')),
                ('country', models.CharField(blank=True, max_length=100, verbose_name='country')),
                ('country_ar', models.CharField(blank=True, max_length=100, null=True, verbose_name='country')),
                ('country_zh_hans', models.CharField(blank=True, max_length=100, null=True, verbose_name='country')),
                ('country_en', models.CharField(blank=True, max_length=100, null=True, verbose_name='country')),
                ('country_fr', models.CharField(blank=True, max_length=100, null=True, verbose_name='country')),
                ('country_ru', models.CharField(blank=True, max_length=100, null=True, verbose_name='country')),
                ('country_es', models.CharField(blank=True, max_length=100, null=True, verbose_name='country')),
                ('start', models.DateField(blank=True, null=True, verbose_name='first day')),
                ('end', models.DateField(blank=True, null=True, verbose_name='last day')),
                ('month_only', models.BooleanField(default=False, verbose_name='only the month is known')),
                ('summary', models.TextField(blank=True, help_text='Written by the portal from the sources named below.', verbose_name='what the sources say of it')),
                ('summary_ar', models.TextField(blank=True, help_text='Written by the portal from the sources named below.', null=True, verbose_name='what the sources say of it')),
                ('summary_zh_hans', models.TextField(blank=True, help_text='Written by the portal from the sources named below.', null=True, verbose_name='what the sources say of it')),
                ('summary_en', models.TextField(blank=True, help_text='Written by the portal from the sources named below.', null=True, verbose_name='what the sources say of it')),
                ('summary_fr', models.TextField(blank=True, help_text='Written by the portal from the sources named below.', null=True, verbose_name='what the sources say of it')),
                ('summary_ru', models.TextField(blank=True, help_text='Written by the portal from the sources named below.', null=True, verbose_name='what the sources say of it')),
                ('summary_es', models.TextField(blank=True, help_text='Written by the portal from the sources named below.', null=True, verbose_name='what the sources say of it')),
                ('sources', models.ManyToManyField(blank=True, to='outcomes.source', verbose_name='sources')),
            ],
            options={
                'verbose_name': 'conference',
                'verbose_name_plural': 'conferences',
                'ordering': ['body', 'year'],
            },
        ),
        migrations.AddField(
            model_name='revision',
            name='conference',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='revisions', to='resolutions.conference', verbose_name='adopted at'),
        ),
        migrations.AddConstraint(
            model_name='conference',
            constraint=models.UniqueConstraint(fields=('body', 'year'), name='conference_one_per_body_and_year'),
        ),
        migrations.AddConstraint(
            model_name='conference',
            constraint=models.CheckConstraint(condition=models.Q(('end__isnull', True), models.Q(('end__gte', models.F('start')), ('start__isnull', False)), _connector='OR'), name='conference_ends_after_start'),
        ),
    ]
