"""The six-language kit every floor above uses: the languages, official-text fallbacks, punctuation, admin tabs."""
