"""Errors an editor can act on: the file, the place, what is wrong, what to do."""

from __future__ import annotations


class BuildError(Exception):
    """A problem with the inputs. The build stops and ``docs/`` is left as it was."""

    def __init__(self, path: str, where: str, problem: str, fix: str) -> None:
        self.path = path
        self.where = where
        self.problem = problem
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        place = f"{self.path}:{self.where}" if self.where else self.path
        return f"{place}: {self.problem}\n  fix: {self.fix}"
