"""A national directory (10,000 entries): load, match and memory, as ratios in one run.

    python benchmarks/directory.py [--entries 10000] [--rounds 5]

first match   In a fresh process, after imports: load the directory from a warm cache, build
              the match index and run one match, vs ``tomllib.load`` of the same file in a
              fresh process. Target: ≤ 0.1×.
match p95     One match query (varied needs and preferences) on the loaded directory.
              Target: ≤ 16 ms at the 95th percentile.
memory        Peak RSS of pulih running headless with that directory (warm cache, content
              loaded, one match) vs a minimal Textual app. Target: ≤ 1.5×.

Rounds are interleaved (baseline, pulih, ...) and ratios are medians of per-round ratios. It
is a measurement, not a test: the exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import directory_text  # noqa: E402

TOML_CHILD = """
import json, sys, time, tomllib
start = time.perf_counter()
with open(sys.argv[1], "rb") as handle:
    tomllib.load(handle)
print(json.dumps({"seconds": time.perf_counter() - start}))
"""

MATCH_CHILD = """
import json, sys, time
from datetime import date
from pathlib import Path
from pulih.core.answers import Preferences
from pulih.core.directory.catalogue import load_catalogue
from pulih.core.directory.matching import MatchIndex, Need, match_resources
start = time.perf_counter()
catalogue = load_catalogue(Path(sys.argv[1]), date(2026, 12, 7), Path(sys.argv[2]))
need = Need({"informational": 2.0}, frozenset({"informational"}))
found = match_resources(MatchIndex(catalogue), need, Preferences(modes=("online",)), "id")
print(json.dumps({"seconds": time.perf_counter() - start, "found": len(found)}))
"""

MEMORY_BASELINE = """
import json, resource
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
    def on_ready(self):
        self.exit()
Minimal().run(headless=True)
print(json.dumps({"kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

MEMORY_PULIH = """
import json, resource, sys
from pathlib import Path
from pulih.tui.app import PulihApp
class Measured(PulihApp):
    __module__ = PulihApp.__module__
    async def on_ready(self):
        super().on_ready()
        await self.content()
        from pulih.core.answers import Preferences
        from pulih.core.directory.matching import MatchIndex, Need, match_resources
        need = Need({"appraisal": 2.0}, frozenset({"appraisal"}))
        match_resources(MatchIndex(self._content.directory), need, Preferences(), "id")
        self.exit()
Measured("id", resources=Path(sys.argv[1]), resources_only=True).run(headless=True)
print(json.dumps({"kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def child(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def match_queries(path: Path, cache: Path, count: int) -> list[float]:
    from datetime import date

    from pulih.core.directory.catalogue import load_catalogue
    from pulih.core.directory.matching import MatchIndex, Need, freeze_loaded, match_resources
    from pulih.core.directory.preferences import Preferences

    index = MatchIndex(load_catalogue(path, date(2026, 12, 7), cache))
    freeze_loaded()  # as the front ends do once the content is loaded
    types = ("emotional", "instrumental", "informational", "appraisal")
    times = []
    for i in range(count):
        thin = {types[i % 4]: 2.0, types[(i + 1) % 4]: 1.0}
        prefs = Preferences(
            region=("Bali", "DKI Jakarta", "", "Papua")[i % 4],
            modes=(("online",), (), ("offline", "phone"))[i % 3],
            cost=((), ("free",), ("free", "bpjs"))[i % 3],
            interests=((), ("seni",), ("olahraga", "berkebun"))[i % 3],
        )
        need = Need(thin, frozenset(thin), ("none", "suggest", "strong")[i % 3])  # type: ignore[arg-type]
        start = time.perf_counter()
        match_resources(index, need, prefs, "id")
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--community-share",
        type=float,
        default=0.1,
        help="share of varied community entries; the rest are Puskesmas (default 0.1)",
    )
    args = parser.parse_args()
    import os

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "national.toml"
        text = directory_text(args.entries, community_share=args.community_share)
        path.write_text(text, encoding="utf-8")
        cache = Path(folder) / "cache"
        env = {**os.environ, "PULIH_CACHE_DIR": str(cache)}
        child(MATCH_CHILD, str(path), str(cache))  # cold: validates and writes the cache
        toml, first, ratios = [], [], []
        for _ in range(args.rounds):
            toml.append(child(TOML_CHILD, str(path))["seconds"])
            first.append(child(MATCH_CHILD, str(path), str(cache))["seconds"])
            ratios.append(first[-1] / toml[-1])
        queries = match_queries(path, cache, 300)
        p95 = statistics.quantiles(queries, n=20)[-1]
        base_kb, pulih_kb, memory = [], [], []
        for _ in range(max(2, args.rounds // 2)):
            base_kb.append(child(MEMORY_BASELINE)["kb"])
            pulih_kb.append(child(MEMORY_PULIH, str(path), env=env)["kb"])
            memory.append(pulih_kb[-1] / base_kb[-1])

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISS"

    med = statistics.median
    ratio, mem = med(ratios), med(memory)
    share = f"{args.community_share:.0%} community, the rest Puskesmas"
    print(f"{args.entries} generated entries ({share}) + the bundled ones, {args.rounds} rounds")
    print(
        f"  first match  warm {med(first) * 1000:7.1f} ms  tomllib.load {med(toml) * 1000:7.1f} ms"
        f"  ratio {ratio:5.3f}  (target ≤ 0.1)   {verdict(ratio <= 0.1)}"
    )
    print(
        f"  match p95    {p95 * 1000:7.2f} ms  (median {med(queries) * 1000:.2f} ms)"
        f"{'':22}(target ≤ 16 ms)  {verdict(p95 <= 0.016)}"
    )
    print(
        f"  memory       pulih {med(pulih_kb) / 1024:6.1f} MB  minimal app {med(base_kb) / 1024:6.1f} MB"
        f"  ratio {mem:5.2f}  (target ≤ 1.5)   {verdict(mem <= 1.5)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
