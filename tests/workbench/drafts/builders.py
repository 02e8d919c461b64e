"""Realistic draft agreements generated for the tests (python-docx, reportlab).

Version 0.2 and 0.3 of a maatwerkafspraak: 0.3 moves the closure of
Kooksgasfabriek 2 from 2029 to 2030 (Artikel 2 lid 1), turns "kan" into
"zal" (Artikel 3 lid 1), deletes Artikel 3 lid 2 (so lid 3 becomes lid 2),
inserts "Artikel 4a" (not renumbering Artikel 5), moves the disputes member
from Artikel 5 to Artikel 6 and adds only a comma in Artikel 1 onderdeel b.
"""

from __future__ import annotations

import io
from pathlib import Path

V02: list[tuple[str, str]] = [
    ("Title", "Maatwerkafspraak Tata Steel IJmuiden"),
    ("", "Partijen komen het volgende overeen."),
    ("Heading 1", "Hoofdstuk 1. Algemeen"),
    ("Heading 2", "Artikel 1. Begripsbepalingen"),
    ("", "In deze maatwerkafspraak wordt verstaan onder:"),
    ("", "a. Tata Steel: Tata Steel IJmuiden B.V.;"),
    ("", "b. IJmond: de gemeenten Beverwijk, Heemskerk en Velsen."),
    ("Heading 1", "Hoofdstuk 2. Maatregelen"),
    ("Heading 2", "Artikel 2. Kooksgasfabriek 2"),
    ("", "1. Tata Steel sluit Kooksgasfabriek 2 uiterlijk op 31 december 2029."),
    ("", "2. Tata Steel rapporteert jaarlijks aan partijen over de voortgang van de sluiting."),
    ("Heading 2", "Artikel 3. Ertsopslag"),
    ("", "1. Tata Steel kan de ertsopslag en de mengbedden volledig overkappen."),
    ("", "2. Het Rijk draagt tot een bedrag van € 150 miljoen bij in de kosten van de "
         "overkapping."),
    ("", "3. Partijen evalueren de werking van de overkapping binnen twee jaar na "
         "ingebruikname."),
    ("Heading 2", "Artikel 4. Monitoring"),
    ("", "1. Het RIVM meet de depositie van zware metalen in de IJmond onafhankelijk."),
    ("", "2. De meetresultaten worden elk kwartaal openbaar gemaakt."),
    ("Heading 2", "Artikel 5. Inwerkingtreding"),
    ("", "1. Deze maatwerkafspraak treedt in werking op 1 januari 2027."),
    ("", "2. Geschillen over de uitvoering worden voorgelegd aan een onafhankelijke "
         "geschillencommissie."),
    ("Heading 2", "Artikel 6. Geschillen"),
    ("", "1. Partijen treden bij een geschil eerst met elkaar in overleg."),
]

V03: list[tuple[str, str]] = [
    ("Title", "Maatwerkafspraak Tata Steel IJmuiden"),
    ("", "Partijen komen het volgende overeen."),
    ("Heading 1", "Hoofdstuk 1. Algemeen"),
    ("Heading 2", "Artikel 1. Begripsbepalingen"),
    ("", "In deze maatwerkafspraak wordt verstaan onder:"),
    ("", "a. Tata Steel: Tata Steel IJmuiden B.V.;"),
    ("", "b. IJmond: de gemeenten Beverwijk, Heemskerk, en Velsen."),
    ("Heading 1", "Hoofdstuk 2. Maatregelen"),
    ("Heading 2", "Artikel 2. Kooksgasfabriek 2"),
    ("", "1. Tata Steel sluit Kooksgasfabriek 2 uiterlijk op 31 december 2030."),
    ("", "2. Tata Steel rapporteert jaarlijks aan partijen over de voortgang van de sluiting."),
    ("Heading 2", "Artikel 3. Ertsopslag"),
    ("", "1. Tata Steel zal de ertsopslag en de mengbedden volledig overkappen."),
    ("", "2. Partijen evalueren de werking van de overkapping binnen twee jaar na "
         "ingebruikname."),
    ("Heading 2", "Artikel 4. Monitoring"),
    ("", "1. Het RIVM meet de depositie van zware metalen in de IJmond onafhankelijk."),
    ("", "2. De meetresultaten worden elk kwartaal openbaar gemaakt."),
    ("Heading 2", "Artikel 4a. Stikstof"),
    ("", "1. Tata Steel vermindert de uitstoot van stikstofoxiden met 30 procent vóór 2030."),
    ("Heading 2", "Artikel 5. Inwerkingtreding"),
    ("", "1. Deze maatwerkafspraak treedt in werking op 1 januari 2027."),
    ("Heading 2", "Artikel 6. Geschillen"),
    ("", "1. Partijen treden bij een geschil eerst met elkaar in overleg."),
    ("", "2. Geschillen over de uitvoering worden voorgelegd aan een onafhankelijke "
         "geschillencommissie."),
]


def docx_bytes(paragraphs: list[tuple[str, str]]) -> bytes:
    import docx

    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style or None)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def write_docx(path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    path.write_bytes(docx_bytes(paragraphs))
    return path


def write_pdf(path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = [
        Paragraph(text, styles["Heading2"] if style.startswith("Heading") else styles["BodyText"])
        for style, text in paragraphs
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path
