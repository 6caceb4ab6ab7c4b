"""Reads for the public pages, one module per section of the site: each returns what its page shows, grouped and
ordered, in a fixed number of queries. The pages gather from all three apps, so their reads live on this floor."""
