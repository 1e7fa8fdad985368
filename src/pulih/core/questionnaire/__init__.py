"""Questionnaires and the data files' rules: the model, scoring, the four support types,
reading TOML with located problems, and strict value checks.

Nothing is imported here: ``support_types`` stays cheap for the first frame.
"""
