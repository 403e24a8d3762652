"""Pure domain logic: no Kafka, no network. Every function works on plain data."""
