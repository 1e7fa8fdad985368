"""The directory of help: resources, regions, the catalogue and matching.

- ``resources``: the resource directory's model, loading, checks and crisis routes.
- ``regions``: Indonesia's provinces and kabupaten/kota, and how near an entry is to a person.
- ``catalogue``: the compact, cached form of a large directory.
- ``matching``: suggestions for a person's needs, preferences and referral level.
- ``preferences``: what narrows suggestions (region, how, cost, interests, for whom).
- ``narrowing``: the narrowing choices offered and what ticking one does.
- ``route_text``: a crisis route in words (how and when it was checked, for whom).

Submodules are imported where they are used, never here: the first frame imports none of them.
"""
