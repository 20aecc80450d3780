"""Tools around the converter: verify, bench, corpus, coverage, checkpoints, torchvision models."""
