"""How fast pulih feels, as ratios against a minimal Textual app measured in the same run.

Absolute timings depend on the machine, so every figure is paired with a baseline measured in
interleaved rounds (baseline, pulih, baseline, pulih, ...) and reported as the median of the
per-round ratios pulih/baseline. It is a measurement, not a test: the exit status is always 0.

start-up  Wall time from just before starting a fresh ``python -c`` process to reading the
          "ready" line the child writes from ``on_ready`` (Textual sends Ready after the first
          frame has been composed), for ``PulihApp(lang="id")`` vs an App with one Static. Both
          run with ``headless=True``, so the final write to a terminal is not included. For
          information, pulih's own figure (``PulihApp.startup_seconds``, from ``import pulih``
          to ``on_ready``; it leaves out interpreter start-up) is printed too.
key       In-process with ``run_test(size=(80, 24))``: from posting a "3" key event to the
          first repaint after it was handled, i.e. pulih answering a statement and drawing the
          next one vs the baseline bumping a counter in a Static. The key is taken as handled
          once the app's state shows it (the question index / the counter moved); the repaint
          is awaited with ``App.wait_for_refresh()``, which resolves after the screen has
          been refreshed. ``pilot.press`` + ``pilot.pause`` are not used because they wait for
          the process to go idle in 20 ms steps, which would swamp the figure. Every measured
          key answers a statement and draws the next one not yet answered, as a person does;
          after the last but one, an unmeasured reset starts a fresh reflection. A short sleep
          keeps each key clear of the 60 fps frame timer of the previous paint.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Static

BASELINE_CHILD = """
import os
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
    def on_ready(self):
        os.write(1, b"ready\\n")
        self.exit()
Minimal().run(headless=True)
"""

PULIH_CHILD = """
import os
from pulih.tui.app import PulihApp
class Timed(PulihApp):
    __module__ = PulihApp.__module__  # CSS_PATH is resolved next to the class's module file
    def on_ready(self):
        super().on_ready()
        os.write(1, f"ready {self.startup_seconds}\\n".encode())
        self.exit()
Timed(lang="id").run(headless=True)
"""


def time_child(code: str) -> tuple[float, str]:
    """Seconds from before starting a child to its "ready" line, and that line."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - start
            child.communicate(timeout=30)
            return elapsed, line
    _, err = child.communicate(timeout=30)
    raise RuntimeError(f"child exited ({child.returncode}) without 'ready':\n{err}")


def measure_startup(rounds: int) -> tuple[list[float], list[float], list[float]]:
    time_child(BASELINE_CHILD), time_child(PULIH_CHILD)  # warm-up: caches, .pyc files
    base, pulih, own = [], [], []
    for _ in range(rounds):
        base.append(time_child(BASELINE_CHILD)[0])
        elapsed, line = time_child(PULIH_CHILD)
        pulih.append(elapsed)
        own.append(float(line.split()[1]))
    return base, pulih, own


class Counter(App[None]):
    """The key baseline: "3" bumps a counter shown in a Static, "b" takes it back."""

    BINDINGS = [Binding("3", "bump(1)"), Binding("b", "bump(-1)")]
    count = 0

    def compose(self) -> ComposeResult:
        yield Static("0")

    def action_bump(self, step: int) -> None:
        self.count += step
        self.query_one(Static).update(str(self.count))


async def key_to_paint(app: App[None], key: str, state: Callable[[], int], step: int) -> float:
    """Seconds from posting ``key`` until the first refresh after ``state()`` moved by ``step``."""
    target = state() + step
    start = time.perf_counter()
    app.post_message(events.Key(key, key).set_sender(app))
    while state() != target:
        await asyncio.sleep(0)
        if time.perf_counter() - start > 5:
            raise TimeoutError(f"{type(app).__name__} did not handle {key!r}")
    await app.wait_for_refresh()
    return time.perf_counter() - start


async def open_question(app: App[None], pilot: Pilot[None]) -> Callable[[], int]:
    """Start pulih's reflection; its state is the index of the statement shown."""
    await pilot.press("enter")
    while type(app.screen).__name__ != "QuestionScreen":
        await pilot.pause()
    screen = app.screen
    return lambda: screen.index  # type: ignore[attr-defined, no-any-return]


async def open_counter(app: Counter, _pilot: Pilot[None]) -> Callable[[], int]:
    return lambda: app.count


async def reset(app: Any, state: Callable[[], int]) -> None:
    """Unmeasured: bring back the same starting point for the next round.

    pulih answers statements in order as a person does; when the last but one is reached,
    a fresh reflection starts (answers cleared), so each measured key answers a statement
    and draws one not yet answered. The baseline just counts.
    """
    if type(app).__name__ == "Counter" or state() < 10:
        return
    screen = app.screen
    screen.answers.clear()
    screen.index = 0
    screen.show()
    await app.wait_for_refresh()


async def measure_keys(rounds: int, warmup: int = 5) -> tuple[list[float], list[float]]:
    """Both apps run side by side, each in its own task; they take turns, one round each."""
    from pulih.tui.app import PulihApp

    turns = {"baseline": asyncio.Queue[None](), "pulih": asyncio.Queue[None]()}
    times: dict[str, list[float]] = {name: [] for name in turns}
    together = asyncio.Barrier(2)  # start the rounds together, and shut down together

    async def runner(name: str, other: str, app: Any, open_state: Any) -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            state = await open_state(app, pilot)
            for _ in range(warmup):
                await key_to_paint(app, "3", state, 1)
                await key_to_paint(app, "b", state, -1)
            await together.wait()
            for _ in range(rounds):
                await turns[name].get()
                await asyncio.sleep(0.02)  # past the frame timer's next tick
                times[name].append(await key_to_paint(app, "3", state, 1))
                await reset(app, state)
                turns[other].put_nowait(None)
            await together.wait()

    turns["baseline"].put_nowait(None)
    await asyncio.gather(
        runner("baseline", "pulih", Counter(), open_counter),
        runner("pulih", "baseline", PulihApp(lang="id"), open_question),
    )
    return times["baseline"], times["pulih"]


def ratio(pulih: list[float], base: list[float]) -> float:
    return statistics.median(p / b for p, b in zip(pulih, base, strict=True))


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def line(name: str, pulih: float, base: float | None, rat: float | None, target: str) -> str:
    text = f"{name:<9} pulih {pulih * 1000:7.1f} ms"
    text += f"  baseline {base * 1000:7.1f} ms" if base is not None else " " * 23
    text += f"  ratio {rat:5.2f}" if rat is not None else " " * 13
    return f"{text}  (target {target})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25, help="start-up rounds (default 25)")
    parser.add_argument("--key-rounds", type=int, default=200, help="key rounds (default 200)")
    args = parser.parse_args()

    s_base, s_pulih, s_own = measure_startup(args.rounds)
    k_base, k_pulih = asyncio.run(measure_keys(args.key_rounds))

    s_ratio, k_ratio, k_p99 = ratio(s_pulih, s_base), ratio(k_pulih, k_base), p99(k_pulih)
    med = statistics.median
    print(f"{args.rounds} start-up rounds, {args.key_rounds} key rounds; medians unless noted")
    rows = [
        # the targets of the developers' brief
        (line("startup", med(s_pulih), med(s_base), s_ratio, "≤ 1.1"), s_ratio <= 1.1),
        (line("key", med(k_pulih), med(k_base), k_ratio, "≤ 1.25"), k_ratio <= 1.25),
        (line("key p99", k_p99, p99(k_base), None, "< 16.7 ms"), k_p99 < 1 / 60),
    ]
    width = max(len(text) for text, _ in rows)
    for text, ok in rows:
        print(f"  {text:<{width}}  {'ok' if ok else 'MISS'}")
    print(f"  (pulih's own START_TIME figure, import to on_ready: {med(s_own) * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
