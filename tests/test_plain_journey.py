"""Line mode where the full screen cannot be drawn (TERM=dumb), and workshop demos in line mode
(issue 15)."""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
import time
from datetime import date

import pytest

from pulih.core.content import Content
from pulih.core.text.strings import t
from pulih.core.workshop.demo import load_personas
from pulih.plain.session import PlainSession


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_term_dumb_starts_line_mode_with_a_notice(tmp_path: object) -> None:
    main, child = os.openpty()
    env = {**os.environ, "TERM": "dumb", "PULIH_DATA_DIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "pulih", "--lang", "en"],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        close_fds=True,
    )
    os.close(child)
    seen = b""
    deadline = time.monotonic() + 30
    while b"question 1 of 12" not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 1)
        if ready:
            try:
                seen += os.read(main, 4096)
            except OSError:
                break
    os.write(main, b"q\n")
    assert process.wait(timeout=30) == 0
    os.close(main)
    text = seen.decode("utf-8", "replace").replace("\r", "")
    assert " ".join(t("plain.notice_dumb", "en").split()) in " ".join(text.split())
    assert "question 1 of 12" in text
    assert "\x1b[?1049h" not in text  # never the full screen's alternate buffer


def test_a_demo_in_line_mode_offers_the_personas_answers(content: Content) -> None:
    sari = load_personas()["sari"]
    feed = io.StringIO("\n" * 12 + "\n" + "n\n" + "n\n")  # Enter ×12, no place, no check, no map
    out = io.StringIO()
    session = PlainSession(content, "en", feed, out, date(2026, 12, 1), save=True, demo=sari)
    assert session.run() == 0 and session.save is False
    text = out.getvalue()
    assert t("demo.banner_plain", "en", name="Sari") in text
    assert text.count("Demo: Sari chooses") == 12
    assert "83  Strong" in text  # Sari's answers scored, not twelve skips
    assert session.support_map == sari.support_map
