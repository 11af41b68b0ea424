"""The weekly briefing of a region: an A4 PDF and an Excel workbook with exactly the dashboard's numbers.

Public names: build_summary (what it says, no files: the page preview), build_files / build_briefing (the PDF and
the workbook), Summary, Briefing, the errors a caller turns into a message; Week and the week helpers (ISO weeks,
Monday–Sunday: week_ending gives the last full week on or before a date, recent_weeks the page's choices);
plan_letter (the draft letter of a province's redistribution plan) and outreach_pdf (the jemput-bola plan).
"""

from dashboard.briefing.build import Briefing, Summary, build_briefing, build_content, build_files, build_summary
from dashboard.briefing.content import (
    BriefingError,
    NoBriefingData,
    Week,
    iso_week,
    recent_weeks,
    week_ending,
    week_of,
)
from dashboard.briefing.letter import plan_letter
from dashboard.briefing.outreach_pdf import outreach_pdf

__all__ = ["Briefing", "BriefingError", "NoBriefingData", "Summary", "Week", "build_briefing", "build_content",
           "build_files", "build_summary", "iso_week", "outreach_pdf", "plan_letter", "recent_weeks", "week_ending",
           "week_of"]
