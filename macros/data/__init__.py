"""The data files read into records, each with its own rules: facts, sources, editions,
ratings, the tier history, the glossary, the word files, and where the pages are."""
