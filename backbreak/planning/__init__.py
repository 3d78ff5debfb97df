"""When to remind: cadence triggers, the composer that merges due items into breaks, the engine."""
