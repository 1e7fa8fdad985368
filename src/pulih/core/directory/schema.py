"""JSON Schemas of a directory file and of one entry, generated from the pydantic models, so
partners can validate resources.toml in their editors (e.g. with Taplo / Even Better TOML).

Regenerate after changing the models:

    python -m pulih.core.directory.schema
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pulih.core.directory.resources import Directory, Resource


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> schema: ``resource.schema.json`` (one entry) and ``resources.schema.json``
    (a whole directory file, as partners write it)."""
    entry = Resource.model_json_schema(by_alias=True)
    entry["title"] = "pulih directory entry ([[resource]] in resources.toml)"
    whole = Directory.model_json_schema(by_alias=True)
    whole["title"] = "pulih resource directory (resources.toml or a partner file)"
    return {"resource.schema.json": entry, "resources.schema.json": whole}


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("schema")
    for path in write(root):
        print(path)
