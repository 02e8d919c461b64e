"""The charts page's parts: a frame (plot or table, PNG/SVG export) and one module per chart.

pyqtgraph is imported inside these modules only, when a chart is first
built, never on the start-up path.
"""
