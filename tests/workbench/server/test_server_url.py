"""Server addresses: every libpq form with schema=NAME, also as a path leaves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.i18n import UserError
from workbench.store.server_url import is_server_target, parse_target


def test_the_issue_example_names_host_database_user_and_schema() -> None:
    t = parse_target("postgresql://anna@raadhuis/maatwerk?schema=ijmond")
    assert (t.url, t.schema) == ("postgresql://anna@raadhuis/maatwerk", "ijmond")
    assert str(t) == "postgresql://anna@raadhuis/maatwerk?schema=ijmond"


def test_a_socket_directory_and_port_stay_in_the_libpq_url() -> None:
    t = parse_target("postgresql://anna@:5433/maatwerk?host=/run/pg&schema=ijmond")
    assert t.url == "postgresql://anna@:5433/maatwerk?host=%2Frun%2Fpg"
    assert t.schema == "ijmond"


@pytest.mark.parametrize(
    "written",
    [
        "postgresql://anna@raadhuis/maatwerk?schema=ijmond",
        "postgresql:///maatwerk?host=/run/pg&schema=ijmond",
    ],
)
def test_an_address_read_as_a_path_means_the_same(written: str) -> None:
    # argparse reads PROJECT as a Path, which collapses '//'.
    as_path = Path(written)
    assert is_server_target(as_path)
    assert parse_target(as_path) == parse_target(written)


def test_a_password_is_never_shown() -> None:
    t = parse_target("postgresql://anna:geheim@raadhuis/maatwerk?schema=ijmond")
    assert "geheim" not in str(t) and "geheim" not in t.server


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("postgresql://anna@raadhuis/maatwerk", "server.no_schema"),
        ("postgresql://anna@raadhuis/maatwerk?schema=IJmond", "server.bad_schema"),
        ('postgresql://anna@raadhuis/maatwerk?schema=x";drop', "server.bad_schema"),
        ("postgresql://anna@raadhuis:poort/maatwerk?schema=ijmond", "server.bad_url"),
    ],
)
def test_bad_addresses_get_their_own_message(written: str, key: str) -> None:
    with pytest.raises(UserError) as err:
        parse_target(written)
    assert err.value.key == key


def test_files_are_not_server_targets() -> None:
    assert not is_server_target(Path("postgresql.mwb"))
    assert not is_server_target(Path("/home/anna/postgresql:/x.mwb"))
