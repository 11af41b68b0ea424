"""The colours of statuses, risk classes and items: one palette for charts, tables, tiles, the map and the PDF."""

# One colour per status everywhere (charts, tables, tiles); colour-blind safe (ColorBrewer RdYlBu + purple).
STATUS_ORDER = ("habis", "kritis", "waspada", "aman", "berlebih", None)
STATUS_COLORS = {
    "habis": "#542788",
    "kritis": "#d7191c",
    "waspada": "#fdae61",
    "aman": "#2c7bb6",
    "berlebih": "#abd9e9",
    None: "#d9d9d9",
}
# Text on a status colour: white on the dark ones, near-black on the light ones (screen tables, map, PDF).
DARK_STATUSES = frozenset({"habis", "kritis", "aman"})
# Aggregates (provinces) are coloured by the share of their units at risk (habis + kritis), never by pooled stock:
# a province holding plenty in total can have empty offices. Classes: none, below 10%, 10–25%, 25% and more.
RISK_ORDER = ("none", "low", "mid", "high", None)
RISK_COLORS = {"none": "#2c7bb6", "low": "#fdae61", "mid": "#d7191c", "high": "#542788", None: "#d9d9d9"}
RISK_BOUNDS = (10.0, 25.0)
DARK_RISKS = frozenset({"none", "mid", "high"})
ITEM_ORDER = ("blangko", "ribbon", "film")
ITEM_COLORS = {"blangko": "#2c7bb6", "ribbon": "#e66101", "film": "#5e3c99"}
TARGET_COLOR = "#1a1a1a"
