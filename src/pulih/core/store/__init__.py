"""What pulih keeps on this computer, only with consent: the results store (SQLite), a
result as stored, the steps' outcomes, where things are kept, the crash note, and the
consent text.

Nothing is imported here.
"""
