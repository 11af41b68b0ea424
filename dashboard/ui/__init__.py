"""The only library code that imports streamlit: caching, widgets, formatting helpers for pages."""
