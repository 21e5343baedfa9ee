"""The loopback Discord is a package split by job, and still answers every old import."""

from __future__ import annotations

import tests.discord_fake as fake
from tests.discord_fake import gateway, harness, interactions, messages, models, rest, server


def test_every_name_other_tests_import_is_still_there() -> None:
    for name in fake.__all__:
        assert hasattr(fake, name), name
    assert {"FakeDiscord", "FakeGuild", "running_bot", "patch_discord_endpoints"} <= set(
        fake.__all__
    )


def test_each_job_lives_in_its_module() -> None:
    cls = fake.FakeDiscord
    assert cls is server.FakeDiscord
    assert cls._on_identify.__module__ == gateway.__name__
    assert cls.send_command.__module__ == interactions.__name__
    assert cls._make_message.__module__ == messages.__name__
    assert cls._create_message.__module__ == rest.__name__
    assert cls.inject_fault.__module__ == server.__name__
    assert fake.FakeGuild is models.FakeGuild
    assert fake.running_bot is harness.running_bot
