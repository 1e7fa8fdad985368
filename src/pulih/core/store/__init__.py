"""What pulih keeps on this computer, only with consent.

- ``database``: the results store (SQLite, 0600, WAL, one transaction per save) and opening it.
- ``errors``: why the store cannot be used (busy, read-only, full, damaged), calmly worded.
- ``forget``: every file pulih wrote, and deleting them.
- ``record``: a result as stored; ``steps``: the chosen steps' outcomes and check-in dates.
- ``places``: where things are kept, in words (``pulih --where``); the folders are in ``files.paths``.
- ``crashlog``: the crash note, without answers; ``consent``: what the person is told first.

Nothing is imported here.
"""
