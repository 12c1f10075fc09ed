"""English attribution learned from annotated news: a linear-chain CRF over token features.

The model labels cue, source and content tokens (BIO); a linker turns the labelled spans into claims;
the pipeline builds records from them exactly as from the rules (same linking, same offsets).
See docs/english-model.md for how it was trained and how it measures.
"""
