"""The words of the pictures (the drawn support map, the types at a glance, the history charts),
id and en. Merged into ``pulih.core.text.strings.STRINGS``; call ``t`` from there."""

PICTURES: dict[str, tuple[str, str]] = {
    # One letter per support type on the drawn map; each language reads its own initials.
    "mark.emotional": ("E", "E"),
    "mark.instrumental": ("P", "P"),
    "mark.informational": ("I", "I"),
    "mark.appraisal": ("N", "A"),
    "map.you": ("Anda", "You"),
    "map.more": ("+{n} lainnya", "+{n} more"),
    "map.legend_stress": ("tertekan", "stressful"),
    "ring.inner": ("dalam", "inner"),
    "ring.middle": ("tengah", "middle"),
    "ring.outer": ("luar", "outer"),
    "map.gives_nothing": ("belum dicentang", "nothing ticked yet"),
    "map.keys_grid": ("Tabel/gambar", "Table/drawing"),
    "map.svg_title": ("Peta dukungan", "Support map"),
    "history.chart": ("Skor dari waktu ke waktu (0–100)", "Scores over time (0–100)"),
    "history.map_then": ("Dulu · {date}", "Then · {date}"),
    "history.map_now": ("Sekarang · {date}", "Now · {date}"),
}
