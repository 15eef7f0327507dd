"""Charts for report papers (reportlab graphics, the embedded CJK font): the same series a screen
draws with QtCharts."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..core.axis import money_ticks
from . import fonts

PALETTE = (colors.HexColor("#1f4e79"), colors.HexColor("#4caf50"), colors.HexColor("#c0392b"))


def bar_chart(title: str, labels: list[str], series: list[tuple[str, list[int]]], width_mm: float = 180,
              height_mm: float = 70) -> Drawing:
    """Bars of each series (values in 分, drawn in 元) over the labels, with a legend."""
    font = fonts.register()
    drawing = Drawing(width_mm * mm, height_mm * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 12 * mm
    chart.width, chart.height = (width_mm - 22) * mm, (height_mm - 24) * mm
    chart.data = [[v / 100 for v in values] for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontSize = 7
    ticks = money_ticks(max((v for _, values in series for v in values), default=0))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, ticks[-1][0]
    chart.valueAxis.valueStep = ticks[1][0]
    labels_at = dict(ticks)      # the screen's labels (core.axis): 15万, 1,500
    chart.valueAxis.labelTextFormat = lambda v: labels_at.get(round(v), "")
    for n in range(len(series)):
        chart.bars[n].fillColor = PALETTE[n % len(PALETTE)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    drawing.add(String(16 * mm, (height_mm - 6) * mm, title, fontName=font, fontSize=9))
    legend = Legend()
    legend.fontName, legend.fontSize = font, 7
    legend.x, legend.y = (width_mm - 60) * mm, (height_mm - 4) * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(PALETTE[n % len(PALETTE)], name) for n, (name, _) in enumerate(series)]
    drawing.add(legend)
    return drawing
