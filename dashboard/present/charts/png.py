"""Vega-Lite specs to PNG in a short-lived child process, so vl-convert's V8 engine never lives in the app.

Rendering in-process leaves a JavaScript engine of about 75 MB in the dashboard server for good after the first
briefing download; a child process gives it back as soon as the images are made. Run as a script, the module
reads {"specs": [...], "scale": n, "format_locale": {...}, "time_format_locale": {...}} as JSON on stdin and
writes a JSON list of base64 PNGs on stdout (it imports nothing from the dashboard package).
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

TIMEOUT_SECONDS = 120


class ChartRenderError(RuntimeError):
    """The child process could not render the charts (its stderr is in the message, for the log)."""


def render_many(specs: list[dict], *, scale: float, format_locale: dict, time_format_locale: dict) -> list[bytes]:
    """PNG bytes of each spec, in order, from one child process."""
    payload = json.dumps({"specs": specs, "scale": scale, "format_locale": format_locale,
                          "time_format_locale": time_format_locale}, default=str)
    try:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve())], input=payload.encode("utf-8"),
                              capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ChartRenderError(f"chart rendering took longer than {TIMEOUT_SECONDS} s") from exc
    if done.returncode != 0:
        raise ChartRenderError(done.stderr.decode("utf-8", "replace")[-2000:])
    return [base64.b64decode(item) for item in json.loads(done.stdout)]


def _main() -> int:
    import vl_convert as vlc

    job = json.loads(sys.stdin.buffer.read())
    out = [base64.b64encode(vlc.vegalite_to_png(spec, scale=job["scale"], format_locale=job["format_locale"],
                                                time_format_locale=job["time_format_locale"])).decode("ascii")
           for spec in job["specs"]]
    sys.stdout.write(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
