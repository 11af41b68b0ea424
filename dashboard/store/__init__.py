"""The store: the one way into DuckDB (per-call read cursors, one writer), its SQL, migrations and bookkeeping.

Public names: Store and its helpers; `queries` (run a store/sql/<group>/<query>.sql file), `audit` (the trail),
`derived` (pre-aggregates kept in step inside each write), `migrations`; load_settings / save_settings;
`faults` with StoreDamaged (a file that cannot be read as a store), StoreTooNew (a file of a newer DuckDB) and
FileSystemFailure (a refused write); `location` with StoreConfigError (a --db / EKTP_DB naming no usable store).
Store.open() of a `postgresql://` URL gives the shared store (store/lake.py, same interface; store.shared is True).
"""

from dashboard.store import audit, derived, faults, location, migrations, queries
from dashboard.store.connection import DUCKDB_CONFIG, Store, default_path, open_store
from dashboard.store.faults import FileSystemFailure, StoreDamaged, StoreTooNew
from dashboard.store.file_lock import StoreBusy
from dashboard.store.location import StoreConfigError
from dashboard.store.settings_io import load_settings, save_settings

__all__ = ["DUCKDB_CONFIG", "FileSystemFailure", "Store", "StoreBusy", "StoreConfigError", "StoreDamaged",
           "StoreTooNew", "audit", "default_path", "derived", "faults", "load_settings", "location", "migrations",
           "open_store", "queries", "save_settings"]
