"""The weekly briefing of a region: an A4 PDF and an Excel workbook with exactly the dashboard's numbers.

Public names: build_summary (what it says, no files: the page preview), build_files / build_briefing (the PDF and
the workbook), Summary, Briefing and the errors a caller turns into a message; outreach_pdf (the jemput-bola plan as
a PDF, the same fpdf2 stack and fonts).
"""

from dashboard.briefing.build import Briefing, Summary, build_briefing, build_content, build_files, build_summary
from dashboard.briefing.content import BriefingError, NoBriefingData
from dashboard.briefing.outreach_pdf import outreach_pdf

__all__ = ["Briefing", "BriefingError", "NoBriefingData", "Summary", "build_briefing", "build_content", "build_files",
           "build_summary", "outreach_pdf"]
