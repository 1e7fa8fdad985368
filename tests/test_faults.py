"""Faults never put anything private on the terminal: a failure forced on every screen of the TUI
(in-process, and end to end under a pseudo-terminal), in --plain and in every command prints one
calm line and exits 70; the private crash note holds no answer; the command palette survives any
key sequence and writes nothing; bad paths and a failing stdout end in one line."""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import random
import re
import select
import stat
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandList, CommandPalette

from pulih.cli import main
from pulih.core.content import Content
from pulih.core.questionnaire.scoring import SafetyResult
from pulih.core.store.crashlog import CRASH_LOG, EXIT_CRASH, crash_line, crash_report
from pulih.core.workshop.demo import load_personas
from pulih.tui.app import PulihApp
from pulih.tui.screens.crisis import CrisisScreen
from tests.conftest import ROOT, TODAY
from tests.helpers import SUPPORT_KEYS, make_app, press, screen_name
from tests.test_snapshots import save_two_results

RESULTS = ["enter", *SUPPORT_KEYS, "s"]
PRIVATE = ("Traceback", "'K1'", "K3", "SafetyResult", "endorsed", "forced failure", "Error")
CALM = "pulih berhenti karena kesalahan tak terduga."

# name: (module:Owner.method made to fail, keys that reach it, needs saved results, demo)
FAULTS: dict[str, tuple[str, list[str], bool, bool]] = {
    "welcome": ("pulih.tui.screens.welcome:WelcomeScreen.compose", [], False, False),
    "question": ("pulih.tui.screens.question:QuestionScreen.compose", ["enter"], False, False),
    "offer": (
        "pulih.tui.screens.offer:OfferScreen.compose",
        ["enter", *SUPPORT_KEYS],
        False,
        False,
    ),
    "crisis": ("pulih.tui.screens.crisis:CrisisScreen.compose", ["h"], False, False),
    "results": ("pulih.tui.screens.results:ResultsScreen.compose", RESULTS, False, False),
    "suggestions": (
        "pulih.tui.screens.suggestions:SuggestionsScreen.compose",
        [*RESULTS, "enter"],
        False,
        False,
    ),
    "narrow": (
        "pulih.tui.screens.narrow:NarrowScreen.compose",
        [*RESULTS, "enter", "n"],
        False,
        False,
    ),
    "about": ("pulih.tui.screens.about:AboutScreen.compose", [*RESULTS, "a"], False, False),
    "learn": ("pulih.tui.screens.learn:LearnScreen.compose", ["i"], False, False),
    "history": ("pulih.tui.screens.history:HistoryScreen.compose", ["r"], True, False),
    "data": ("pulih.tui.screens.data:DataScreen.compose", ["d"], True, False),
    "forget": ("pulih.tui.screens.confirm:ConfirmScreen.compose", ["d", "d"], True, False),
    "map": ("pulih.tui.screens.supportmap:MapScreen.compose", ["m"], False, False),
    "nickname": ("pulih.tui.screens.supportmap:TextScreen.compose", ["m", "a"], False, False),
    "plan": ("pulih.tui.screens.plan:PlanScreen.compose", ["h", "p"], False, False),
    "help": ("pulih.tui.screens.dialogs:HelpScreen.compose", ["f1"], False, False),
    "quit": ("pulih.tui.screens.dialogs:QuitScreen.compose", ["q"], False, False),
    "blank": ("pulih.tui.screens.overlays:BlankScreen.compose", ["z"], False, True),
    "action": (
        "pulih.tui.screens.results:ResultsScreen.action_about",
        [*RESULTS, "a"],
        False,
        False,
    ),
    "flow-worker": ("pulih.core.questionnaire.scoring:evaluate", RESULTS, False, False),
}
END_TO_END = ["welcome", "question", "results", "crisis", "plan", "blank", "flow-worker"]


def fail(*_args: Any, **_kwargs: Any) -> Any:
    """Fails with answers in its locals and its message, as a real crash might."""
    answers = {"cek-kondisi": {"C1": 2, "K1": 1, "K3": 1}, "refleksi-dukungan": {"E1": 5}}
    safety = SafetyResult(endorsed=True, right_now=True)
    raise RuntimeError(f"forced failure with {answers} and {safety}")


def force(monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    module_name, attribute = target.split(":")
    owner_name, _, method = attribute.rpartition(".")
    module = __import__(module_name, fromlist=["_"])
    owner = getattr(module, owner_name) if owner_name else module
    monkeypatch.setattr(owner, method, fail)


def without_ansi(text: str) -> str:
    return re.sub(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|[()][A-Z0-9]|[=>])", "", text)


def assert_nothing_private(shown: str) -> None:
    plain = without_ansi(shown)
    for word in PRIVATE:
        assert word not in plain, (word, plain[-800:])


def data_folder() -> Path:
    return Path(os.environ["PULIH_DATA_DIR"])


def kept_before() -> None:
    """The person has let pulih keep things: pulih made its data folder (and recorded it)."""
    from pulih.core.files.folders import ensure_private_dir
    from pulih.core.store.database import data_ledger

    ensure_private_dir(data_folder(), data_ledger(data_folder()))


# --- the TUI, in-process: the handler catches every failure and prints nothing itself


@pytest.mark.parametrize("name", list(FAULTS))
async def test_a_failure_on_each_screen_is_caught_without_a_report(
    monkeypatch: pytest.MonkeyPatch, content: Content, name: str
) -> None:
    target, keys, saved, demo = FAULTS[name]
    if saved:
        save_two_results(content)
    force(monkeypatch, target)
    app = make_app(content)
    if demo:
        app = PulihApp("id", today=TODAY, load=lambda: content, demo=load_personas()["sari"])
    with pytest.raises(Exception):  # noqa: B017 - run_test re-raises what the app caught
        async with app.run_test(size=(80, 24)) as pilot:
            await press(pilot, *keys)
    assert app.crashed is not None, "the forced failure was never reached"
    assert app.return_code == EXIT_CRASH
    error_output = io.StringIO()
    app.error_console.file = error_output
    app._print_error_renderables()
    assert error_output.getvalue() == ""
    line = crash_line(app.crashed, "id", log_folder=None)
    assert line.startswith(CALM) and "\n" not in line
    assert_nothing_private(line)


# --- the TUI end to end, under a pseudo-terminal: everything written to the terminal


def run_in_pty(
    args: list[str], timeout: float = 90.0, script: list[tuple[str, bytes]] | None = None
) -> tuple[int, str]:
    """Run ``args`` on a fresh 80×24 pseudo-terminal; its exit status and all it wrote.
    ``script``: when the output shows the text, type the bytes (one pair after another)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color")
    process = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, close_fds=True
    )
    os.close(slave)
    steps = list(script or [])
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed its side
                break
            if not data:
                break
            chunks.append(data)
            if steps and steps[0][0] in b"".join(chunks).decode("utf-8", "replace"):
                os.write(master, steps.pop(0)[1])
        elif process.poll() is not None:
            break
    else:
        process.kill()
    status = process.wait(10)
    os.close(master)
    return status, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("name", END_TO_END)
def test_a_crash_prints_one_calm_line_and_keeps_only_a_private_note(
    content: Content, name: str
) -> None:
    target, keys, saved, demo = FAULTS[name]
    kept_before()
    if saved:
        save_two_results(content)
    args = [sys.executable, "-m", "tests.crash_child", target, *keys]
    if demo:
        args += ["--", "--demo"]
    status, shown = run_in_pty(args)
    assert status == EXIT_CRASH, (status, without_ansi(shown)[-800:])
    assert_nothing_private(shown)
    after_exit = without_ansi(shown).rsplit("\x1b[?1049l", 1)[-1]
    assert CALM in after_exit
    note = data_folder() / CRASH_LOG
    if demo:  # a demo writes nothing, not even a crash note
        assert not note.exists() and "crash.log" not in shown
        return
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    assert str(note) in shown or "crash.log" in shown
    text = note.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "crash_child.py" in text
    for word in ("K1", "K3", "forced failure", "SafetyResult", "endorsed", "cek-kondisi"):
        assert word not in text


def test_no_note_is_written_where_saving_was_never_allowed(content: Content) -> None:
    target, keys, _, _ = FAULTS["question"]
    status, shown = run_in_pty([sys.executable, "-m", "tests.crash_child", target, *keys])
    assert status == EXIT_CRASH and CALM in shown
    assert not data_folder().exists()  # a first run that never saved creates nothing


def test_the_crash_report_has_types_and_frames_only() -> None:
    try:
        fail()
    except RuntimeError as error:
        report = crash_report(error)
    assert "builtins.RuntimeError" in report and "in fail" in report
    assert "forced failure" not in report and "K1" not in report


# --- the commands and --plain


def commands_and_what_fails(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    answers = tmp_path / "answers.toml"
    answers.write_text("[refleksi-dukungan]\nE1 = 4\n", encoding="utf-8")
    content = "pulih.core.content:load_content"
    return {
        "check": (["check"], "pulih.core.questionnaire.loading:read_toml"),
        "reflect": (
            ["reflect", "--answers", str(answers)],
            "pulih.core.questionnaire.scoring:evaluate",
        ),
        "history": (["history"], content),
        "export": (["export"], content),
        "plan": (["plan"], content),
        "forget": (["forget", "--yes"], "pulih.core.store.forget:pulih_files"),
        "where": (["--where"], "pulih.core.store.forget:pulih_files"),
        "plain": (["--plain"], "pulih.plain.session:load_content"),
        "plain-midway": (["--plain"], "pulih.plain.session:evaluate"),
    }


@pytest.mark.parametrize(
    "name",
    ["check", "reflect", "history", "export", "plan", "forget", "where", "plain", "plain-midway"],
)
def test_a_crash_in_a_command_prints_one_calm_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
) -> None:
    argv, target = commands_and_what_fails(tmp_path)[name]
    kept_before()
    force(monkeypatch, target)
    feed = "\n".join([*SUPPORT_KEYS, "", "n", "n", ""]) + "\n"  # "": no place
    monkeypatch.setattr(sys, "stdin", io.StringIO(feed))
    assert main(["--lang", "id", *argv]) == EXIT_CRASH
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines()[-1].startswith(CALM)
    assert len(captured.err.strip().splitlines()) == 1
    assert_nothing_private(captured.out + captured.err)
    note = data_folder() / CRASH_LOG
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    assert "K1" not in note.read_text(encoding="utf-8")


def test_no_save_writes_no_crash_note(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv, target = commands_and_what_fails(tmp_path)["reflect"]
    kept_before()
    force(monkeypatch, target)
    assert main([*argv, "--no-save", "--lang", "en"]) == EXIT_CRASH
    err = capsys.readouterr().err
    assert err.startswith("pulih stopped because of an unexpected error.") and "crash" not in err
    assert not (data_folder() / CRASH_LOG).exists()


# --- --plain: quick exit, end of input, Ctrl+C


def plain(*lines: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pulih", "--plain", "--lang", lang],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("key", ["x", "X", "q"])
def test_plain_quick_exit_at_any_prompt_keeps_nothing(key: str) -> None:
    for before in ([], ["4", "4"], [*SUPPORT_KEYS, "y", "1"], [*SUPPORT_KEYS, "n", "y"]):
        done = plain(*before, key)
        assert done.returncode == 0, done.stderr
        assert done.stdout.rstrip().endswith("Quick exit: nothing was saved.")
        assert done.stderr == ""
    assert not data_folder().exists()


def test_plain_says_how_to_quit_in_both_languages() -> None:
    assert "x or q = quick exit" in plain("x").stdout
    assert "x atau q = keluar cepat" in plain("x", lang="id").stdout


def test_plain_quick_exit_on_a_terminal_clears_the_screen_and_scrollback() -> None:
    args = [sys.executable, "-m", "pulih", "--plain", "--lang", "en"]
    status, shown = run_in_pty(args, 60, [("Answer:", b"4\r"), ("2 of", b"x\r")])
    assert status == 0
    assert shown.rstrip().endswith("\x1b[2J\x1b[3J\x1b[H")  # the last thing written
    assert "Traceback" not in shown


def test_plain_end_of_input_and_ctrl_c_end_calmly() -> None:
    done = plain("4")
    assert done.returncode == 0 and "Input ended; nothing was saved." in done.stdout
    assert "Traceback" not in done.stderr
    process = subprocess.Popen(
        [sys.executable, "-m", "pulih", "--plain", "--lang", "en"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + 30
    while b"Answer:" not in seen and time.monotonic() < deadline:
        seen += os.read(process.stdout.fileno(), 4096)
    process.send_signal(2)  # Ctrl+C
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Stopped (Ctrl+C); nothing from this session was saved." in out
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


# --- bad paths and a failing standard output


def pulih_run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "pulih", "--lang", "en", *args],
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        **kwargs,
    )


def test_bad_paths_give_one_line_and_exit_2(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as handle:
        handle.truncate(9 * 1024 * 1024)  # sparse: no time, no disk
    unreadable = tmp_path / "secret.toml"
    unreadable.write_text("a = 1\n", encoding="utf-8")
    unreadable.chmod(0)
    cases = {
        "/dev/zero": "not a regular file",
        str(huge): "larger than 8 MiB",
        str(loop): "Too many levels of symbolic links",
        str(tmp_path): "is a folder",
        str(deep): "nested too deeply",
        str(tmp_path / "missing.toml"): "file not found",
    }
    if os.geteuid() != 0:
        cases[str(unreadable)] = "Permission denied"
    for path, message in cases.items():
        start = time.monotonic()
        done = pulih_run("reflect", "--answers", path)
        assert time.monotonic() - start < 20
        assert done.returncode == 2, (path, done.stderr)
        assert done.stderr.count("\n") == 1 and message in done.stderr, (path, done.stderr)
        assert "Traceback" not in done.stderr
    done = pulih_run("check", str(deep), str(loop))
    assert done.returncode == 2 and done.stderr.count("\n") == 2
    empty = pulih_run("reflect", "--answers", "")
    assert empty.returncode == 2 and "an empty file name" in empty.stderr
    assert "Traceback" not in empty.stderr


def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "answers.toml"
    path.write_text("[refleksi-dukungan]\nE1 = 4\nE2 = 3\n", encoding="utf-8")
    return path


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_stdout_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        done = pulih_run("reflect", "--answers", str(answers_file(tmp_path)), stdout=full)
    assert done.returncode == 1
    assert done.stderr == "pulih: could not write the output (No space left on device).\n"


def test_a_closed_stdout_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m pulih --lang en reflect --answers {answers_file(tmp_path)} >&-",
        shell=True,
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "could not write the output" in done.stderr


def test_a_reader_that_goes_away_gives_exit_1_and_no_noise(tmp_path: Path) -> None:
    path = answers_file(tmp_path)
    done = subprocess.run(
        f"{sys.executable} -m pulih --lang en reflect --answers {path} --format markdown"
        " | head -c1 >/dev/null; exit ${PIPESTATUS[0]}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    # A small output may fit the pipe before head leaves (then it succeeded, status 0).
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr
    assert done.stderr == ""  # like other tools under "| head": nothing to say


def test_dash_means_stdout_and_an_empty_output_name_is_refused(content: Content) -> None:
    save_two_results(content)
    done = pulih_run("export", "-o", "-")
    assert done.returncode == 0 and done.stdout.startswith("#")
    empty = pulih_run("export", "-o", "")
    assert empty.returncode == 2 and "an empty file name" in empty.stderr


def test_output_into_a_symlink_loop_is_one_line(content: Content, tmp_path: Path) -> None:
    save_two_results(content)
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    done = pulih_run("export", "-o", str(loop / "note.md"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


# --- the command palette


async def test_palette_then_help_now_then_palette_does_not_crash(content: Content) -> None:
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p", "f9")
        assert isinstance(app.screen, CrisisScreen)  # help now replaces the open palette
        await press(pilot, "ctrl+p")
        palettes = [s for s in app.screen_stack if isinstance(s, CommandPalette)]
        assert len(palettes) == 1 and isinstance(app.screen_stack[-2], CrisisScreen)
        await press(pilot, "f9", "ctrl+p", "ctrl+p", "f9", "f9")
        await press(pilot, "escape", "ctrl+p", "f1", "ctrl+p", "escape")
    assert app.crashed is None


async def test_quick_exit_works_with_the_palette_open(content: Content) -> None:
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p", "f10")
    assert app.quick_exited and app.crashed is None


async def test_letters_in_the_palette_are_a_search(content: Content) -> None:
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p", "h", "x", "q")
        assert isinstance(app.screen, CommandPalette)
        assert not app.quick_exited
        await press(pilot, "escape")
        assert screen_name(pilot) == "WelcomeScreen"


@pytest.mark.parametrize(("lang", "words"), [("id", "Bantuan sekarang"), ("en", "Help now")])
async def test_palette_commands_are_pulihs_own_in_the_persons_language(
    content: Content, lang: str, words: str
) -> None:
    app = make_app(content, lang=lang)  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        titles = [c.title for c in app.get_system_commands(app.screen_stack[0])]
        assert words in titles
        assert not {"Screenshot", "Maximize", "Minimize", "Keys", "Theme"} & set(titles)
        await press(pilot, *"zzzq")
        await pilot.pause(0.6)  # the palette says "no matches" after a short wait
        no_match = "Tidak ada yang cocok" if lang == "id" else "No matches found"
        options = palette.query_one(CommandList).options
        shown = [str(getattr(o.prompt, "renderable", o.prompt)) for o in options]
        assert any(no_match in text for text in shown), shown
        await press(pilot, *["backspace"] * 4, *"kontras" if lang == "id" else "contrast", "enter")
        assert app.theme == "pulih-high-contrast"
    assert app.crashed is None


async def test_the_palette_offers_nothing_that_writes_to_disk(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[str] = []
    monkeypatch.setattr(PulihApp, "deliver_screenshot", lambda *a, **k: written.append("svg"))
    app = make_app(content, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p", *"screenshot", "enter")
        await press(pilot, "escape")
    assert written == []


KEY_POOL = ["ctrl+p", "f9", "f1", "escape", "h", "x", "enter", "tab", "down", "b", "1", "4"]


@pytest.mark.parametrize("seed", range(6))
async def test_random_key_sequences_with_the_palette_never_crash(
    content: Content, seed: int
) -> None:
    rnd = random.Random(seed)
    keys = [rnd.choice(KEY_POOL) for _ in range(14)]
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        with contextlib.suppress(Exception):
            await press(pilot, "ctrl+p")
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
    assert app.crashed is None, keys
