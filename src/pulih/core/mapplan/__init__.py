"""The person's support map and safety plan: the models, the drawn map (terminal and
SVG) and both as plain lines.

Nothing is imported here: the first frame uses the plain models.
"""
