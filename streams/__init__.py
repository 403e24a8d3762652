"""Kafka and Faust: topics, records, agents, sources, record/replay, the broker, the CLI."""
