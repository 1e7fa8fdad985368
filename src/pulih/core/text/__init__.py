"""The words pulih says, in Bahasa Indonesia and English (``strings`` reads them from
``catalogue/<lang>.toml``), the languages, and text made safe for a terminal.

Standard library only: the first frame uses it. Nothing is imported here.
"""
