"""The domain: exercises, doses, cadences, routines and settings as pydantic models.

Nothing here imports Qt; everything above builds on it.
"""
