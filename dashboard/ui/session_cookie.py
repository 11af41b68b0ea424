"""The HttpOnly session cookie: two small HTTP routes served beside the app (serve.py), and the secret they share.

A Streamlit script cannot set a response header, so a login hands the browser a signed, short-lived grant (through
the layout probe's script); the browser posts it to /api/sesi, whose response sets the cookie: HttpOnly (no script
can read it), SameSite=Lax, signed, lasting as long as the session. On a reload the new connection carries the
cookie, and dashboard.ui.auth finds the session again in the store. /api/sesi/keluar deletes the cookie after a
logout (the session has already ended on the server, so a cookie that survives logs nobody in).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from dashboard.admin import sessions

COOKIE = "ektp_sesi"
SET_PATH = "/api/sesi"
CLEAR_PATH = "/api/sesi/keluar"
MAX_BODY = 1024


def secret() -> str:
    """The signing secret: Streamlit's server.cookieSecret (set it in config.toml when several servers share one
    store; otherwise each server start draws a new one and earlier cookies are refused)."""
    from streamlit import config

    return str(config.get_option("server.cookieSecret") or "")


def _same_origin(request: Any) -> bool:
    # A page of another site must not plant a session (login CSRF): browsers send Origin with every POST.
    origin = request.headers.get("origin")
    if not origin:
        return True
    # Behind a reverse proxy the Host header may name the upstream; the proxy then says the public one.
    hosts = {request.headers.get("host", ""), request.headers.get("x-forwarded-host", "").split(",")[0].strip()}
    return urlsplit(origin).netloc in hosts - {""}


def _secure(request: Any) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"


async def _set(request: Any) -> Any:
    from starlette.responses import Response

    if not _same_origin(request):
        return Response(status_code=403)
    body = (await request.body())[:MAX_BODY].decode("utf-8", "replace")
    redeemed = sessions.redeem(body, secret())
    if redeemed is None:
        return Response(status_code=403)
    value, max_age = redeemed
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.set_cookie(COOKIE, value, max_age=max_age, path="/", httponly=True, samesite="lax",
                        secure=_secure(request))
    return response


async def _clear(request: Any) -> Any:
    from starlette.responses import Response

    if not _same_origin(request):
        return Response(status_code=403)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=_secure(request))
    return response


def routes() -> list[Any]:
    """The two routes for st.App(routes=...)."""
    from starlette.routing import Route

    return [Route(SET_PATH, _set, methods=["POST"]), Route(CLEAR_PATH, _clear, methods=["POST"])]
