"""An office's own tables in from Excel or CSV, and the same tables out (services.imports.runner)."""
