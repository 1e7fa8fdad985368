"""The Textual front end: a thin view over pulih.core."""
