"""Server-rendered pages (Jinja2) and their static assets: the web chat people use."""
