"""The staff groups: editors change all content; translators-<language> change their language's columns.

Which columns a translator may change is enforced by the admin (wsisportal.l10n.roles); the groups hold the
model permissions: editors add, change, delete and view every content model; translators view them all and change
the translated ones.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT = {
    "outcomes": ("source", "summitphase", "outcomedocument", "paragraph"),
    "actionlines": (
        "organization",
        "actionline",
        "theme",
        "mechanism",
        "role",
        "activity",
        "assignment",
        "meeting",
        "publication",
    ),
    "resolutions": ("resolution", "conference", "revision", "section", "clause", "citation"),
}
# Citations are made by the linker from clause texts: no one translates them.
UNTRANSLATED = {("resolutions", "citation")}
TRANSLATED_LANGUAGES = ("ar", "zh-hans", "fr", "ru", "es")


def _permissions(apps, actions, translated_only=False):
    Permission = apps.get_model("auth", "Permission")
    wanted = []
    for app_label, models in CONTENT.items():
        for model in models:
            if translated_only and (app_label, model) in UNTRANSLATED:
                continue
            for action in actions:
                wanted.append(
                    Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
                )
    return wanted


def create_groups(apps, schema_editor):
    # Permissions are otherwise created after the last migration: make them now, so the groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name="editors")
    editors.permissions.add(*_permissions(apps, ("add", "change", "delete", "view")))
    viewing = _permissions(apps, ("view",))
    changing = _permissions(apps, ("change",), translated_only=True)
    for language in TRANSLATED_LANGUAGES:
        group, _ = Group.objects.get_or_create(name=f"translators-{language}")
        group.permissions.add(*viewing, *changing)


def remove_groups(apps, schema_editor):
    names = ["editors", *(f"translators-{language}" for language in TRANSLATED_LANGUAGES)]
    apps.get_model("auth", "Group").objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("outcomes", "0002_history"),
        ("actionlines", "0003_history"),
        ("resolutions", "0003_history"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
