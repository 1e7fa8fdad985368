"""Files and folders on disk: where the bundled data lives (``data``), where pulih may keep
things (``paths``), private folders made 0700 (``folders``) and the ledger of what pulih wrote
in each (``ledger``), which is all ``forget`` ever deletes.

Standard library only (``paths`` asks platformdirs, lazily). Nothing is imported here.
"""
