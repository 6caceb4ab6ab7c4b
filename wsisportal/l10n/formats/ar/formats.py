"""Arabic dates as UN Arabic documents write them: 10 ديسمبر 2003, with no comma after the month."""

DATE_FORMAT = "j F Y"
YEAR_MONTH_FORMAT = "F Y"
