"""Reading official texts in plain Python, with no Django: ids, numbering, scripts, keywords, references, texts."""
