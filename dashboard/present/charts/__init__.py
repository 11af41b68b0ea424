"""Pure Altair chart builders (polars frames in, alt.Chart out, no streamlit), one module per page plus the shared base.

The app draws them on screen and the briefing renders the same builders to PNG (`png`, in a child process).
"""

from dashboard.present.charts import base, cakupan, laju, map, outreach, png, risk, stok

__all__ = ["base", "cakupan", "laju", "map", "outreach", "png", "risk", "stok"]
