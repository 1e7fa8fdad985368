"""pulih: a private reflection on your social support network."""

from time import perf_counter as _perf_counter

# Taken first thing, so start-up can be measured from process start to the first frame.
START_TIME = _perf_counter()

__version__ = "0.1.0"
