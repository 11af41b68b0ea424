"""The server: the app (app.py) plus the routes that set and clear the HttpOnly session cookie.

`streamlit run serve.py` (run.sh does) serves exactly what `streamlit run app.py` serves, and a login then survives
a reload. app.py stays the script Streamlit runs (and the one AppTest opens).
"""

import streamlit as st

from dashboard.ui import session_cookie

app = st.App("app.py", routes=session_cookie.routes())
