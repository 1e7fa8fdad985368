"""The line mode (``pulih --plain``): numbered prompts on stdin/stdout, for screen readers,
pipes and terminals where the TUI cannot run. A thin front end over the same core as the TUI
and the commands:

- ``session``: the journey in the TUI's order (statements, place, check with its crisis panels,
  results, suggestions, save, note) and ``run_plain``;
- ``io``: the session's input and output, shared by every part below (none imports another's
  session, so the parts form a tree);
- ``place``: the place question; ``narrowing``: narrowing the suggestions;
- ``mapplan``: the support map and the safety plan; ``export``: the note.
"""
