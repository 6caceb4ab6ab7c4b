"""English dates as the UN and ITU write them: 10 December 2003, not Dec. 10, 2003."""

DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
