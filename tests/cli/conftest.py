"""Helpers for the CLI tests: run `briefing-app` in-process and capture what it prints."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from briefing_app.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def error_lines(self) -> list[str]:
        return self.err.splitlines()

    def assert_user_error(self, *fragments: str) -> None:
        """Exit 1 with exactly one line on stderr, no traceback, nothing on stdout."""
        assert self.code == 1, self
        assert len(self.error_lines) == 1, self.err
        assert self.err.startswith("briefing-app: error: "), self.err
        assert "Traceback" not in self.err
        assert self.out == ""
        for fragment in fragments:
            assert fragment in self.err, self.err


Run = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """`cli("--db", path, "list", "localities")` -> Result(code, out, err)."""

    def run(*argv: object) -> Result:
        capsys.readouterr()  # drop anything printed before
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
