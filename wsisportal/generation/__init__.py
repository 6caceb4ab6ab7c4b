"""The content generation: one counter that every change to the portal's content bumps, in the same transaction,
so that a cached page can tell whether it is still current (wsisportal.middleware.pagecache)."""
