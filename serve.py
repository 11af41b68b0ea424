"""The server: the app (app.py) plus the routes that set and clear the HttpOnly session cookie.

`streamlit run serve.py` (run.sh does) serves exactly what `streamlit run app.py` serves, and a login then survives
a reload. app.py stays the script Streamlit runs (and the one AppTest opens).
"""

from dashboard import runtime

runtime.return_freed_memory()  # before polars loads

import streamlit as st  # noqa: E402

from dashboard.ui import session_cookie  # noqa: E402

app = st.App("app.py", routes=session_cookie.routes())
