"""Site-wide middleware: input the database would refuse, response headers, the page cache and database faults."""
