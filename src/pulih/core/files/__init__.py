"""Files and folders on disk: where the bundled data lives, and private folders (0700,
marked when pulih made them) for the store and the directory cache.

Standard library only. Nothing is imported here.
"""
