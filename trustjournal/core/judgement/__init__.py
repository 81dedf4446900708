"""The rules that judge the record: signals, tie flags and roles, follow-ups, quarters and
the quarterly reflection. Pure functions over plain records: no database, no Qt."""
