"""The Patterns view: its tabs, the chart canvas and the report around the charts."""
