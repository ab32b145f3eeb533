"""Entity mentions: spaCy NER corrected by rules, datelines, nationality words."""
