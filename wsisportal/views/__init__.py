"""The public pages, one module per section of the site: each view calls a selector and renders."""
