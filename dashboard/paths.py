"""Where the project's own files live (the store's default place, fonts, templates), resolved from this file."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DEFAULT_DB = DATA_DIR / "ektp.duckdb"
FONTS_DIR = DATA_DIR / "fonts"
TEMPLATES_DIR = DATA_DIR / "templates"
REGIONS_DIR = DATA_DIR / "regions"  # the BPS <-> Kemendagri crosswalk (data/regions/build_crosswalk.py), map tiles
