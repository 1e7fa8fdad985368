"""Run in a child process under a pseudo-terminal by test_faults.py: the real pulih TUI, with
one screen's compose (or an app action) made to fail while private answers sit in its locals.

    python -m tests.crash_child MODULE:ATTRIBUTE KEY... [-- PULIH ARGUMENTS]

The keys are pressed by Textual's auto-pilot; if the forced failure is never reached, the app
exits with status 99 so the test can tell.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from textual.app import App

from pulih.core.questionnaire.scoring import SafetyResult
from pulih.tui.app import PulihApp


def fail(*_args: Any, **_kwargs: Any) -> Any:
    answers = {"cek-kondisi": {"C1": 2, "K1": 1, "K3": 1}, "refleksi-dukungan": {"E1": 5}}
    safety = SafetyResult(endorsed=True, right_now=True)
    raise RuntimeError(f"forced failure with {answers} and {safety}")


def main() -> int:
    target, *rest = sys.argv[1:]
    keys, pulih_args = rest, []
    if "--" in rest:
        keys, pulih_args = rest[: rest.index("--")], rest[rest.index("--") + 1 :]
    module_name, attribute = target.split(":")
    owner_name, _, method = attribute.rpartition(".")
    module = importlib.import_module(module_name)
    owner = getattr(module, owner_name) if owner_name else module
    setattr(owner, method, fail)

    async def pilot(driver: Any) -> None:
        await driver.pause(0.2)
        for key in keys:
            await driver.press(key)
            await driver.pause(0.05)
        await driver.pause(0.5)
        driver.app.exit(return_code=99)

    real_run = App.run

    def run(self: App[Any], **kwargs: Any) -> Any:
        return real_run(self, auto_pilot=pilot, **kwargs)

    PulihApp.run = run  # type: ignore[method-assign]
    from pulih.cli import main as pulih_main

    return pulih_main(["--lang", "id", *pulih_args])


if __name__ == "__main__":
    sys.exit(main())
