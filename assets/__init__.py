"""Data files of backbreak: the exercise catalog, icons, illustrations and sound cues."""
