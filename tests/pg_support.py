"""A throwaway PostgreSQL for the shared-store tests: Debian's server binaries, initdb into a temp folder, a free port.

initdb refuses to run as root, so as root the cluster belongs to the `postgres` user (Debian's package creates it).
The server listens on 127.0.0.1 only, trusts local connections (a test cluster, gone at the end) and runs without
fsync (nothing in it must survive a crash). test.sh / .ci/run install the `postgresql` package when it is missing.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER = "ektp"


class Unavailable(RuntimeError):
    """No PostgreSQL server binaries here (or no user to run them as)."""


@dataclass
class Server:
    root: Path
    port: int
    bindir: Path
    run_as: str | None
    _next: int = 0

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        out = subprocess.run([str(self.bindir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER,
                              "-d", database, "-At", "-c", sql], capture_output=True, text=True, timeout=60)
        if out.returncode:
            raise RuntimeError(out.stderr)
        return out.stdout.strip()

    def new_database(self, prefix: str = "ektp") -> str:
        """A fresh, empty database (one per test keeps tests apart)."""
        self._next += 1
        name = f"{prefix}_{os.getpid()}_{self._next}"
        self.psql(f"create database {name}")
        return name

    def stop(self) -> None:
        self.stop_keeping_files()
        shutil.rmtree(self.root, ignore_errors=True)

    def stop_keeping_files(self) -> None:
        _run(self, [str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"])

    def start_again(self) -> None:
        """Start the stopped server on the same port (a restart under running clients)."""
        started = _run(self, [str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-l",
                              str(self.root / "server.log"), "-w", "-t", "60", "-o", _options(self), "start"])
        if started.returncode:
            raise RuntimeError(f"pg_ctl start failed: {started.stderr[-1000:]}")


def _options(server: Server) -> str:
    return f"-p {server.port} -k {server.root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"


def bindir() -> Path:
    """The newest installed server's bin folder (/usr/lib/postgresql/<major>/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise Unavailable("no PostgreSQL server binaries (Debian package `postgresql`)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(server: Server, argv: list[str]) -> subprocess.CompletedProcess:
    if server.run_as:
        argv = ["su", server.run_as, "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in argv)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120)


def start() -> Server:
    """initdb + pg_ctl start on a free port; Unavailable when this machine cannot run PostgreSQL."""
    bins = bindir()
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and no `postgres` user to run initdb as") from None
        run_as = "postgres"
    root = Path(tempfile.mkdtemp(prefix="ektp-pg-"))
    os.chmod(root, 0o755)
    if run_as:
        shutil.chown(root, user=run_as)
    server = Server(root=root, port=_free_port(), bindir=bins, run_as=run_as)
    init = _run(server, [str(bins / "initdb"), "-D", str(root / "data"), "-U", USER, "--auth=trust", "-E", "UTF8",
                         "--no-locale", "--no-sync"])
    if init.returncode:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr[-2000:]}")
    started = _run(server, [str(bins / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "server.log"), "-w",
                            "-t", "60", "-o", _options(server), "start"])
    if started.returncode:
        log = (root / "server.log").read_text(errors="replace")[-2000:] if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {started.stderr[-1000:]} {log}")
    deadline = time.monotonic() + 30
    while True:
        try:
            server.psql("select 1")
            return server
        except RuntimeError:
            if time.monotonic() > deadline:
                server.stop()
                raise
            time.sleep(0.1)
