"""The Streamlit face (the only library code that imports streamlit): state and caching, the app shell, the sidebar,
login, shared widgets, and one section module per page (`sections`). Pages import these modules by name."""

from dashboard.ui import (
    audit_text,
    auth,
    faults,
    layout,
    number_text,
    sections,
    session_cookie,
    shell,
    sidebar,
    state,
    widgets,
)

__all__ = ["audit_text", "auth", "faults", "layout", "number_text", "sections", "session_cookie", "shell", "sidebar",
           "state", "widgets"]
