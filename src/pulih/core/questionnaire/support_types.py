"""The four types of social support (House), in the order pulih always shows them.

Kept in a module of its own, with no imports, so the first screen can use it cheaply."""

SUPPORT_TYPES: tuple[str, ...] = ("emotional", "instrumental", "informational", "appraisal")
