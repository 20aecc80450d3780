"""The reason shared by the Lazy* layers (torch/nn/modules/lazy.py), listed with their eager classes."""

LAZY = ("lazy modules infer their shapes at the first forward call; Jittor's load_parameters needs the shapes "
        "before it: give the input size explicitly (e.g. Linear(in_features, ...))")
