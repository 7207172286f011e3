"""The PDF floor: a bare reportlab document of N pages of plain paragraphs.

python bench/floor_pdf.py PAGES OUT.pdf
"""

import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

pages, target = int(sys.argv[1]), sys.argv[2]
style = getSampleStyleSheet()["BodyText"]
text = "Plain paragraph text of a briefing, repeated to fill the page. " * 8
story = []
for page in range(pages):
    story += [Paragraph(f"{page + 1}. {text}", style) for _ in range(10)]
    story.append(PageBreak())
SimpleDocTemplate(target, pagesize=A4).build(story)
print("done")
