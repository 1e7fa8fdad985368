"""The workshop kit: room mode, the worksheet and facilitator's guide, the Belajar pages
and the demo personas.

Nothing is imported here.
"""
