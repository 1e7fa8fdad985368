"""The headless core: questionnaires, scoring, referral, resources and reports.

Nothing in this package may import Textual (a test checks it in a subprocess).

Packages, each importing only those above it (tests/test_core_packages.py checks it):

- ``text``: the words pulih says (id, en), languages, text safe for a terminal.
- ``files``: where the bundled data lives; private folders.
- ``questionnaire``: questionnaires, scoring, support types, reading and checking data files.
- ``directory``: the directory of help: resources, regions, catalogue, matching, narrowing.
- ``answers.py`` and ``content.py`` (top level): the answers file; everything pulih reads.
- ``mapplan``: the support map and the safety plan.
- ``store``: what pulih keeps (only with consent): the store, records, steps, paths.
- ``report``: results in words and pictures, history, notes, the calendar reminder.
- ``workshop``: room mode, the worksheet, the Belajar pages, demo personas.

Package ``__init__`` files hold a docstring only, so importing one module stays cheap.
"""
