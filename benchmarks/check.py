"""``pulih check`` on a directory with one problem per entry, as a ratio against the valid file.

    python benchmarks/check.py [--entries 2000 10000] [--rounds 3]

Each generated entry carries one misspelled key (``servise_area``), so ``check`` reports one
located problem per entry. Locating a problem once re-scanned the file (2,000 entries took
71 s on the issue's machine, 10,000 never finished); with one index per file the time grows
linearly. Each round runs ``pulih check`` in a fresh process on the valid bundled
resources.toml (the baseline) and on the bad file; the ratio is the median of per-round
ratios, with the per-problem cost beside it. A measurement, not a test: the exit status is 0.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import directory_text  # noqa: E402

MISSPELT = (
    '\nconfidence = "high"\nsources = [',
    '\nconfidence = "high"\nservise_area = "x"\nsources = [',
)


def bad_directory(entries: int) -> str:
    """A directory of ``entries`` generated entries, each with one misspelled key."""
    return directory_text(entries).replace(*MISSPELT)


def timed_check(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pulih", "check", str(path)], capture_output=True, text=True
    )
    return time.perf_counter() - start, len(done.stderr.splitlines())


def main() -> int:
    from pulih.core.files.data import resources_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[2_000, 10_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for entries in args.entries:
            path = Path(folder) / f"bad-{entries}.toml"
            path.write_text(bad_directory(entries), encoding="utf-8")
            ratios, seconds, problems = [], [], 0
            for _ in range(args.rounds):
                valid, _lines = timed_check(resources_file())
                bad, problems = timed_check(path)
                ratios.append(bad / valid)
                seconds.append(bad)
            median = statistics.median(seconds)
            print(
                f"{entries:>6} entries, {problems} problems: check {median:.2f} s, "
                f"{statistics.median(ratios):.1f}× the valid bundled file, "
                f"{median / max(problems, 1) * 1e3:.3f} ms a problem"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
