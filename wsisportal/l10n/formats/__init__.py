"""Date formats where the portal follows UN style rather than Django's defaults for a language."""
