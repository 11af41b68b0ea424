"""Administration: accounts and roles (`auth`), backups with a verified restore, and rebuilding a store from the
upload archive.

Public names: `auth` (accounts, logins, scopes), `sessions` (login sessions kept on the server), backup / restore /
verify / BackupError, rebuild (from the store's uploads list, or from the archive folder's manifests alone), doctor
(health checks, optional repairs).
"""

from dashboard.admin import auth, sessions
from dashboard.admin.backup import BackupError, backup, restore, verify
from dashboard.admin.doctor import examine as doctor
from dashboard.admin.rebuild import rebuild

__all__ = ["BackupError", "auth", "backup", "doctor", "rebuild", "restore", "sessions", "verify"]
