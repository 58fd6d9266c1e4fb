"""A database URL whose port cannot be one is bad input (exit status 2), said before anything is
tried — not a connection that failed (exit status 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run


@pytest.mark.parametrize(
    ("url", "port"),
    [
        ("postgresql://postgres@127.0.0.1:99999/test", "99999"),
        ("postgresql://postgres@127.0.0.1:0/test", "0"),
        ("postgresql://postgres@127.0.0.1:5432/test?port=99999", "99999"),
        ("postgresql://postgres@127.0.0.1/test?port=http", "http"),
        ("postgresql://postgres@127.0.0.1/test?port=%C2%B2", "²"),
    ],
)
def test_a_port_out_of_range_is_bad_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str,
    port: str,
) -> None:  # fmt: skip
    expected = (
        2, "", f"assistdesk: The database URL's port {port!r} is not a port number from 1 to "
        "65535.\n",
    )  # fmt: skip
    base = ("--basedir", str(tmp_path))
    assert run(capsys, *base, "--db", url, "session", "list") == expected
    monkeypatch.setenv("ASSISTDESK_DB", url)
    assert run(capsys, *base, "session", "list") == expected
