"""The Qt user interface. Widgets call services; no widget runs a query."""
