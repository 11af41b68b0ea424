"""Stok Blangko KTP-el: the library behind the dashboard, the briefing and the command line."""
