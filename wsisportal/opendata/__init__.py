"""Open data: every public page as JSON, Akoma Ntoso for official texts, the citations dataset, feeds, re-use terms."""
