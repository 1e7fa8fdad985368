"""Saving one result durably vs a bare write+fsync on the same disk, in one run.

    python benchmarks/save.py [--rounds 200]

baseline  open a file, write 1 byte, fsync, close (the least a durable save can cost)
pulih     Store.save of a full result: one SQLite transaction, WAL, synchronous=FULL, with
          the store kept open as the app keeps it during a session
first     Store.open + save + close of an existing store, as ``pulih reflect --save`` does
create    the same on a fresh folder: the folder lock, a whole store built under a temporary
          name and linked into place (two fsyncs more), once per computer

Rounds are interleaved; ratios are medians of per-round ratios. Target: save ≤ 5× baseline.
In the TUI the save runs in a thread worker, so it never holds up a key press.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    from pulih.core.content import load_content
    from pulih.core.questionnaire.scoring import evaluate
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult

    content = load_content(datetime.now().date())
    answers = {
        "refleksi-dukungan": {i: 3 for i in content.reflection.item_by_id},
        "cek-kondisi": {"C1": 1, "C2": 1, "D1": 0, "D2": 1, "K1": 0, "K2": 0},
    }
    results = evaluate(content.reflection, content.check, answers)
    saved = SavedResult(datetime.now(UTC), "id", {"refleksi-dukungan": "1.0"}, results)
    with tempfile.TemporaryDirectory(dir=Path.home()) as folder:
        base_file = Path(folder) / "baseline.bin"
        store = Store.open(Path(folder) / "store")
        once = Path(folder) / "once"
        base, pulih, first, create = [], [], [], []
        for _ in range(args.rounds):
            start = time.perf_counter()
            handle = os.open(base_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.write(handle, b"x")
            os.fsync(handle)
            os.close(handle)
            base.append(time.perf_counter() - start)
            start = time.perf_counter()
            store.save(saved)
            pulih.append(time.perf_counter() - start)
        for n in range(max(10, args.rounds // 10)):
            start = time.perf_counter()
            with Store.open(once) as again:
                again.save(saved)
            first.append(time.perf_counter() - start)
            start = time.perf_counter()
            with Store.open(Path(folder) / f"fresh-{n}") as fresh:
                fresh.save(saved)
            create.append(time.perf_counter() - start)
        store.close()

    med = statistics.median
    ratio = med(p / b for p, b in zip(pulih, base, strict=True))
    print(f"{args.rounds} interleaved rounds, on the disk of {Path.home()}")
    print(f"  baseline  write+fsync   {med(base) * 1000:6.2f} ms")
    print(
        f"  save      Store.save    {med(pulih) * 1000:6.2f} ms  ratio {ratio:4.2f}"
        f"  (target ≤ 5)  {'ok' if ratio <= 5 else 'MISS'}"
    )
    print(f"  first     open+save     {med(first) * 1000:6.2f} ms  (once per reflect --save)")
    print(f"  create    new store     {med(create) * 1000:6.2f} ms  (once per computer)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
