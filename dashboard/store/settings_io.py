"""Settings as stored: the defaults of dashboard.settings overlaid with the edits saved on the Pengaturan page."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from typing import Any

from dashboard.settings import Settings, validate
from dashboard.store import audit, queries
from dashboard.store.connection import Store

_TUNABLE = frozenset(f.name for f in fields(Settings)) - {"targets"}


def load_settings(store: Store) -> Settings:
    """Defaults overlaid with whatever the store holds."""
    with store.reading() as cur:
        stored = dict(queries.frame(cur, "store/settings_all").iter_rows())
        targets = dict(queries.frame(cur, "store/targets_all").iter_rows())
    base = Settings()
    overrides = {k: json.loads(v) for k, v in stored.items() if k in _TUNABLE}
    return replace(base, **overrides, targets={**base.targets, **{int(y): float(p) for y, p in targets.items()}})


def save_settings(store: Store, values: dict[str, Any], actor: str = "sistem") -> Settings:
    """Validate and store new values (one transaction); raises ValueError listing every problem."""
    problems = validate({**load_settings(store).as_dict(), **values})
    if problems:
        raise ValueError("\n".join(problems))
    with store.writing() as cur:
        for key, value in values.items():
            if key in _TUNABLE:
                queries.execute(cur, "store/settings_put", {"key": key, "value": json.dumps(value)})
        for year, pct in (values.get("targets") or {}).items():
            queries.execute(cur, "store/target_put", {"year": int(year), "pct": float(pct)})
        audit.record(cur, actor, audit.SETTINGS, values)
    return load_settings(store)
