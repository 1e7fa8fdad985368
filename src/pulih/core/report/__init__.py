"""Results in words and pictures: the results view, suggestions with them, charts,
history, the exported note and the calendar reminder.

Nothing is imported here.
"""
