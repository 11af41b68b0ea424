"""The weekly briefing of a region: an A4 PDF and an Excel workbook with exactly the dashboard's numbers.

Public names: build_summary (what it says, no files: the page preview), build_files / build_briefing (the PDF and
the workbook), Summary, Briefing, the errors a caller turns into a message; Week (an ISO week, Monday–Sunday) and
recent_weeks (the page's choices);
plan_letter (the draft letter of a province's redistribution plan) and outreach_pdf (the jemput-bola plan).
"""

from dashboard.briefing.build import Briefing, Summary, build_briefing, build_files, build_summary
from dashboard.briefing.content import BriefingError, NoBriefingData, Week, recent_weeks
from dashboard.briefing.letter import plan_letter
from dashboard.briefing.outreach_pdf import outreach_pdf

__all__ = ["Briefing", "BriefingError", "NoBriefingData", "Summary", "Week", "build_briefing", "build_files",
           "build_summary", "outreach_pdf", "plan_letter", "recent_weeks"]
