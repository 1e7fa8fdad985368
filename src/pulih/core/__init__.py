"""The headless core: questionnaires, scoring, referral, resources and reports.

Nothing in this package may import Textual (a test checks it in a subprocess).
"""
