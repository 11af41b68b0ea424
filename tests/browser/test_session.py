"""Sessions survive a reload (F5) through a signed HttpOnly cookie, and logout ends them on the server: even the
old cookie put back into the browser logs nobody in (issue 13)."""

from __future__ import annotations

from browser_support import TIMEOUT_MS, goto, login, main, rerun_after, settle
from conftest import ADMIN, ADMIN_PASSWORD
from playwright.sync_api import expect


def _cookie(context, name: str):
    return next((c for c in context.cookies() if c["name"] == name), None)


def test_reload_keeps_the_session_and_logout_ends_it(browser, app_url):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID")
    try:
        page = context.new_page()
        goto(page, app_url, "masuk")
        login(page, ADMIN, ADMIN_PASSWORD)
        expect(main(page).get_by_text("Masuk sebagai")).to_be_visible()
        # The cookie arrives a moment after the login (the page posts its grant): wait for it.
        deadline = 0
        while _cookie(context, "ektp_sesi") is None and deadline < 50:
            page.wait_for_timeout(100)
            deadline += 1
        cookie = _cookie(context, "ektp_sesi")
        assert cookie is not None and cookie["httpOnly"] and cookie["sameSite"] == "Lax"
        assert ADMIN_PASSWORD not in cookie["value"]
        assert page.evaluate("() => document.cookie").find("ektp_sesi") == -1  # no script can read it

        page.reload()
        settle(page)
        expect(main(page).get_by_text("Masuk sebagai")).to_be_visible(timeout=TIMEOUT_MS)  # F5 kept the session
        goto(page, app_url, "pengaturan")  # a gated page opens straight away
        expect(main(page).locator("h1").first).to_have_text("Pengaturan")

        goto(page, app_url, "masuk")
        rerun_after(page, main(page).get_by_role("button", name="Keluar").click)
        expect(page.get_by_test_id("stForm").get_by_label("Nama pengguna")).to_be_visible(timeout=TIMEOUT_MS)
        page.reload()
        settle(page)
        expect(page.get_by_test_id("stForm").get_by_label("Nama pengguna")).to_be_visible(timeout=TIMEOUT_MS)

        # The old cookie, put back (copied before logout, say): the session has ended on the server.
        context.add_cookies([cookie])
        page.reload()
        settle(page)
        expect(page.get_by_test_id("stForm").get_by_label("Nama pengguna")).to_be_visible(timeout=TIMEOUT_MS)
        assert not main(page).get_by_text("Masuk sebagai").count()
    finally:
        context.close()


def test_each_test_gets_the_shared_tab_logged_out_and_with_nothing_stored(shared_tab, app_url):
    """The browser tests share one tab (browser/conftest.py SharedTab): what one test leaves (a login, the sidebar's
    stored state, a phone-sized window) is gone when the next one takes the tab."""
    page = shared_tab.fresh()
    goto(page, app_url, "masuk")
    login(page, ADMIN, ADMIN_PASSWORD)
    expect(main(page).get_by_text("Masuk sebagai")).to_be_visible()
    page.evaluate("() => localStorage.setItem('sidebarWidth', '300')")
    page.set_viewport_size({"width": 390, "height": 844})

    page = shared_tab.fresh()
    assert page.viewport_size == {"width": 1366, "height": 768}
    assert page.context.cookies() == []
    goto(page, app_url, "masuk")
    expect(page.get_by_test_id("stForm").get_by_label("Nama pengguna")).to_be_visible(timeout=TIMEOUT_MS)
    assert not main(page).get_by_text("Masuk sebagai").count()
    assert page.evaluate("() => localStorage.getItem('sidebarWidth')") is None
