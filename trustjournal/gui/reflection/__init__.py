"""The quarterly reflection page: the document, the chart, the PDF export."""
