"""What F1 lists: the keys of the screen it is opened on, read from that screen's key bar (the
same hints the person sees), plus the few keys that work everywhere. Nothing is listed that
does not work there; tests/test_help_keys.py compares the list with each screen's bindings."""

from __future__ import annotations

from rich.table import Table
from textual.screen import Screen
from textual.widgets import Input

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.lists import JumpList
from pulih.tui.widgets import KeyBar

HelpLine = tuple[str, str]
"""(key as shown, what it does, in the person's language)."""

_NAMES = {
    "enter": "enter",
    "esc": "escape",
    "tab": "tab",
    "←": "left",
    "→": "right",
    "↑": "up",
    "↓": "down",
    "-": "minus",
    "/": "slash",
    "ctrl+p": "ctrl+p",
    "ctrl+q": "ctrl+q",
    "del": "delete",
}

# Words for keys a screen binds to be shown but has no room for in its key bar: F1 lists them
# too, so F1 names every key that works there (by the binding's action).
ACTION_WORDS = {
    "app.learn": "key.learn",
    "app.map": "key.map",
    "app.history": "key.history",
    "app.data": "data.title",
    "app.my_steps": "steps.key.open",
    "app.plan": "key.plan",
    "app.start_over": "key.start_over",
    "app.save": "key.save",
    "app.export": "key.export",
    "app.room": "key.room",
    "app.guide": "key.guide",
    "about": "key.about",
    "remove": "map.keys_remove",
}
_LABELS = {"enter": "Enter", "escape": "Esc", "delete": "Del", "left": "←", "right": "→"}


def keys_of(label: str) -> list[str]:
    """The Textual key names a key label stands for: "1–9" → 1..9, "←→" → left, right,
    "b / Esc" → b, escape, "F1" → f1, "/yo▏" (a search being typed) → slash."""
    keys: list[str] = []
    for part in label.split(" / "):
        part = part.strip()
        low = part.lower()
        if "–" in part and part.replace("–", "").isdigit():
            first, last = part.split("–")
            keys += [str(n) for n in range(int(first), int(last) + 1)]
        elif low in _NAMES:
            keys.append(_NAMES[low])
        elif part.startswith("/"):
            keys.append("slash")
        elif all(ch in "←→↑↓" for ch in part):
            keys += [_NAMES[ch] for ch in part]
        else:
            keys.append(low)
    return keys


def help_lines(screen: Screen[object], lang: Lang) -> tuple[list[HelpLine], list[str]]:
    """The keys F1 lists for ``screen`` and the notes under them (finding in a list, typing)."""
    lines: list[HelpLine] = []
    bars = list(screen.query(KeyBar))
    if bars:
        lines += [(key, t(name, lang)) for key, name in bars[0].hints]
    shown = {key for label, _ in lines for key in keys_of(label)}
    active = screen.active_bindings
    for key, bound in active.items() if bars else ():
        words = ACTION_WORDS.get(bound.binding.action)
        listed = key in shown or words is None
        if (
            words is not None
            and bound.node is screen
            and bound.binding.show
            and bound.enabled
            and not listed
        ):
            lines.append((_LABELS.get(key, key), t(words, lang)))
            shown.add(key)
    if "escape" in active and "escape" not in shown and active["escape"].node is screen:
        back = active["escape"].binding.action
        same = [i for i, (label, _) in enumerate(lines) if label == "b"]
        if same and "b" in active and active["b"].binding.action == back:
            lines[same[0]] = ("b / Esc", lines[same[0]][1])  # Escape does what b does
        else:
            lines.append(("Esc", t("help.back", lang)))
    focused = screen.focused
    notes: list[str] = []
    if isinstance(focused, JumpList) or "slash" in shown:
        if isinstance(focused, JumpList) and "slash" not in shown:
            lines.append(("/", t("key.jump", lang)))
        notes.append(t("help.jump", lang))
    if screen.query("#place-list") and isinstance(focused, Input):
        notes.append(t("help.place_typing", lang))
    demo = getattr(screen.app, "demo", None) is not None
    for key, action, words in (
        ("z", "blank", "help.demo_blank"),
        ("w", "reset", "help.demo_reset"),
    ):
        # a demo's own keys, which its banner drops at 60×20: F1 names them everywhere they work
        if demo and key not in shown and screen.app.check_action(action, ()):
            lines.append((key, t(words, lang)))
            shown.add(key)
    if not {"f9", "f10"} <= shown:  # the place list shows them already
        lines.append(("F9 / F10", t("help.typing", lang)))
    if "ctrl+p" in active:
        lines.append(("Ctrl+P", t("help.palette", lang)))
    return lines, notes


def help_table(lines: list[HelpLine]) -> Table:
    """The keys in a column and what they do beside them (a long line wraps in its column)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    for key, what in lines:
        table.add_row(key, what)
    return table
